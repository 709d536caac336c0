import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { evaluateLoss, LossInputError, multiLabelSoftMarginTerms } from '../index.ts';

const softplus = (v: number) => Math.log1p(Math.exp(v));

describe('multiLabelSoftMarginTerms', () => {
  it('gives each class its own logistic loss, times its weight', () => {
    const r = multiLabelSoftMarginTerms(
      { input: [[0.5, -1, 2]], target: [[1, 0, 0]] },
      { weight: [2, 1, 0.5] },
    );
    const [s] = r?.samples ?? [];
    expect(r?.classes).toBe(3);
    expect(s?.terms[0]).toBeCloseTo(2 * softplus(-0.5), 14);
    expect(s?.terms[1]).toBeCloseTo(softplus(-1), 14);
    expect(s?.terms[2]).toBeCloseTo(0.5 * softplus(2), 14);
    expect(s?.weights).toEqual([2, 1, 0.5]);
  });

  it('agrees with the loss itself: Σ terms / C is each sample’s loss', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 5 }).chain((c) =>
          fc.record({
            input: fc.array(
              fc.array(fc.double({ min: -8, max: 8, noNaN: true }), { minLength: c, maxLength: c }),
              { minLength: 1, maxLength: 3 },
            ),
            soft: fc.array(fc.double({ min: 0, max: 1, noNaN: true }), {
              minLength: 15,
              maxLength: 15,
            }),
            weight: fc.option(
              fc.array(fc.double({ min: 0, max: 2, noNaN: true }), { minLength: c, maxLength: c }),
            ),
          }),
        ),
        ({ input, soft, weight }) => {
          const c = input[0]?.length ?? 0;
          const target = input.map((row, n) => row.map((_, k) => soft[n * c + k] ?? 0));
          const r = multiLabelSoftMarginTerms({ input, target }, { weight });
          const { output } = evaluateLoss(
            'MultiLabelSoftMarginLoss',
            { input, target },
            { weight, reduction: 'none' },
          );
          r?.samples.forEach((s, n) => {
            const sum = s.terms.reduce((a, b) => a + b, 0);
            expect(sum / c).toBeCloseTo((output as number[])[n] ?? NaN, 12);
          });
          expect(r?.samples).toHaveLength(input.length);
        },
      ),
      { seed: 5, numRuns: 60 },
    );
  });

  it('takes an unbatched (C) sample apart too, and leaves broadcast layouts alone', () => {
    const r = multiLabelSoftMarginTerms({ input: [0, 0], target: [1, 0] });
    expect(r?.batched).toBe(false);
    expect(r?.samples[0]?.loss).toBeCloseTo(Math.log(2), 14);
    expect(multiLabelSoftMarginTerms({ input: [[0, 0]], target: [1, 0] })).toBeNull();
  });

  it('refuses what PyTorch refuses', () => {
    expect(() => multiLabelSoftMarginTerms({ input: [[0, 0]], target: [[1, 0, 1]] })).toThrow(
      LossInputError,
    );
  });
});

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { evaluateLoss, LossInputError, multiLabelMarginPairs } from '../index.ts';

describe('multiLabelMarginPairs', () => {
  it('lists every (target, non-target) pair of the PyTorch docs example', () => {
    const { samples, classes } = multiLabelMarginPairs({
      input: [[0.1, 0.2, 0.4, 0.8]],
      target: [[3, 0, -1, 1]],
    });
    const [s] = samples;
    expect(classes).toBe(4);
    expect(s?.listed).toEqual([3, 0]);
    // Class 1 sits after the first −1: it is not a target, so it is compared with.
    expect(s?.others).toEqual([1, 2]);
    const expected = [
      [1 - (0.8 - 0.2), 1 - (0.8 - 0.4)],
      [1 - (0.1 - 0.2), 1 - (0.1 - 0.4)],
    ];
    s?.terms.forEach((row, k) =>
      row.forEach((v, m) => expect(v).toBeCloseTo(expected[k]?.[m] ?? NaN, 14)),
    );
    // The docs' value: 0.85.
    expect(s?.loss).toBeCloseTo(0.85, 14);
    expect((s?.sum ?? NaN) / 4).toBeCloseTo(0.85, 14);
    // Unlisted classes above min(x[3], x[0]) − 1 = −0.9 pay.
    expect(s?.payAbove).toBeCloseTo(-0.9, 14);
  });

  it('counts a class listed twice twice, and leaves pairs already 1 apart at 0', () => {
    const { samples } = multiLabelMarginPairs({ input: [3, 0, 0.5], target: [0, 0, -1] });
    const [s] = samples;
    expect(s?.listed).toEqual([0, 0]);
    expect(s?.terms).toEqual([
      [0, 0],
      [0, 0],
    ]);
    const tight = multiLabelMarginPairs({ input: [1, 0, 0.5], target: [0, 0, -1] }).samples[0];
    expect(tight?.sum).toBeCloseTo(2 * (0 + 0.5), 14);
    const none = multiLabelMarginPairs({ input: [1, 0, 0.5], target: [-1, 0, 0] }).samples[0];
    expect(none?.listed).toEqual([]);
    expect(none?.payAbove).toBe(Infinity);
  });

  it('agrees with the loss itself: Σ terms / C is the per-sample loss', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 2, max: 5 }).chain((c) =>
          fc.tuple(
            fc.array(
              fc.array(fc.double({ min: -3, max: 3, noNaN: true }), {
                minLength: c,
                maxLength: c,
              }),
              { minLength: 1, maxLength: 3 },
            ),
            fc.array(
              fc.array(fc.integer({ min: -1, max: c - 1 }), { minLength: c, maxLength: c }),
              { minLength: 3, maxLength: 3 },
            ),
          ),
        ),
        ([input, targets]) => {
          const target = targets.slice(0, input.length);
          const { samples, classes } = multiLabelMarginPairs({ input, target });
          const { output } = evaluateLoss(
            'MultiLabelMarginLoss',
            { input, target },
            { reduction: 'none' },
          );
          samples.forEach((s, n) => {
            expect(s.sum / classes).toBeCloseTo((output as number[])[n] ?? NaN, 12);
            expect(s.loss).toBe((output as number[])[n]);
          });
        },
      ),
      { seed: 7, numRuns: 60 },
    );
  });

  it('refuses what PyTorch refuses', () => {
    expect(() => multiLabelMarginPairs({ input: [[0.1, 0.2]], target: [[2, -1]] })).toThrow(
      LossInputError,
    );
  });
});

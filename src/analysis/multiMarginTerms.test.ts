import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { evaluateLoss, LossInputError, multiMarginTerms } from '../index.ts';

describe('multiMarginTerms', () => {
  it('gives one hinge per rival class and leaves the target out (PyTorch docs: 0.3250)', () => {
    const { samples, classes } = multiMarginTerms({ input: [[0.1, 0.2, 0.4, 0.8]], target: [3] });
    const [s] = samples;
    expect(classes).toBe(4);
    expect(s?.target).toBe(3);
    [0.3, 0.4, 0.6, 0].forEach((v, i) => expect(s?.terms[i]).toBeCloseTo(v, 14));
    expect(s?.gaps[3]).toBeCloseTo(1, 14);
    expect(s?.loss).toBeCloseTo(0.325, 14);
    expect(s?.clearAt).toBeCloseTo(1.4, 14);
    // Rivals above x[y] − margin = −0.2 pay: all three here.
    expect(s?.payAbove).toBeCloseTo(-0.2, 14);
  });

  it('clearAt is where the loss reaches 0 as the target score grows', () => {
    const row = [0.1, 0.2, 0.4, 0.8];
    const [s] = multiMarginTerms({ input: row, target: 1 }, { p: 2, margin: 0.5 }).samples;
    const at = (x: number) =>
      evaluateLoss(
        'MultiMarginLoss',
        { input: row.map((v, i) => (i === 1 ? x : v)), target: 1 },
        {
          p: 2,
          margin: 0.5,
        },
      ).output as number;
    expect(s?.clearAt).toBeCloseTo(1.3, 14);
    expect(at(1.3)).toBe(0);
    expect(at(1.29)).toBeGreaterThan(0);
  });

  it('squares with p = 2, scales by the weight of the target class only', () => {
    const { samples } = multiMarginTerms(
      { input: [0.1, 0.2, 0.4, 0.8], target: 3 },
      { p: 2, weight: [9, 9, 9, 0.5], margin: 0.5 },
    );
    const [s] = samples;
    expect(s?.weight).toBe(0.5);
    // Rivals 0 and 1 are more than margin behind: no term.
    [0, 0, 0.5 * 0.1 ** 2, 0].forEach((v, i) => expect(s?.terms[i]).toBeCloseTo(v, 14));
  });

  it('agrees with the loss itself for every keyword', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 2, max: 5 }).chain((c) =>
          fc.record({
            input: fc.array(
              fc.array(fc.double({ min: -3, max: 3, noNaN: true }), { minLength: c, maxLength: c }),
              { minLength: 1, maxLength: 3 },
            ),
            target: fc.array(fc.integer({ min: 0, max: c - 1 }), { minLength: 3, maxLength: 3 }),
            weight: fc.option(
              fc.array(fc.double({ min: 0, max: 2, noNaN: true }), { minLength: c, maxLength: c }),
            ),
            p: fc.constantFrom(1, 2),
            margin: fc.double({ min: 0, max: 3, noNaN: true }),
          }),
        ),
        ({ input, target, weight, p, margin }) => {
          const inputs = { input, target: target.slice(0, input.length) };
          const options = { weight, p, margin };
          const { samples, classes } = multiMarginTerms(inputs, options);
          const { output } = evaluateLoss('MultiMarginLoss', inputs, {
            ...options,
            reduction: 'none',
          });
          samples.forEach((s, n) =>
            expect(s.sum / classes).toBeCloseTo((output as number[])[n] ?? NaN, 12),
          );
        },
      ),
      { seed: 11, numRuns: 80 },
    );
  });

  it('refuses what PyTorch refuses', () => {
    expect(() => multiMarginTerms({ input: [[1, 2]], target: [0] }, { p: 3 })).toThrow(
      LossInputError,
    );
  });
});

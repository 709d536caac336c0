import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fitConstant, LossInputError } from '../index.ts';
import { LOSS_CASES, totalLoss } from '../testing/fitCases.ts';

const mean = (v: readonly number[]) => v.reduce((a, b) => a + b, 0) / v.length;

describe('fitConstant', () => {
  const withOutlier = [1.2, 0.8, 1.0, 1.4, 0.9, 9];

  it('MSELoss gives the mean', () => {
    for (const data of [withOutlier, [3], [-2, 5], [0.1, 0.2, 0.3, 100, -7.5]]) {
      const fit = fitConstant('MSELoss', data);
      expect(fit.value).toBeCloseTo(mean(data), 11);
      expect(fit.upper - fit.lower).toBeLessThan(1e-11);
    }
  });

  it('L1Loss gives the median; for an even count, the midpoint of the two middle values', () => {
    expect(fitConstant('L1Loss', [5, 1, 4, 2, 3]).value).toBeCloseTo(3, 11);
    const even = fitConstant('L1Loss', withOutlier);
    expect(even.value).toBeCloseTo((1.0 + 1.2) / 2, 11);
    // Every value between the middle pair minimises L1: the interval says so.
    expect(even.lower).toBeCloseTo(1.0, 11);
    expect(even.upper).toBeCloseTo(1.2, 11);
  });

  it('SmoothL1Loss with beta = 0 is L1Loss', () => {
    for (const data of [withOutlier, [5, 1, 4, 2, 3], [2, 2, 7]]) {
      const l1 = fitConstant('L1Loss', data);
      const s = fitConstant('SmoothL1Loss', data, { beta: 0 });
      expect(s.value).toBeCloseTo(l1.value, 11);
      expect(s.lower).toBeCloseTo(l1.lower, 11);
      expect(s.upper).toBeCloseTo(l1.upper, 11);
    }
  });

  it('HuberLoss lies between the median and the mean, moving toward the mean as delta grows', () => {
    const median = fitConstant('L1Loss', withOutlier).value;
    const avg = mean(withOutlier);
    let previous = median;
    for (const delta of [0.05, 0.2, 0.5, 1, 2, 4]) {
      const v = fitConstant('HuberLoss', withOutlier, { delta }).value;
      expect(v).toBeGreaterThanOrEqual(median - 1e-12);
      expect(v).toBeLessThanOrEqual(avg + 1e-12);
      expect(v).toBeGreaterThanOrEqual(previous - 1e-12);
      previous = v;
    }
    // With delta beyond every residual Huber is half the squared error: the mean exactly.
    expect(fitConstant('HuberLoss', withOutlier, { delta: 100 }).value).toBeCloseTo(avg, 11);
  });

  it('SmoothL1Loss(beta) and HuberLoss(delta = beta) have the same minimiser (one is δ times the other)', () => {
    for (const beta of [0.1, 0.5, 1, 3]) {
      expect(fitConstant('SmoothL1Loss', withOutlier, { beta }).value).toBeCloseTo(
        fitConstant('HuberLoss', withOutlier, { delta: beta }).value,
        11,
      );
    }
  });

  it('reports the flat bottom of Huber when every point is an outlier to the others', () => {
    const fit = fitConstant('HuberLoss', [0, 10], { delta: 1 });
    expect(fit.lower).toBeCloseTo(1, 11);
    expect(fit.upper).toBeCloseTo(9, 11);
    expect(fit.value).toBeCloseTo(5, 11);
  });

  it('ignores reduction, which only scales the sum', () => {
    const a = fitConstant('HuberLoss', withOutlier, { reduction: 'sum' }).value;
    const b = fitConstant('HuberLoss', withOutlier, { reduction: 'mean' }).value;
    expect(a).toBe(b);
  });

  it.each(LOSS_CASES)(
    '%s %o: no constant does better, and the whole interval is optimal',
    (name, options) => {
      const data = fc.array(fc.double({ min: -50, max: 50, noNaN: true }), {
        minLength: 1,
        maxLength: 9,
      });
      fc.assert(
        fc.property(data, fc.double({ min: -60, max: 60, noNaN: true }), (ys, c) => {
          const fit = fitConstant(name, ys, options);
          const at = (v: number) =>
            totalLoss(
              name,
              ys.map(() => v),
              ys,
              options,
            );
          const best = at(fit.value);
          const slack = 1e-9 * (1 + Math.abs(best));
          for (const other of [
            c,
            fit.value + 1e-6,
            fit.value - 1e-6,
            fit.lower - 1e-3,
            fit.upper + 1e-3,
          ])
            expect(at(other)).toBeGreaterThanOrEqual(best - slack);
          expect(Math.abs(at(fit.lower) - best)).toBeLessThanOrEqual(slack);
          expect(Math.abs(at(fit.upper) - best)).toBeLessThanOrEqual(slack);
        }),
        { seed: 20240611, numRuns: 60 },
      );
    },
  );

  it('refuses what has no answer, in plain words', () => {
    expect(() => fitConstant('MSELoss', [])).toThrow(LossInputError);
    expect(() => fitConstant('MSELoss', [1, Number.NaN])).toThrow(/targets\[1\] is NaN/);
    expect(() => fitConstant('HuberLoss', [1], { delta: 0 })).toThrow(
      /non-positive values for delta/,
    );
    expect(() => fitConstant('SmoothL1Loss', [1], { beta: -1 })).toThrow(
      /negative values for beta/,
    );
    expect(() => fitConstant('BCELoss', [0.5])).toThrow(/fits are defined for L1Loss/);
  });
});

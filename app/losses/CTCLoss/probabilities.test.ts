import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  UNITS,
  apportion,
  logProbsOf,
  onGrid,
  setProbability,
  unitsFromLogProbs,
} from './probabilities.ts';

const sum = (xs: readonly number[]) => xs.reduce((a, b) => a + b, 0);

describe('frame probabilities on the 0.0001 grid', () => {
  it('apportions exactly, at least one unit each, in proportion', () => {
    expect(apportion([1, 1, 1], 10)).toEqual([4, 3, 3]);
    expect(apportion([0, 0], 5)).toEqual([3, 2]);
    expect(apportion([9, 1], 100)).toEqual([90, 10]);
    fc.assert(
      fc.property(
        fc.array(fc.double({ min: 0, max: 1, noNaN: true }), { minLength: 1, maxLength: 8 }),
        fc.integer({ min: 8, max: UNITS }),
        (weights, total) => {
          const out = apportion(weights, total);
          expect(sum(out)).toBe(total);
          expect(Math.min(...out)).toBeGreaterThanOrEqual(1);
        },
      ),
    );
  });

  it('keeps a frame summing to 1 when one class is set, and the others in ratio', () => {
    const row = [2000, 2000, 4000, 2000];
    const next = setProbability(row, 2, 0.7);
    expect(next).toEqual([1000, 1000, 7000, 1000]);
    expect(sum(setProbability(row, 0, 1))).toBe(UNITS);
    expect(setProbability(row, 0, 1)[0]).toBe(UNITS - 3);
    expect(Math.min(...setProbability(row, 1, 0))).toBe(1);
  });

  it('turns units into log-probabilities and back', () => {
    const units = [9000, 250, 250, 500];
    const lp = logProbsOf(units);
    expect(sum(lp.map(Math.exp))).toBeCloseTo(1, 14);
    expect(unitsFromLogProbs(lp)).toEqual(units);
    expect(onGrid(lp)).toBe(true);
    expect(onGrid([Math.log(0.3), Math.log(0.7) + 1e-9])).toBe(false);
  });
});

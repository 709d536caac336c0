import { describe, expect, it } from 'vitest';
import { zeroIntervals, type BatchedFunction } from './monotoneInterval.ts';

const each =
  (fs: ((x: number) => number)[]): BatchedFunction =>
  (problems, xs) =>
    xs.map((x, k) => (fs[problems[k] ?? 0] ?? (() => Number.NaN))(x));

describe('zeroIntervals', () => {
  it('finds a simple root to the tolerance', () => {
    const [r] = zeroIntervals(each([(x) => x - 0.3]), [[-5, 5]]);
    expect(r?.lower).toBeCloseTo(0.3, 12);
    expect(r?.upper).toBeCloseTo(0.3, 12);
  });

  it('returns the whole flat stretch of a step function', () => {
    const step = (x: number) => (x < 1 ? -1 : x > 2 ? 1 : 0);
    const [r] = zeroIntervals(each([step]), [[-10, 10]]);
    expect(r?.lower).toBeCloseTo(1, 11);
    expect(r?.upper).toBeCloseTo(2, 11);
  });

  it('solves several problems in one batch, each with its own answer', () => {
    const fs = [(x: number) => x - 1, (x: number) => 3 * (x + 2), (x: number) => Math.cbrt(x - 7)];
    const rs = zeroIntervals(each(fs), [
      [-3, 3],
      [-3, 3],
      [0, 10],
    ]);
    [1, -2, 7].forEach((root, p) => expect(rs[p]?.lower).toBeCloseTo(root, 10));
  });

  it('widens a bracket that rounding left without a sign change', () => {
    const [r] = zeroIntervals(each([(x) => x - 40]), [[0, 1]]);
    expect(r?.lower).toBeCloseTo(40, 10);
  });

  it('works as plain bisection with one point per round', () => {
    const [r] = zeroIntervals(each([(x) => Math.exp(x) - 2]), [[0, 1]], { points: 1 });
    expect(r?.lower).toBeCloseTo(Math.LN2, 12);
  });
});

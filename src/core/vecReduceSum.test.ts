import { describe, expect, it } from 'vitest';
import { vecReduceSum } from './vecReduceSum.ts';

const sum = (xs: readonly number[]) => vecReduceSum(xs.length, (i) => xs[i] ?? 0);

// Expected sums read back from torch 1.13's _log_softmax_backward_data(g, zeros): g − Σ g.
describe("vecReduceSum adds in vec::reduce_all's order", () => {
  it('starts from the first value, so a row of −0 sums to −0', () => {
    expect(Object.is(sum([-0, -0]), -0)).toBe(true);
    expect(Object.is(sum([-0, -0, -0, -0, -0]), -0)).toBe(true);
  });

  it('adds value i into lane i mod 4, then the lanes', () => {
    // Lane 0 holds 1e16 + 1 (rounds to 1e16) and the ones in lanes 1 and 3 add up after the
    // ±1e16 cancel: 1. In index order it would be 2.
    expect(sum([1e16, 1, -1e16, 1, 1])).toBe(1);
  });
});

import { describe, expect, it } from 'vitest';
import { torchSum } from './torchSum.ts';

const sum = (xs: readonly number[]) => torchSum(xs.length, (i) => xs[i] ?? 0);
const sequential = (xs: readonly number[]) => xs.reduce((a, b) => a + b, 0);

describe("torchSum adds in PyTorch 1.13's order (values from torch.tensor(xs).sum())", () => {
  it('below 4 values, in index order from +0', () => {
    expect(sum([0.1, 0.2, 0.3])).toBe(sequential([0.1, 0.2, 0.3]));
    expect(Object.is(sum([-0]), 0)).toBe(true);
  });

  it('in lanes, with the n mod 4 last values first', () => {
    const harmonic = (n: number) => Array.from({ length: n }, (_, i) => 1 / (i + 1));
    expect(sum(harmonic(7))).toBe(2.592857142857143);
    expect(sequential(harmonic(7))).toBe(2.5928571428571425);
    // 1000 values: 250 vectors, 62 rows of 4 and two left over.
    expect(sum(harmonic(1000))).toBe(7.485470860550346);
  });

  it('through the cascade levels from 256 values on', () => {
    const xs = Array.from(
      { length: 300 },
      (_, i) => (-1) ** i * ((i % 7) + 0.1) * 10 ** ((i % 5) - 2),
    );
    expect(sum(xs)).toBe(-335.72999999999956);
    expect(sequential(xs)).toBe(-335.73);
  });
});

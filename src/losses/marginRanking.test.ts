import { describe, expect, it } from 'vitest';
import { evaluateLoss, LossInputError } from '../index.ts';
import { mismatch } from '../testing/golden.ts';

describe('MarginRankingLoss', () => {
  it('is max(0, −y·(x1 − x2) + margin), element by element', () => {
    const { output, grads } = evaluateLoss(
      'MarginRankingLoss',
      { input1: [1, 3, 1], input2: [2, 1, 1], target: [1, 1, -1] },
      { margin: 0.5, reduction: 'none' },
    );
    expect(output).toEqual([1.5, 0, 0.5]);
    expect(mismatch(grads['input1'], [-1, 0, 1], 0, 1e-12)).toBeNull();
    expect(mismatch(grads['input2'], [1, 0, -1], 0, 1e-12)).toBeNull();
  });

  it('passes the gradient at the kink (x1 = x2 with margin 0)', () => {
    const { output, grads } = evaluateLoss('MarginRankingLoss', {
      input1: 2,
      input2: 2,
      target: 1,
    });
    expect(output).toBe(0);
    expect(grads['input1']).toBe(-1);
    expect(grads['input2']).toBe(1);
  });

  it('gives inactive pairs the signed zeros PyTorch prints (-0. for input1 when y = 1)', () => {
    const { grads } = evaluateLoss('MarginRankingLoss', {
      input1: [0.8, 0.5],
      input2: [0.4, 0.3],
      target: [1, -1],
    });
    const [g1 = NaN] = grads['input1'] as number[];
    const [h1 = NaN, h2 = NaN] = grads['input2'] as number[];
    expect(Object.is(g1, -0)).toBe(true);
    expect(Object.is(h1, 0)).toBe(true);
    expect(h2).toBeCloseTo(-0.5, 12);
  });

  // The course notes' "n×n matrix": (N, 1) scores against a (1, N) target compare every pair.
  it('broadcasts (N, 1) inputs against a (1, N) target into an N×N matrix', () => {
    const { output, grads } = evaluateLoss(
      'MarginRankingLoss',
      { input1: [[1], [2], [3]], input2: [[2], [2], [1]], target: [[1, 1, -1]] },
      { reduction: 'none' },
    );
    expect(output).toEqual([
      [1, 1, 0],
      [0, 0, 0],
      [0, 0, 2],
    ]);
    expect(grads['input1']).toEqual([[-2], [-1], [1]]);
    expect(grads['input2']).toEqual([[2], [1], [-1]]);
  });

  it('refuses (N, 1) inputs against an (N,) target: PyTorch wants equal ranks', () => {
    expect(() =>
      evaluateLoss('MarginRankingLoss', {
        input1: [[1], [2], [3]],
        input2: [[2], [2], [1]],
        target: [1, 1, -1],
      }),
    ).toThrow(LossInputError);
    expect(() =>
      evaluateLoss('MarginRankingLoss', { input1: [[1], [2]], input2: [[2], [2]], target: [1, 1] }),
    ).toThrow(/All input tensors should have same dimension .*target: \[2\]/);
  });
});

import { describe, expect, it } from 'vitest';
import { evaluateLoss, LossInputError } from '../index.ts';

describe('GaussianNLLLoss', () => {
  it('is 0.5·(log var + (x − y)² / var), with 0.5·log(2π) more when full', () => {
    const inputs = { input: 1, target: 0, var: 0.5 };
    const expected = 0.5 * (Math.log(0.5) + 1 / 0.5);
    expect(evaluateLoss('GaussianNLLLoss', inputs).output).toBeCloseTo(expected, 12);
    expect(evaluateLoss('GaussianNLLLoss', inputs, { full: true }).output).toBeCloseTo(
      expected + 0.5 * Math.log(2 * Math.PI),
      12,
    );
  });

  it('gives var the gradient 0.5·(1/var − (x − y)²/var²): it pays for doubt and for error', () => {
    const { grads } = evaluateLoss('GaussianNLLLoss', { input: 1, target: 0, var: 2 });
    expect(grads['input']).toBeCloseTo(0.5, 12);
    expect(grads['var']).toBeCloseTo(0.5 * (1 / 2 - 1 / 4), 12);
  });

  it('clamps var below eps, yet still passes var the gradient taken at eps (as PyTorch does)', () => {
    const { output, grads } = evaluateLoss(
      'GaussianNLLLoss',
      { input: [1], target: [0.5], var: [0.01] },
      { eps: 0.1, reduction: 'sum' },
    );
    expect(output).toBeCloseTo(0.5 * (Math.log(0.1) + 0.25 / 0.1), 12);
    expect((grads['var'] as number[])[0]).toBeCloseTo(0.5 * (1 / 0.1 - 0.25 / 0.01), 10);
  });

  it('takes one var per sample, shaped input.shape[:-1], and returns its gradient in that shape', () => {
    const { grads } = evaluateLoss(
      'GaussianNLLLoss',
      {
        input: [
          [1, 2],
          [3, 4],
        ],
        target: [
          [0, 0],
          [0, 0],
        ],
        var: [1, 2],
      },
      { reduction: 'sum' },
    );
    expect(grads['var']).toHaveLength(2);
    expect((grads['var'] as number[])[0]).toBeCloseTo(0.5 * (2 - 5), 12);
  });

  it('refuses negative var and ill-shaped var, in PyTorch’s words', () => {
    const call = (v: unknown) => (): unknown =>
      evaluateLoss('GaussianNLLLoss', { input: [[1, 2]], target: [[0, 0]], var: v as number[] });
    expect(call([[0.5, -1]])).toThrow(LossInputError);
    expect(call([[0.5, -1]])).toThrow('var has negative entry/entries');
    expect(call([[0.5], [0.5]])).toThrow('var is of incorrect size');
    expect(call(0.5)).toThrow('var is of incorrect size');
  });
});

describe('GaussianNLLLoss with a denormal variance', () => {
  it('follows autograd: 0.5/var overflows to inf first, so a zero error gets NaN', () => {
    const { grads } = evaluateLoss(
      'GaussianNLLLoss',
      { input: [0, 1e-200], target: [0, 0], var: [1e-310, 1e-310] },
      { eps: 0, reduction: 'none' },
    );
    // PyTorch: (0.5/v)·(2·d) = inf·0 = NaN at d = 0, and inf for a tiny non-zero d.
    expect(grads['input']).toEqual([NaN, Infinity]);
    expect(grads['var']).toEqual([Infinity, Infinity]);
  });
});

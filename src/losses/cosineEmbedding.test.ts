import { describe, expect, it } from 'vitest';
import { evaluateLoss, type NestedNumbers } from '../index.ts';
import { mismatch } from '../testing/golden.ts';
import { zeroSigns } from '../testing/zeroSigns.ts';

const close = (actual: NestedNumbers | undefined, expected: NestedNumbers, tol = 1e-12): void =>
  expect(mismatch(actual, expected, tol, tol)).toBeNull();

describe('CosineEmbeddingLoss', () => {
  it('is 1 − cos for similar pairs and max(0, cos − margin) for dissimilar ones', () => {
    const { output } = evaluateLoss(
      'CosineEmbeddingLoss',
      {
        input1: [
          [1, 0],
          [1, 0],
          [1, 0],
        ],
        input2: [
          [1, 1],
          [1, 1],
          [-1, 1],
        ],
        target: [1, -1, -1],
      },
      { margin: 0.5, reduction: 'none' },
    );
    const c = Math.SQRT1_2;
    close(output, [1 - c, c - 0.5, 0], 1e-9);
  });

  it('adds 1e-12 to the squared magnitudes: identical vectors still cost a hair above 0', () => {
    // torch 1.13 gives 3.9968028886505635e-14 for input1 = input2 = [3, 4], target 1.
    const { output } = evaluateLoss('CosineEmbeddingLoss', {
      input1: [[3, 4]],
      input2: [[3, 4]],
      target: [1],
    });
    expect(output as number).toBeGreaterThan(0);
    close(output, 3.9968028886505635e-14, 1e-20);
  });

  it('a zero vector has cosine 0 and a large but finite gradient', () => {
    // torch 1.13: d/d input1 = −input2 / sqrt(ε · (25 + ε)), ε = 1e-12 as a float
    // (9.999999960041972e-13): [−600000.0011987289, −800000.0015983052].
    const { output, grads } = evaluateLoss('CosineEmbeddingLoss', {
      input1: [[0, 0]],
      input2: [[3, 4]],
      target: [1],
    });
    close(output, 1);
    close(grads['input1'], [[-600000.0011987289, -800000.0015983052]], 1e-15);
    close(grads['input2'], [[0, 0]]);
  });

  it('targets other than ±1 are not refused: they simply cost 0', () => {
    const { output, grads } = evaluateLoss(
      'CosineEmbeddingLoss',
      {
        input1: [
          [1, 2],
          [3, 1],
        ],
        input2: [
          [2, 1],
          [1, 1],
        ],
        target: [0, 2],
      },
      { reduction: 'none' },
    );
    close(output, [0, 0]);
    close(grads['input1'], [
      [0, 0],
      [0, 0],
    ]);
  });

  it('refuses a target whose rank does not fit the inputs, in PyTorch words', () => {
    expect(() =>
      evaluateLoss('CosineEmbeddingLoss', { input1: [[1, 2]], input2: [[2, 1]], target: 1 }),
    ).toThrow(
      '0D target tensor expects 1D input tensors, but found inputs with sizes [1, 2] and [1, 2].',
    );
    expect(() =>
      evaluateLoss('CosineEmbeddingLoss', { input1: [[1, 2]], input2: [[2, 1]], target: [[1]] }),
    ).toThrow(/multi-target not supported/);
  });
});

describe('CosineEmbeddingLoss where the cosine is NaN', () => {
  it('passes NaN gradients even for target 0, since autograd multiplies 0 by NaN', () => {
    // (1e200)² overflows: the cosine is inf/inf = NaN. Target 0 selects neither branch, so the
    // loss is 0, but PyTorch's chain still computes 0 · NaN for that pair.
    const { output, grads } = evaluateLoss(
      'CosineEmbeddingLoss',
      {
        input1: [
          [1e200, 1e200],
          [1, 0],
        ],
        input2: [
          [1e200, 1e200],
          [0, 1],
        ],
        target: [0, 1],
      },
      { reduction: 'none' },
    );
    expect(output).toEqual([0, 1]);
    expect(grads['input1']).toEqual([
      [NaN, NaN],
      [0, -0.9999999999989999],
    ]);
  });

  it('leaves an inactive pair the zero gradients autograd gives, with their signs', () => {
    // torch 1.13 prints input1.grad as tensor([[0., -0.]]): the clamp passes +0, which
    // cos = prod / denom turns into −0 · prod / denom² on the way to x1² and back to x1.
    const { grads } = evaluateLoss(
      'CosineEmbeddingLoss',
      { input1: [[10, 1]], input2: [[2, -3]], target: [-1] },
      { margin: 1, reduction: 'sum' },
    );
    expect(zeroSigns(grads['input1'])).toEqual([['0', '-0']]);
    expect(zeroSigns(grads['input2'])).toEqual([['0', '0']]);
  });
});

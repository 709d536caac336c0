import { describe, expect, it } from 'vitest';
import { evaluateLoss } from '../index.ts';

describe('HingeEmbeddingLoss', () => {
  it('is x for y = 1 and max(0, margin − x) for y = −1', () => {
    const { output } = evaluateLoss(
      'HingeEmbeddingLoss',
      { input: [0.5, 0.5, 2.5], target: [1, -1, -1] },
      { margin: 2, reduction: 'none' },
    );
    expect(output).toEqual([0.5, 1.5, 0]);
  });

  it('gives a label that is neither 1 nor −1 both terms, as PyTorch’s != masks do', () => {
    const { output, grads } = evaluateLoss(
      'HingeEmbeddingLoss',
      { input: [0.25, 2], target: [0, 0] },
      { reduction: 'none' },
    );
    expect(output).toEqual([0.25 + 0.75, 2]);
    expect(grads['input']).toEqual([0, 1]);
  });

  it('passes the gradient at the kink x = margin', () => {
    const { grads } = evaluateLoss(
      'HingeEmbeddingLoss',
      { input: [1, 0.5], target: [-1, -1] },
      { margin: 1, reduction: 'none' },
    );
    expect(grads['input']).toEqual([-1, -1]);
  });

  it('broadcasts input against a larger target and sums the gradient back', () => {
    const { output, grads } = evaluateLoss(
      'HingeEmbeddingLoss',
      {
        input: [1, 0, 3],
        target: [
          [1, -1, 1],
          [-1, -1, -1],
        ],
      },
      { reduction: 'none' },
    );
    expect(output).toEqual([
      [1, 1, 3],
      [0, 1, 0],
    ]);
    expect(grads['input']).toEqual([0, -2, 1]);
  });
});

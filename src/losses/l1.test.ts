import { describe, expect, it } from 'vitest';
import { evaluateLoss } from '../index.ts';

describe('L1Loss', () => {
  it('is |x − y| with gradient sign(x − y), 0 at a tie', () => {
    const { output, grads } = evaluateLoss(
      'L1Loss',
      { input: [3, -1, 2], target: [1, 1, 2] },
      { reduction: 'none' },
    );
    expect(output).toEqual([2, 2, 0]);
    expect(grads['input']).toEqual([1, -1, 0]);
  });

  it('gives a NaN difference (inf − inf) gradient 0, as PyTorch’s sign(NaN) = 0 does', () => {
    const { output, grads } = evaluateLoss('L1Loss', {
      input: [Infinity, 1],
      target: [Infinity, 0],
    });
    expect(output).toBeNaN();
    expect(grads['input']).toEqual([0, 0.5]);
  });
});

import { describe, expect, it } from 'vitest';
import { evaluateLoss } from '../index.ts';

describe('MSELoss', () => {
  it('is (x − y)² with gradient 2(x − y)/n under mean', () => {
    const { output, grads } = evaluateLoss('MSELoss', { input: [3, -1], target: [1, 1] });
    expect(output).toBe(4);
    expect(grads['input']).toEqual([2, -2]);
  });

  it('keeps the gradient finite where only the loss overflows: (2/n)·1e308, as PyTorch', () => {
    const { output, grads } = evaluateLoss('MSELoss', { input: [1e308, 0], target: [0, 0] });
    expect(output).toBe(Infinity);
    // PyTorch's kernel forms 2/n first; 2·1e308 alone would overflow to inf.
    expect(grads['input']).toEqual([1e308, 0]);
  });
});

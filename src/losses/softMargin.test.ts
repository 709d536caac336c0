import { describe, expect, it } from 'vitest';
import { evaluateLoss, LossInputError } from '../index.ts';

describe('SoftMarginLoss', () => {
  it('is BCEWithLogitsLoss with the ±1 labels mapped to 1 and 0', () => {
    const input = [-2, -0.3, 0, 1.1, 3];
    const y = [1, -1, 1, -1, 1];
    const soft = evaluateLoss('SoftMarginLoss', { input, target: y }, { reduction: 'sum' });
    const bce = evaluateLoss(
      'BCEWithLogitsLoss',
      { input, target: y.map((v) => (v + 1) / 2) },
      { reduction: 'sum' },
    );
    expect(Math.abs((soft.output as number) - (bce.output as number))).toBeLessThan(1e-12);
  });

  it('overflows like PyTorch 1.13 once −y·x passes ~709.78: inf loss, NaN gradient', () => {
    const { output, grads } = evaluateLoss(
      'SoftMarginLoss',
      { input: [-800, -700, 800], target: [1, 1, 1] },
      { reduction: 'none' },
    );
    const [far, near, easy] = output as number[];
    expect(far).toBe(Infinity);
    expect(near).toBeCloseTo(700, 10);
    expect(easy).toBe(0);
    expect(Number.isNaN((grads['input'] as number[])[0])).toBe(true);
  });

  it('lets target broadcast onto input, but not the other way round', () => {
    const { output } = evaluateLoss(
      'SoftMarginLoss',
      {
        input: [
          [0, 0, 0],
          [0, 0, 0],
        ],
        target: [1, -1, 1],
      },
      { reduction: 'none' },
    );
    expect((output as number[][]).flat().every((v) => Math.abs(v - Math.LN2) < 1e-15)).toBe(true);
    expect(() =>
      evaluateLoss('SoftMarginLoss', {
        input: [0, 0, 0],
        target: [
          [1, -1, 1],
          [1, 1, 1],
        ],
      }),
    ).toThrow(LossInputError);
  });
});

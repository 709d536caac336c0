import { describe, expect, it } from 'vitest';
import { evaluateLoss } from '../index.ts';

const softplus = (z: number): number => Math.log1p(Math.exp(z));

describe('BCEWithLogitsLoss', () => {
  it('stays finite and exact at logits of ±800', () => {
    const { output, grads } = evaluateLoss(
      'BCEWithLogitsLoss',
      { input: [800, -800, 800, -800], target: [0, 1, 1, 0] },
      { reduction: 'none' },
    );
    expect(output).toEqual([800, 800, 0, 0]);
    expect(grads['input']).toEqual([1, -1, 0, 0]);
  });

  it('pos_weight p scales only the positive term: p·softplus(−x) when y = 1', () => {
    const x = [0.7, -1.2];
    const { output } = evaluateLoss(
      'BCEWithLogitsLoss',
      { input: x, target: [1, 0] },
      { pos_weight: [3, 3], reduction: 'none' },
    );
    const [pos, neg] = output as number[];
    expect(pos).toBeCloseTo(3 * softplus(-0.7), 14);
    expect(neg).toBeCloseTo(softplus(-1.2), 14);
  });

  it('broadcasts pos_weight along the last (class) dimension', () => {
    const { output } = evaluateLoss(
      'BCEWithLogitsLoss',
      {
        input: [
          [0, 0],
          [0, 0],
        ],
        target: [
          [1, 1],
          [1, 1],
        ],
      },
      { pos_weight: [1, 2], reduction: 'none' },
    );
    expect(output).toEqual([
      [Math.LN2, 2 * Math.LN2],
      [Math.LN2, 2 * Math.LN2],
    ]);
  });

  it('refuses a target of another shape and a pos_weight that would enlarge input', () => {
    expect(() => evaluateLoss('BCEWithLogitsLoss', { input: [1, 2], target: [[1, 0]] })).toThrow(
      /Target size \(\[1, 2\]\) must be the same as input size \(\[2\]\)/,
    );
    expect(() =>
      evaluateLoss(
        'BCEWithLogitsLoss',
        { input: [[1, 2]], target: [[1, 0]] },
        {
          pos_weight: [
            [1, 2],
            [3, 4],
          ],
        },
      ),
    ).toThrow(/pos_weight of shape \[2, 2\]/);
  });

  it("'mean' divides the gradient by n last, as PyTorch's backward does", () => {
    const input = [1.5, -0.8, 0.4, -2.2, 3, 0.1, -0.3];
    const target = [1, 0, 0, 1, 0.5, 1, 0];
    const weight = [0.3, 1, 2, 0.7, 1, 1, 3];
    const mean = evaluateLoss('BCEWithLogitsLoss', { input, target }, { weight });
    const sum = evaluateLoss('BCEWithLogitsLoss', { input, target }, { weight, reduction: 'sum' });
    const perElement = sum.grads['input'] as number[];
    expect(mean.grads['input']).toEqual(perElement.map((g) => g / input.length));
  });
});

import { describe, expect, it } from 'vitest';
import { evaluateLoss, type NestedNumbers } from '../index.ts';
import { mismatch } from '../testing/golden.ts';
import { zeroSigns } from '../testing/zeroSigns.ts';

const close = (actual: NestedNumbers | undefined, expected: NestedNumbers, tol = 1e-12): void =>
  expect(mismatch(actual, expected, tol, tol)).toBeNull();

const inputs = {
  anchor: [
    [0.5, -1, 2],
    [1, 1, 0],
  ],
  positive: [
    [0.4, -0.5, 1.5],
    [2, 1, 1],
  ],
  negative: [
    [1, 1, 1],
    [-1, 0.5, 0],
  ],
};

describe('TripletMarginWithDistanceLoss', () => {
  it("its default distance (None or 'pairwise') is TripletMarginLoss's", () => {
    const reference = evaluateLoss('TripletMarginLoss', inputs, { reduction: 'none' });
    for (const distance_function of [null, 'pairwise', undefined]) {
      const r = evaluateLoss('TripletMarginWithDistanceLoss', inputs, {
        distance_function,
        reduction: 'none',
      });
      close(r.output, reference.output);
      close(r.grads['anchor'], reference.grads['anchor'] ?? []);
    }
  });

  it("'cosine' ignores length: scaling every embedding leaves loss and direction unchanged", () => {
    const scale = (m: number[][]): number[][] => m.map((row) => row.map((v) => 3 * v));
    const options = { distance_function: 'cosine', reduction: 'none' };
    const base = evaluateLoss('TripletMarginWithDistanceLoss', inputs, options);
    const scaled = evaluateLoss(
      'TripletMarginWithDistanceLoss',
      {
        anchor: scale(inputs.anchor),
        positive: scale(inputs.positive),
        negative: scale(inputs.negative),
      },
      options,
    );
    close(scaled.output, base.output);
  });

  it("'cosine' floors each norm at 1e-8 with PyTorch's gradient, so a zero anchor stays finite", () => {
    // torch 1.13: anchor [0, 0], positive [3, 4], negative [1, 0], margin 2.
    const { output, grads } = evaluateLoss(
      'TripletMarginWithDistanceLoss',
      { anchor: [[0, 0]], positive: [[3, 4]], negative: [[1, 0]] },
      { distance_function: 'cosine', margin: 2 },
    );
    close(output, 2);
    close(grads['anchor'], [[-0.6e8 + 1e8, -0.8e8]], 1e-4); // −p/(1e-8·‖p‖) + n/(1e-8·‖n‖)
  });

  it('accepts margin ≤ 0 and inputs of different ranks, as PyTorch 1.13 does', () => {
    const { output } = evaluateLoss(
      'TripletMarginWithDistanceLoss',
      { anchor: [0, 0], positive: [[1, 0]], negative: [[0, 3]] },
      { margin: -1, reduction: 'none' },
    );
    close(output, [0]);
  });

  it("'cosine' needs a dim 1 and refuses 1-D inputs with PyTorch's IndexError text", () => {
    expect(() =>
      evaluateLoss(
        'TripletMarginWithDistanceLoss',
        { anchor: [1, 2], positive: [1, 0], negative: [0, 1] },
        { distance_function: 'cosine' },
      ),
    ).toThrow(/Dimension out of range \(expected to be in range of \[-1, 0\], but got 1\)/);
  });

  it('leaves zero gradients with the signs autograd gives them (PyTorch prints -0.0000)', () => {
    // torch 1.13: positive.grad is [0., -0.] for a zero anchor and an inactive cosine hinge,
    // and the default example's inactive row gives anchor [0, -0] and negative [-0, 0].
    const cosine = evaluateLoss(
      'TripletMarginWithDistanceLoss',
      { anchor: [[0, 0]], positive: [[3, -0.5]], negative: [[1.5, 1]] },
      { distance_function: 'cosine', margin: 2, reduction: 'sum' },
    );
    expect(zeroSigns(cosine.grads['positive'])).toEqual([['0', '-0']]);
    expect(zeroSigns(cosine.grads['negative'])).toEqual([['0', '0']]);
    const pairwise = evaluateLoss('TripletMarginWithDistanceLoss', {
      anchor: [
        [1, 0.5],
        [1, 1],
      ],
      positive: [
        [1.5, 1],
        [1.5, 2],
      ],
      negative: [
        [2, 0.5],
        [3.5, 1],
      ],
    });
    expect(zeroSigns(pairwise.grads['anchor'])).toEqual([
      ['.', '.'],
      ['0', '-0'],
    ]);
    expect(zeroSigns(pairwise.grads['negative'])).toEqual([
      ['.', '.'],
      ['-0', '0'],
    ]);
  });
});

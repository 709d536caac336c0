import { describe, expect, it } from 'vitest';
import { evaluateLoss, LossInputError, type NestedNumbers } from '../index.ts';
import { mismatch } from '../testing/golden.ts';
import { zeroSigns } from '../testing/zeroSigns.ts';

const close = (actual: NestedNumbers | undefined, expected: NestedNumbers, tol = 1e-12): void =>
  expect(mismatch(actual, expected, tol, tol)).toBeNull();

describe('TripletMarginLoss', () => {
  it('adds eps inside the norm: an anchor equal to its positive is eps·√D away, not 0', () => {
    const zero = [0, 0, 0, 0];
    const { output } = evaluateLoss(
      'TripletMarginLoss',
      { anchor: [zero], positive: [zero], negative: [[3, 0, 0, 0]] },
      { margin: 5 },
    );
    const dPos = 1e-6 * 2; // ‖(eps, eps, eps, eps)‖₂
    const dNeg = Math.hypot(-3 + 1e-6, 1e-6, 1e-6, 1e-6);
    close(output, 5 + dPos - dNeg);
  });

  it('p = ∞ and p = −∞ use the largest and smallest |difference|, splitting ties evenly', () => {
    // Values from torch 1.13: nn.TripletMarginLoss(p=±inf, margin=3, eps=0, reduction='none').
    const inputs = {
      anchor: [
        [1, -2, 0.5],
        [0, 0, 0],
      ],
      positive: [
        [3, 0, 0.5],
        [1, -1, 0.5],
      ],
      negative: [
        [0, 1, 2],
        [2, 2, 0],
      ],
    };
    const options = { margin: 3, eps: 0, reduction: 'none' };
    const inf = evaluateLoss('TripletMarginLoss', inputs, { ...options, p: Infinity });
    close(inf.output, [2, 2]);
    close(inf.grads['anchor'], [
      [-0.5, 0.5, 0],
      [0, 1, 0],
    ]);
    close(inf.grads['negative'], [
      [0, -1, 0],
      [-0.5, -0.5, 0],
    ]);
    const minusInf = evaluateLoss('TripletMarginLoss', inputs, { ...options, p: -Infinity });
    close(minusInf.output, [2, 3.5]);
    close(minusInf.grads['anchor'], [
      [-1, 0, 0],
      [0, 0, -1],
    ]);
  });

  it('swap measures the negative against the nearer of anchor and positive', () => {
    const inputs = { anchor: [[0, 0]], positive: [[2, 0]], negative: [[2.5, 0.5]] };
    const plain = evaluateLoss('TripletMarginLoss', inputs, { margin: 3, eps: 0 });
    const swapped = evaluateLoss('TripletMarginLoss', inputs, { margin: 3, eps: 0, swap: true });
    close(plain.output, 3 + 2 - Math.hypot(2.5, 0.5));
    close(swapped.output, 3 + 2 - Math.hypot(0.5, 0.5));
  });

  it('passes the gradient at the hinge itself, where the loss is exactly 0', () => {
    const { output, grads } = evaluateLoss(
      'TripletMarginLoss',
      { anchor: [[0, 0]], positive: [[0, 0]], negative: [[1, 0]] },
      { eps: 0 },
    );
    close(output, 0);
    close(grads['anchor'], [[1, 0]]);
    close(grads['negative'], [[-1, 0]]);
  });

  it('refuses inputs of different ranks with PyTorch 1.13 words', () => {
    expect(() =>
      evaluateLoss('TripletMarginLoss', {
        anchor: [1, 2],
        positive: [[1, 2]],
        negative: [[0, 1]],
      }),
    ).toThrow(
      new LossInputError(
        'All inputs should have same dimension but got 1D, 2D and 2D inputs. (anchor, positive and negative must have the same number of dimensions)',
      ),
    );
  });

  it('refuses batches that do not broadcast, naming the sizes', () => {
    expect(() =>
      evaluateLoss('TripletMarginLoss', {
        anchor: [[1], [2]],
        positive: [[1], [2], [3]],
        negative: [[0], [1], [2]],
      }),
    ).toThrow(/size of tensor a \(2\) must match the size of tensor b \(3\)/);
  });
});

describe('TripletMarginLoss with a NaN component', () => {
  it('p = 1: the blocked gradient stays 0, since sign(NaN) = 0 in PyTorch', () => {
    const { output, grads } = evaluateLoss(
      'TripletMarginLoss',
      { anchor: [[NaN, 1]], positive: [[0, 0]], negative: [[1, 1]] },
      { p: 1 },
    );
    expect(output).toBeNaN();
    expect(grads['anchor']).toEqual([[0, 0]]);
  });

  describe('leaves zero gradients with the signs autograd gives them (PyTorch prints -0.0000)', () => {
    const signs = (inputs: Record<string, NestedNumbers>, options: Record<string, unknown>) => {
      const { grads } = evaluateLoss('TripletMarginLoss', inputs, options);
      return ['anchor', 'positive', 'negative'].map((k) => zeroSigns(grads[k]));
    };

    it('an inactive hinge sends +0 to d(a, p) and −0 to d(a, n)', () => {
      // The app's default example; torch 1.13 gives anchor [0, -0], negative [-0, 0] in row 1.
      const inputs = {
        anchor: [
          [0, 0],
          [1, 1],
        ],
        positive: [
          [0.5, 0.3],
          [1.5, 2],
        ],
        negative: [
          [1, 0.5],
          [3.5, 1],
        ],
      };
      expect(signs(inputs, {})).toEqual([
        [
          ['.', '.'],
          ['0', '-0'],
        ],
        [
          ['.', '.'],
          ['0', '0'],
        ],
        [
          ['.', '.'],
          ['-0', '0'],
        ],
      ]);
    });

    it('swap: the distance min passes over gets +0, and a zero norm gives 0 · g', () => {
      const inputs = {
        anchor: [
          [1, 1],
          [1.5, 0],
          [3, -1],
        ],
        positive: [
          [0.5, 0.5],
          [-1, 0],
          [2, 1],
        ],
        negative: [
          [3, 0.5],
          [0, 2],
          [3, -1],
        ],
      };
      expect(signs(inputs, { margin: 0.5, eps: 0, swap: true, reduction: 'sum' })).toEqual([
        [
          ['0', '0'],
          ['.', '0'],
          ['.', '.'],
        ],
        [
          ['-0', '0'],
          ['.', '.'],
          ['.', '.'],
        ],
        [
          ['0', '0'],
          ['.', '.'],
          ['0', '0'],
        ],
      ]);
    });

    it("p < 1 multiplies in PyTorch's order, so opposite contributions cancel to exactly 0", () => {
      const inputs = {
        anchor: [
          [1, -0.5],
          [3, 0.5],
          [3, 1.5],
        ],
        positive: [
          [-1, 1.5],
          [0.5, 1],
          [0.5, 0.5],
        ],
        negative: [
          [-0.5, -1],
          [2, 2],
          [0, 1.5],
        ],
      };
      const { grads } = evaluateLoss('TripletMarginLoss', inputs, {
        margin: 0,
        p: 0.5,
        eps: 0.5,
        swap: true,
      });
      expect(zeroSigns(grads['positive'])).toEqual([
        ['.', '.'],
        ['.', '.'],
        ['.', '0'],
      ]);
    });
  });
});

import { broadcastIndex, broadcastShapes, sameShape, sumToShape } from './broadcast.ts';
import type { TensorLossResult } from './definition.ts';
import { gradScaleOf, type Reduction } from './reduction.ts';
import { numel, scalar, type Tensor } from './tensor.ts';
import { torchSum } from './torchSum.ts';

/** A loss of one prediction `x` and one target `y`, element by element, and its d/dx. */
export interface PointwiseFormula {
  loss(x: number, y: number): number;
  /**
   * d loss / dx times `scale` (d output / d loss_i: 1, or 1/n for 'mean'), multiplied in the
   * order PyTorch's backward uses: that order decides where an intermediate over- or
   * underflows (MSELoss's (2/n)·(x − y) stays finite at x − y = 1e308; 2·(x − y) would not).
   */
  grad(x: number, y: number, scale: number): number;
}

/**
 * Evaluates an element-wise loss with PyTorch's broadcasting of `input` against `target`
 * (as L1Loss, MSELoss and friends do, with a warning, when the shapes differ), then reduces.
 * The gradient is summed back onto `input`'s own shape.
 *
 * For 'mean' and 'sum' the losses are not stored: torchSum computes each as it adds it up, in
 * PyTorch's order, so the result is the same to the last bit. Equal shapes skip the index maps.
 */
export function pointwiseLoss(
  input: Tensor,
  target: Tensor,
  reduction: Reduction,
  formula: PointwiseFormula,
): TensorLossResult {
  const outShape = broadcastShapes(input.shape, target.shape, 'input and target');
  const n = numel(outShape);
  const xi = sameShape(input.shape, outShape) ? null : broadcastIndex(input.shape, outShape);
  const yi = sameShape(target.shape, outShape) ? null : broadcastIndex(target.shape, outShape);
  const losses = reduction === 'none' ? new Float64Array(n) : null;
  const grads = new Float64Array(n);
  const xs = input.data;
  const ys = target.data;
  const scale = gradScaleOf(reduction, n);
  if (xi === null && yi === null) {
    for (let i = 0; i < n; i++) {
      const x = xs[i] as number;
      const y = ys[i] as number;
      if (losses) losses[i] = formula.loss(x, y);
      grads[i] = formula.grad(x, y, scale);
    }
  } else {
    for (let i = 0; i < n; i++) {
      const x = xs[xi ? (xi[i] as number) : i] as number;
      const y = ys[yi ? (yi[i] as number) : i] as number;
      if (losses) losses[i] = formula.loss(x, y);
      grads[i] = formula.grad(x, y, scale);
    }
  }
  const lossAt =
    xi === null && yi === null
      ? (i: number) => formula.loss(xs[i] as number, ys[i] as number)
      : (i: number) =>
          formula.loss(
            xs[xi ? (xi[i] as number) : i] as number,
            ys[yi ? (yi[i] as number) : i] as number,
          );
  const sum = losses ? 0 : torchSum(n, lossAt);
  const output = losses
    ? { shape: outShape, data: losses }
    : scalar(reduction === 'mean' ? sum / n : sum);
  const inputGrad = xi
    ? sumToShape(grads, xi, input.shape)
    : { shape: [...input.shape], data: grads };
  return { output, grads: { input: inputGrad } };
}

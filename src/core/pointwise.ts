import { broadcastIndex, broadcastShapes, sameShape, sumToShape } from './broadcast.ts';
import type { TensorLossResult } from './definition.ts';
import { gradScaleOf, reduce, type Reduction } from './reduction.ts';
import { numel, type Tensor } from './tensor.ts';

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
  const losses = new Float64Array(n);
  const grads = new Float64Array(n);
  const xs = input.data;
  const ys = target.data;
  const scale = gradScaleOf(reduction, n);
  for (let i = 0; i < n; i++) {
    const x = xs[xi ? (xi[i] ?? 0) : i] ?? 0;
    const y = ys[yi ? (yi[i] ?? 0) : i] ?? 0;
    losses[i] = formula.loss(x, y);
    grads[i] = formula.grad(x, y, scale);
  }
  const { output } = reduce({ shape: outShape, data: losses }, reduction);
  const inputGrad = xi
    ? sumToShape(grads, xi, input.shape)
    : { shape: [...input.shape], data: grads };
  return { output, grads: { input: inputGrad } };
}

import { vecReduceSum } from '../core/vecReduceSum.ts';
import { rowStart, type ClassLayout } from './classLayout.ts';

/**
 * A row's sum as PyTorch's kernel adds it: along the last dimension (spatial size 1, every (C)
 * and (N, C) input) in vec::reduce_all's order, which starts from the first value, so that a
 * row of −0 gradients sums to −0 as there; across a spatial layout, in class order.
 */
function rowSum(classes: number, spatial: number, at: (k: number) => number): number {
  if (spatial === 1) return vecReduceSum(classes, at);
  let sum = 0;
  for (let k = 0; k < classes; k++) sum += at(k);
  return sum;
}

/**
 * log_softmax over the class dimension, shifted by each row's maximum so that exp never
 * overflows: log p_c = (x_c − max) − log Σ exp(x_k − max), the order PyTorch's kernel uses.
 */
export function logSoftmax(x: Float64Array, layout: ClassLayout): Float64Array {
  const { classes: c, spatial: s } = layout;
  const out = new Float64Array(x.length);
  const positions = layout.batch * s;
  for (let p = 0; p < positions; p++) {
    const start = rowStart(layout, p);
    const end = start + c * s;
    let max = Number.NEGATIVE_INFINITY;
    // Math.max propagates NaN, as PyTorch's vectorised max does.
    for (let i = start; i < end; i += s) max = Math.max(max, x[i] ?? 0);
    const sum = rowSum(c, s, (k) => Math.exp((x[start + k * s] ?? 0) - max));
    const logSum = Math.log(sum);
    for (let i = start; i < end; i += s) out[i] = (x[i] ?? 0) - max - logSum;
  }
  return out;
}

/**
 * The backward of log_softmax, in place: given g = d L / d log p, returns
 * d L / d x = g − softmax · Σ g, with softmax taken as exp(log p) like PyTorch's backward.
 */
export function logSoftmaxBackward(
  grad: Float64Array,
  logProbs: Float64Array,
  layout: ClassLayout,
): Float64Array {
  const { classes: c, spatial: s } = layout;
  const positions = layout.batch * s;
  for (let p = 0; p < positions; p++) {
    const start = rowStart(layout, p);
    const end = start + c * s;
    const sum = rowSum(c, s, (k) => grad[start + k * s] ?? 0);
    for (let i = start; i < end; i += s) {
      grad[i] = (grad[i] ?? 0) - Math.exp(logProbs[i] ?? 0) * sum;
    }
  }
  return grad;
}

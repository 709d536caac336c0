import { sameShape } from '../core/broadcast.ts';
import type { LossDefinition } from '../core/definition.ts';
import { LossInputError } from '../core/LossInputError.ts';
import { reduce, type Reduction } from '../core/reduction.ts';
import { formatShape, stridesOf, type Tensor } from '../core/tensor.ts';
import { inPlaceIndex } from './inPlaceBroadcast.ts';
import { BCE_META } from './bceMeta.ts';

/**
 * PyTorch's backward divides by max((1 − x)·x, EPSILON) with EPSILON a C++ `float` 1e-12, so
 * the double it divides by is 1e-12 rounded to single precision.
 */
const EPSILON = Math.fround(1e-12);

/** PyTorch clamps each log at −100 so BCE stays finite (100 per element) at x = 0 or x = 1. */
export const LOG_FLOOR = -100;

function formatIndex(flat: number, shape: readonly number[]): string {
  const strides = stridesOf(shape);
  return `[${shape.map((d, i) => Math.floor(flat / (strides[i] ?? 1)) % d).join(', ')}]`;
}

/** BCELoss refuses probabilities outside [0, 1] (NaN included), naming the first bad one. */
function checkProbabilities(input: Tensor): void {
  const xs = input.data;
  for (let i = 0; i < xs.length; i++) {
    const x = xs[i] ?? 0;
    if (!(x >= 0 && x <= 1)) {
      const where = input.shape.length === 0 ? '' : ` at index ${formatIndex(i, input.shape)}`;
      throw new LossInputError(
        `all elements of input should be between 0 and 1, but input${where} is ${x}` +
          ' (BCELoss takes probabilities; for raw scores use BCEWithLogitsLoss)',
      );
    }
  }
}

/**
 * −w·[y·log x + (1 − y)·log(1 − x)] on probabilities x. The gradient is PyTorch's own
 * backward formula w·(x − y) / max((1 − x)·x, ε), which stays finite (±1e12-ish) where the exact
 * derivative would be infinite.
 */
export const bceLoss: LossDefinition = {
  meta: BCE_META,
  compute(inputs, options) {
    const input = inputs.get('input');
    const target = inputs.get('target');
    if (!sameShape(target.shape, input.shape)) {
      throw new LossInputError(
        `Using a target size (${formatShape(target.shape)}) that is different to the input size ` +
          `(${formatShape(input.shape)}) is deprecated. Please ensure they have the same size.`,
      );
    }
    const weight = options.tensor('weight');
    const wi = weight ? inPlaceIndex(weight.shape, input.shape, 'weight', 'input') : null;
    checkProbabilities(input);
    const n = input.data.length;
    const losses = new Float64Array(n);
    const grads = new Float64Array(n);
    const xs = input.data;
    const ys = target.data;
    const ws = weight?.data;
    for (let i = 0; i < n; i++) {
      const x = xs[i] ?? 0;
      const y = ys[i] ?? 0;
      let loss =
        (y - 1) * Math.max(Math.log(1 - x), LOG_FLOOR) - y * Math.max(Math.log(x), LOG_FLOOR);
      let grad = (x - y) / Math.max((1 - x) * x, EPSILON);
      if (ws) {
        const w = ws[wi ? (wi[i] ?? 0) : i] ?? 0;
        loss *= w;
        grad *= w;
      }
      losses[i] = loss;
      grads[i] = grad;
    }
    const reduction = options.string('reduction') as Reduction;
    const { output } = reduce({ shape: input.shape, data: losses }, reduction);
    // PyTorch's binary_cross_entropy_backward divides by numel() last: multiplying by
    // 1/n instead can differ in the last bit, which shows in the 4 decimals of a 1e11 gradient.
    if (reduction === 'mean') for (let i = 0; i < n; i++) grads[i] = (grads[i] ?? 0) / n;
    return { output, grads: { input: { shape: [...input.shape], data: grads } } };
  },
};

import { broadcastIndex, broadcastShapes, sameShape, sumToShape } from '../core/broadcast.ts';
import type { LossDefinition } from '../core/definition.ts';
import { reduce, type Reduction } from '../core/reduction.ts';
import { numel, type Tensor } from '../core/tensor.ts';
import { checkNonNegativeVar, gaussianVarShape } from './gaussianVar.ts';
import { GAUSSIAN_NLL_META } from './gaussianNllMeta.ts';

const HALF_LOG_TWO_PI = 0.5 * Math.log(2 * Math.PI);

function indexFor(shape: readonly number[], outShape: readonly number[]): Int32Array | null {
  return sameShape(shape, outShape) ? null : broadcastIndex(shape, outShape);
}

function gradOnto(grad: Float64Array, index: Int32Array | null, shape: readonly number[]): Tensor {
  return index ? sumToShape(grad, index, shape) : { shape: [...shape], data: grad };
}

/**
 * `0.5 (log v + (x − y)² / v)` with v = max(var, eps), plus `0.5 log 2π` when full=True: the
 * negative log-likelihood of y under N(x, var), learning the mean and the variance together.
 */
export const gaussianNllLoss: LossDefinition = {
  meta: GAUSSIAN_NLL_META,
  compute(inputs, options) {
    const input = inputs.get('input');
    const target = inputs.get('target');
    const variance = inputs.get('var');
    const varShape = gaussianVarShape(input, variance);
    checkNonNegativeVar(variance);
    const eps = options.number('eps');
    const constant = options.boolean('full') ? HALF_LOG_TWO_PI : 0;

    const outShape = broadcastShapes(
      broadcastShapes(input.shape, target.shape, 'input and target'),
      varShape,
      'input/target and var',
    );
    const n = numel(outShape);
    const xi = indexFor(input.shape, outShape);
    const yi = indexFor(target.shape, outShape);
    const vi = indexFor(varShape, outShape);
    const losses = new Float64Array(n);
    const dx = new Float64Array(n);
    // var's gradient in its two autograd paths, per (unsqueezed) var element: log(var) is taken
    // on var's own shape, so its upstream gradient is summed over the broadcast first and
    // divided by v once; the d²/v path is differentiated element by element, then summed.
    const logPath = new Float64Array(variance.data.length);
    const ratioPath = new Float64Array(variance.data.length);
    const xs = input.data;
    const ys = target.data;
    const vs = variance.data;
    const reduction = options.string('reduction') as Reduction;
    // d output / d loss_i, which PyTorch's autograd carries into the chain below from the start.
    const half = 0.5 * (reduction === 'mean' ? 1 / n : 1);
    for (let i = 0; i < n; i++) {
      const d = (xs[xi ? (xi[i] ?? 0) : i] ?? 0) - (ys[yi ? (yi[i] ?? 0) : i] ?? 0);
      const raw = vs[vi ? (vi[i] ?? 0) : i] ?? 0;
      // PyTorch clamps a clone of var under no_grad: the value is max(var, eps) (NaN stays NaN)
      // but autograd sees the clone as the identity, so var receives d loss / d v evaluated at
      // the clamped v, even where var < eps.
      const v = raw < eps ? eps : raw;
      const ratio = (d * d) / v;
      losses[i] = 0.5 * (Math.log(v) + ratio) + constant;
      // Autograd's chain through 0.5·(log v + d²/v), step by step in its order: with a
      // denormal v, half / v overflows to inf, so a zero error gets inf·0 = NaN, as in PyTorch.
      dx[i] = (half / v) * (2 * d);
      const k = vi ? (vi[i] ?? 0) : i;
      logPath[k] = (logPath[k] ?? 0) + half;
      ratioPath[k] = (ratioPath[k] ?? 0) - half * (ratio / v);
    }
    const { output } = reduce({ shape: outShape, data: losses }, reduction);
    // Over an empty broadcast the log path is 0 / v: NaN where v is NaN or 0 (eps = 0).
    const dv = new Float64Array(vs.length);
    for (let k = 0; k < vs.length; k++) {
      const raw = vs[k] ?? 0;
      dv[k] = (logPath[k] ?? 0) / (raw < eps ? eps : raw) + (ratioPath[k] ?? 0);
    }
    return {
      output,
      grads: {
        input: gradOnto(dx, xi, input.shape),
        // var's own shape: unsqueezing it to varShape did not reorder its data.
        var: { shape: [...variance.shape], data: dv },
      },
    };
  },
};

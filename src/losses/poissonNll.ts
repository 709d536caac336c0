import { broadcastShapes } from '../core/broadcast.ts';
import type { LossDefinition } from '../core/definition.ts';
import { gradScaleOf, reduce, type Reduction } from '../core/reduction.ts';
import { numel } from '../core/tensor.ts';
import { gather, indexOrNull, scatterAdd } from './broadcastGather.ts';
import { POISSON_NLL_META } from './poissonNllMeta.ts';

/**
 * Stirling's approximation of log(y!), which `full=True` adds so the loss is the true negative
 * log-likelihood. PyTorch masks it to 0 where y <= 1 (log(0!) = log(1!) = 0, and the formula
 * would be wrong or NaN there). It depends on the target only, so it has no input gradient.
 */
export function stirlingTerm(y: number): number {
  if (y <= 1) return 0;
  return y * Math.log(y) - y + 0.5 * Math.log(2 * Math.PI * y);
}

/**
 * Negative log-likelihood of counts y under a Poisson distribution with rate λ.
 *
 * PyTorch builds the loss from whole-tensor ops (`exp(input) - target * input`, or
 * `input - target * log(input + eps)`), so exp and log run on input's own shape before target
 * broadcasts against it. Autograd therefore sums each path's upstream gradient over the
 * broadcast dimensions first and applies exp(x) or 1/(x + eps) once to the sum. We do the same:
 * it is not only rounding. With eps = 0 and a rate of 0 broadcast over targets [5, 0], PyTorch
 * gives (−5 + −0)/0 = −inf where a per-element sum would meet 0/0 = NaN; and an empty broadcast
 * gives 0·exp(x), NaN once exp(x) overflows.
 */
export const poissonNllLoss: LossDefinition = {
  meta: POISSON_NLL_META,
  compute(inputs, options) {
    const input = inputs.get('input');
    const target = inputs.get('target');
    const logInput = options.boolean('log_input');
    const extra = options.boolean('full') ? stirlingTerm : () => 0;
    const eps = options.number('eps');
    const reduction = options.string('reduction') as Reduction;
    const outShape = broadcastShapes(input.shape, target.shape, 'input and target');
    const n = numel(outShape);
    const xi = indexOrNull(input.shape, outShape);
    const yi = indexOrNull(target.shape, outShape);
    const xs = input.data;
    const ys = target.data;
    const losses = new Float64Array(n);
    // Per input element: Σ g (the path through exp(x), or straight to x) and Σ (−g)·y (the
    // path through target · (x or log(x + eps))), g being d output / d loss_i.
    const gSum = new Float64Array(xs.length);
    const gyw = new Float64Array(xs.length);
    const g = gradScaleOf(reduction, n);
    for (let i = 0; i < n; i++) {
      const x = gather(xs, xi, i);
      const y = gather(ys, yi, i);
      // The input is the log-rate when log_input: note the minus sign the notes lose.
      losses[i] = (logInput ? Math.exp(x) - y * x : x - y * Math.log(x + eps)) + extra(y);
      scatterAdd(gSum, xi, i, g);
      scatterAdd(gyw, xi, i, -g * y);
    }
    const grad = new Float64Array(xs.length);
    for (let j = 0; j < xs.length; j++) {
      const x = xs[j] ?? 0;
      const s = gSum[j] ?? 0;
      const w = gyw[j] ?? 0;
      // A negative rate gives a NaN loss (log of a negative number), as in PyTorch, but a
      // finite gradient.
      grad[j] = logInput ? s * Math.exp(x) + w : s + w / (x + eps);
    }
    const { output } = reduce({ shape: outShape, data: losses }, reduction);
    return { output, grads: { input: { shape: [...input.shape], data: grad } } };
  },
};

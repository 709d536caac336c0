import type { LossDefinition } from '../core/definition.ts';
import { reduce, type Reduction } from '../core/reduction.ts';
import { inPlaceIndex } from './inPlaceBroadcast.ts';
import { SOFT_MARGIN_META } from './softMarginMeta.ts';

/**
 * log(1 + e^(−y·x)), the logistic loss on labels y ∈ {1, −1}. PyTorch 1.13 evaluates it
 * literally (`neg(x).mul_(y).exp_().add_(1).log_()`), with no log-sum-exp guard: once
 * −y·x > ~709.78, e^(−y·x) overflows and the loss is +inf and its gradient NaN (inf/inf). We
 * reproduce that rather than silently "fix" it; BCEWithLogitsLoss is the stable alternative.
 */
export const softMarginLoss: LossDefinition = {
  meta: SOFT_MARGIN_META,
  compute(inputs, options) {
    const input = inputs.get('input');
    const target = inputs.get('target');
    // The loss is built in place on a copy of input, so target may broadcast onto input only.
    const yi = inPlaceIndex(target.shape, input.shape, 'target', 'input');
    const n = input.data.length;
    const losses = new Float64Array(n);
    const grads = new Float64Array(n);
    const xs = input.data;
    const ys = target.data;
    for (let i = 0; i < n; i++) {
      const x = xs[i] ?? 0;
      const y = ys[yi ? (yi[i] ?? 0) : i] ?? 0;
      // PyTorch's forward exponentiates (−x)·y and its backward (−y)·x: the same number.
      const z = Math.exp(-x * y);
      losses[i] = Math.log(z + 1);
      grads[i] = -(y * z) / (z + 1);
    }
    const { output, gradScale } = reduce(
      { shape: input.shape, data: losses },
      options.string('reduction') as Reduction,
    );
    if (gradScale !== 1) for (let i = 0; i < n; i++) grads[i] = (grads[i] ?? 0) * gradScale;
    return { output, grads: { input: { shape: [...input.shape], data: grads } } };
  },
};

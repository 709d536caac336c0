import type { LossDefinition } from '../core/definition.ts';
import { pointwiseLoss, type PointwiseFormula } from '../core/pointwise.ts';
import type { KlReduction } from '../core/reduction.ts';
import { KL_DIV_META } from './klDivMeta.ts';

/** `y log y` with PyTorch's xlogy convention `0 · log 0 = 0` (a NaN y stays NaN). */
function xlogx(y: number): number {
  return y === 0 ? 0 : y * Math.log(y);
}

const PROBABILITY_TARGET: PointwiseFormula = {
  // Written as PyTorch does, xlogy(y, y) − y·x: a zero target contributes 0, a negative one NaN.
  loss: (x, y) => xlogx(y) - y * x,
  // Autograd of −y·x alone, so a negative (invalid) target still passes gradient −y.
  grad: (_x, y, scale) => -(scale * y),
};

const LOG_TARGET: PointwiseFormula = {
  loss: (x, y) => Math.exp(y) * (y - x),
  grad: (_x, y, scale) => -(scale * Math.exp(y)),
};

/**
 * `y (log y − x)` for log-probabilities x and probabilities y (or `e^y (y − x)` for log-target
 * y), summed into the divergence of the prediction from the target distribution.
 */
export const klDivLoss: LossDefinition = {
  meta: KL_DIV_META,
  compute(inputs, options) {
    const input = inputs.get('input');
    const reduction = options.string('reduction') as KlReduction;
    const result = pointwiseLoss(
      input,
      inputs.get('target'),
      reduction === 'batchmean' ? 'sum' : reduction,
      options.boolean('log_target') ? LOG_TARGET : PROBABILITY_TARGET,
    );
    // 'batchmean' divides the sum by input.size(0), the batch size of the input even when the
    // target broadcasts it larger; a 0-d input has no batch and is left undivided.
    const batch = input.shape[0];
    if (reduction !== 'batchmean' || batch === undefined) return result;
    const output = result.output.data;
    output[0] = (output[0] ?? 0) / batch;
    for (const g of Object.values(result.grads)) {
      for (let i = 0; i < g.data.length; i++) g.data[i] = (g.data[i] ?? 0) / batch;
    }
    return result;
  },
};

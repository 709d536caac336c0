import type { LossDefinition } from '../core/definition.ts';
import { LossInputError } from '../core/LossInputError.ts';
import { pointwiseLoss } from '../core/pointwise.ts';
import type { Reduction } from '../core/reduction.ts';
import { HUBER_META } from './huberMeta.ts';

/**
 * `0.5 (x − y)²` while |x − y| < delta, `delta (|x − y| − 0.5 delta)` beyond: SmoothL1Loss
 * scaled by delta, so the tails have slope delta instead of 1.
 */
export const huberLoss: LossDefinition = {
  meta: HUBER_META,
  compute(inputs, options) {
    const delta = options.number('delta');
    if (delta <= 0) {
      throw new LossInputError(
        `huber_loss does not support non-positive values for delta (got delta=${delta}).`,
      );
    }
    return pointwiseLoss(
      inputs.get('input'),
      inputs.get('target'),
      options.string('reduction') as Reduction,
      {
        loss: (x, y) => {
          const z = Math.abs(x - y);
          return z < delta ? 0.5 * z * z : delta * (z - 0.5 * delta);
        },
        grad: (x, y, scale) => {
          const d = x - y;
          if (d <= -delta) return -scale * delta;
          if (d >= delta) return scale * delta;
          return d * scale;
        },
      },
    );
  },
};

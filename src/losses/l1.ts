import type { LossDefinition } from '../core/definition.ts';
import { pointwiseLoss } from '../core/pointwise.ts';
import type { Reduction } from '../core/reduction.ts';
import { sgn } from '../core/sgn.ts';
import { L1_META } from './l1Meta.ts';

/**
 * `|x - y|`; its derivative is sign(x - y), which PyTorch takes as 0 where x = y, and also where
 * x - y is NaN (inf - inf): see {@link sgn}.
 */
export const l1Loss: LossDefinition = {
  meta: L1_META,
  compute(inputs, options) {
    return pointwiseLoss(
      inputs.get('input'),
      inputs.get('target'),
      options.string('reduction') as Reduction,
      {
        loss: (x, y) => Math.abs(x - y),
        grad: (x, y, scale) => sgn(x - y) * scale,
      },
    );
  },
};

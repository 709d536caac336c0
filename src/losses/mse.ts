import type { LossDefinition } from '../core/definition.ts';
import { pointwiseLoss } from '../core/pointwise.ts';
import type { Reduction } from '../core/reduction.ts';
import { MSE_META } from './mseMeta.ts';

/** `(x - y)²`, whose gradient 2(x - y) grows with the error: outliers pull hard. */
export const mseLoss: LossDefinition = {
  meta: MSE_META,
  compute(inputs, options) {
    return pointwiseLoss(
      inputs.get('input'),
      inputs.get('target'),
      options.string('reduction') as Reduction,
      {
        loss: (x, y) => (x - y) * (x - y),
        // PyTorch's kernel computes (2/n)·(x − y): the 2 joins the 1/n first, so a difference
        // of 1e308 gets a finite gradient under 'mean' (2·(x − y) alone would overflow).
        grad: (x, y, scale) => 2 * scale * (x - y),
      },
    );
  },
};

import type { LossDefinition } from '../core/definition.ts';
import { pointwiseLoss } from '../core/pointwise.ts';
import type { Reduction } from '../core/reduction.ts';
import { HINGE_EMBEDDING_META } from './hingeEmbeddingMeta.ts';

/**
 * x where y = 1 and max(0, margin − x) where y = −1, for a distance x. PyTorch builds it from
 * two masks, `where(y != 1, max(0, margin − x), 0) + where(y != −1, x, 0)`, so a label that is
 * neither 1 nor −1 (say 0) gets BOTH terms. At the kink x = margin the clamp passes its gradient
 * (`margin − x >= 0`), so d/dx = −1 there for y = −1.
 */
export const hingeEmbeddingLoss: LossDefinition = {
  meta: HINGE_EMBEDDING_META,
  compute(inputs, options) {
    const margin = options.number('margin');
    return pointwiseLoss(
      inputs.get('input'),
      inputs.get('target'),
      options.string('reduction') as Reduction,
      {
        loss: (x, y) => (y !== 1 ? Math.max(margin - x, 0) : 0) + (y !== -1 ? x : 0),
        grad: (x, y, scale) => ((y !== 1 && margin - x >= 0 ? -1 : 0) + (y !== -1 ? 1 : 0)) * scale,
      },
    );
  },
};

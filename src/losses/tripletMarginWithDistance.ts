import type { LossDefinition } from '../core/definition.ts';
import type { Reduction } from '../core/reduction.ts';
import { cosineDistance } from './cosineDistance.ts';
import { pairwiseDistance } from './pairwiseDistance.ts';
import { tripletLoss } from './triplet.ts';
import { TRIPLET_MARGIN_WITH_DISTANCE_META } from './tripletMarginWithDistanceMeta.ts';

/** PyTorch's default distance here is `nn.PairwiseDistance()`: p = 2, eps = 1e-6. */
const DEFAULT_DISTANCE = pairwiseDistance(2, 1e-6);

/**
 * The triplet loss with a pluggable distance. PyTorch takes any callable; we offer its
 * default (`None`, spelled `'pairwise'` in the UI) and `'cosine'`, i.e.
 * `lambda a, b: 1 - F.cosine_similarity(a, b)`. Unlike TripletMarginLoss, PyTorch 1.13 checks
 * neither the inputs' ranks nor the sign of margin here: it just broadcasts.
 */
export const tripletMarginWithDistanceLoss: LossDefinition = {
  meta: TRIPLET_MARGIN_WITH_DISTANCE_META,
  compute(inputs, options) {
    const name = options.stringOrNull('distance_function');
    const margin = options.number('margin');
    return tripletLoss(inputs, {
      distance: name === 'cosine' ? cosineDistance : DEFAULT_DISTANCE,
      hinge: (dPos, dNeg) => dPos - dNeg + margin, // torch/nn/functional.py's order
      swap: options.boolean('swap'),
      reduction: options.string('reduction') as Reduction,
    });
  },
};

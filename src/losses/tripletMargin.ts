import type { LossDefinition } from '../core/definition.ts';
import { LossInputError } from '../core/LossInputError.ts';
import type { Reduction } from '../core/reduction.ts';
import { pairwiseDistance } from './pairwiseDistance.ts';
import { tripletLoss } from './triplet.ts';
import { TRIPLET_MARGIN_META } from './tripletMarginMeta.ts';

/**
 * `max(‖a − p + eps‖_p − ‖a − n + eps‖_p + margin, 0)`. PyTorch 1.13 insists the three inputs
 * have the same number of dimensions, but within that it broadcasts freely (a batch of 1, or
 * a feature size of 1, stretches to match), and it accepts any p, even p ≤ 0.
 */
export const tripletMarginLoss: LossDefinition = {
  meta: TRIPLET_MARGIN_META,
  compute(inputs, options) {
    const ranks = ['anchor', 'positive', 'negative'].map((k) => inputs.get(k).shape.length);
    const [ra, rp, rn] = ranks;
    if (ra !== rp || rp !== rn) {
      throw new LossInputError(
        `All inputs should have same dimension but got ${ra}D, ${rp}D and ${rn}D inputs.` +
          ' (anchor, positive and negative must have the same number of dimensions)',
      );
    }
    const margin = options.number('margin');
    return tripletLoss(inputs, {
      distance: pairwiseDistance(options.number('p'), options.number('eps')),
      hinge: (dPos, dNeg) => margin + dPos - dNeg, // aten Loss.cpp's order
      swap: options.boolean('swap'),
      reduction: options.string('reduction') as Reduction,
    });
  },
};

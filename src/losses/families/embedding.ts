import type { LossDefinition } from '../../core/definition.ts';
import { tripletMarginLoss } from '../tripletMargin.ts';
import { tripletMarginWithDistanceLoss } from '../tripletMarginWithDistance.ts';
import { cosineEmbeddingLoss } from '../cosineEmbedding.ts';

/** The embedding losses' code: one chunk in the browser build, loaded with the family's first panel. */
export const losses: readonly LossDefinition[] = [
  tripletMarginLoss,
  tripletMarginWithDistanceLoss,
  cosineEmbeddingLoss,
];

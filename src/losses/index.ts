import type { LossDefinition } from '../core/definition.ts';
import { cosineEmbeddingLoss } from './cosineEmbedding.ts';
import { l1Loss } from './l1.ts';
import { mseLoss } from './mse.ts';
import { tripletMarginLoss } from './tripletMargin.ts';
import { tripletMarginWithDistanceLoss } from './tripletMarginWithDistance.ts';

/**
 * Every loss the core implements, in catalog order. The UI's catalog, routes and controls are
 * all driven by this list.
 */
export const LOSSES: readonly LossDefinition[] = [
  l1Loss,
  mseLoss,
  cosineEmbeddingLoss,
  tripletMarginLoss,
  tripletMarginWithDistanceLoss,
];

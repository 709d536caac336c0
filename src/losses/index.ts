import type { LossDefinition } from '../core/definition.ts';
import { ctcLoss } from '../ctc/ctcLoss.ts';
import { bceLoss } from './bce.ts';
import { bceWithLogitsLoss } from './bceWithLogits.ts';
import { cosineEmbeddingLoss } from './cosineEmbedding.ts';
import { crossEntropyLoss } from './crossEntropy.ts';
import { gaussianNllLoss } from './gaussianNll.ts';
import { hingeEmbeddingLoss } from './hingeEmbedding.ts';
import { huberLoss } from './huber.ts';
import { klDivLoss } from './klDiv.ts';
import { l1Loss } from './l1.ts';
import { marginRankingLoss } from './marginRanking.ts';
import { mseLoss } from './mse.ts';
import { multiLabelMarginLoss } from './multiLabelMargin.ts';
import { multiLabelSoftMarginLoss } from './multiLabelSoftMargin.ts';
import { multiMarginLoss } from './multiMargin.ts';
import { nllLoss } from './nll.ts';
import { poissonNllLoss } from './poissonNll.ts';
import { smoothL1Loss } from './smoothL1.ts';
import { softMarginLoss } from './softMargin.ts';
import { tripletMarginLoss } from './tripletMargin.ts';
import { tripletMarginWithDistanceLoss } from './tripletMarginWithDistance.ts';

/**
 * Every loss the core implements, in catalog order (within each family, the order of the
 * torch.nn docs). The UI's catalog, routes and controls are all driven by this list.
 */
export const LOSSES: readonly LossDefinition[] = [
  l1Loss,
  mseLoss,
  smoothL1Loss,
  huberLoss,
  crossEntropyLoss,
  nllLoss,
  bceLoss,
  bceWithLogitsLoss,
  poissonNllLoss,
  gaussianNllLoss,
  klDivLoss,
  marginRankingLoss,
  hingeEmbeddingLoss,
  softMarginLoss,
  multiLabelMarginLoss,
  multiLabelSoftMarginLoss,
  multiMarginLoss,
  tripletMarginLoss,
  tripletMarginWithDistanceLoss,
  cosineEmbeddingLoss,
  ctcLoss,
];

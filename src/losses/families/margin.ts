import type { LossDefinition } from '../../core/definition.ts';
import { marginRankingLoss } from '../marginRanking.ts';
import { hingeEmbeddingLoss } from '../hingeEmbedding.ts';
import { softMarginLoss } from '../softMargin.ts';
import { multiLabelMarginLoss } from '../multiLabelMargin.ts';
import { multiLabelSoftMarginLoss } from '../multiLabelSoftMargin.ts';
import { multiMarginLoss } from '../multiMargin.ts';

/** The margin losses' code: one chunk in the browser build, loaded with the family's first panel. */
export const losses: readonly LossDefinition[] = [
  marginRankingLoss,
  hingeEmbeddingLoss,
  softMarginLoss,
  multiLabelMarginLoss,
  multiLabelSoftMarginLoss,
  multiMarginLoss,
];

import { CTC_META } from '../ctc/ctcMeta.ts';
import type { LossMeta } from '../core/meta.ts';
import { L1_META } from './l1Meta.ts';
import { MSE_META } from './mseMeta.ts';
import { SMOOTH_L1_META } from './smoothL1Meta.ts';
import { HUBER_META } from './huberMeta.ts';
import { CROSS_ENTROPY_META } from './crossEntropyMeta.ts';
import { NLL_META } from './nllMeta.ts';
import { BCE_META } from './bceMeta.ts';
import { BCE_WITH_LOGITS_META } from './bceWithLogitsMeta.ts';
import { POISSON_NLL_META } from './poissonNllMeta.ts';
import { GAUSSIAN_NLL_META } from './gaussianNllMeta.ts';
import { KL_DIV_META } from './klDivMeta.ts';
import { MARGIN_RANKING_META } from './marginRankingMeta.ts';
import { HINGE_EMBEDDING_META } from './hingeEmbeddingMeta.ts';
import { SOFT_MARGIN_META } from './softMarginMeta.ts';
import { MULTI_LABEL_MARGIN_META } from './multiLabelMarginMeta.ts';
import { MULTI_LABEL_SOFT_MARGIN_META } from './multiLabelSoftMarginMeta.ts';
import { MULTI_MARGIN_META } from './multiMarginMeta.ts';
import { TRIPLET_MARGIN_META } from './tripletMarginMeta.ts';
import { TRIPLET_MARGIN_WITH_DISTANCE_META } from './tripletMarginWithDistanceMeta.ts';
import { COSINE_EMBEDDING_META } from './cosineEmbeddingMeta.ts';

/**
 * The catalog entry of every loss, in catalog order (the order of {@link LOSSES}), without
 * their compute: what the app's shell needs to list, route and validate before any panel loads.
 */
export const LOSS_METAS: readonly LossMeta[] = [
  L1_META,
  MSE_META,
  SMOOTH_L1_META,
  HUBER_META,
  CROSS_ENTROPY_META,
  NLL_META,
  BCE_META,
  BCE_WITH_LOGITS_META,
  POISSON_NLL_META,
  GAUSSIAN_NLL_META,
  KL_DIV_META,
  MARGIN_RANKING_META,
  HINGE_EMBEDDING_META,
  SOFT_MARGIN_META,
  MULTI_LABEL_MARGIN_META,
  MULTI_LABEL_SOFT_MARGIN_META,
  MULTI_MARGIN_META,
  TRIPLET_MARGIN_META,
  TRIPLET_MARGIN_WITH_DISTANCE_META,
  COSINE_EMBEDDING_META,
  CTC_META,
];

import type { NestedNumbers } from '../../src/index.ts';
import { example as l1 } from './L1Loss/example.ts';
import { example as mse } from './MSELoss/example.ts';
import { example as smoothL1 } from './SmoothL1Loss/example.ts';
import { example as huber } from './HuberLoss/example.ts';
import { example as crossEntropy } from './CrossEntropyLoss/example.ts';
import { example as nll } from './NLLLoss/example.ts';
import { example as bce } from './BCELoss/example.ts';
import { example as bceWithLogits } from './BCEWithLogitsLoss/example.ts';
import { example as poissonNll } from './PoissonNLLLoss/example.ts';
import { example as gaussianNll } from './GaussianNLLLoss/example.ts';
import { example as klDiv } from './KLDivLoss/example.ts';
import { example as marginRanking } from './MarginRankingLoss/example.ts';
import { example as hingeEmbedding } from './HingeEmbeddingLoss/example.ts';
import { example as softMargin } from './SoftMarginLoss/example.ts';
import { example as multiLabelMargin } from './MultiLabelMarginLoss/example.ts';
import { example as multiLabelSoftMargin } from './MultiLabelSoftMarginLoss/example.ts';
import { example as multiMargin } from './MultiMarginLoss/example.ts';
import { example as tripletMargin } from './TripletMarginLoss/example.ts';
import { example as tripletMarginWithDistance } from './TripletMarginWithDistanceLoss/example.ts';
import { example as cosineEmbedding } from './CosineEmbeddingLoss/example.ts';
import { example as ctc } from './CTCLoss/example.ts';

/**
 * The default example tensors of every loss, keyed by PyTorch class name: small, and loaded with
 * the shell because a loss's state starts from them before its panel has loaded.
 */
export const EXAMPLES: Readonly<Record<string, Readonly<Record<string, NestedNumbers>>>> = {
  L1Loss: l1,
  MSELoss: mse,
  SmoothL1Loss: smoothL1,
  HuberLoss: huber,
  CrossEntropyLoss: crossEntropy,
  NLLLoss: nll,
  BCELoss: bce,
  BCEWithLogitsLoss: bceWithLogits,
  PoissonNLLLoss: poissonNll,
  GaussianNLLLoss: gaussianNll,
  KLDivLoss: klDiv,
  MarginRankingLoss: marginRanking,
  HingeEmbeddingLoss: hingeEmbedding,
  SoftMarginLoss: softMargin,
  MultiLabelMarginLoss: multiLabelMargin,
  MultiLabelSoftMarginLoss: multiLabelSoftMargin,
  MultiMarginLoss: multiMargin,
  TripletMarginLoss: tripletMargin,
  TripletMarginWithDistanceLoss: tripletMarginWithDistance,
  CosineEmbeddingLoss: cosineEmbedding,
  CTCLoss: ctc,
};

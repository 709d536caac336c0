import type { LossContent } from './types.ts';
import { content as l1 } from './L1Loss/content.ts';
import { content as mse } from './MSELoss/content.ts';
import { content as smoothL1 } from './SmoothL1Loss/content.ts';
import { content as huber } from './HuberLoss/content.ts';
import { content as crossEntropy } from './CrossEntropyLoss/content.ts';
import { content as nll } from './NLLLoss/content.ts';
import { content as bce } from './BCELoss/content.ts';
import { content as bceWithLogits } from './BCEWithLogitsLoss/content.ts';
import { content as poissonNll } from './PoissonNLLLoss/content.ts';
import { content as gaussianNll } from './GaussianNLLLoss/content.ts';
import { content as klDiv } from './KLDivLoss/content.ts';
import { content as marginRanking } from './MarginRankingLoss/content.ts';
import { content as hingeEmbedding } from './HingeEmbeddingLoss/content.ts';
import { content as softMargin } from './SoftMarginLoss/content.ts';
import { content as multiLabelMargin } from './MultiLabelMarginLoss/content.ts';
import { content as multiLabelSoftMargin } from './MultiLabelSoftMarginLoss/content.ts';
import { content as multiMargin } from './MultiMarginLoss/content.ts';
import { content as tripletMargin } from './TripletMarginLoss/content.ts';
import { content as tripletMarginWithDistance } from './TripletMarginWithDistanceLoss/content.ts';
import { content as cosineEmbedding } from './CosineEmbeddingLoss/content.ts';
import { content as ctc } from './CTCLoss/content.ts';

/** Teaching content of every loss, keyed by PyTorch class name, in the app's menu order. */
export const CONTENTS: Readonly<Record<string, LossContent>> = {
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

import { GET_ENUM_REDUCTION_KEYWORD, type LossMeta } from '../core/meta.ts';
import {
  CLASS_WEIGHT_KEYWORD,
  IGNORE_INDEX_KEYWORD,
  classScoresArgument,
} from './classKeywords.ts';

/**
 * CrossEntropyLoss's catalog entry, kept apart from its compute so that the app's shell can list
 * the loss without loading its code.
 */
export const CROSS_ENTROPY_META: LossMeta = {
  name: 'CrossEntropyLoss',
  family: 'probabilistic',
  summary: {
    en: 'Softmax turns raw scores into probabilities; the loss is −log of the probability given to the right class.',
    zh: 'softmax 把原始分数变成概率，损失是正确类别所得概率的负对数。',
  },
  arguments: [
    classScoresArgument({
      en: 'Raw, unnormalised scores (logits); softmax is applied inside the loss.',
      zh: '未经归一化的原始分数（logits），softmax 在损失内部完成。',
    }),
    {
      name: 'target',
      role: 'target',
      shape:
        '(), (N) or (N, d1, ..., dK) class indices; or the shape of input for class probabilities',
      doc: {
        en: 'Either a class index in [0, C) per position, or, shaped like input, a probability for every class.',
        zh: '每个位置一个 [0, C) 内的类别索引；或与 input 同形状，给出每个类别的概率。',
      },
    },
  ],
  keywords: [
    CLASS_WEIGHT_KEYWORD,
    IGNORE_INDEX_KEYWORD,
    GET_ENUM_REDUCTION_KEYWORD,
    {
      name: 'label_smoothing',
      kind: 'number',
      default: 0,
      min: 0,
      max: 1,
      step: 0.05,
      // Neither `> 1.0` (refused) nor `> 0.0` (smoothed) holds for NaN: plain cross entropy.
      acceptsNaN: true,
      doc: {
        en: 'Blends the target with the uniform distribution: the right class keeps 1 − ε + ε/C, every other class gets ε/C.',
        zh: '把目标与均匀分布混合：正确类别保留 1 − ε + ε/C，其余每个类别得到 ε/C。',
      },
    },
  ],
};

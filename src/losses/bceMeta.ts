import { GET_ENUM_REDUCTION_KEYWORD, type LossMeta } from '../core/meta.ts';
import { BINARY_WEIGHT_KEYWORD } from './binaryWeight.ts';

/**
 * BCELoss's catalog entry, kept apart from its compute so that the app's shell can list
 * the loss without loading its code.
 */
export const BCE_META: LossMeta = {
  name: 'BCELoss',
  family: 'probabilistic',
  summary: {
    en: 'Binary cross-entropy on probabilities in [0, 1]: how surprised a yes/no forecast is by the truth.',
    zh: '作用于 [0, 1] 概率的二元交叉熵：衡量“是/否”预测被真实结果“惊讶”的程度。',
  },
  arguments: [
    {
      name: 'input',
      role: 'prediction',
      shape: '(*)',
      doc: {
        en: 'Predicted probabilities x, each between 0 and 1 (e.g. after a sigmoid).',
        zh: '预测概率 x，每个都必须在 0 到 1 之间（例如经过 sigmoid 之后）。',
      },
    },
    {
      name: 'target',
      role: 'target',
      shape: '(*), same shape as input',
      doc: {
        en: 'Targets y, usually 0 or 1 (soft labels in between are allowed); exactly input’s shape.',
        zh: '目标 y，通常为 0 或 1（也可以是介于其间的软标签）；形状必须与 input 完全相同。',
      },
    },
  ],
  keywords: [BINARY_WEIGHT_KEYWORD, GET_ENUM_REDUCTION_KEYWORD],
};

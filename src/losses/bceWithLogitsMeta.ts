import { GET_ENUM_REDUCTION_KEYWORD, type LossMeta } from '../core/meta.ts';
import { BINARY_WEIGHT_KEYWORD } from './binaryWeight.ts';

/**
 * BCEWithLogitsLoss's catalog entry, kept apart from its compute so that the app's shell can list
 * the loss without loading its code.
 */
export const BCE_WITH_LOGITS_META: LossMeta = {
  name: 'BCEWithLogitsLoss',
  family: 'probabilistic',
  summary: {
    en: 'Sigmoid and binary cross-entropy in one numerically stable step, on raw scores (logits).',
    zh: '把 sigmoid 与二元交叉熵合为一步、数值稳定的损失，直接作用于原始分数（logits）。',
  },
  arguments: [
    {
      name: 'input',
      role: 'prediction',
      shape: '(*)',
      doc: {
        en: 'Raw scores (logits) x, any real numbers; the loss applies the sigmoid itself.',
        zh: '原始分数（logits）x，可为任意实数；损失内部自行施加 sigmoid。',
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
  keywords: [
    BINARY_WEIGHT_KEYWORD,
    GET_ENUM_REDUCTION_KEYWORD,
    {
      name: 'pos_weight',
      kind: 'tensor',
      default: null,
      shape: '(C), broadcast along the last (class) dimension of input',
      doc: {
        en: 'A weight on the positive (y = 1) term, one per class: above 1 raises recall, below 1 raises precision. E.g. 3 for a class with 3× more negatives than positives.',
        zh: '正样本（y = 1）项的权重，每个类别一个：大于 1 提高召回率，小于 1 提高精确率。例如负样本数是正样本 3 倍的类别可取 3。',
      },
    },
  ],
};

import { GET_ENUM_REDUCTION_KEYWORD, type LossMeta } from '../core/meta.ts';

/**
 * SoftMarginLoss's catalog entry, kept apart from its compute so that the app's shell can list
 * the loss without loading its code.
 */
export const SOFT_MARGIN_META: LossMeta = {
  name: 'SoftMarginLoss',
  family: 'margin',
  summary: {
    en: 'Logistic loss log(1 + e^(−y·x)) for labels ±1: a smooth hinge that never quite reaches zero.',
    zh: '针对 ±1 标签的逻辑损失 log(1 + e^(−y·x))：一种平滑的合页损失，永远不会恰好为零。',
  },
  arguments: [
    {
      name: 'input',
      role: 'prediction',
      shape: '(*)',
      doc: {
        en: 'Scores x, any real numbers; the sign is the predicted class.',
        zh: '分数 x，可为任意实数；其符号即预测的类别。',
      },
    },
    {
      name: 'target',
      role: 'target',
      shape: '(*), same shape as input',
      doc: {
        en: 'Labels y, 1 or −1; must broadcast to input’s shape.',
        zh: '标签 y，取 1 或 −1；形状须能广播到 input 的形状。',
      },
    },
  ],
  keywords: [GET_ENUM_REDUCTION_KEYWORD],
};

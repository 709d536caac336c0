import { GET_ENUM_REDUCTION_KEYWORD, type LossMeta } from '../core/meta.ts';

/**
 * MarginRankingLoss's catalog entry, kept apart from its compute so that the app's shell can list
 * the loss without loading its code.
 */
export const MARGIN_RANKING_META: LossMeta = {
  name: 'MarginRankingLoss',
  family: 'margin',
  summary: {
    en: 'Teaches an order: x1 should score above x2 by at least margin when y = 1, and below it when y = −1.',
    zh: '学习排序：y = 1 时 x1 的得分应比 x2 至少高 margin，y = −1 时则相反。',
  },
  arguments: [
    {
      name: 'input1',
      role: 'prediction',
      shape: '(N) or ()',
      doc: {
        en: 'Scores x1 of the first item of each pair.',
        zh: '每一对中第一个样本的得分 x1。',
      },
    },
    {
      name: 'input2',
      role: 'prediction',
      shape: '(N) or (), same shape as input1',
      doc: {
        en: 'Scores x2 of the second item of each pair.',
        zh: '每一对中第二个样本的得分 x2。',
      },
    },
    {
      name: 'target',
      role: 'target',
      shape: '(N) or (), same shape as input1',
      doc: {
        en: 'y = 1 if x1 should rank higher, −1 if x2 should; same rank (number of dimensions) as the inputs.',
        zh: '若 x1 应排在前面则 y = 1，若 x2 应排在前面则 y = −1；维数须与两个输入相同。',
      },
    },
  ],
  keywords: [
    {
      name: 'margin',
      kind: 'number',
      default: 0.0,
      min: 0,
      max: 2,
      step: 0.05,
      // PyTorch takes a NaN margin: every element is NaN and the clamp passes no gradient.
      acceptsNaN: true,
      doc: {
        en: 'The gap by which the preferred score must win before the pair stops costing anything.',
        zh: '偏好的一方至少要领先多少分，这一对才不再产生损失。',
      },
    },
    GET_ENUM_REDUCTION_KEYWORD,
  ],
};

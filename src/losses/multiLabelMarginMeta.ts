import { GET_ENUM_REDUCTION_KEYWORD, type LossMeta } from '../core/meta.ts';

/**
 * MultiLabelMarginLoss's catalog entry, kept apart from its compute so that the app's shell can list
 * the loss without loading its code.
 */
export const MULTI_LABEL_MARGIN_META: LossMeta = {
  name: 'MultiLabelMarginLoss',
  family: 'margin',
  summary: {
    en: 'Multi-label hinge: every listed class must beat every unlisted class by a margin of 1.',
    zh: '多标签合页损失：列出的每个类别都要比每个未列出的类别至少高出 1。',
  },
  arguments: [
    {
      name: 'input',
      role: 'prediction',
      shape: '(C) or (N, C)',
      doc: { en: 'Raw class scores for each sample.', zh: '每个样本各类别的原始分数。' },
    },
    {
      name: 'target',
      role: 'target',
      shape: '(C) or (N, C), same shape as input',
      integer: true,
      doc: {
        en: 'Class indices padded with -1, e.g. [3, 0, -1, 1] means classes {3, 0}: not a multi-hot vector.',
        zh: '以 -1 结尾填充的类别索引，例如 [3, 0, -1, 1] 表示类别 {3, 0}；它不是 multi-hot 向量。',
      },
    },
  ],
  keywords: [GET_ENUM_REDUCTION_KEYWORD],
};

import { REDUCTION_KEYWORD, type LossMeta } from '../core/meta.ts';

/**
 * MultiLabelSoftMarginLoss's catalog entry, kept apart from its compute so that the app's shell can list
 * the loss without loading its code.
 */
export const MULTI_LABEL_SOFT_MARGIN_META: LossMeta = {
  name: 'MultiLabelSoftMarginLoss',
  family: 'margin',
  summary: {
    en: 'A sigmoid and a binary cross-entropy for every class, averaged over the classes.',
    zh: '对每个类别分别做 sigmoid 与二元交叉熵，再在类别上取平均。',
  },
  arguments: [
    {
      name: 'input',
      role: 'prediction',
      shape: '(C) or (N, C)',
      doc: { en: 'Raw scores (logits), one per class.', zh: '每个类别一个原始分数（logit）。' },
    },
    {
      name: 'target',
      role: 'target',
      shape: '(C) or (N, C), same shape as input',
      doc: {
        en: 'Multi-hot labels: 1 where the class is present, 0 where it is not (soft values allowed).',
        zh: 'multi-hot 标签：类别出现处为 1，未出现处为 0（也可以是软标签）。',
      },
    },
  ],
  keywords: [
    {
      name: 'weight',
      kind: 'tensor',
      default: null,
      shape: '(C)',
      doc: {
        en: 'A weight per class, multiplied into each per-class term before averaging over C.',
        zh: '每个类别一个权重，在对 C 取平均之前乘到对应的类别项上。',
      },
    },
    REDUCTION_KEYWORD,
  ],
};

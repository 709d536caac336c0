import { GET_ENUM_REDUCTION_KEYWORD, type LossMeta } from '../core/meta.ts';

/**
 * MultiMarginLoss's catalog entry, kept apart from its compute so that the app's shell can list
 * the loss without loading its code.
 */
export const MULTI_MARGIN_META: LossMeta = {
  name: 'MultiMarginLoss',
  family: 'margin',
  summary: {
    en: 'Multi-class hinge: the right class must beat every other score by at least the margin.',
    zh: '多分类合页损失：正确类别的分数要比其他每个类别至少高出 margin。',
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
      shape: '() or (N)',
      integer: true,
      doc: {
        en: 'The class index y in [0, C) of each sample.',
        zh: '每个样本的类别索引 y，取值 [0, C)。',
      },
    },
  ],
  keywords: [
    {
      name: 'p',
      kind: 'number',
      default: 1,
      min: 1,
      max: 2,
      step: 1,
      doc: {
        en: 'Exponent of each hinge term: 1 (linear) or 2 (squared); PyTorch supports nothing else.',
        zh: '每个合页项的指数：1（线性）或 2（平方），PyTorch 不支持其他取值。',
      },
    },
    {
      name: 'margin',
      kind: 'number',
      default: 1,
      min: 0,
      max: 3,
      step: 0.1,
      // A NaN margin makes every z = margin − x[y] + x[i] NaN, and `z > 0` fails: the loss is 0.
      acceptsNaN: true,
      doc: {
        en: 'How far the right score must lead the others before their terms vanish.',
        zh: '正确类别的分数需领先其他类别多少，相应的项才会变为 0。',
      },
    },
    {
      name: 'weight',
      kind: 'tensor',
      default: null,
      shape: '(C)',
      doc: {
        en: "One weight per class; a sample's loss is scaled by the weight of its target class.",
        zh: '每个类别一个权重；一个样本的损失按其目标类别的权重缩放。',
      },
    },
    GET_ENUM_REDUCTION_KEYWORD,
  ],
};

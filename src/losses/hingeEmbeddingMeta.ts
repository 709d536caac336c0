import { GET_ENUM_REDUCTION_KEYWORD, type LossMeta } from '../core/meta.ts';

/**
 * HingeEmbeddingLoss's catalog entry, kept apart from its compute so that the app's shell can list
 * the loss without loading its code.
 */
export const HINGE_EMBEDDING_META: LossMeta = {
  name: 'HingeEmbeddingLoss',
  family: 'margin',
  summary: {
    en: 'For a distance x: pull similar pairs (y = 1) together, push dissimilar ones (y = −1) at least margin apart.',
    zh: '针对距离 x：把相似对（y = 1）拉近，把不相似对（y = −1）推开到至少 margin 的距离。',
  },
  arguments: [
    {
      name: 'input',
      role: 'prediction',
      shape: '(*)',
      doc: {
        en: 'Distances x between pairs (e.g. an L1 distance), usually ≥ 0.',
        zh: '成对样本之间的距离 x（例如 L1 距离），通常 ≥ 0。',
      },
    },
    {
      name: 'target',
      role: 'target',
      shape: '(*), same shape as input',
      doc: {
        en: 'Labels y: 1 for a similar pair, −1 for a dissimilar one; broadcasts with input.',
        zh: '标签 y：相似对为 1，不相似对为 −1；可与 input 互相广播。',
      },
    },
  ],
  keywords: [
    {
      name: 'margin',
      kind: 'number',
      default: 1.0,
      min: 0,
      max: 3,
      step: 0.05,
      // PyTorch takes a NaN margin: max(0, NaN − x) is NaN where target ≠ 1, with no gradient.
      acceptsNaN: true,
      doc: {
        en: 'How far apart a dissimilar pair must be before it stops costing anything.',
        zh: '不相似对之间的距离至少达到多少，才不再产生损失。',
      },
    },
    GET_ENUM_REDUCTION_KEYWORD,
  ],
};

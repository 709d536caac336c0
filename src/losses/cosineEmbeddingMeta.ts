import { GET_ENUM_REDUCTION_KEYWORD, type LossMeta } from '../core/meta.ts';

/**
 * CosineEmbeddingLoss's catalog entry, kept apart from its compute so that the app's shell can list
 * the loss without loading its code.
 */
export const COSINE_EMBEDDING_META: LossMeta = {
  name: 'CosineEmbeddingLoss',
  family: 'embedding',
  summary: {
    en: 'Cosine similarity as a loss: make similar pairs point the same way, and dissimilar ones beyond a margin.',
    zh: '以余弦相似度为损失：相似的一对方向一致，不相似的一对余弦不超过 margin。',
  },
  arguments: [
    {
      name: 'input1',
      role: 'prediction',
      shape: '(N, D) or (D)',
      doc: { en: 'The first embedding of each pair.', zh: '每对中的第一个嵌入。' },
    },
    {
      name: 'input2',
      role: 'prediction',
      shape: '(N, D) or (D), same as input1',
      doc: { en: 'The second embedding of each pair.', zh: '每对中的第二个嵌入。' },
    },
    {
      name: 'target',
      role: 'target',
      shape: '(N) or ()',
      doc: {
        en: '1 if the pair should be similar, −1 if it should not (other values give loss 0).',
        zh: '1 表示这一对应当相似，−1 表示不应相似（其他取值的损失为 0）。',
      },
    },
  ],
  keywords: [
    {
      name: 'margin',
      kind: 'number',
      default: 0,
      min: -1,
      max: 1,
      step: 0.05,
      // A NaN margin makes cos − margin NaN and its clamp blocks the gradient: the loss is NaN
      // where target = −1, as in PyTorch.
      acceptsNaN: true,
      doc: {
        en: 'Dissimilar pairs cost nothing once their cosine is at most margin; 0 to 0.5 is typical.',
        zh: '不相似的一对只要余弦不超过 margin 就不产生损失；通常取 0 到 0.5。',
      },
    },
    GET_ENUM_REDUCTION_KEYWORD,
  ],
};

import type { KeywordMeta } from '../core/meta.ts';

/** The `weight` keyword of BCELoss and BCEWithLogitsLoss: one rescaling factor per element. */
export const BINARY_WEIGHT_KEYWORD: KeywordMeta = {
  name: 'weight',
  kind: 'tensor',
  default: null,
  shape: '(*), broadcastable to input',
  doc: {
    en: 'A manual rescaling of each element’s loss, repeated (broadcast) to match input’s shape. None weighs every element equally.',
    zh: '对每个元素损失的手动缩放，会广播（重复）到与 input 相同的形状。None 表示所有元素权重相同。',
  },
};

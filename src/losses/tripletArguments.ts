import type { ArgumentMeta, KeywordMeta } from '../core/meta.ts';

/** `anchor`, `positive` and `negative` of the two triplet losses. */
export const TRIPLET_ARGUMENTS: readonly ArgumentMeta[] = [
  {
    name: 'anchor',
    role: 'prediction',
    shape: '(N, D) or (D)',
    doc: {
      en: 'The embedding we compare the others to: one row per sample.',
      zh: '作为参照的锚点嵌入，每行一个样本。',
    },
  },
  {
    name: 'positive',
    role: 'prediction',
    shape: '(N, D) or (D), same as anchor',
    doc: {
      en: 'An embedding of the same kind as the anchor: the loss pulls it closer.',
      zh: '与锚点同类的嵌入：损失把它拉近。',
    },
  },
  {
    name: 'negative',
    role: 'prediction',
    shape: '(N, D) or (D), same as anchor',
    doc: {
      en: 'An embedding of a different kind: the loss pushes it at least margin farther away than the positive.',
      zh: '与锚点不同类的嵌入：损失把它推开，至少比正样本远 margin。',
    },
  },
];

/** `margin` of the triplet losses: how much farther the negative must be than the positive. */
export const TRIPLET_MARGIN_KEYWORD: KeywordMeta = {
  name: 'margin',
  kind: 'number',
  default: 1,
  min: 0,
  max: 3,
  step: 0.05,
  // PyTorch takes a NaN margin (neither triplet loss checks it): the hinge is NaN, no gradient.
  acceptsNaN: true,
  doc: {
    en: 'The gap required between d(a, n) and d(a, p); triplets already that far apart cost nothing.',
    zh: 'd(a, n) 与 d(a, p) 之间要求的差距；已经拉开这么远的三元组不产生损失。',
  },
};

/** `swap` of the triplet losses. */
export const TRIPLET_SWAP_KEYWORD: KeywordMeta = {
  name: 'swap',
  kind: 'boolean',
  default: false,
  doc: {
    en: 'Distance swap: use min(d(a, n), d(p, n)), so the negative must also be far from the positive.',
    zh: '距离交换：取 min(d(a, n), d(p, n))，负样本也必须远离正样本。',
  },
};

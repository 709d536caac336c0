import type { LossDefinition } from '../core/definition.ts';
import { REDUCTION_KEYWORD } from '../core/meta.ts';
import { pointwiseLoss } from '../core/pointwise.ts';
import type { Reduction } from '../core/reduction.ts';

/**
 * x where y = 1 and max(0, margin − x) where y = −1, for a distance x. PyTorch builds it from
 * two masks, `where(y != 1, max(0, margin − x), 0) + where(y != −1, x, 0)`, so a label that is
 * neither 1 nor −1 (say 0) gets BOTH terms. At the kink x = margin the clamp passes its gradient
 * (`margin − x >= 0`), so d/dx = −1 there for y = −1.
 */
export const hingeEmbeddingLoss: LossDefinition = {
  meta: {
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
        doc: {
          en: 'How far apart a dissimilar pair must be before it stops costing anything.',
          zh: '不相似对之间的距离至少达到多少，才不再产生损失。',
        },
      },
      REDUCTION_KEYWORD,
    ],
  },
  compute(inputs, options) {
    const margin = options.number('margin');
    return pointwiseLoss(
      inputs.get('input'),
      inputs.get('target'),
      options.string('reduction') as Reduction,
      {
        loss: (x, y) => (y !== 1 ? Math.max(margin - x, 0) : 0) + (y !== -1 ? x : 0),
        grad: (x, y, scale) => ((y !== 1 && margin - x >= 0 ? -1 : 0) + (y !== -1 ? 1 : 0)) * scale,
      },
    );
  },
};

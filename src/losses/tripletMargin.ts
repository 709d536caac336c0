import type { LossDefinition } from '../core/definition.ts';
import { LossInputError } from '../core/LossInputError.ts';
import { REDUCTION_KEYWORD } from '../core/meta.ts';
import type { Reduction } from '../core/reduction.ts';
import { pairwiseDistance } from './pairwiseDistance.ts';
import { tripletLoss } from './triplet.ts';
import {
  TRIPLET_ARGUMENTS,
  TRIPLET_MARGIN_KEYWORD,
  TRIPLET_SWAP_KEYWORD,
} from './tripletArguments.ts';

/**
 * `max(‖a − p + eps‖_p − ‖a − n + eps‖_p + margin, 0)`. PyTorch 1.13 insists the three inputs
 * have the same number of dimensions, but within that it broadcasts freely (a batch of 1, or
 * a feature size of 1, stretches to match), and it accepts any p, even p ≤ 0.
 */
export const tripletMarginLoss: LossDefinition = {
  meta: {
    name: 'TripletMarginLoss',
    family: 'embedding',
    summary: {
      en: 'Pulls the anchor towards the positive and pushes the negative at least margin farther, in p-norm distance.',
      zh: '在 p 范数距离下，把锚点拉向正样本，并让负样本至少再远 margin。',
    },
    arguments: TRIPLET_ARGUMENTS,
    keywords: [
      TRIPLET_MARGIN_KEYWORD,
      {
        name: 'p',
        kind: 'number',
        default: 2,
        min: 0.5,
        max: 4,
        step: 0.5,
        doc: {
          en: 'The norm degree of the distance: 2 is Euclidean, 1 is Manhattan.',
          zh: '距离所用范数的次数：2 为欧氏距离，1 为曼哈顿距离。',
        },
      },
      {
        name: 'eps',
        kind: 'number',
        default: 1e-6,
        min: 0,
        max: 0.1,
        step: 0.001,
        doc: {
          en: 'Added to every component of the difference before the norm: ‖a − p + eps‖, not ‖a − p‖ + eps.',
          zh: '在求范数之前加到差向量的每个分量上：是 ‖a − p + eps‖，而不是 ‖a − p‖ + eps。',
        },
      },
      TRIPLET_SWAP_KEYWORD,
      REDUCTION_KEYWORD,
    ],
  },
  compute(inputs, options) {
    const ranks = ['anchor', 'positive', 'negative'].map((k) => inputs.get(k).shape.length);
    const [ra, rp, rn] = ranks;
    if (ra !== rp || rp !== rn) {
      throw new LossInputError(
        `All inputs should have same dimension but got ${ra}D, ${rp}D and ${rn}D inputs.` +
          ' (anchor, positive and negative must have the same number of dimensions)',
      );
    }
    const margin = options.number('margin');
    return tripletLoss(inputs, {
      distance: pairwiseDistance(options.number('p'), options.number('eps')),
      hinge: (dPos, dNeg) => margin + dPos - dNeg, // aten Loss.cpp's order
      swap: options.boolean('swap'),
      reduction: options.string('reduction') as Reduction,
    });
  },
};

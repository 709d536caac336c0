import type { LossDefinition } from '../core/definition.ts';
import { REDUCTION_KEYWORD } from '../core/meta.ts';
import type { Reduction } from '../core/reduction.ts';
import { cosineDistance } from './cosineDistance.ts';
import { pairwiseDistance } from './pairwiseDistance.ts';
import { tripletLoss } from './triplet.ts';
import {
  TRIPLET_ARGUMENTS,
  TRIPLET_MARGIN_KEYWORD,
  TRIPLET_SWAP_KEYWORD,
} from './tripletArguments.ts';

/** PyTorch's default distance here is `nn.PairwiseDistance()`: p = 2, eps = 1e-6. */
const DEFAULT_DISTANCE = pairwiseDistance(2, 1e-6);

/**
 * The triplet loss with a pluggable distance. PyTorch takes any callable; we offer its
 * default (`None`, spelled `'pairwise'` in the UI) and `'cosine'`, i.e.
 * `lambda a, b: 1 - F.cosine_similarity(a, b)`. Unlike TripletMarginLoss, PyTorch 1.13 checks
 * neither the inputs' ranks nor the sign of margin here: it just broadcasts.
 */
export const tripletMarginWithDistanceLoss: LossDefinition = {
  meta: {
    name: 'TripletMarginWithDistanceLoss',
    family: 'embedding',
    summary: {
      en: 'The triplet loss with a distance of your choice, such as 1 − cosine similarity.',
      zh: '可自选距离函数（例如 1 − 余弦相似度）的三元组损失。',
    },
    arguments: TRIPLET_ARGUMENTS,
    keywords: [
      {
        name: 'distance_function',
        kind: 'choice',
        default: 'pairwise',
        choices: ['pairwise', 'cosine'],
        nullable: true,
        doc: {
          en: "How far apart two embeddings are: 'pairwise' is PyTorch's default ‖x − y + 1e-6‖₂ (None), 'cosine' is 1 − cosine_similarity(x, y).",
          zh: "两个嵌入相距多远：'pairwise' 为 PyTorch 默认的 ‖x − y + 1e-6‖₂（即 None），'cosine' 为 1 − cosine_similarity(x, y)。",
        },
      },
      TRIPLET_MARGIN_KEYWORD,
      TRIPLET_SWAP_KEYWORD,
      REDUCTION_KEYWORD,
    ],
    legacyReductionFlags: false,
  },
  compute(inputs, options) {
    const name = options.stringOrNull('distance_function');
    const margin = options.number('margin');
    return tripletLoss(inputs, {
      distance: name === 'cosine' ? cosineDistance : DEFAULT_DISTANCE,
      hinge: (dPos, dNeg) => dPos - dNeg + margin, // torch/nn/functional.py's order
      swap: options.boolean('swap'),
      reduction: options.string('reduction') as Reduction,
    });
  },
};

import { GET_ENUM_REDUCTION_KEYWORD, type LossMeta } from '../core/meta.ts';
import {
  TRIPLET_ARGUMENTS,
  TRIPLET_MARGIN_KEYWORD,
  TRIPLET_SWAP_KEYWORD,
} from './tripletArguments.ts';

/**
 * TripletMarginLoss's catalog entry, kept apart from its compute so that the app's shell can list
 * the loss without loading its code.
 */
export const TRIPLET_MARGIN_META: LossMeta = {
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
      // PyTorch takes a NaN p: the norms are NaN (std::pow(1, nan) = 1 aside).
      acceptsNaN: true,
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
      // PyTorch takes a NaN eps: every difference, and so every distance, is NaN.
      acceptsNaN: true,
      doc: {
        en: 'Added to every component of the difference before the norm: ‖a − p + eps‖, not ‖a − p‖ + eps.',
        zh: '在求范数之前加到差向量的每个分量上：是 ‖a − p + eps‖，而不是 ‖a − p‖ + eps。',
      },
    },
    TRIPLET_SWAP_KEYWORD,
    GET_ENUM_REDUCTION_KEYWORD,
  ],
};

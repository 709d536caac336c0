import { GET_ENUM_REDUCTION_KEYWORD, type LossMeta } from '../core/meta.ts';
import {
  TRIPLET_ARGUMENTS,
  TRIPLET_MARGIN_KEYWORD,
  TRIPLET_SWAP_KEYWORD,
} from './tripletArguments.ts';

/**
 * TripletMarginWithDistanceLoss's catalog entry, kept apart from its compute so that the app's shell can list
 * the loss without loading its code.
 */
export const TRIPLET_MARGIN_WITH_DISTANCE_META: LossMeta = {
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
    GET_ENUM_REDUCTION_KEYWORD,
  ],
  legacyReductionFlags: false,
};

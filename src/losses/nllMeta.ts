import { GET_ENUM_REDUCTION_KEYWORD, type LossMeta } from '../core/meta.ts';
import {
  CLASS_WEIGHT_KEYWORD,
  IGNORE_INDEX_KEYWORD,
  classScoresArgument,
} from './classKeywords.ts';

/**
 * NLLLoss's catalog entry, kept apart from its compute so that the app's shell can list
 * the loss without loading its code.
 */
export const NLL_META: LossMeta = {
  name: 'NLLLoss',
  family: 'probabilistic',
  summary: {
    en: 'Picks −log p of the right class from log-probabilities you computed yourself (pair it with LogSoftmax).',
    zh: '从你自己算好的对数概率中取出正确类别的 −log p（需与 LogSoftmax 配合使用）。',
  },
  arguments: [
    classScoresArgument({
      en: 'Log-probabilities, usually the output of log_softmax; any values are accepted.',
      zh: '对数概率，通常是 log_softmax 的输出；任何数值都会被接受。',
    }),
    {
      name: 'target',
      role: 'target',
      shape: '(), (N) or (N, d1, ..., dK)',
      integer: true,
      doc: {
        en: 'A class index in [0, C) per position, or ignore_index.',
        zh: '每个位置一个 [0, C) 内的类别索引，或 ignore_index。',
      },
    },
  ],
  keywords: [CLASS_WEIGHT_KEYWORD, IGNORE_INDEX_KEYWORD, GET_ENUM_REDUCTION_KEYWORD],
};

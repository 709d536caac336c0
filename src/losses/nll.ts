import type { LossDefinition } from '../core/definition.ts';
import { REDUCTION_KEYWORD } from '../core/meta.ts';
import type { Reduction } from '../core/reduction.ts';
import { checkClassTarget, classLayout } from './classLayout.ts';
import {
  CLASS_WEIGHT_KEYWORD,
  IGNORE_INDEX_KEYWORD,
  classScoresArgument,
} from './classKeywords.ts';
import { classWeights } from './classWeight.ts';
import { negativeLogLikelihood } from './nllCore.ts';

/**
 * −input[target], weighted: NLLLoss only picks an entry. It expects log-probabilities
 * (log_softmax output) but accepts any numbers, so its value may be negative.
 */
export const nllLoss: LossDefinition = {
  meta: {
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
    keywords: [CLASS_WEIGHT_KEYWORD, IGNORE_INDEX_KEYWORD, REDUCTION_KEYWORD],
  },
  compute(inputs, options) {
    const input = inputs.get('input');
    const target = inputs.get('target');
    checkClassTarget(input.shape, target.shape);
    const layout = classLayout(input.shape);
    const weights = classWeights(options.tensor('weight'), input.shape.length, layout.classes);
    const { output, grad } = negativeLogLikelihood(
      input.data,
      layout,
      target.data,
      weights,
      options.number('ignore_index'),
      options.string('reduction') as Reduction,
    );
    return { output, grads: { input: { shape: [...input.shape], data: grad } } };
  },
};

import type { LossDefinition } from '../core/definition.ts';
import type { Reduction } from '../core/reduction.ts';
import { checkClassTarget, classLayout } from './classLayout.ts';
import { classWeights } from './classWeight.ts';
import { emptyClassBatch } from './emptyBatch.ts';
import { negativeLogLikelihood } from './nllCore.ts';
import { NLL_META } from './nllMeta.ts';

/**
 * −input[target], weighted: NLLLoss only picks an entry. It expects log-probabilities
 * (log_softmax output) but accepts any numbers, so its value may be negative.
 */
export const nllLoss: LossDefinition = {
  meta: NLL_META,
  compute(inputs, options) {
    const target = inputs.get('target');
    const weight = options.tensor('weight');
    const input = emptyClassBatch(inputs.get('input'), target, weight);
    checkClassTarget(input.shape, target.shape);
    const layout = classLayout(input.shape);
    const weights = classWeights(weight, input.shape.length, layout.classes);
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

import { sameShape } from '../core/broadcast.ts';
import type { LossDefinition } from '../core/definition.ts';
import type { Reduction } from '../core/reduction.ts';
import { requireIntegers } from '../core/tensor.ts';
import { checkClassTarget, classLayout } from './classLayout.ts';
import { classWeights } from './classWeight.ts';
import { crossEntropyWithProbabilities } from './crossEntropyProbs.ts';
import { checkLabelSmoothing, smoothedNll } from './labelSmoothing.ts';
import { logSoftmax, logSoftmaxBackward } from './logSoftmax.ts';
import { negativeLogLikelihood } from './nllCore.ts';
import { CROSS_ENTROPY_META } from './crossEntropyMeta.ts';

/**
 * log_softmax followed by NLLLoss, in one numerically stable step. A target shaped exactly like
 * the input holds class probabilities; any other shape holds class indices (PyTorch tells the two
 * apart by dtype too, which JSON cannot carry, so the shape decides here).
 */
export const crossEntropyLoss: LossDefinition = {
  meta: CROSS_ENTROPY_META,
  compute(inputs, options) {
    const input = inputs.get('input');
    const target = inputs.get('target');
    const weight = options.tensor('weight');
    const ignoreIndex = options.number('ignore_index');
    const reduction = options.string('reduction') as Reduction;
    const labelSmoothing = options.number('label_smoothing');
    if (sameShape(input.shape, target.shape)) {
      return crossEntropyWithProbabilities(
        input,
        target,
        weight,
        ignoreIndex,
        reduction,
        labelSmoothing,
      );
    }
    checkLabelSmoothing(labelSmoothing);
    requireIntegers(target, 'target');
    checkClassTarget(input.shape, target.shape);
    const layout = classLayout(input.shape);
    const weights = classWeights(weight, input.shape.length, layout.classes);
    const logProbs = logSoftmax(input.data, layout);
    const { output, grad } =
      labelSmoothing > 0
        ? smoothedNll(
            logProbs,
            layout,
            target.data,
            weight,
            weights,
            ignoreIndex,
            reduction,
            labelSmoothing,
          )
        : negativeLogLikelihood(logProbs, layout, target.data, weights, ignoreIndex, reduction);
    return {
      output,
      grads: {
        input: { shape: [...input.shape], data: logSoftmaxBackward(grad, logProbs, layout) },
      },
    };
  },
};

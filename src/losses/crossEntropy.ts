import { sameShape } from '../core/broadcast.ts';
import type { LossDefinition } from '../core/definition.ts';
import { REDUCTION_KEYWORD } from '../core/meta.ts';
import type { Reduction } from '../core/reduction.ts';
import { requireIntegers } from '../core/tensor.ts';
import { checkClassTarget, classLayout } from './classLayout.ts';
import {
  CLASS_WEIGHT_KEYWORD,
  IGNORE_INDEX_KEYWORD,
  classScoresArgument,
} from './classKeywords.ts';
import { classWeights } from './classWeight.ts';
import { crossEntropyWithProbabilities } from './crossEntropyProbs.ts';
import { checkLabelSmoothing, smoothedNll } from './labelSmoothing.ts';
import { logSoftmax, logSoftmaxBackward } from './logSoftmax.ts';
import { negativeLogLikelihood } from './nllCore.ts';

/**
 * log_softmax followed by NLLLoss, in one numerically stable step. A target shaped exactly like
 * the input holds class probabilities; any other shape holds class indices (PyTorch tells the two
 * apart by dtype too, which JSON cannot carry, so the shape decides here).
 */
export const crossEntropyLoss: LossDefinition = {
  meta: {
    name: 'CrossEntropyLoss',
    family: 'probabilistic',
    summary: {
      en: 'Softmax turns raw scores into probabilities; the loss is −log of the probability given to the right class.',
      zh: 'softmax 把原始分数变成概率，损失是正确类别所得概率的负对数。',
    },
    arguments: [
      classScoresArgument({
        en: 'Raw, unnormalised scores (logits); softmax is applied inside the loss.',
        zh: '未经归一化的原始分数（logits），softmax 在损失内部完成。',
      }),
      {
        name: 'target',
        role: 'target',
        shape:
          '(), (N) or (N, d1, ..., dK) class indices; or the shape of input for class probabilities',
        doc: {
          en: 'Either a class index in [0, C) per position, or, shaped like input, a probability for every class.',
          zh: '每个位置一个 [0, C) 内的类别索引；或与 input 同形状，给出每个类别的概率。',
        },
      },
    ],
    keywords: [
      CLASS_WEIGHT_KEYWORD,
      IGNORE_INDEX_KEYWORD,
      REDUCTION_KEYWORD,
      {
        name: 'label_smoothing',
        kind: 'number',
        default: 0,
        min: 0,
        max: 1,
        step: 0.05,
        doc: {
          en: 'Blends the target with the uniform distribution: the right class keeps 1 − ε + ε/C, every other class gets ε/C.',
          zh: '把目标与均匀分布混合：正确类别保留 1 − ε + ε/C，其余每个类别得到 ε/C。',
        },
      },
    ],
  },
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

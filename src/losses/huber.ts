import type { LossDefinition } from '../core/definition.ts';
import { LossInputError } from '../core/LossInputError.ts';
import { REDUCTION_KEYWORD } from '../core/meta.ts';
import { pointwiseLoss } from '../core/pointwise.ts';
import type { Reduction } from '../core/reduction.ts';
import { REGRESSION_ARGUMENTS } from './regressionArguments.ts';

/**
 * `0.5 (x − y)²` while |x − y| < delta, `delta (|x − y| − 0.5 delta)` beyond: SmoothL1Loss
 * scaled by delta, so the tails have slope delta instead of 1.
 */
export const huberLoss: LossDefinition = {
  meta: {
    name: 'HuberLoss',
    family: 'regression',
    summary: {
      en: 'Squared error near zero, linear beyond delta: MSE’s precision with L1’s calm about outliers.',
      zh: '误差在 delta 以内取平方，超出后变为线性：兼得 MSE 的精细与 L1 对离群点的冷静。',
    },
    arguments: REGRESSION_ARGUMENTS,
    keywords: [
      REDUCTION_KEYWORD,
      {
        name: 'delta',
        kind: 'number',
        default: 1,
        min: 0.05,
        max: 3,
        step: 0.05,
        doc: {
          en: 'Where the quadratic zone ends, and the slope of the linear tails. Must be positive.',
          zh: '二次区域的边界，也是线性部分的斜率。必须为正数。',
        },
      },
    ],
    // HuberLoss is newer than the deprecated size_average/reduce flags: PyTorch refuses them.
    legacyReductionFlags: false,
  },
  compute(inputs, options) {
    const delta = options.number('delta');
    if (delta <= 0) {
      throw new LossInputError(
        `huber_loss does not support non-positive values for delta (got delta=${delta}).`,
      );
    }
    return pointwiseLoss(
      inputs.get('input'),
      inputs.get('target'),
      options.string('reduction') as Reduction,
      {
        loss: (x, y) => {
          const z = Math.abs(x - y);
          return z < delta ? 0.5 * z * z : delta * (z - 0.5 * delta);
        },
        grad: (x, y, scale) => {
          const d = x - y;
          if (d <= -delta) return -scale * delta;
          if (d >= delta) return scale * delta;
          return d * scale;
        },
      },
    );
  },
};

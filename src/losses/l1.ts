import type { LossDefinition } from '../core/definition.ts';
import { REDUCTION_KEYWORD } from '../core/meta.ts';
import { pointwiseLoss } from '../core/pointwise.ts';
import type { Reduction } from '../core/reduction.ts';
import { REGRESSION_ARGUMENTS } from './regressionArguments.ts';
import { sgn } from '../core/sgn.ts';

/**
 * `|x - y|`; its derivative is sign(x - y), which PyTorch takes as 0 where x = y, and also where
 * x - y is NaN (inf - inf): see {@link sgn}.
 */
export const l1Loss: LossDefinition = {
  meta: {
    name: 'L1Loss',
    family: 'regression',
    summary: {
      en: 'Mean absolute error |x − y|: robust to outliers, constant-size gradient.',
      zh: '平均绝对误差 |x − y|：对离群点稳健，梯度大小恒定。',
    },
    arguments: REGRESSION_ARGUMENTS,
    keywords: [REDUCTION_KEYWORD],
  },
  compute(inputs, options) {
    return pointwiseLoss(
      inputs.get('input'),
      inputs.get('target'),
      options.string('reduction') as Reduction,
      {
        loss: (x, y) => Math.abs(x - y),
        grad: (x, y, scale) => sgn(x - y) * scale,
      },
    );
  },
};

import type { LossDefinition } from '../core/definition.ts';
import { REDUCTION_KEYWORD } from '../core/meta.ts';
import { pointwiseLoss } from '../core/pointwise.ts';
import type { Reduction } from '../core/reduction.ts';
import { REGRESSION_ARGUMENTS } from './regressionArguments.ts';

/** `(x - y)²`, whose gradient 2(x - y) grows with the error: outliers pull hard. */
export const mseLoss: LossDefinition = {
  meta: {
    name: 'MSELoss',
    family: 'regression',
    summary: {
      en: 'Mean squared error (x − y)²: smooth, but large errors dominate.',
      zh: '均方误差 (x − y)²：处处光滑，但大误差占主导。',
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
        loss: (x, y) => (x - y) * (x - y),
        // PyTorch's kernel computes (2/n)·(x − y): the 2 joins the 1/n first, so a difference
        // of 1e308 gets a finite gradient under 'mean' (2·(x − y) alone would overflow).
        grad: (x, y, scale) => 2 * scale * (x - y),
      },
    );
  },
};

import { GET_ENUM_REDUCTION_KEYWORD, type LossMeta } from '../core/meta.ts';
import { REGRESSION_ARGUMENTS } from './regressionArguments.ts';

/**
 * HuberLoss's catalog entry, kept apart from its compute so that the app's shell can list
 * the loss without loading its code.
 */
export const HUBER_META: LossMeta = {
  name: 'HuberLoss',
  family: 'regression',
  summary: {
    en: 'Squared error near zero, linear beyond delta: MSE’s precision with L1’s calm about outliers.',
    zh: '误差在 delta 以内取平方，超出后变为线性：兼得 MSE 的精细与 L1 对离群点的冷静。',
  },
  arguments: REGRESSION_ARGUMENTS,
  keywords: [
    GET_ENUM_REDUCTION_KEYWORD,
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
};

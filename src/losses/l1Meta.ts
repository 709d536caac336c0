import { GET_ENUM_REDUCTION_KEYWORD, type LossMeta } from '../core/meta.ts';
import { REGRESSION_ARGUMENTS } from './regressionArguments.ts';

/**
 * L1Loss's catalog entry, kept apart from its compute so that the app's shell can list
 * the loss without loading its code.
 */
export const L1_META: LossMeta = {
  name: 'L1Loss',
  family: 'regression',
  summary: {
    en: 'Mean absolute error |x − y|: robust to outliers, constant-size gradient.',
    zh: '平均绝对误差 |x − y|：对离群点稳健，梯度大小恒定。',
  },
  arguments: REGRESSION_ARGUMENTS,
  keywords: [GET_ENUM_REDUCTION_KEYWORD],
};

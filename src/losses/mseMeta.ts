import { GET_ENUM_REDUCTION_KEYWORD, type LossMeta } from '../core/meta.ts';
import { REGRESSION_ARGUMENTS } from './regressionArguments.ts';

/**
 * MSELoss's catalog entry, kept apart from its compute so that the app's shell can list
 * the loss without loading its code.
 */
export const MSE_META: LossMeta = {
  name: 'MSELoss',
  family: 'regression',
  summary: {
    en: 'Mean squared error (x − y)²: smooth, but large errors dominate.',
    zh: '均方误差 (x − y)²：处处光滑，但大误差占主导。',
  },
  arguments: REGRESSION_ARGUMENTS,
  keywords: [GET_ENUM_REDUCTION_KEYWORD],
};

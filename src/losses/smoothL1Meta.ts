import { GET_ENUM_REDUCTION_KEYWORD, type LossMeta } from '../core/meta.ts';
import { REGRESSION_ARGUMENTS } from './regressionArguments.ts';

/**
 * SmoothL1Loss's catalog entry, kept apart from its compute so that the app's shell can list
 * the loss without loading its code.
 */
export const SMOOTH_L1_META: LossMeta = {
  name: 'SmoothL1Loss',
  family: 'regression',
  summary: {
    en: 'Quadratic for small errors, linear for large ones: L1 with the kink at zero rounded off.',
    zh: '误差小时是二次函数，误差大时是线性函数：把 L1 在零点的尖角磨圆。',
  },
  arguments: REGRESSION_ARGUMENTS,
  keywords: [
    GET_ENUM_REDUCTION_KEYWORD,
    {
      name: 'beta',
      kind: 'number',
      default: 1,
      min: 0,
      max: 3,
      step: 0.05,
      doc: {
        en: 'Where the quadratic zone ends. Its slope there is always 1; beta = 0 turns the loss into L1.',
        zh: '二次区域的边界。边界处斜率恒为 1；beta = 0 时退化为 L1。',
      },
    },
  ],
};

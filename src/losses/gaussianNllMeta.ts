import { REDUCTION_KEYWORD, type LossMeta } from '../core/meta.ts';

/**
 * GaussianNLLLoss's catalog entry, kept apart from its compute so that the app's shell can list
 * the loss without loading its code.
 */
export const GAUSSIAN_NLL_META: LossMeta = {
  name: 'GaussianNLLLoss',
  family: 'probabilistic',
  summary: {
    en: 'Predict a mean and a variance: a large var forgives errors but pays log(var) for its doubt.',
    zh: '同时预测均值与方差：方差大能原谅误差，但要为这份不确定付出 log(var) 的代价。',
  },
  arguments: [
    {
      name: 'input',
      role: 'prediction',
      shape: '(N, *) or (*)',
      doc: { en: 'The predicted mean x.', zh: '预测的均值 x。' },
    },
    {
      name: 'target',
      role: 'target',
      shape: '(N, *) or (*), same shape as input or broadcastable to it',
      doc: { en: 'The observed value y.', zh: '观测值 y。' },
    },
    {
      name: 'var',
      role: 'prediction',
      shape: '(N, *) or (*) like input, or input’s shape without (or with 1 as) its last dimension',
      doc: {
        en: 'The predicted variance, ≥ 0: one per prediction, or one per sample shared along the last dimension.',
        zh: '预测的方差，须 ≥ 0：每个预测一个，或每个样本一个、沿最后一维共享。',
      },
    },
  ],
  keywords: [
    {
      name: 'full',
      kind: 'boolean',
      default: false,
      doc: {
        en: 'Add the constant 0.5·log(2π) so the value is the exact negative log-likelihood.',
        zh: '加上常数 0.5·log(2π)，使结果恰为负对数似然。',
      },
    },
    {
      name: 'eps',
      kind: 'number',
      default: 1e-6,
      min: 0,
      max: 1,
      step: 0.01,
      // PyTorch takes a NaN eps: clamp_(min=nan) leaves var as it is.
      acceptsNaN: true,
      doc: {
        en: 'var is clamped to at least eps for stability. The clamp is invisible to autograd: var still gets a gradient.',
        zh: '为数值稳定，var 会被截断到不小于 eps。截断对自动求导不可见：var 仍照常获得梯度。',
      },
    },
    REDUCTION_KEYWORD,
  ],
  // A keyword-only constructor newer than size_average/reduce: PyTorch refuses those flags.
  legacyReductionFlags: false,
};

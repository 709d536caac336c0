import { REDUCTION_KEYWORD, type LossMeta } from '../core/meta.ts';

/**
 * PoissonNLLLoss's catalog entry, kept apart from its compute so that the app's shell can list
 * the loss without loading its code.
 */
export const POISSON_NLL_META: LossMeta = {
  name: 'PoissonNLLLoss',
  family: 'probabilistic',
  summary: {
    en: 'How unlikely the observed counts are under a Poisson rate: exp(x) − y·x for a log-rate x.',
    zh: '在泊松分布下观测到这些计数有多不可能：对数速率 x 时为 exp(x) − y·x。',
  },
  arguments: [
    {
      name: 'input',
      aliases: ['log_input'],
      role: 'prediction',
      shape: '(*)',
      doc: {
        en: 'The predicted rate: its logarithm when log_input=True, the rate itself otherwise.',
        zh: '预测的速率：log_input=True 时为其对数，否则为速率本身。',
      },
    },
    {
      name: 'target',
      role: 'target',
      shape: '(*), same shape as input',
      doc: {
        en: 'The observed counts y (0, 1, 2, ...), a sample of Poisson(rate).',
        zh: '观测到的计数 y（0, 1, 2, ...），即 Poisson(rate) 的一个样本。',
      },
    },
  ],
  keywords: [
    {
      name: 'log_input',
      kind: 'boolean',
      default: true,
      doc: {
        en: 'True: input is log λ and the loss is exp(x) − y·x. False: input is λ and the loss is x − y·log(x + eps).',
        zh: 'True：input 是 log λ，损失为 exp(x) − y·x。False：input 是 λ，损失为 x − y·log(x + eps)。',
      },
    },
    {
      name: 'full',
      kind: 'boolean',
      default: false,
      doc: {
        en: 'Add Stirling’s approximation of log(y!), y·log y − y + ½·log(2πy), only where y > 1. It does not change the gradient.',
        zh: '加上 log(y!) 的斯特林近似 y·log y − y + ½·log(2πy)，仅在 y > 1 处加。它不改变梯度。',
      },
    },
    {
      name: 'eps',
      kind: 'number',
      default: 1e-8,
      min: 0,
      max: 1,
      step: 0.01,
      // PyTorch takes a NaN eps: log(x + nan) makes the log_input=False loss NaN.
      acceptsNaN: true,
      doc: {
        en: 'Added to the rate inside log when log_input=False, so a rate of 0 stays finite.',
        zh: 'log_input=False 时加到 log 内的速率上，使速率为 0 时仍然有限。',
      },
    },
    REDUCTION_KEYWORD,
  ],
};

import type { KeywordMeta, LossMeta } from '../core/meta.ts';

/** KLDivLoss's own `reduction`, the only one with 'batchmean'. */
const KL_REDUCTION_KEYWORD: KeywordMeta = {
  name: 'reduction',
  kind: 'reduction',
  default: 'mean',
  choices: ['none', 'batchmean', 'sum', 'mean'],
  acceptsElementwiseMean: true,
  doc: {
    en: "'batchmean' divides the sum by the batch size and gives the true KL divergence per sample; 'mean' divides by every element and does not.",
    zh: "'batchmean' 将总和除以批大小，得到每个样本真正的 KL 散度；'mean' 除以元素总数，并不是 KL 散度。",
  },
};

/**
 * KLDivLoss's catalog entry, kept apart from its compute so that the app's shell can list
 * the loss without loading its code.
 */
export const KL_DIV_META: LossMeta = {
  name: 'KLDivLoss',
  family: 'probabilistic',
  summary: {
    en: 'Kullback–Leibler divergence of the prediction from the target; the input must be log-probabilities.',
    zh: '预测分布相对目标分布的 KL 散度；input 必须是对数概率。',
  },
  arguments: [
    {
      name: 'input',
      role: 'prediction',
      shape: '(*)',
      doc: {
        en: 'Log-probabilities log q, e.g. the output of log_softmax (not probabilities!).',
        zh: '对数概率 log q，例如 log_softmax 的输出（不是概率！）。',
      },
    },
    {
      name: 'target',
      role: 'target',
      shape: '(*), same shape as input',
      doc: {
        en: 'The target distribution p: probabilities, or log-probabilities when log_target=True.',
        zh: '目标分布 p：概率；log_target=True 时为对数概率。',
      },
    },
  ],
  keywords: [
    KL_REDUCTION_KEYWORD,
    {
      name: 'log_target',
      kind: 'boolean',
      default: false,
      doc: {
        en: 'Pass the target as log-probabilities too: more stable, and no special case for p = 0.',
        zh: 'target 也以对数概率给出：数值更稳定，也不必特殊处理 p = 0。',
      },
    },
  ],
};

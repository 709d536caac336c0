import type { LossDefinition } from '../core/definition.ts';
import type { KeywordMeta } from '../core/meta.ts';
import { pointwiseLoss, type PointwiseFormula } from '../core/pointwise.ts';
import type { KlReduction } from '../core/reduction.ts';

/** KLDivLoss's own `reduction`, the only one with 'batchmean'. */
const KL_REDUCTION_KEYWORD: KeywordMeta = {
  name: 'reduction',
  kind: 'reduction',
  default: 'mean',
  choices: ['none', 'batchmean', 'sum', 'mean'],
  doc: {
    en: "'batchmean' divides the sum by the batch size and gives the true KL divergence per sample; 'mean' divides by every element and does not.",
    zh: "'batchmean' 将总和除以批大小，得到每个样本真正的 KL 散度；'mean' 除以元素总数，并不是 KL 散度。",
  },
};

/** `y log y` with PyTorch's xlogy convention `0 · log 0 = 0` (a NaN y stays NaN). */
function xlogx(y: number): number {
  return y === 0 ? 0 : y * Math.log(y);
}

const PROBABILITY_TARGET: PointwiseFormula = {
  // Written as PyTorch does, xlogy(y, y) − y·x: a zero target contributes 0, a negative one NaN.
  loss: (x, y) => xlogx(y) - y * x,
  // Autograd of −y·x alone, so a negative (invalid) target still passes gradient −y.
  grad: (_x, y, scale) => -(scale * y),
};

const LOG_TARGET: PointwiseFormula = {
  loss: (x, y) => Math.exp(y) * (y - x),
  grad: (_x, y, scale) => -(scale * Math.exp(y)),
};

/**
 * `y (log y − x)` for log-probabilities x and probabilities y (or `e^y (y − x)` for log-target
 * y), summed into the divergence of the prediction from the target distribution.
 */
export const klDivLoss: LossDefinition = {
  meta: {
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
  },
  compute(inputs, options) {
    const input = inputs.get('input');
    const reduction = options.string('reduction') as KlReduction;
    const result = pointwiseLoss(
      input,
      inputs.get('target'),
      reduction === 'batchmean' ? 'sum' : reduction,
      options.boolean('log_target') ? LOG_TARGET : PROBABILITY_TARGET,
    );
    // 'batchmean' divides the sum by input.size(0), the batch size of the input even when the
    // target broadcasts it larger; a 0-d input has no batch and is left undivided.
    const batch = input.shape[0];
    if (reduction !== 'batchmean' || batch === undefined) return result;
    const output = result.output.data;
    output[0] = (output[0] ?? 0) / batch;
    for (const g of Object.values(result.grads)) {
      for (let i = 0; i < g.data.length; i++) g.data[i] = (g.data[i] ?? 0) / batch;
    }
    return result;
  },
};

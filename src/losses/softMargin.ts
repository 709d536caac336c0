import type { LossDefinition } from '../core/definition.ts';
import { REDUCTION_KEYWORD } from '../core/meta.ts';
import { reduce, type Reduction } from '../core/reduction.ts';
import { inPlaceIndex } from './inPlaceBroadcast.ts';

/**
 * log(1 + e^(−y·x)), the logistic loss on labels y ∈ {1, −1}. PyTorch 1.13 evaluates it
 * literally (`neg(x).mul_(y).exp_().add_(1).log_()`), with no log-sum-exp guard: once
 * −y·x > ~709.78, e^(−y·x) overflows and the loss is +inf and its gradient NaN (inf/inf). We
 * reproduce that rather than silently "fix" it; BCEWithLogitsLoss is the stable alternative.
 */
export const softMarginLoss: LossDefinition = {
  meta: {
    name: 'SoftMarginLoss',
    family: 'margin',
    summary: {
      en: 'Logistic loss log(1 + e^(−y·x)) for labels ±1: a smooth hinge that never quite reaches zero.',
      zh: '针对 ±1 标签的逻辑损失 log(1 + e^(−y·x))：一种平滑的合页损失，永远不会恰好为零。',
    },
    arguments: [
      {
        name: 'input',
        role: 'prediction',
        shape: '(*)',
        doc: {
          en: 'Scores x, any real numbers; the sign is the predicted class.',
          zh: '分数 x，可为任意实数；其符号即预测的类别。',
        },
      },
      {
        name: 'target',
        role: 'target',
        shape: '(*), same shape as input',
        doc: {
          en: 'Labels y, 1 or −1; must broadcast to input’s shape.',
          zh: '标签 y，取 1 或 −1；形状须能广播到 input 的形状。',
        },
      },
    ],
    keywords: [REDUCTION_KEYWORD],
  },
  compute(inputs, options) {
    const input = inputs.get('input');
    const target = inputs.get('target');
    // The loss is built in place on a copy of input, so target may broadcast onto input only.
    const yi = inPlaceIndex(target.shape, input.shape, 'target', 'input');
    const n = input.data.length;
    const losses = new Float64Array(n);
    const grads = new Float64Array(n);
    const xs = input.data;
    const ys = target.data;
    for (let i = 0; i < n; i++) {
      const x = xs[i] ?? 0;
      const y = ys[yi ? (yi[i] ?? 0) : i] ?? 0;
      // PyTorch's forward exponentiates (−x)·y and its backward (−y)·x: the same number.
      const z = Math.exp(-x * y);
      losses[i] = Math.log(z + 1);
      grads[i] = -(y * z) / (z + 1);
    }
    const { output, gradScale } = reduce(
      { shape: input.shape, data: losses },
      options.string('reduction') as Reduction,
    );
    if (gradScale !== 1) for (let i = 0; i < n; i++) grads[i] = (grads[i] ?? 0) * gradScale;
    return { output, grads: { input: { shape: [...input.shape], data: grads } } };
  },
};

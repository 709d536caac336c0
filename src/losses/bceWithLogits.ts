import { sameShape } from '../core/broadcast.ts';
import type { LossDefinition } from '../core/definition.ts';
import { LossInputError } from '../core/LossInputError.ts';
import { REDUCTION_KEYWORD } from '../core/meta.ts';
import { reduce, type Reduction } from '../core/reduction.ts';
import { formatShape } from '../core/tensor.ts';
import { BINARY_WEIGHT_KEYWORD } from './binaryWeight.ts';
import { inPlaceIndex } from './inPlaceBroadcast.ts';

/**
 * Sigmoid and BCE fused on raw logits x. With m = max(−x, 0), PyTorch writes
 * log(1 + e^(−x)) as m + log(e^(−m) + e^(−x−m)): both exponents are ≤ 0, so nothing overflows
 * and logits of ±800 give exact finite losses. With pos_weight p the positive term is scaled by
 * p: loss = (1 − y)·x + (1 + (p − 1)·y)·log(1 + e^(−x)). The operations below follow PyTorch's
 * order so results agree to the last bits.
 */
export const bceWithLogitsLoss: LossDefinition = {
  meta: {
    name: 'BCEWithLogitsLoss',
    family: 'probabilistic',
    summary: {
      en: 'Sigmoid and binary cross-entropy in one numerically stable step, on raw scores (logits).',
      zh: '把 sigmoid 与二元交叉熵合为一步、数值稳定的损失，直接作用于原始分数（logits）。',
    },
    arguments: [
      {
        name: 'input',
        role: 'prediction',
        shape: '(*)',
        doc: {
          en: 'Raw scores (logits) x, any real numbers; the loss applies the sigmoid itself.',
          zh: '原始分数（logits）x，可为任意实数；损失内部自行施加 sigmoid。',
        },
      },
      {
        name: 'target',
        role: 'target',
        shape: '(*), same shape as input',
        doc: {
          en: 'Targets y, usually 0 or 1 (soft labels in between are allowed); exactly input’s shape.',
          zh: '目标 y，通常为 0 或 1（也可以是介于其间的软标签）；形状必须与 input 完全相同。',
        },
      },
    ],
    keywords: [
      BINARY_WEIGHT_KEYWORD,
      REDUCTION_KEYWORD,
      {
        name: 'pos_weight',
        kind: 'tensor',
        default: null,
        shape: '(C), broadcast along the last (class) dimension of input',
        doc: {
          en: 'A weight on the positive (y = 1) term, one per class: above 1 raises recall, below 1 raises precision. E.g. 3 for a class with 3× more negatives than positives.',
          zh: '正样本（y = 1）项的权重，每个类别一个：大于 1 提高召回率，小于 1 提高精确率。例如负样本数是正样本 3 倍的类别可取 3。',
        },
      },
    ],
  },
  compute(inputs, options) {
    const input = inputs.get('input');
    const target = inputs.get('target');
    if (!sameShape(target.shape, input.shape)) {
      throw new LossInputError(
        `Target size (${formatShape(target.shape)}) must be the same as input size ` +
          `(${formatShape(input.shape)})`,
      );
    }
    const weight = options.tensor('weight');
    const posWeight = options.tensor('pos_weight');
    // PyTorch adds the pos_weight term and multiplies by weight in place on an input-shaped
    // loss, so both may broadcast onto input but never enlarge it.
    const pi = posWeight ? inPlaceIndex(posWeight.shape, input.shape, 'pos_weight', 'input') : null;
    const wi = weight ? inPlaceIndex(weight.shape, input.shape, 'weight', 'input') : null;
    const n = input.data.length;
    const losses = new Float64Array(n);
    const grads = new Float64Array(n);
    const xs = input.data;
    const ys = target.data;
    const ps = posWeight?.data;
    const ws = weight?.data;
    for (let i = 0; i < n; i++) {
      const x = xs[i] ?? 0;
      const y = ys[i] ?? 0;
      const m = Math.max(-x, 0);
      const ex = Math.exp(-x);
      // log(e^(−m) + e^(−x−m)) exactly as PyTorch evaluates it, but without calling exp where
      // its value is already known bit for bit (e^0 = 1, e^(−x−0) = e^(−x)): exp dominates the
      // cost of a 10^6-element evaluation.
      const a = -x - m;
      const logTerm = Math.log(
        (m === 0 ? 1 : Math.exp(-m)) + (m === 0 ? ex : a === 0 ? 1 : Math.exp(a)),
      );
      const sigmoid = 1 / (1 + ex);
      let loss: number;
      let grad: number;
      if (ps) {
        const p = ps[pi ? (pi[i] ?? 0) : i] ?? 0;
        loss = (1 - y) * x + ((p - 1) * y + 1) * (logTerm + m);
        const py = p * y;
        grad = (py + 1 - y) * sigmoid - py;
      } else {
        loss = (1 - y) * x + m + logTerm;
        grad = sigmoid - y;
      }
      if (ws) {
        const w = ws[wi ? (wi[i] ?? 0) : i] ?? 0;
        loss *= w;
        grad *= w;
      }
      losses[i] = loss;
      grads[i] = grad;
    }
    const { output, gradScale } = reduce(
      { shape: input.shape, data: losses },
      options.string('reduction') as Reduction,
    );
    if (gradScale !== 1) for (let i = 0; i < n; i++) grads[i] = (grads[i] ?? 0) * gradScale;
    return { output, grads: { input: { shape: [...input.shape], data: grads } } };
  },
};

import { broadcastIndex, broadcastShapes, sameShape, sumToShape } from '../core/broadcast.ts';
import type { LossDefinition } from '../core/definition.ts';
import { LossInputError } from '../core/LossInputError.ts';
import { REDUCTION_KEYWORD } from '../core/meta.ts';
import { reduce, type Reduction } from '../core/reduction.ts';
import { numel, tensor } from '../core/tensor.ts';
import { logSigmoid, logSigmoidGrad } from './logSigmoid.ts';

/**
 * One logistic loss per class, averaged over the classes, after torch.nn.functional:
 *
 *   l = −(y · logσ(x) + (1 − y) · logσ(−x)) · weight,   loss_n = Σ_c l_{n,c} / C.
 *
 * PyTorch writes this with plain broadcasting: target and weight may be any shapes that
 * broadcast with input, the sum runs over dim `input.dim() − 1` of the broadcast result and C is
 * input's last size. We follow that literally so that odd-but-accepted shapes agree too.
 */
export const multiLabelSoftMarginLoss: LossDefinition = {
  meta: {
    name: 'MultiLabelSoftMarginLoss',
    family: 'margin',
    summary: {
      en: 'A sigmoid and a binary cross-entropy for every class, averaged over the classes.',
      zh: '对每个类别分别做 sigmoid 与二元交叉熵，再在类别上取平均。',
    },
    arguments: [
      {
        name: 'input',
        role: 'prediction',
        shape: '(C) or (N, C)',
        doc: { en: 'Raw scores (logits), one per class.', zh: '每个类别一个原始分数（logit）。' },
      },
      {
        name: 'target',
        role: 'target',
        shape: '(C) or (N, C), same shape as input',
        doc: {
          en: 'Multi-hot labels: 1 where the class is present, 0 where it is not (soft values allowed).',
          zh: 'multi-hot 标签：类别出现处为 1，未出现处为 0（也可以是软标签）。',
        },
      },
    ],
    keywords: [
      {
        name: 'weight',
        kind: 'tensor',
        default: null,
        shape: '(C)',
        doc: {
          en: 'A weight per class, multiplied into each per-class term before averaging over C.',
          zh: '每个类别一个权重，在对 C 取平均之前乘到对应的类别项上。',
        },
      },
      REDUCTION_KEYWORD,
    ],
  },
  compute(inputs, options) {
    const input = inputs.get('input');
    const target = inputs.get('target');
    const weight = options.tensor('weight');
    const reduction = options.string('reduction') as Reduction;
    if (input.shape.length === 0) {
      throw new LossInputError(
        'Dimension specified as -1 but tensor has no dimensions: input needs a class dimension',
      );
    }
    let shape = broadcastShapes(target.shape, input.shape);
    if (weight) shape = broadcastShapes(shape, weight.shape);
    // Index maps only where a shape really broadcasts, to keep the common case a plain loop.
    const xi = sameShape(input.shape, shape) ? null : broadcastIndex(input.shape, shape);
    const yi = sameShape(target.shape, shape) ? null : broadcastIndex(target.shape, shape);
    const wi =
      weight && !sameShape(weight.shape, shape) ? broadcastIndex(weight.shape, shape) : null;
    const classes = input.shape[input.shape.length - 1] ?? 1;
    // The summed dimension, counted from the front of the broadcast shape.
    const axis = input.shape.length - 1;
    const span = shape[axis] ?? 1;
    const inner = numel(shape.slice(axis + 1));
    const outShape = [...shape.slice(0, axis), ...shape.slice(axis + 1)];
    const rows = new Float64Array(numel(outShape));
    const n = numel(shape);
    const local = new Float64Array(n);
    for (let e = 0; e < n; e++) {
      const x = input.data[xi ? (xi[e] ?? 0) : e] ?? 0;
      const y = target.data[yi ? (yi[e] ?? 0) : e] ?? 0;
      const w = weight ? (weight.data[wi ? (wi[e] ?? 0) : e] ?? 0) : 1;
      const loss = -(y * logSigmoid(x) + (1 - y) * logSigmoid(-x)) * w;
      const r = Math.floor(e / (span * inner)) * inner + (e % inner);
      rows[r] = (rows[r] ?? 0) + loss;
      // d l / d x = −(y · σ(−x) − (1 − y) · σ(x)) · w, before the 1/C and the reduction.
      local[e] = -(y * logSigmoidGrad(x) - (1 - y) * logSigmoidGrad(-x)) * w;
    }
    for (let r = 0; r < rows.length; r++) rows[r] = (rows[r] ?? 0) / classes;
    const { output, gradScale } = reduce(tensor(outShape, rows), reduction);
    const scale = gradScale / classes;
    for (let e = 0; e < n; e++) local[e] = (local[e] ?? 0) * scale;
    const grad = xi ? sumToShape(local, xi, input.shape) : { shape: [...input.shape], data: local };
    return { output, grads: { input: grad } };
  },
};

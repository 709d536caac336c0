import { sameShape } from '../core/broadcast.ts';
import type { LossDefinition } from '../core/definition.ts';
import { LossInputError } from '../core/LossInputError.ts';
import { reduce, type Reduction } from '../core/reduction.ts';
import { formatShape } from '../core/tensor.ts';
import { inPlaceIndex } from './inPlaceBroadcast.ts';
import { BCE_WITH_LOGITS_META } from './bceWithLogitsMeta.ts';

/**
 * Sigmoid and BCE fused on raw logits x. With m = max(−x, 0), PyTorch writes
 * log(1 + e^(−x)) as m + log(e^(−m) + e^(−x−m)): both exponents are ≤ 0, so nothing overflows
 * and logits of ±800 give exact finite losses. With pos_weight p the positive term is scaled by
 * p: loss = (1 − y)·x + (1 + (p − 1)·y)·log(1 + e^(−x)). The operations below follow PyTorch's
 * order so results agree to the last bits.
 */
export const bceWithLogitsLoss: LossDefinition = {
  meta: BCE_WITH_LOGITS_META,
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
    const reduction = options.string('reduction') as Reduction;
    const { output } = reduce({ shape: input.shape, data: losses }, reduction);
    // PyTorch's binary_cross_entropy_with_logits_backward divides by numel() last: multiplying by
    // 1/n instead can differ in the last bit, which shows in the 4 decimals of a 1e11 gradient.
    if (reduction === 'mean') for (let i = 0; i < n; i++) grads[i] = (grads[i] ?? 0) / n;
    return { output, grads: { input: { shape: [...input.shape], data: grads } } };
  },
};

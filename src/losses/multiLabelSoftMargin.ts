import { broadcastIndex, broadcastShapes, sameShape, sumToShape } from '../core/broadcast.ts';
import type { LossDefinition } from '../core/definition.ts';
import { LossInputError } from '../core/LossInputError.ts';
import { gradScaleOf, reduce, type Reduction } from '../core/reduction.ts';
import { numel, tensor } from '../core/tensor.ts';
import { torchSum } from '../core/torchSum.ts';
import { MULTI_LABEL_SOFT_MARGIN_META } from './multiLabelSoftMarginMeta.ts';

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
  meta: MULTI_LABEL_SOFT_MARGIN_META,
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
    let shape = broadcastShapes(target.shape, input.shape, 'target and input');
    if (weight) shape = broadcastShapes(shape, weight.shape, 'input/target and weight');
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
    const terms = new Float64Array(numel(shape));
    const local = new Float64Array(numel(shape));
    const outer = numel(shape.slice(0, axis));
    // d output / d (weighted term): the reduction's scale, then sum(dim) / C.
    const scale = gradScaleOf(reduction, rows.length) / classes;
    let e = 0;
    for (let o = 0; o < outer; o++) {
      for (let a = 0; a < span; a++) {
        for (let k = 0; k < inner; k++, e++) {
          const x = input.data[xi ? (xi[e] ?? 0) : e] ?? 0;
          const y = target.data[yi ? (yi[e] ?? 0) : e] ?? 0;
          const w = weight ? (weight.data[wi ? (wi[e] ?? 0) : e] ?? 0) : 1;
          // PyTorch's logsigmoid: log σ(±x) = min(±x, 0) − log1p(z) with z = exp(−|x|), finite
          // for every finite x (the naive log(1/(1 + exp(−x))) is −inf below about −745).
          const z = Math.exp(-Math.abs(x));
          const log1pZ = Math.log1p(z);
          const loss = -(y * (Math.min(x, 0) - log1pZ) + (1 - y) * (Math.min(-x, 0) - log1pZ)) * w;
          terms[e] = loss;
          // Its backward: (logσ)'(v) = 1 − z/(1+z) for v < 0, z/(1+z) otherwise (so -0 takes the
          // second branch, as in PyTorch), giving d l / d x = −(y·(logσ)'(x) − (1−y)·(logσ)'(−x))·w.
          // Autograd multiplies from the outside in: an infinite weight meets the label factors
          // first, so y = 1 gives inf · (1 − y) = NaN, as in PyTorch.
          const q = z / (1 + z);
          const dPos = x < 0 ? 1 - q : q;
          const dNeg = -x < 0 ? 1 - q : q;
          const g = -(scale * w);
          local[e] = dPos * (g * y) - dNeg * (g * (1 - y));
        }
      }
    }
    // sum(dim) over each row in PyTorch's order (torchSum), when the row is contiguous (the
    // summed dim is the last, as for every (N, C) input); else in index order.
    for (let o = 0; o < outer; o++) {
      for (let k = 0; k < inner; k++) {
        const at = (j: number) => terms[(o * span + j) * inner + k] ?? 0;
        let sum = 0;
        if (inner === 1) sum = torchSum(span, at);
        else for (let j = 0; j < span; j++) sum += at(j);
        rows[o * inner + k] = sum / classes;
      }
    }
    const { output } = reduce(tensor(outShape, rows), reduction);
    const grad = xi ? sumToShape(local, xi, input.shape) : { shape: [...input.shape], data: local };
    return { output, grads: { input: grad } };
  },
};

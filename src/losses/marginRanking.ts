import { broadcastIndex, broadcastShapes, sameShape, sumToShape } from '../core/broadcast.ts';
import type { LossDefinition } from '../core/definition.ts';
import { LossInputError } from '../core/LossInputError.ts';
import { reduce, type Reduction } from '../core/reduction.ts';
import { formatShape, numel, type Tensor } from '../core/tensor.ts';
import { MARGIN_RANKING_META } from './marginRankingMeta.ts';

function indexFor(t: Tensor, outShape: readonly number[]): Int32Array | null {
  return sameShape(t.shape, outShape) ? null : broadcastIndex(t.shape, outShape);
}

/**
 * max(0, −y·(x1 − x2) + margin), element by element: for y = 1, x1 should rank above x2 by at
 * least margin. PyTorch 1.13 refuses arguments of different ranks but otherwise broadcasts all
 * three, so (N, 1) inputs against a (1, N) target silently compare every pair, an N×N matrix
 * (the course notes' "n×n" came from this shape bug). At the kink the clamp passes its gradient.
 */
export const marginRankingLoss: LossDefinition = {
  meta: MARGIN_RANKING_META,
  compute(inputs, options) {
    const input1 = inputs.get('input1');
    const input2 = inputs.get('input2');
    const target = inputs.get('target');
    if (
      input1.shape.length !== input2.shape.length ||
      input1.shape.length !== target.shape.length
    ) {
      throw new LossInputError(
        'margin_ranking_loss : All input tensors should have same dimension but got sizes: ' +
          `input1: ${formatShape(input1.shape)}, input2: ${formatShape(input2.shape)}, ` +
          `target: ${formatShape(target.shape)}`,
      );
    }
    const outShape = broadcastShapes(
      broadcastShapes(input1.shape, input2.shape, 'input1 and input2'),
      target.shape,
      'input1/input2 and target',
    );
    const n = numel(outShape);
    const i1 = indexFor(input1, outShape);
    const i2 = indexFor(input2, outShape);
    const it = indexFor(target, outShape);
    const margin = options.number('margin');
    const losses = new Float64Array(n);
    // The clamp's mask (active including the kink v = 0, as PyTorch's clamp_min) and the label.
    const active = new Uint8Array(n);
    const labels = new Float64Array(n);
    const a = input1.data;
    const b = input2.data;
    const ys = target.data;
    for (let i = 0; i < n; i++) {
      const x1 = a[i1 ? (i1[i] ?? 0) : i] ?? 0;
      const x2 = b[i2 ? (i2[i] ?? 0) : i] ?? 0;
      const y = ys[it ? (it[i] ?? 0) : i] ?? 0;
      const v = -y * (x1 - x2) + margin;
      losses[i] = Math.max(v, 0);
      active[i] = v >= 0 ? 1 : 0;
      labels[i] = y;
    }
    const { output, gradScale } = reduce(
      { shape: outShape, data: losses },
      options.string('reduction') as Reduction,
    );
    // d/dx1 = g·(−y) and d/dx2 = −(g·(−y)) for the masked upstream g, in PyTorch's order of
    // operations, so an inactive pair gets the same signed zero (−0 for x1 when y = 1) that
    // PyTorch prints. Both are summed back over the dimensions they were broadcast along.
    const g1 = new Float64Array(n);
    const g2 = new Float64Array(n);
    for (let i = 0; i < n; i++) {
      const g = (active[i] ?? 0) * gradScale * -(labels[i] ?? 0);
      g1[i] = g;
      g2[i] = -g;
    }
    return {
      output,
      grads: {
        input1: i1 ? sumToShape(g1, i1, input1.shape) : { shape: [...input1.shape], data: g1 },
        input2: i2 ? sumToShape(g2, i2, input2.shape) : { shape: [...input2.shape], data: g2 },
      },
    };
  },
};

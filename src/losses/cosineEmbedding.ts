import { broadcastShapes } from '../core/broadcast.ts';
import type { LossDefinition } from '../core/definition.ts';
import { LossInputError } from '../core/LossInputError.ts';
import { checkDim, reducePlan, scatterScaledAlong, sumProductsAlong } from '../core/reduceDim.ts';
import { reduce, type Reduction } from '../core/reduction.ts';
import { formatShape, numel, type Tensor } from '../core/tensor.ts';
import { gather, gradBuffer, indexOrNull, scatterAdd } from './broadcastGather.ts';
import { COSINE_EMBEDDING_META } from './cosineEmbeddingMeta.ts';

/**
 * Added to each squared magnitude (aten Loss.cpp's EPSILON). It is not cosine_similarity's
 * eps: this cosine is `x·y / sqrt((‖x‖² + 1e-12)(‖y‖² + 1e-12))`, so a zero vector has cosine
 * 0 and even identical vectors have cosine a hair below 1. Loss.cpp declares it a `float`, so
 * the double it adds is 1e-12 rounded to single precision, 9.999999960041972e-13: next to a
 * zero vector that moves the gradient (~1/sqrt(EPSILON)) by 2e-9 relative.
 */
const EPSILON = Math.fround(1e-12);

function checkRanks(x1: Tensor, x2: Tensor, y: Tensor): void {
  const t = y.shape.length;
  const sizes = `${formatShape(x1.shape)} and ${formatShape(x2.shape)}`;
  if (t > 1)
    throw new LossInputError(
      `target: 0D or 1D target tensor expected, multi-target not supported (got ${formatShape(y.shape)})`,
    );
  if (t === 1 && x1.shape.length !== 2)
    throw new LossInputError(
      `1D target tensor expects 2D input tensors, but found inputs with sizes ${sizes}.`,
    );
  if (t === 0 && x1.shape.length !== 1)
    throw new LossInputError(
      `0D target tensor expects 1D input tensors, but found inputs with sizes ${sizes}.`,
    );
}

/**
 * `1 − cos(x1, x2)` where target = 1, `max(0, cos − margin)` where target = −1, and 0 for any
 * other target value (PyTorch selects with `target == 1` and `target == -1`, it does not
 * validate). The cosine is taken along dim 1 for a 1-D target and dim 0 for a 0-d one. Like
 * PyTorch, only input1's rank is checked; input2 broadcasts against it, as the target does
 * against the cosines.
 */
export const cosineEmbeddingLoss: LossDefinition = {
  meta: COSINE_EMBEDDING_META,
  compute(inputs, options) {
    const x1 = inputs.get('input1');
    const x2 = inputs.get('input2');
    const y = inputs.get('target');
    const margin = options.number('margin');
    checkRanks(x1, x2, y);
    const dim = y.shape.length;
    const shape = broadcastShapes(x1.shape, x2.shape, 'input1 and input2');
    checkDim(x2.shape.length, dim, 'input2');
    const prodPlan = reducePlan(shape, dim);
    const plan1 = reducePlan(x1.shape, dim);
    const plan2 = reducePlan(x2.shape, dim);
    const i1 = indexOrNull(x1.shape, shape);
    const i2 = indexOrNull(x2.shape, shape);
    const a = x1.data;
    const b = x2.data;
    // PyTorch: (x1 * x2).sum(dim) / sqrt(((x1 * x1).sum(dim) + EPSILON) * ((x2 * x2).sum(dim) + EPSILON))
    const prod = sumProductsAlong(prodPlan, a, i1, b, i2);
    const mag1 = sumProductsAlong(plan1, a, null, a, null).map((v) => v + EPSILON);
    const mag2 = sumProductsAlong(plan2, b, null, b, null).map((v) => v + EPSILON);

    const cosShape = broadcastShapes(
      prodPlan.outShape,
      broadcastShapes(plan1.outShape, plan2.outShape, 'the norms of input1 and input2'),
      'the cosines of input1 and input2',
    );
    const outShape = broadcastShapes(y.shape, cosShape, 'target and the cosines of input1/input2');
    const iP = indexOrNull(prodPlan.outShape, outShape);
    const iM1 = indexOrNull(plan1.outShape, outShape);
    const iM2 = indexOrNull(plan2.outShape, outShape);
    const iY = indexOrNull(y.shape, outShape);
    const size = numel(outShape);
    const losses = new Float64Array(size);
    const dLoss = new Float64Array(size); // d loss / d cos, before the reduction's scale
    for (let f = 0; f < size; f++) {
      const cos = gather(prod, iP, f) / Math.sqrt(gather(mag1, iM1, f) * gather(mag2, iM2, f));
      const t = gather(y.data, iY, f);
      if (t === 1) {
        losses[f] = 1 - cos;
        dLoss[f] = -1;
      } else if (t === -1) {
        losses[f] = Math.max(cos - margin, 0);
        // clamp_min passes the gradient where cos − margin is exactly 0.
        dLoss[f] = cos - margin >= 0 ? 1 : 0;
      }
    }
    const { output, gradScale } = reduce(
      { shape: outShape, data: losses },
      options.string('reduction') as Reduction,
    );

    // cos = prod / sqrt(mag1 · mag2): back to prod and the two squared magnitudes.
    // Zeros keep autograd's signs (see gradBuffer): PyTorch prints an inactive pair's −0s.
    const gProd = gradBuffer(prod.length, iP);
    const gMag1 = gradBuffer(mag1.length, iM1);
    const gMag2 = gradBuffer(mag2.length, iM2);
    for (let f = 0; f < size; f++) {
      // No shortcut for g = 0: PyTorch's autograd runs this chain for every element, and where
      // the cosine is NaN (inf/inf, nan inputs) 0 · NaN makes the gradient NaN there too.
      const g = (dLoss[f] ?? 0) * gradScale;
      const m1 = gather(mag1, iM1, f);
      const m2 = gather(mag2, iM2, f);
      const denom = Math.sqrt(m1 * m2);
      // d cos / d(mag1 · mag2), in autograd's order: div's backward −g·((prod/denom)/denom), then
      // sqrt's 1/(2·denom).
      const gProduct = (-g * (gather(prod, iP, f) / denom / denom)) / (2 * denom);
      scatterAdd(gProd, iP, f, g / denom);
      scatterAdd(gMag1, iM1, f, gProduct * m2);
      scatterAdd(gMag2, iM2, f, gProduct * m1);
    }
    // d(x · x)/dx = 2x: fold the 2 into the coefficients.
    for (let r = 0; r < gMag1.length; r++) gMag1[r] = 2 * (gMag1[r] ?? 0);
    for (let r = 0; r < gMag2.length; r++) gMag2[r] = 2 * (gMag2[r] ?? 0);
    const g1 = gradBuffer(a.length, i1);
    const g2 = gradBuffer(b.length, i2);
    scatterScaledAlong(prodPlan, gProd, b, i2, g1, i1);
    scatterScaledAlong(prodPlan, gProd, a, i1, g2, i2);
    scatterScaledAlong(plan1, gMag1, a, null, g1, null);
    scatterScaledAlong(plan2, gMag2, b, null, g2, null);
    return {
      output,
      grads: {
        input1: { shape: [...x1.shape], data: g1 },
        input2: { shape: [...x2.shape], data: g2 },
      },
    };
  },
};

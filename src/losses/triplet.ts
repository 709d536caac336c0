import { broadcastShapes } from '../core/broadcast.ts';
import type { Inputs, TensorLossResult } from '../core/definition.ts';
import { reduce, type Reduction } from '../core/reduction.ts';
import { numel, type Tensor } from '../core/tensor.ts';
import { gather, gradBuffer, indexOrNull, scatterAdd } from './broadcastGather.ts';
import type { Distance } from './distance.ts';

/** The hyperparameters the two triplet losses share. */
export interface TripletSettings {
  readonly distance: Distance;
  /**
   * `d(a, p) − d(a, n) + margin`, in the loss's own order of operations: rounding then decides
   * which side of the hinge an exact tie falls on exactly as in PyTorch.
   */
  readonly hinge: (dPos: number, dNeg: number) => number;
  readonly swap: boolean;
  readonly reduction: Reduction;
}

/**
 * `max(d(a, p) − d(a, n) + margin, 0)`, where with `swap` the negative distance is
 * `min(d(a, n), d(p, n))`: the harder of the two negatives. Distances broadcast against each
 * other as PyTorch's element-wise ops do.
 *
 * Gradient choices, as PyTorch's autograd makes them: the clamp passes the gradient where the
 * value is exactly 0 (`self >= min`), `min` splits it in half between tied distances, and the
 * zeros carry autograd's signs.
 */
export function tripletLoss(inputs: Inputs, settings: TripletSettings): TensorLossResult {
  const a = inputs.get('anchor');
  const p = inputs.get('positive');
  const n = inputs.get('negative');
  const { distance, hinge } = settings;
  const dap = distance(a, p, ['anchor', 'positive']);
  const dan = distance(a, n, ['anchor', 'negative']);
  const dpn = settings.swap ? distance(p, n, ['positive', 'negative']) : null;
  const pos = dap.value;
  const an = dan.value;
  const negShape = dpn
    ? broadcastShapes(an.shape, dpn.value.shape, 'd(anchor, negative) and d(positive, negative)')
    : an.shape;
  const outShape = broadcastShapes(pos.shape, negShape, 'd(anchor, positive) and d(·, negative)');
  const posIndex = indexOrNull(pos.shape, outShape);
  const negIndex = indexOrNull(negShape, outShape);
  const anIndex = indexOrNull(an.shape, negShape);
  const pnIndex = dpn ? indexOrNull(dpn.value.shape, negShape) : null;
  const negSize = numel(negShape);
  const neg = new Float64Array(negSize);
  for (let f = 0; f < negSize; f++) {
    const dn = gather(an.data, anIndex, f);
    neg[f] = dpn ? Math.min(dn, gather(dpn.value.data, pnIndex, f)) : dn;
  }
  const size = numel(outShape);
  const unclamped = new Float64Array(size);
  for (let f = 0; f < size; f++) {
    unclamped[f] = hinge(gather(pos.data, posIndex, f), gather(neg, negIndex, f));
  }
  const losses = unclamped.map((v) => Math.max(v, 0));
  const { output, gradScale } = reduce({ shape: outShape, data: losses }, settings.reduction);

  // Signed zeros follow autograd too (see gradBuffer): an inactive hinge passes +0 to d(a, p)
  // and, through the subtraction, −0 to the negative distance, and PyTorch prints the −0.
  const gPos = gradBuffer(pos.data.length, posIndex);
  const gNeg = gradBuffer(negSize, negIndex);
  for (let f = 0; f < size; f++) {
    // The clamp passes the gradient at exactly 0 (self >= min) and +0 elsewhere; NaN >= 0 is
    // false, so a NaN blocks it, as in PyTorch.
    const g = (unclamped[f] ?? 0) >= 0 ? gradScale : 0;
    scatterAdd(gPos, posIndex, f, g);
    scatterAdd(gNeg, negIndex, f, -g);
  }
  const gAn = gradBuffer(an.data.length, anIndex);
  const gPn = gradBuffer(dpn ? dpn.value.data.length : 0, pnIndex);
  for (let f = 0; f < negSize; f++) {
    const g = gNeg[f] ?? 0;
    if (!dpn) {
      scatterAdd(gAn, anIndex, f, g);
      continue;
    }
    const dn = gather(an.data, anIndex, f);
    const ds = gather(dpn.value.data, pnIndex, f);
    // min's backward: where(self == other, g / 2, g).masked_fill_(self > other, 0) for self and
    // the mirror image for other, so a NaN distance (neither > nor <) passes g to both.
    const share = dn === ds ? g / 2 : g;
    scatterAdd(gAn, anIndex, f, dn > ds ? 0 : share);
    scatterAdd(gPn, pnIndex, f, dn < ds ? 0 : share);
  }

  const ga = gradBuffer(a.data.length, null);
  const gp = gradBuffer(p.data.length, null);
  const gn = gradBuffer(n.data.length, null);
  dap.backward(gPos, ga, gp);
  dan.backward(gAn, ga, gn);
  dpn?.backward(gPn, gp, gn);
  const grad = (t: Tensor, data: Float64Array): Tensor => ({ shape: [...t.shape], data });
  return { output, grads: { anchor: grad(a, ga), positive: grad(p, gp), negative: grad(n, gn) } };
}

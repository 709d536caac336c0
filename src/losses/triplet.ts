import { broadcastShapes } from '../core/broadcast.ts';
import type { Inputs, TensorLossResult } from '../core/definition.ts';
import { reduce, type Reduction } from '../core/reduction.ts';
import { numel, type Tensor } from '../core/tensor.ts';
import { gather, indexOrNull, scatterAdd } from './broadcastGather.ts';
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
 * value is exactly 0 (`self >= min`), and `min` splits it in half between tied distances.
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

  const gPos = new Float64Array(pos.data.length);
  const gNeg = new Float64Array(negSize);
  for (let f = 0; f < size; f++) {
    // The clamp passes the gradient at exactly 0 (self >= min); NaN >= 0 is false, so a NaN
    // blocks it, as in PyTorch.
    if (!((unclamped[f] ?? 0) >= 0)) continue;
    scatterAdd(gPos, posIndex, f, gradScale);
    scatterAdd(gNeg, negIndex, f, -gradScale);
  }
  const gAn = new Float64Array(an.data.length);
  const gPn = new Float64Array(dpn ? dpn.value.data.length : 0);
  for (let f = 0; f < negSize; f++) {
    const g = gNeg[f] ?? 0;
    if (!dpn) {
      scatterAdd(gAn, anIndex, f, g);
      continue;
    }
    const dn = gather(an.data, anIndex, f);
    const ds = gather(dpn.value.data, pnIndex, f);
    const share = dn === ds ? g / 2 : g;
    if (dn <= ds) scatterAdd(gAn, anIndex, f, share);
    if (ds <= dn) scatterAdd(gPn, pnIndex, f, share);
  }

  const ga = new Float64Array(a.data.length);
  const gp = new Float64Array(p.data.length);
  const gn = new Float64Array(n.data.length);
  dap.backward(gPos, ga, gp);
  dan.backward(gAn, ga, gn);
  dpn?.backward(gPn, gp, gn);
  const grad = (t: Tensor, data: Float64Array): Tensor => ({ shape: [...t.shape], data });
  return { output, grads: { anchor: grad(a, ga), positive: grad(p, gp), negative: grad(n, gn) } };
}

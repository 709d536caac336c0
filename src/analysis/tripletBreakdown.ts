import { evaluateDefinition, readInputs } from '../core/evaluate.ts';
import { resolveOptions } from '../core/options.ts';
import { getLoss } from '../core/registry.ts';
import { cosineDistance } from '../losses/cosineDistance.ts';
import type { Distance } from '../losses/distance.ts';
import { pairwiseDistance } from '../losses/pairwiseDistance.ts';

export type TripletLossName = 'TripletMarginLoss' | 'TripletMarginWithDistanceLoss';

/** One triplet's distances, as the loss uses them. */
export interface TripletRow {
  /** d(a, p). */
  readonly dPos: number;
  /** d(a, n). */
  readonly dAn: number;
  /** d(p, n), computed only with `swap=True`. */
  readonly dPn: number | null;
  /** The negative distance the hinge uses: d(a, n), or min(d(a, n), d(p, n)) with swap. */
  readonly dNeg: number;
  /** Which distance that is; 'tie' when swap finds both equal (the gradient is then split). */
  readonly used: 'an' | 'pn' | 'tie';
  /** `d(a, p) − dNeg + margin` before the clamp: the loss when positive, else 0. */
  readonly hinge: number;
  /** The triplet's loss as `reduction='none'` gives it. */
  readonly loss: number;
}

export interface TripletBreakdown {
  readonly rows: readonly TripletRow[];
  /** 'pairwise' ‖x − y + eps‖_p or 'cosine' 1 − cos(x, y). */
  readonly distance: 'pairwise' | 'cosine';
  /** The norm degree and eps of the pairwise distance (2 and 1e-6 for the WithDistance class). */
  readonly p: number;
  readonly eps: number;
  readonly margin: number;
  readonly swap: boolean;
}

const shapeOf = (v: unknown): number[] => {
  const shape: number[] = [];
  for (let c = v; Array.isArray(c); c = c[0]) shape.push(c.length);
  return shape;
};

/**
 * A triplet loss taken apart row by row: the three distances, which negative distance the hinge
 * uses, and the hinge before its clamp. Refuses (LossInputError) what the loss refuses; `loss` is
 * the loss's own `reduction='none'` output. Returns null when anchor, positive and negative
 * differ in shape: PyTorch then broadcasts, and rows no longer pair up one to one.
 */
export function tripletBreakdown(
  name: TripletLossName,
  inputs: Readonly<Record<string, unknown>>,
  options: Readonly<Record<string, unknown>> = {},
): TripletBreakdown | null {
  const def = getLoss(name);
  const read = readInputs(def, inputs);
  const { output } = evaluateDefinition(def, read, { ...options, reduction: 'none' });
  const shape = JSON.stringify(shapeOf(inputs['anchor']));
  if (['positive', 'negative'].some((k) => JSON.stringify(shapeOf(inputs[k])) !== shape))
    return null;
  const opts = resolveOptions(def.meta, options);
  const cosine =
    name === 'TripletMarginWithDistanceLoss' && opts.stringOrNull('distance_function') === 'cosine';
  const p = name === 'TripletMarginLoss' ? opts.number('p') : 2;
  const eps = name === 'TripletMarginLoss' ? opts.number('eps') : 1e-6;
  const margin = opts.number('margin');
  const swap = opts.boolean('swap');
  const distance: Distance = cosine ? cosineDistance : pairwiseDistance(p, eps);
  const a = read.get('anchor');
  const pos = read.get('positive');
  const neg = read.get('negative');
  const dap = distance(a, pos, ['anchor', 'positive']).value.data;
  const dan = distance(a, neg, ['anchor', 'negative']).value.data;
  const dpn = swap ? distance(pos, neg, ['positive', 'negative']).value.data : null;
  const rows = Array.from(dap, (dPos, r): TripletRow => {
    const dAn = dan[r] ?? Number.NaN;
    const dPn = dpn ? (dpn[r] ?? Number.NaN) : null;
    const dNeg = dPn === null ? dAn : Math.min(dAn, dPn);
    const used = dPn === null || dAn < dPn ? 'an' : dPn < dAn ? 'pn' : 'tie';
    // Each class's own order of operations, so that the sign of an exact tie matches.
    const hinge = name === 'TripletMarginLoss' ? margin + dPos - dNeg : dPos - dNeg + margin;
    return { dPos, dAn, dPn, dNeg, used, hinge, loss: output.data[r] ?? Number.NaN };
  });
  return { rows, distance: cosine ? 'cosine' : 'pairwise', p, eps, margin, swap };
}

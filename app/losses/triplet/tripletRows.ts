import type { NestedNumbers } from '../../../src/index.ts';
import { rowsOf } from '../CosineEmbeddingLoss/cosinePairs.ts';

/** The three embeddings of one triplet. */
export interface TripletPoints {
  readonly anchor: readonly number[];
  readonly positive: readonly number[];
  readonly negative: readonly number[];
}

export const TRIPLET_ARGS = ['anchor', 'positive', 'negative'] as const;
export type TripletRole = (typeof TRIPLET_ARGS)[number];

/** The example tensors read as triplets, row by row; a (D) tensor is one triplet. */
export function tripletPoints(tensors: Readonly<Record<string, NestedNumbers>>): TripletPoints[] {
  const [a, p, n] = TRIPLET_ARGS.map((k) => rowsOf(tensors[k]));
  return (a ?? []).map((anchor, i) => ({
    anchor,
    positive: p?.[i] ?? [],
    negative: n?.[i] ?? [],
  }));
}

/**
 * A square region of whole units, at least 3 wide, holding the three points with half a unit to
 * spare, the anchor's margin ring (`reach` around it, 0 for none) and, where directions are what
 * counts, the origin. A point dragged to its edge widens it by a unit.
 */
export function tripletDomain(
  t: TripletPoints,
  { origin, reach }: { readonly origin: boolean; readonly reach: number },
): readonly [number, number] {
  const cs = [...t.anchor, ...t.positive, ...t.negative].filter(Number.isFinite);
  let lo = Math.min(...cs) - 0.5;
  let hi = Math.max(...cs) + 0.5;
  const r = Number.isFinite(reach) ? Math.min(Math.max(reach, 0), 20) : 0;
  for (const a of t.anchor.filter(Number.isFinite)) {
    lo = Math.min(lo, a - r);
    hi = Math.max(hi, a + r);
  }
  if (origin) {
    lo = Math.min(lo, -0.5);
    hi = Math.max(hi, 0.5);
  }
  const from = Number.isFinite(lo) ? Math.floor(lo) : -1;
  const to = Number.isFinite(hi) ? Math.ceil(hi) : 2;
  return [from, from + Math.max(to - from, 3)];
}

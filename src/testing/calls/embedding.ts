import fc from 'fast-check';
import { matrix, onGrid, reduction, type LossCall } from '../generators.ts';

/**
 * Each argument on its own shifted grid (k/64 + c/300 with a different c), so no component of
 * a − p, a − n or p − n is ever 0: the norms stay differentiable for finite differences, and
 * `swap`'s min never sees an exact tie.
 */
const shifted = (c: number): fc.Arbitrary<number> => onGrid.map((v) => v + c / 300);

function triplets(
  minD: number,
): fc.Arbitrary<{ anchor: number[][]; positive: number[][]; negative: number[][] }> {
  return fc
    .record({ n: fc.integer({ min: 1, max: 3 }), d: fc.integer({ min: minD, max: 4 }) })
    .chain(({ n, d }) =>
      fc.record({
        anchor: matrix(n, d, shifted(1)),
        positive: matrix(n, d, shifted(2)),
        negative: matrix(n, d, shifted(4)),
      }),
    );
}

/** p = ±∞ is left out: tied maxima make the one-sided slopes differ (PyTorch splits evenly). */
const tripletMargin: fc.Arbitrary<LossCall> = fc
  .record({
    inputs: triplets(1),
    margin: onGrid.map((v) => Math.abs(v) / 2),
    p: fc.constantFrom(2, 1, 3, 1.5, 0.5, 0, -1),
    eps: fc.constantFrom(1e-6, 0),
    swap: fc.boolean(),
    reduction,
  })
  .map(({ inputs, ...options }) => ({ inputs, options }));

const tripletMarginWithDistance: fc.Arbitrary<LossCall> = fc
  .record({
    inputs: triplets(2),
    distance_function: fc.constantFrom(null, 'pairwise', 'cosine'),
    margin: onGrid.map((v) => Math.abs(v) / 2),
    swap: fc.boolean(),
    reduction,
  })
  .map(({ inputs, ...options }) => ({ inputs, options }));

/** input1 and input2 on different grids, so a pair is never exactly (anti)parallel. */
const cosineEmbedding: fc.Arbitrary<LossCall> = fc
  .record({ n: fc.integer({ min: 1, max: 4 }), d: fc.integer({ min: 1, max: 4 }) })
  .chain(({ n, d }) =>
    fc.record({
      input1: matrix(n, d, shifted(1)),
      input2: matrix(n, d, shifted(3)),
      target: fc.array(fc.constantFrom(1, -1), { minLength: n, maxLength: n }),
      margin: onGrid.map((v) => v / 5),
      reduction,
    }),
  )
  .map(({ input1, input2, target, ...options }) => ({
    inputs: { input1, input2, target },
    options,
  }));

export const EMBEDDING_CALLS: Readonly<Record<string, fc.Arbitrary<LossCall>>> = {
  TripletMarginLoss: tripletMargin,
  TripletMarginWithDistanceLoss: tripletMarginWithDistance,
  CosineEmbeddingLoss: cosineEmbedding,
};

export const EMBEDDING_NON_NEGATIVE = [
  'TripletMarginLoss',
  'TripletMarginWithDistanceLoss',
  'CosineEmbeddingLoss',
];

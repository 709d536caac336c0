import fc from 'fast-check';
import type { LossCall } from '../generators.ts';
import { extreme, reductions, tensorOf } from './values.ts';

const margin = fc.oneof(extreme, fc.constantFrom(0, 1, 1e300));

/** anchor, positive, negative of one shape, (D) or (N, D). */
function triplets(minRank: number): fc.Arbitrary<Record<string, unknown>> {
  return fc
    .record({
      n: fc.integer({ min: 1, max: 3 }),
      d: fc.integer({ min: 1, max: 4 }),
      batched: minRank === 2 ? fc.constant(true) : fc.boolean(),
    })
    .chain(({ n, d, batched }) => {
      const shape = batched ? [n, d] : [d];
      return fc.record({
        anchor: tensorOf(shape, extreme),
        positive: tensorOf(shape, extreme),
        negative: tensorOf(shape, extreme),
      });
    });
}

const tripletMargin: fc.Arbitrary<LossCall> = fc
  .record({
    inputs: triplets(1),
    options: fc.record({
      margin,
      p: fc.constantFrom(2, 1, 3, 1.5, 0.5, Infinity),
      eps: fc.constantFrom(1e-6, 0, 1e-310),
      swap: fc.boolean(),
      reduction: reductions,
    }),
  })
  .map(({ inputs, options }) => ({ inputs: inputs as LossCall['inputs'], options }));

const tripletWithDistance: fc.Arbitrary<LossCall> = fc
  .constantFrom(null, 'pairwise', 'cosine')
  .chain((distance) =>
    fc.record({
      // cosine_similarity works along dim 1, so that distance needs (N, D).
      inputs: triplets(distance === 'cosine' ? 2 : 1),
      options: fc.record({
        distance_function: fc.constant(distance),
        margin,
        swap: fc.boolean(),
        reduction: reductions,
      }),
    }),
  )
  .map(({ inputs, options }) => ({ inputs: inputs as LossCall['inputs'], options }));

const cosineEmbedding: fc.Arbitrary<LossCall> = fc
  .record({
    n: fc.integer({ min: 1, max: 3 }),
    d: fc.integer({ min: 1, max: 4 }),
    batched: fc.boolean(),
  })
  .chain(({ n, d, batched }) =>
    fc.record({
      input1: tensorOf(batched ? [n, d] : [d], extreme),
      input2: tensorOf(batched ? [n, d] : [d], extreme),
      target: tensorOf(batched ? [n] : [], fc.constantFrom(1, -1, 0)),
      options: fc.record({ margin, reduction: reductions }),
    }),
  )
  .map(({ options, ...inputs }) => ({ inputs, options }));

/** log_softmax in PyTorch's order: (z − max) − log Σ exp(z − max). */
function logSoftmax(z: readonly number[]): number[] {
  const top = Math.max(...z);
  const logSum = Math.log(z.reduce((acc, v) => acc + Math.exp(v - top), 0));
  return z.map((v) => v - top - logSum);
}

/**
 * CTCLoss over random shapes, blanks, layouts and lengths (input lengths may be too short for
 * their target: an impossible alignment), with log_probs that are log_softmax of extreme logits
 * or, sometimes, arbitrary non-positive numbers (PyTorch does not check normalisation).
 */
const ctc: fc.Arbitrary<LossCall> = fc
  .record({
    c: fc.integer({ min: 1, max: 5 }),
    n: fc.integer({ min: 1, max: 3 }),
    t: fc.integer({ min: 1, max: 6 }),
    batched: fc.boolean(),
    concatenated: fc.boolean(),
    normalised: fc.boolean(),
  })
  .chain(({ c, n, t, batched, concatenated, normalised }) => {
    const batch = batched ? n : 1;
    return fc
      .integer({ min: 0, max: c - 1 })
      .chain((blank) => {
        const label = fc.integer({ min: 0, max: c - 1 }).filter((k) => k !== blank || c === 1);
        const sequence = fc.record({
          target: c === 1 ? fc.constant<number[]>([]) : fc.array(label, { maxLength: 4 }),
          length: fc.integer({ min: 1, max: t }),
        });
        return fc.record({
          blank: fc.constant(blank),
          sequences: fc.array(sequence, { minLength: batch, maxLength: batch }),
          logits: fc.array(
            fc.array(normalised ? extreme : extreme.map((v) => -Math.abs(v)), {
              minLength: c,
              maxLength: c,
            }),
            { minLength: t * batch, maxLength: t * batch },
          ),
          zero_infinity: fc.boolean(),
          reduction: reductions,
        });
      })
      .map(({ blank, sequences, logits, ...options }) => {
        const row = (k: number): number[] => {
          const z = logits[k] ?? [];
          return normalised ? logSoftmax(z) : z;
        };
        const width = Math.max(0, ...sequences.map((s) => s.target.length));
        const targets = batched
          ? concatenated
            ? sequences.flatMap((s) => s.target)
            : sequences.map((s) => [
                ...s.target,
                ...new Array<number>(width - s.target.length).fill(0),
              ])
          : (sequences[0]?.target ?? []);
        const lengths = (f: (s: { target: number[]; length: number }) => number) =>
          batched ? sequences.map(f) : f(sequences[0] ?? { target: [], length: 1 });
        return {
          inputs: {
            log_probs: Array.from({ length: t }, (_, ti) =>
              batched ? sequences.map((_s, b) => row(ti * batch + b)) : row(ti),
            ),
            targets,
            input_lengths: lengths((s) => s.length),
            target_lengths: lengths((s) => s.target.length),
          },
          options: { ...options, blank },
        };
      });
  });

export const WILD_SEQUENCES: Readonly<Record<string, fc.Arbitrary<LossCall>>> = {
  TripletMarginLoss: tripletMargin,
  TripletMarginWithDistanceLoss: tripletWithDistance,
  CosineEmbeddingLoss: cosineEmbedding,
  CTCLoss: ctc,
};

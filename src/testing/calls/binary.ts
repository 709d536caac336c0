import fc from 'fast-check';
import { matrix, moderate, onGrid, reduction, vector, type LossCall } from '../generators.ts';

/** Probabilities on the shifted grid, kept inside [0.05, 0.97] where BCE's logs are tame. */
const probability = fc.integer({ min: 3, max: 62 }).map((k) => k / 64 + 1 / 300);
const unitGrid = fc.integer({ min: 0, max: 64 }).map((k) => k / 64);
const bit = fc.constantFrom(0, 1);
const sign = fc.constantFrom(1, -1);
const nonNegative = fc.integer({ min: 0, max: 256 }).map((k) => k / 64);
const size = fc.integer({ min: 1, max: 4 });

/** An (n, m) input/target pair plus an optional per-column tensor keyword of length m. */
function withColumnKeyword(
  input: fc.Arbitrary<number>,
  target: fc.Arbitrary<number>,
  keyword: string,
): fc.Arbitrary<LossCall> {
  return fc.record({ n: size, m: size }).chain(({ n, m }) =>
    fc
      .record({
        input: matrix(n, m, input),
        target: matrix(n, m, target),
        column: fc.option(vector(m, nonNegative), { nil: undefined }),
        reduction,
      })
      .map(({ input: x, target: y, column, reduction: r }) => ({
        inputs: { input: x, target: y },
        options: column ? { reduction: r, [keyword]: column } : { reduction: r },
      })),
  );
}

function bceWithLogits(): fc.Arbitrary<LossCall> {
  return fc
    .record({
      call: withColumnKeyword(moderate, fc.oneof(bit, unitGrid), 'pos_weight'),
      weight: fc.option(nonNegative, { nil: undefined }),
    })
    .map(({ call, weight }) =>
      weight === undefined ? call : { ...call, options: { ...call.options, weight } },
    );
}

/** Same-shape input and target with a reduction and optional extra keywords. */
function paired(
  input: fc.Arbitrary<number>,
  target: fc.Arbitrary<number>,
  extra: fc.Arbitrary<Record<string, unknown>> = fc.constant({}),
): fc.Arbitrary<LossCall> {
  return fc.record({ n: size, m: size }).chain(({ n, m }) =>
    fc
      .record({ input: matrix(n, m, input), target: matrix(n, m, target), reduction, extra })
      .map(({ input: x, target: y, reduction: r, extra: e }) => ({
        inputs: { input: x, target: y },
        options: { ...e, reduction: r },
      })),
  );
}

/**
 * x1 on the shifted grid and x2 and margin on the grid itself, so −y·(x1 − x2) + margin stays
 * at least 1/600 away from the kink. Half the calls use the (N, 1)-against-(1, M) broadcast.
 */
function marginRanking(): fc.Arbitrary<LossCall> {
  const label = fc.constantFrom(1, -1, 0);
  const margin = fc.integer({ min: -64, max: 128 }).map((k) => k / 64);
  const flat = size.chain((n) =>
    fc.record({ input1: vector(n), input2: vector(n, onGrid), target: vector(n, label) }),
  );
  const crossed = fc.record({ n: size, m: size }).chain(({ n, m }) =>
    fc.record({
      input1: matrix(n, 1),
      input2: matrix(1, m, onGrid),
      target: matrix(1, m, label),
    }),
  );
  return fc
    .record({ inputs: fc.oneof(flat, crossed), margin, reduction })
    .map(({ inputs, margin: mg, reduction: r }) => ({
      inputs,
      options: { margin: mg, reduction: r },
    }));
}

export const BINARY_CALLS: Readonly<Record<string, fc.Arbitrary<LossCall>>> = {
  BCELoss: withColumnKeyword(probability, fc.oneof(bit, unitGrid), 'weight'),
  BCEWithLogitsLoss: bceWithLogits(),
  SoftMarginLoss: paired(moderate, sign),
  HingeEmbeddingLoss: paired(
    moderate,
    fc.oneof(sign, sign, fc.constant(0)),
    fc.record({ margin: fc.integer({ min: 0, max: 192 }).map((k) => k / 64) }),
  ),
  MarginRankingLoss: marginRanking(),
};

/**
 * Non-negative for the calls generated above (targets in [0, 1], weights ≥ 0). HingeEmbeddingLoss
 * is not listed: its y = 1 term is the distance x itself, and PyTorch accepts negative x.
 */
export const BINARY_NON_NEGATIVE = [
  'BCELoss',
  'BCEWithLogitsLoss',
  'SoftMarginLoss',
  'MarginRankingLoss',
];

import fc from 'fast-check';
import type { NestedNumbers } from '../../core/tensor.ts';
import { matrix, moderate, onGrid, reduction, vector, type LossCall } from '../generators.ts';

/** Positive class weights (the losses stay non-negative only with non-negative weights). */
const weights = (c: number): fc.Arbitrary<number[]> =>
  vector(
    c,
    fc.integer({ min: 1, max: 192 }).map((k) => k / 64),
  );

/** Probabilities-like targets in [0, 1]. */
const unit = fc.integer({ min: 0, max: 64 }).map((k) => k / 64);

/**
 * Class scores whose pairwise differences never hit a multiple of 1/64: class i is shifted by
 * i/(64(C+1)), so every hinge z = margin ± (x_i − x_j) with a margin on the 1/64 grid stays at
 * least 1/(64(C+1)) away from 0 and finite differences never straddle a kink.
 */
function hingeScores(n: number, c: number): fc.Arbitrary<number[][]> {
  return matrix(n, c, onGrid).map((rows) =>
    rows.map((row) => row.map((v, i) => v + i / (64 * (c + 1)))),
  );
}

const sizes = fc.record({ n: fc.integer({ min: 1, max: 4 }), c: fc.integer({ min: 2, max: 5 }) });

/**
 * Class-index calls of NLLLoss / CrossEntropyLoss, batched (N, C) or unbatched (C), with an
 * optional weight and ignore_index. At least the first target is kept, so 'mean' never divides
 * by zero.
 */
function classIndexCall(withSmoothing: boolean): fc.Arbitrary<LossCall> {
  return sizes.chain(({ n, c }) =>
    fc
      .record({
        batched: fc.boolean(),
        input: matrix(n, c, moderate),
        target: vector(n, fc.integer({ min: 0, max: c - 1 })),
        weight: fc.option(weights(c), { nil: undefined }),
        ignore: fc.option(fc.constantFrom(-100, 0, c - 1), { nil: undefined }),
        smoothing: withSmoothing
          ? fc.option(fc.constantFrom(0.1, 0.25, 0.5, 1), { nil: undefined })
          : fc.constant(undefined),
        reduction,
      })
      .map(({ batched, input, target, weight, ignore, smoothing, reduction: r }) => {
        if (ignore !== undefined && target[0] === ignore) target[0] = (ignore + 1) % c;
        const options: Record<string, unknown> = { reduction: r };
        if (weight) options['weight'] = weight;
        if (ignore !== undefined) options['ignore_index'] = ignore;
        if (smoothing !== undefined) options['label_smoothing'] = smoothing;
        const inputs: Record<string, NestedNumbers> = batched
          ? { input, target }
          : { input: input[0] ?? [], target: target[0] ?? 0 };
        return { inputs, options };
      }),
  );
}

/** CrossEntropyLoss with class-probability targets, shaped like input. */
const probabilityCall: fc.Arbitrary<LossCall> = sizes.chain(({ n, c }) =>
  fc
    .record({
      input: matrix(n, c, moderate),
      target: matrix(n, c, unit),
      weight: fc.option(weights(c), { nil: undefined }),
      smoothing: fc.option(fc.constantFrom(0.1, 0.5), { nil: undefined }),
      reduction,
    })
    .map(({ input, target, weight, smoothing, reduction: r }) => {
      const options: Record<string, unknown> = { reduction: r };
      if (weight) options['weight'] = weight;
      if (smoothing !== undefined) options['label_smoothing'] = smoothing;
      return { inputs: { input, target }, options };
    }),
);

const multiMarginCall: fc.Arbitrary<LossCall> = sizes.chain(({ n, c }) =>
  fc
    .record({
      input: hingeScores(n, c),
      target: vector(n, fc.integer({ min: 0, max: c - 1 })),
      p: fc.constantFrom(1, 2),
      margin: fc.integer({ min: -64, max: 192 }).map((k) => k / 64),
      weight: fc.option(weights(c), { nil: undefined }),
      reduction,
    })
    .map(({ input, target, p, margin, weight, reduction: r }) => ({
      inputs: { input, target },
      options: weight ? { p, margin, weight, reduction: r } : { p, margin, reduction: r },
    })),
);

/** Rows of class indices ending at a -1, with arbitrary (ignored but in-range) padding after. */
function labelRows(n: number, c: number): fc.Arbitrary<number[][]> {
  const row = fc
    .record({
      listed: fc.uniqueArray(fc.integer({ min: 0, max: c - 1 }), { maxLength: c }),
      padding: vector(c, fc.integer({ min: -1, max: c - 1 })),
    })
    .map(({ listed, padding }) =>
      listed.length === c ? listed : [...listed, -1, ...padding].slice(0, c),
    );
  return fc.array(row, { minLength: n, maxLength: n });
}

const multiLabelMarginCall: fc.Arbitrary<LossCall> = sizes.chain(({ n, c }) =>
  fc
    .record({ batched: fc.boolean(), input: hingeScores(n, c), target: labelRows(n, c), reduction })
    .map(({ batched, input, target, reduction: r }) => ({
      inputs: batched ? { input, target } : { input: input[0] ?? [], target: target[0] ?? [] },
      options: { reduction: r },
    })),
);

const multiLabelSoftMarginCall: fc.Arbitrary<LossCall> = sizes.chain(({ n, c }) =>
  fc
    .record({
      input: matrix(n, c, moderate),
      target: matrix(n, c, unit),
      weight: fc.option(weights(c), { nil: undefined }),
      reduction,
    })
    .map(({ input, target, weight, reduction: r }) => ({
      inputs: { input, target },
      options: weight ? { weight, reduction: r } : { reduction: r },
    })),
);

export const CLASSES_CALLS: Readonly<Record<string, fc.Arbitrary<LossCall>>> = {
  CrossEntropyLoss: fc.oneof(classIndexCall(true), probabilityCall),
  NLLLoss: classIndexCall(false),
  MultiMarginLoss: multiMarginCall,
  MultiLabelMarginLoss: multiLabelMarginCall,
  MultiLabelSoftMarginLoss: multiLabelSoftMarginCall,
};

/** NLLLoss is absent: it accepts any numbers as log-probabilities, so it can go negative. */
export const CLASSES_NON_NEGATIVE = [
  'CrossEntropyLoss',
  'MultiMarginLoss',
  'MultiLabelMarginLoss',
  'MultiLabelSoftMarginLoss',
];

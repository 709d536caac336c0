import fc from 'fast-check';
import type { LossCall } from '../generators.ts';
import { shapeArb } from './wildShapes.ts';
import {
  extreme,
  extremeNonNegative,
  probability,
  reductions,
  reshape,
  tensorOf,
} from './values.ts';

/** Optional keywords whose `undefined` means "not passed". */
function defined(options: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(options).filter(([, v]) => v !== undefined));
}

const classWeight = (c: number): fc.Arbitrary<number[] | undefined> =>
  fc.option(fc.array(extremeNonNegative, { minLength: c, maxLength: c }), { nil: undefined });

/**
 * NLLLoss / CrossEntropyLoss with class indices: input (C), (N, C) or (N, C, d1, d2), a target
 * index per position (some equal to ignore_index), an optional weight.
 */
function classIndexCall(smoothing: boolean): fc.Arbitrary<LossCall> {
  return fc
    .record({ c: fc.integer({ min: 1, max: 4 }), lead: shapeArb(0, 3) })
    .chain(({ c, lead }) => {
      // lead = [] gives (C); [N] gives (N, C); [N, d1, ...] gives (N, C, d1, ...).
      const inputShape = lead.length === 0 ? [c] : [lead[0] ?? 1, c, ...lead.slice(1)];
      const ignore = fc.constantFrom(-100, 0, c - 1, -1, 2 ** 40);
      return fc
        .record({ ignore, weight: classWeight(c), reduction: reductions })
        .chain(({ ignore: ii, weight, reduction }) =>
          fc.record({
            input: tensorOf(inputShape, extreme),
            target: tensorOf(lead, fc.oneof(fc.integer({ min: 0, max: c - 1 }), fc.constant(ii))),
            options: fc.constant({ ignore_index: ii, weight, reduction }),
            label_smoothing: smoothing
              ? fc.constantFrom(0, 1e-310, 0.1, 0.5, 1, -0.5)
              : fc.constant(undefined),
          }),
        );
    })
    .map(({ input, target, options, label_smoothing }) => ({
      inputs: { input, target },
      options: defined({ ...options, label_smoothing }),
    }));
}

/** CrossEntropyLoss with probability targets shaped like input, (C), (N, C) or (N, C, d). */
const probabilityCall: fc.Arbitrary<LossCall> = fc
  .record({ c: fc.integer({ min: 1, max: 4 }), lead: shapeArb(0, 2) })
  .chain(({ c, lead }) => {
    const shape = lead.length === 0 ? [c] : [lead[0] ?? 1, c, ...lead.slice(1)];
    return fc.record({
      input: tensorOf(shape, extreme),
      target: tensorOf(shape, probability),
      weight: classWeight(c),
      label_smoothing: fc.constantFrom(0, 0.1, 1),
      reduction: reductions,
    });
  })
  .map(({ input, target, ...options }) => ({
    inputs: { input, target },
    options: defined(options),
  }));

/** (C) or (N, C) class scores, C ≥ 1. */
const rows = fc.record({ n: fc.integer({ min: 0, max: 3 }), c: fc.integer({ min: 1, max: 4 }) });

const multiMargin: fc.Arbitrary<LossCall> = rows.chain(({ n, c }) =>
  fc
    .record({
      batched: fc.boolean(),
      scores: fc.array(extreme, { minLength: Math.max(n, 1) * c, maxLength: Math.max(n, 1) * c }),
      target: fc.array(fc.integer({ min: 0, max: c - 1 }), {
        minLength: Math.max(n, 1),
        maxLength: Math.max(n, 1),
      }),
      p: fc.constantFrom(1, 2),
      margin: extreme,
      weight: classWeight(c),
      reduction: reductions,
    })
    .map(({ batched, scores, target, ...options }) => ({
      inputs:
        batched && n > 0
          ? { input: reshape(scores, [n, c]), target }
          : { input: scores.slice(0, c), target: target[0] ?? 0 },
      options: defined(options),
    })),
);

/** Rows of class indices ended by -1, then arbitrary in-range padding. */
function labelRow(c: number): fc.Arbitrary<number[]> {
  return fc
    .record({
      listed: fc.array(fc.integer({ min: 0, max: c - 1 }), { maxLength: c }),
      padding: fc.array(fc.integer({ min: -1, max: c - 1 }), { minLength: c, maxLength: c }),
    })
    .map(({ listed, padding }) => [...listed, -1, ...padding].slice(0, c));
}

const multiLabelMargin: fc.Arbitrary<LossCall> = rows.chain(({ n, c }) =>
  fc
    .record({
      batched: fc.boolean(),
      scores: fc.array(fc.array(extreme, { minLength: c, maxLength: c }), {
        minLength: Math.max(n, 1),
        maxLength: Math.max(n, 1),
      }),
      target: fc.array(labelRow(c), { minLength: Math.max(n, 1), maxLength: Math.max(n, 1) }),
      reduction: reductions,
    })
    .map(({ batched, scores, target, reduction }) => ({
      inputs: batched
        ? { input: scores, target }
        : { input: scores[0] ?? [], target: target[0] ?? [] },
      options: { reduction },
    })),
);

const multiLabelSoftMargin: fc.Arbitrary<LossCall> = rows.chain(({ n, c }) => {
  const shape = n === 0 ? [c] : [n, c];
  return fc
    .record({
      input: tensorOf(shape, extreme),
      target: tensorOf(shape, fc.oneof(probability, extreme)),
      weight: classWeight(c),
      reduction: reductions,
    })
    .map(({ input, target, ...options }) => ({
      inputs: { input, target },
      options: defined(options),
    }));
});

/**
 * Same-rank (N) or () inputs and target, sometimes the (N, 1)-against-(1, M) broadcast.
 */
const marginRanking: fc.Arbitrary<LossCall> = fc
  .constantFrom<[number[], number[], number[]]>(
    [[], [], []],
    [[3], [3], [3]],
    [[1], [2], [2]],
    [
      [2, 1],
      [2, 1],
      [1, 3],
    ],
  )
  .chain(([s1, s2, st]) =>
    fc.record({
      input1: tensorOf(s1, extreme),
      input2: tensorOf(s2, extreme),
      target: tensorOf(st, fc.oneof(fc.constantFrom(1, -1, 0), extreme)),
      options: fc.record({ margin: extreme, reduction: reductions }),
    }),
  )
  .map(({ options, ...inputs }) => ({ inputs, options }));

export const WILD_CLASSES: Readonly<Record<string, fc.Arbitrary<LossCall>>> = {
  CrossEntropyLoss: fc.oneof(classIndexCall(true), probabilityCall),
  NLLLoss: classIndexCall(false),
  MultiMarginLoss: multiMargin,
  MultiLabelMarginLoss: multiLabelMargin,
  MultiLabelSoftMarginLoss: multiLabelSoftMargin,
  MarginRankingLoss: marginRanking,
};

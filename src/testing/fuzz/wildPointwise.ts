import fc from 'fast-check';
import type { LossCall } from '../generators.ts';
import { broadcastShapes, shapeArb, suffixShape } from './wildShapes.ts';
import { extreme, extremeNonNegative, probability, reductions, tensorOf } from './values.ts';

/** input and target of broadcastable random shapes, any magnitudes. */
function pair(
  x: fc.Arbitrary<number>,
  y: fc.Arbitrary<number>,
  options: fc.Arbitrary<Record<string, unknown>>,
): fc.Arbitrary<LossCall> {
  return broadcastShapes.chain(([sx, sy]) =>
    fc
      .record({ input: tensorOf(sx, x), target: tensorOf(sy, y), options })
      .map(({ input, target, options: o }) => ({ inputs: { input, target }, options: o })),
  );
}

const threshold = (name: string, values: number[]): fc.Arbitrary<Record<string, unknown>> =>
  fc.record({ reduction: reductions, [name]: fc.constantFrom(...values) });

const poisson: fc.Arbitrary<LossCall> = fc.boolean().chain((logInput) =>
  pair(
    logInput ? extreme : extremeNonNegative,
    extremeNonNegative,
    fc.record({
      reduction: reductions,
      log_input: fc.constant(logInput),
      full: fc.boolean(),
      eps: fc.constantFrom(1e-8, 0, 1e-310, 0.5, 1e300),
    }),
  ),
);

const gaussian: fc.Arbitrary<LossCall> = shapeArb(1, 3)
  .chain((shape) =>
    fc.record({
      shape: fc.constant(shape),
      varShape: fc.constantFrom(shape, shape.slice(0, -1), [...shape.slice(0, -1), 1]),
    }),
  )
  .chain(({ shape, varShape }) =>
    fc.record({
      input: tensorOf(shape, extreme),
      target: tensorOf(shape, extreme),
      var: tensorOf(varShape, extremeNonNegative),
      options: fc.record({
        reduction: reductions,
        full: fc.boolean(),
        eps: fc.constantFrom(1e-6, 0, 1e-310, 0.25, 1e300),
      }),
    }),
  )
  .map(({ options, ...inputs }) => ({ inputs, options }));

const kl: fc.Arbitrary<LossCall> = fc.boolean().chain((logTarget) =>
  pair(
    extreme,
    logTarget ? extreme : fc.oneof(probability, extremeNonNegative),
    fc.record({
      reduction: fc.constantFrom('none', 'batchmean', 'sum', 'mean'),
      log_target: fc.constant(logTarget),
    }),
  ),
);

/** input probabilities; an optional weight that broadcasts onto input. */
const bce: fc.Arbitrary<LossCall> = shapeArb(0, 3).chain((shape) =>
  fc
    .record({
      input: tensorOf(shape, probability),
      target: tensorOf(shape, fc.oneof(probability, extreme)),
      weight: fc.option(
        suffixShape(shape).chain((s) => tensorOf(s, extremeNonNegative)),
        { nil: undefined },
      ),
      reduction: reductions,
    })
    .map(({ input, target, weight, reduction }) => ({
      inputs: { input, target },
      options: weight === undefined ? { reduction } : { reduction, weight },
    })),
);

const bceWithLogits: fc.Arbitrary<LossCall> = shapeArb(0, 3).chain((shape) =>
  fc
    .record({
      input: tensorOf(shape, extreme),
      target: tensorOf(shape, fc.oneof(probability, extreme)),
      weight: fc.option(
        suffixShape(shape).chain((s) => tensorOf(s, extremeNonNegative)),
        { nil: undefined },
      ),
      pos_weight: fc.option(
        suffixShape(shape).chain((s) => tensorOf(s, extremeNonNegative)),
        { nil: undefined },
      ),
      reduction: reductions,
    })
    .map(({ input, target, ...options }) => ({
      inputs: { input, target },
      options: Object.fromEntries(Object.entries(options).filter(([, v]) => v !== undefined)),
    })),
);

const label = fc.oneof(fc.constantFrom(1, -1, 0), extreme);

export const WILD_POINTWISE: Readonly<Record<string, fc.Arbitrary<LossCall>>> = {
  L1Loss: pair(extreme, extreme, fc.record({ reduction: reductions })),
  MSELoss: pair(extreme, extreme, fc.record({ reduction: reductions })),
  SmoothL1Loss: pair(
    extreme,
    extreme,
    threshold('beta', [0, 5e-324, 1e-310, 0.25, 1, 2, 1e150, 1e300, 1.7e308]),
  ),
  HuberLoss: pair(
    extreme,
    extreme,
    threshold('delta', [5e-324, 1e-310, 0.25, 1, 2, 1e150, 1e300, 1.7e308]),
  ),
  PoissonNLLLoss: poisson,
  GaussianNLLLoss: gaussian,
  KLDivLoss: kl,
  BCELoss: bce,
  BCEWithLogitsLoss: bceWithLogits,
  HingeEmbeddingLoss: pair(extreme, label, fc.record({ reduction: reductions, margin: extreme })),
  SoftMarginLoss: shapeArb(0, 3).chain((shape) =>
    fc
      .record({
        input: tensorOf(shape, extreme),
        target: tensorOf(shape, fc.constantFrom(1, -1, 0, 2, -0.5)),
        reduction: reductions,
      })
      .map(({ reduction, ...inputs }) => ({ inputs, options: { reduction } })),
  ),
};

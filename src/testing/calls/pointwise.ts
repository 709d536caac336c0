import fc from 'fast-check';
import {
  matrix,
  moderate,
  onGrid,
  pairedTensors,
  reduction,
  vector,
  type LossCall,
} from '../generators.ts';

/** Values on the 1/64 grid shifted by 1/300 and at least `min`: rates, variances, probabilities. */
function positive(min: number, max: number): fc.Arbitrary<number> {
  return fc
    .integer({ min: Math.ceil(min * 64), max: Math.floor(max * 64) })
    .map((k) => k / 64 + 1 / 300);
}

/** SmoothL1/Huber thresholds on the grid, so |x − y| never sits on the kink. */
function elementwiseWith(keyword: string, values: readonly number[]): fc.Arbitrary<LossCall> {
  return fc
    .record({ pair: pairedTensors(onGrid), reduction, value: fc.constantFrom(...values) })
    .map(({ pair, reduction: r, value }) => ({
      inputs: pair,
      options: { reduction: r, [keyword]: value },
    }));
}

const counts = fc.integer({ min: 0, max: 10 });

const poissonCalls: fc.Arbitrary<LossCall> = fc
  .record({
    logInput: fc.boolean(),
    full: fc.boolean(),
    eps: fc.constantFrom(1e-8, 0.1),
    reduction,
  })
  .chain(({ logInput, full, eps, reduction: r }) =>
    pairedTensors(counts, logInput ? moderate : positive(0, 5)).map((pair) => ({
      inputs: pair,
      options: { log_input: logInput, full, eps, reduction: r },
    })),
  );

// Variances stay above the largest eps: below it PyTorch's clamp makes the loss flat in var while
// its gradient (taken at the clamped value, as PyTorch does) is not zero, so finite differences
// would disagree for a legitimate reason (see the golden cases for that region).
const gaussianCalls: fc.Arbitrary<LossCall> = fc
  .record({
    n: fc.integer({ min: 1, max: 4 }),
    m: fc.integer({ min: 1, max: 4 }),
    varLayout: fc.constantFrom('same', 'per-sample', 'per-sample-unsqueezed'),
    full: fc.boolean(),
    eps: fc.constantFrom(1e-6, 0.25),
    reduction,
  })
  .chain(({ n, m, varLayout, full, eps, reduction: r }) => {
    const variance = positive(0.3, 5);
    const varArb =
      varLayout === 'same'
        ? matrix(n, m, variance)
        : varLayout === 'per-sample'
          ? vector(n, variance)
          : matrix(n, 1, variance);
    return fc
      .record({ input: matrix(n, m), target: matrix(n, m, onGrid), var: varArb })
      .map((inputs) => ({ inputs, options: { full, eps, reduction: r } }));
  });

const klCalls: fc.Arbitrary<LossCall> = fc
  .record({
    logTarget: fc.boolean(),
    reduction: fc.constantFrom('none', 'batchmean', 'sum', 'mean'),
  })
  .chain(({ logTarget, reduction: r }) =>
    pairedTensors(logTarget ? onGrid : positive(0, 1), moderate).map((pair) => ({
      inputs: pair,
      options: { log_target: logTarget, reduction: r },
    })),
  );

export const POINTWISE_CALLS: Readonly<Record<string, fc.Arbitrary<LossCall>>> = {
  SmoothL1Loss: elementwiseWith('beta', [0, 0.25, 0.5, 1, 2]),
  HuberLoss: elementwiseWith('delta', [0.25, 0.5, 1, 2]),
  PoissonNLLLoss: poissonCalls,
  GaussianNLLLoss: gaussianCalls,
  KLDivLoss: klCalls,
};

/** PoissonNLL, GaussianNLL and KLDiv terms can be negative (only KL's per-sample sum cannot). */
export const POINTWISE_NON_NEGATIVE = ['SmoothL1Loss', 'HuberLoss'];

import type fc from 'fast-check';
import { POINTWISE_CALLS, POINTWISE_NON_NEGATIVE } from './calls/pointwise.ts';
import { BINARY_CALLS, BINARY_NON_NEGATIVE } from './calls/binary.ts';
import { CLASSES_CALLS, CLASSES_NON_NEGATIVE } from './calls/classes.ts';
import { CTC_CALLS, CTC_NON_NEGATIVE } from './calls/ctc.ts';
import { EMBEDDING_CALLS, EMBEDDING_NON_NEGATIVE } from './calls/embedding.ts';
import { REGRESSION_CALLS, REGRESSION_NON_NEGATIVE } from './calls/regression.ts';
import type { LossCall } from './generators.ts';

/**
 * Random valid calls for every loss, used by the property tests. A loss without an entry here
 * fails the coverage test, so every new loss must bring its generator (one file per group in
 * calls/, spread in here).
 */
export const VALID_CALLS: Readonly<Record<string, fc.Arbitrary<LossCall>>> = {
  ...REGRESSION_CALLS,
  ...POINTWISE_CALLS,
  ...BINARY_CALLS,
  ...CLASSES_CALLS,
  ...CTC_CALLS,
  ...EMBEDDING_CALLS,
};

/** Losses whose outputs PyTorch guarantees to be non-negative for valid input. */
export const NON_NEGATIVE: ReadonlySet<string> = new Set([
  ...REGRESSION_NON_NEGATIVE,
  ...POINTWISE_NON_NEGATIVE,
  ...BINARY_NON_NEGATIVE,
  ...CLASSES_NON_NEGATIVE,
  ...CTC_NON_NEGATIVE,
  ...EMBEDDING_NON_NEGATIVE,
]);

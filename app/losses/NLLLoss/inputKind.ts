import { probabilityRow } from '../../../src/index.ts';

/** What a row of NLLLoss's input looks like, judged from its numbers. */
export type InputKind = 'logProbabilities' | 'probabilities' | 'scores';

/** Sums within this distance of 1 count as 1: example values are rounded to 4 decimals. */
const TOLERANCE = 2e-3;

/**
 * log-probabilities if exp(row) sums to 1; probabilities if the row itself lies in [0, 1] and
 * sums to 1 (a missing log); otherwise raw scores, e.g. logits without log_softmax.
 */
export function inputKind(row: readonly number[]): InputKind {
  if (row.length === 0) return 'scores';
  if (Math.abs(probabilityRow(row, true).sum - 1) <= TOLERANCE) return 'logProbabilities';
  const inUnit = row.every((v) => v >= 0 && v <= 1);
  if (inUnit && Math.abs(probabilityRow(row, false).sum - 1) <= TOLERANCE) return 'probabilities';
  return 'scores';
}

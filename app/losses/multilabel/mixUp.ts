import { evaluateLoss, LossInputError } from '../../../src/index.ts';
import type { KeywordValue } from '../types.ts';

/**
 * The loss the core gives one sample (its C scores) with a target in the wrong encoding, as a
 * student might pass it: a number when PyTorch accepts it (it usually does), else null.
 */
export function mixUpLoss(
  name: 'MultiLabelMarginLoss' | 'MultiLabelSoftMarginLoss',
  row: readonly number[],
  target: readonly number[],
  params: Readonly<Record<string, KeywordValue>>,
): number | null {
  try {
    const { output } = evaluateLoss(name, { input: row, target }, { ...params, reduction: 'sum' });
    return typeof output === 'number' ? output : null;
  } catch (e) {
    if (e instanceof LossInputError) return null;
    throw e;
  }
}

import { evaluateLoss } from '../../../src/index.ts';
import { unlessRefused } from '../../panel/unlessRefused.ts';
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
  return unlessRefused(() => {
    const { output } = evaluateLoss(name, { input: row, target }, { ...params, reduction: 'sum' });
    return typeof output === 'number' ? output : null;
  });
}

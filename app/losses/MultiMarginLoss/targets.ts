import type { NestedNumbers } from '../../../src/index.ts';
import { resizeClasses } from '../../panel/classRows.ts';

/**
 * Adds or removes a class of a MultiMarginLoss example: the input's columns change (new scores
 * 0), and class indices that would fall outside the new C move to its last class.
 */
export function resizeMultiMargin(
  tensors: Readonly<Record<string, NestedNumbers>>,
  from: number,
  to: number,
): Record<string, NestedNumbers> {
  const out = resizeClasses(tensors, ['input'], from, to, () => 0);
  const clamp = (t: NestedNumbers): NestedNumbers =>
    typeof t === 'number' ? Math.min(t, to - 1) : t.map(clamp);
  const target = tensors['target'];
  if (target !== undefined) out['target'] = clamp(target);
  return out;
}

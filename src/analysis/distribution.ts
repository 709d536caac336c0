import type { NestedNumbers } from '../core/tensor.ts';

function mapNested(v: NestedNumbers, f: (x: number) => number): NestedNumbers {
  return typeof v === 'number' ? f(v) : v.map((x) => mapNested(x, f));
}

/** Element-wise exp of a nested array: probabilities from log-probabilities. */
export function expOf(v: NestedNumbers): NestedNumbers {
  return mapNested(v, Math.exp);
}

/** Element-wise natural log of a nested array (log 0 = −∞): log-probabilities from probabilities. */
export function logOf(v: NestedNumbers): NestedNumbers {
  return mapNested(v, Math.log);
}

/**
 * One row of a distribution as probabilities, whether it is given as probabilities or as
 * log-probabilities, with its total, so a panel can say when a row is not a distribution.
 */
export function probabilityRow(
  row: readonly number[],
  isLog: boolean,
): { probs: number[]; sum: number } {
  const probs = isLog ? row.map(Math.exp) : [...row];
  return { probs, sum: probs.reduce((s, p) => s + p, 0) };
}

/**
 * A distribution with entry `index` set to `value` and the others rescaled in proportion, so that
 * it still sums to 1: what dragging one bar of a probability chart means. Every entry stays at
 * least `floor` (use a positive floor where a log of the result is taken: log 0 = −∞). When the
 * other entries are all zero they share the remainder equally.
 */
export function redistribute(
  probs: readonly number[],
  index: number,
  value: number,
  floor = 0,
): number[] {
  const n = probs.length;
  if (!(index >= 0 && index < n)) throw new RangeError(`index ${index} is out of range for ${n}`);
  if (n === 1) return [1];
  const lo = Math.max(0, floor);
  const hi = Math.max(lo, 1 - lo * (n - 1));
  const v = Math.min(hi, Math.max(lo, Number.isFinite(value) ? value : lo));
  // What the others share beyond their floors.
  const spare = Math.max(0, 1 - v - lo * (n - 1));
  let rest = 0;
  for (let i = 0; i < n; i++) if (i !== index) rest += Math.max(0, (probs[i] ?? 0) - lo);
  return probs.map((p, i) => {
    if (i === index) return v;
    const share = rest > 0 ? Math.max(0, p - lo) / rest : 1 / (n - 1);
    return lo + spare * share;
  });
}

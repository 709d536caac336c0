import type { NestedNumbers } from '../../../src/index.ts';

/**
 * Class-index targets as the probability table PyTorch would read from a target shaped like the
 * input: one-hot rows, and a uniform row for a target that names no class (ignored or out of
 * range), since a probability target cannot ignore anything.
 */
export function toProbabilityTargets(target: NestedNumbers, classes: number): NestedNumbers {
  const row = (t: number) =>
    Array.from({ length: classes }, (_, c) =>
      Number.isInteger(t) && t >= 0 && t < classes ? (c === t ? 1 : 0) : 1 / classes,
    );
  if (typeof target === 'number') return row(target);
  return target.map((t) => row(typeof t === 'number' ? t : Number.NaN));
}

function argmax(row: readonly NestedNumbers[]): number {
  let best = 0;
  row.forEach((v, i) => {
    if (typeof v === 'number' && v > ((row[best] as number | undefined) ?? -Infinity)) best = i;
  });
  return best;
}

/**
 * A probability table back to class indices: each row's most probable class (the first on ties).
 * A (C) row becomes a 0-d target, a (N, C) table a (N) vector.
 */
export function toClassTargets(target: NestedNumbers): NestedNumbers {
  if (typeof target === 'number') return target;
  if (target.every((x) => typeof x === 'number')) return argmax(target);
  return target.map((row) => (Array.isArray(row) ? argmax(row) : 0));
}

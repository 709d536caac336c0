import type { ExtendedLabels } from './extendedLabels.ts';

/**
 * How many frame-label sequences of length `frames` collapse to the target: the number of
 * lattice paths from a start state to an end state, counted exactly (it grows exponentially).
 */
export function countAlignments(ext: ExtendedLabels, frames: number): bigint {
  const { labels, skip } = ext;
  const states = labels.length;
  if (frames < 1) return 0n;
  let row: bigint[] = Array.from({ length: states }, (_, s) => (s < 2 ? 1n : 0n));
  for (let t = 1; t < frames; t++) {
    const prev = row;
    row = prev.map(
      (stay, s) => stay + (s > 0 ? (prev[s - 1] ?? 0n) : 0n) + (skip[s] ? (prev[s - 2] ?? 0n) : 0n),
    );
  }
  return (row[states - 1] ?? 0n) + (states > 1 ? (row[states - 2] ?? 0n) : 0n);
}

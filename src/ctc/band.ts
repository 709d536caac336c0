import type { ExtendedLabels } from './extendedLabels.ts';

/**
 * For each frame t, the states [lo[t], hi[t]] that lie on at least one complete path: reachable
 * from a start state by frame t (first[s] <= t) and still able to reach an end state in the
 * frames left (toEnd[s] <= frames - 1 - t). Outside this band α·β is exactly 0, so the fast path
 * skips it. Both bounds only grow with t, by at most 2 a frame (a skip), which is what lets the
 * recursions read a neighbouring row's band plus a margin of two states on each side.
 */
export function fillBand(
  ext: ExtendedLabels,
  frames: number,
  lo: Int32Array,
  hi: Int32Array,
): void {
  const states = ext.labels.length;
  let top = 0;
  for (let t = 0; t < frames; t++) {
    while (top + 1 < states && (ext.first[top + 1] ?? 0) <= t) top++;
    hi[t] = top;
  }
  let bottom = states - 1;
  for (let t = frames - 1; t >= 0; t--) {
    const left = frames - 1 - t;
    while (bottom > 0 && (ext.toEnd[bottom - 1] ?? 0) <= left) bottom--;
    lo[t] = bottom;
  }
}

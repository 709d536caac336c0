import type { CtcAlignment } from './alignment.ts';
import { collapse } from './collapse.ts';
import type { ExtendedLabels } from './extendedLabels.ts';
import type { SampleView } from './sampleView.ts';

/**
 * The single most probable valid alignment (max-product instead of the sum in α), or null when
 * no alignment fits in `frames` frames. Ties prefer staying, then advancing, then skipping, and
 * at the end the final blank, so the answer is deterministic.
 */
export function viterbiAlignment(
  view: SampleView,
  frames: number,
  ext: ExtendedLabels,
  blank: number,
): CtcAlignment | null {
  const { data, offset, frameStride } = view;
  const { labels, skip } = ext;
  const states = labels.length;
  if (frames < ext.minFrames) return null;
  const score = new Float64Array(frames * states).fill(Number.NEGATIVE_INFINITY);
  const from = new Int32Array(frames * states);
  score[0] = data[offset + (labels[0] ?? 0)] ?? 0;
  if (states > 1) score[1] = data[offset + (labels[1] ?? 0)] ?? 0;
  for (let t = 1; t < frames; t++) {
    const row = t * states;
    for (let s = 0; s < states; s++) {
      let best = row - states + s;
      if (s > 0 && (score[best - 1] ?? 0) > (score[best] ?? 0)) best -= 1;
      const jump = row - states + s - 2;
      if (skip[s] && (score[jump] ?? 0) > (score[best] ?? 0)) best = jump;
      score[row + s] =
        (score[best] ?? 0) + (data[offset + t * frameStride + (labels[s] ?? 0)] ?? 0);
      from[row + s] = best - (row - states);
    }
  }
  const last = (frames - 1) * states;
  let s = states - 1;
  if (states > 1 && (score[last + states - 2] ?? 0) > (score[last + s] ?? 0)) s = states - 2;
  const logProb = score[last + s] ?? Number.NEGATIVE_INFINITY;
  const path = new Array<number>(frames);
  for (let t = frames - 1; t >= 0; t--) {
    path[t] = s;
    s = from[t * states + s] ?? 0;
  }
  const frameLabels = path.map((state) => labels[state] ?? blank);
  return { states: path, labels: frameLabels, logProb, collapsed: collapse(frameLabels, blank) };
}

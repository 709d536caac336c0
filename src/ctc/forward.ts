import type { ExtendedLabels } from './extendedLabels.ts';
import { logAddExp, logSumExp3 } from './logSumExp.ts';
import type { SampleView } from './sampleView.ts';

/**
 * The forward variables log α_t(s) over the whole lattice (frames × states, row-major), as
 * PyTorch's CPU kernel computes them: α_t(s) is the total probability of every path prefix that
 * ends in state s at frame t, emission at t included.
 */
export function logAlpha(view: SampleView, frames: number, ext: ExtendedLabels): Float64Array {
  const { data, offset, frameStride } = view;
  const { labels, skip } = ext;
  const states = labels.length;
  const alpha = new Float64Array(frames * states).fill(Number.NEGATIVE_INFINITY);
  if (frames === 0) return alpha;
  // A path starts with a blank or with the first label.
  alpha[0] = data[offset + (labels[0] ?? 0)] ?? Number.NaN;
  if (states > 1) alpha[1] = data[offset + (labels[1] ?? 0)] ?? Number.NaN;
  for (let t = 1; t < frames; t++) {
    const row = t * states;
    const prev = row - states;
    const lp = offset + t * frameStride;
    for (let s = 0; s < states; s++) {
      const stay = alpha[prev + s] ?? Number.NEGATIVE_INFINITY;
      const advance = s > 0 ? (alpha[prev + s - 1] ?? 0) : Number.NEGATIVE_INFINITY;
      const jump = skip[s] ? (alpha[prev + s - 2] ?? 0) : Number.NEGATIVE_INFINITY;
      alpha[row + s] = logSumExp3(stay, advance, jump) + (data[lp + (labels[s] ?? 0)] ?? 0);
    }
  }
  return alpha;
}

/**
 * log p(target | input): a valid path ends in the final blank or on the last label. With an
 * empty target there is only the all-blank path (PyTorch special-cases it the same way).
 */
export function logLikelihoodFromAlpha(
  alpha: Float64Array,
  frames: number,
  states: number,
): number {
  if (frames === 0) return states === 1 ? 0 : Number.NEGATIVE_INFINITY;
  const last = (frames - 1) * states;
  const final = alpha[last + states - 1] ?? Number.NEGATIVE_INFINITY;
  if (states === 1) return final;
  return logAddExp(final, alpha[last + states - 2] ?? Number.NEGATIVE_INFINITY);
}

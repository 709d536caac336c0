import type { ExtendedLabels } from './extendedLabels.ts';
import { logSumExp3 } from './logSumExp.ts';
import type { SampleView } from './sampleView.ts';

/**
 * The backward variables log β_t(s) over the whole lattice (frames × states, row-major), as
 * PyTorch's CPU kernel computes them: β_t(s) is the total probability of every path suffix that
 * starts in state s at frame t and reaches an end state, emission at t included. α and β thus
 * both count frame t's emission, which is why the posterior divides it out once.
 */
export function logBeta(view: SampleView, frames: number, ext: ExtendedLabels): Float64Array {
  const { data, offset, frameStride } = view;
  const { labels, skip } = ext;
  const states = labels.length;
  const beta = new Float64Array(frames * states).fill(Number.NEGATIVE_INFINITY);
  if (frames === 0) return beta;
  const lastRow = (frames - 1) * states;
  const lastLp = offset + (frames - 1) * frameStride;
  // A path ends in the final blank or on the last label.
  beta[lastRow + states - 1] = data[lastLp + (labels[states - 1] ?? 0)] ?? Number.NaN;
  if (states > 1) {
    beta[lastRow + states - 2] = data[lastLp + (labels[states - 2] ?? 0)] ?? Number.NaN;
  }
  for (let t = frames - 2; t >= 0; t--) {
    const row = t * states;
    const next = row + states;
    const lp = offset + t * frameStride;
    for (let s = states - 1; s >= 0; s--) {
      const stay = beta[next + s] ?? Number.NEGATIVE_INFINITY;
      const advance = s < states - 1 ? (beta[next + s + 1] ?? 0) : Number.NEGATIVE_INFINITY;
      const jump = skip[s + 2] ? (beta[next + s + 2] ?? 0) : Number.NEGATIVE_INFINITY;
      beta[row + s] = logSumExp3(stay, advance, jump) + (data[lp + (labels[s] ?? 0)] ?? 0);
    }
  }
  return beta;
}

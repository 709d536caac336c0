import { logBeta } from './backward.ts';
import type { ExtendedLabels } from './extendedLabels.ts';
import { logAlpha, logLikelihoodFromAlpha } from './forward.ts';
import { logAddExp } from './logSumExp.ts';
import type { SampleView } from './sampleView.ts';

/**
 * One sample's CTC loss and gradient entirely in log space, step for step as PyTorch's CPU
 * kernel does it. It is the reference the fast path is tested against, and the fallback for
 * inputs the fast path cannot take exactly (probabilities beyond float64's range, NaN, labels
 * equal to blank).
 *
 * Writes rows t < frames of `grad` (same layout as `view`) and returns the negative log
 * likelihood. The gradient is PyTorch's, (exp(lp) − occupancy) · gradScale: d loss / d logits
 * for log-probabilities that are log_softmax(logits).
 */
export function logSpaceSample(
  view: SampleView,
  frames: number,
  ext: ExtendedLabels,
  numClasses: number,
  gradScale: number,
  zeroInfinity: boolean,
  grad: Float64Array,
): number {
  const { data, offset, frameStride } = view;
  const states = ext.labels.length;
  const alpha = logAlpha(view, frames, ext);
  const nll = -logLikelihoodFromAlpha(alpha, frames, states);
  if (zeroInfinity && nll === Number.POSITIVE_INFINITY) {
    for (let t = 0; t < frames; t++)
      grad.fill(0, offset + t * frameStride, offset + t * frameStride + numClasses);
    return nll;
  }
  const beta = logBeta(view, frames, ext);
  const collected = new Float64Array(numClasses);
  for (let t = 0; t < frames; t++) {
    collected.fill(Number.NEGATIVE_INFINITY);
    const row = t * states;
    if (t === frames - 1) {
      // PyTorch assigns (not adds) the two end states here, in this order; only a target
      // ending in a label equal to blank can tell the difference.
      collectAssign(collected, ext.labels[states - 1], alpha, beta, row + states - 1);
      if (states > 1)
        collectAssign(collected, ext.labels[states - 2], alpha, beta, row + states - 2);
    } else {
      for (let s = states - 1; s >= 0; s--) {
        const c = ext.labels[s] ?? 0;
        const ab = (alpha[row + s] ?? 0) + (beta[row + s] ?? 0);
        const prev = collected[c] ?? Number.NEGATIVE_INFINITY;
        collected[c] = prev === Number.NEGATIVE_INFINITY ? ab : logAddExp(prev, ab);
      }
    }
    const base = offset + t * frameStride;
    let sum = 0;
    let mass = 0;
    for (let c = 0; c < numClasses; c++) {
      const lp = data[base + c] ?? 0;
      const p = Math.exp(lp);
      // −inf + nll − (−inf) is NaN for a probability of exactly 0, as in PyTorch's kernel.
      const occupancy = Math.exp((collected[c] ?? 0) + nll - lp);
      const g = (p - occupancy) * gradScale;
      grad[base + c] = g;
      sum += g;
      mass += p;
    }
    // PyTorch's formula is the logits gradient when each frame's occupancies sum to 1: the row
    // then sums to 0 and log_softmax's backward (g − softmax · Σg) leaves it unchanged. Three
    // things break that here: the assignment quirk at the last frame, a NaN from a zero
    // probability, and log-space rounding at huge magnitudes (logits of ±1e300 make log 2
    // vanish beside 1e300, so tied alignments each get occupancy 1). So for a row that is a
    // log_softmax output (its probabilities sum to 1) we apply log_softmax's backward ourselves,
    // as PyTorch's autograd does after its kernel. Other rows have no logits behind them and
    // keep the kernel's gradient.
    if (Math.abs(mass - 1) <= 1e-9 && sum !== 0) {
      for (let c = 0; c < numClasses; c++) {
        grad[base + c] = (grad[base + c] ?? 0) - Math.exp(data[base + c] ?? 0) * sum;
      }
    }
  }
  return nll;
}

function collectAssign(
  collected: Float64Array,
  label: number | undefined,
  alpha: Float64Array,
  beta: Float64Array,
  cell: number,
): void {
  collected[label ?? 0] = (alpha[cell] ?? 0) + (beta[cell] ?? 0);
}

import { fillBand } from './band.ts';
import type { ExtendedLabels } from './extendedLabels.ts';
import type { SampleView } from './sampleView.ts';
import type { Workspace } from './workspace.ts';

/**
 * Below this a scaled α or β would be near float64's subnormal range, where it would lose
 * precision or flush to 0 while still mattering; the caller then redoes the sample in log space.
 */
const TINY = 1e-300;

/**
 * The fast path of one sample: the forward-backward recursions in probability space, each
 * frame's row rescaled by its maximum (Rabiner's scaling), restricted to the lattice band that
 * lies on complete paths. That takes a few multiply-adds per cell instead of PyTorch's six
 * exp/log calls, and gives the same numbers to ~1e-14 as long as every in-band value stays a
 * normal float64, which is checked as it goes.
 *
 * Writes rows t < frames of `grad` as (exp(lp) − occupancy) · gradScale, PyTorch's formula,
 * carried through log_softmax to the logits, and returns the negative log likelihood; returns null (with `grad` half-written) when the sample
 * needs the log-space path instead. The sample must have a valid alignment.
 */
export function scaledSample(
  view: SampleView,
  frames: number,
  ext: ExtendedLabels,
  numClasses: number,
  gradScale: number,
  ws: Workspace,
  grad: Float64Array,
): number | null {
  const { data, offset, frameStride } = view;
  const labels = ext.labels;
  const states = labels.length;
  const { width, alpha, gamma, skip, lo, hi, frameProbs } = ws;
  fillBand(ext, frames, lo, hi);
  skip.fill(0);
  for (let s = 2; s < states; s++) skip[s + 2] = ext.skip[s] ?? 0;

  // exp(lp) once per (t, c), written where the gradient goes: both recursions read it there.
  for (let t = 0; t < frames; t++) {
    const base = offset + t * frameStride;
    for (let c = 0; c < numClasses; c++) grad[base + c] = Math.exp(data[base + c] ?? 0);
  }

  // Forward. Row t holds α_t / K_t with K_t the product of the earlier rows' maxima.
  let logScale = 0;
  let inv = 1;
  for (let t = 0; t < frames; t++) {
    const row = t * width;
    const prev = row - width;
    const probs = offset + t * frameStride;
    const from = lo[t] ?? 0;
    const to = hi[t] ?? 0;
    alpha[row + from] = 0;
    alpha[row + from + 1] = 0;
    alpha[row + to + 3] = 0;
    alpha[row + to + 4] = 0;
    let max = 0;
    let min = Number.POSITIVE_INFINITY;
    for (let s = from; s <= to; s++) {
      const p = grad[probs + (labels[s] ?? 0)] ?? 0;
      let v: number;
      if (t === 0) {
        v = p;
      } else {
        const k = prev + s + 2;
        const paths =
          (alpha[k] ?? 0) + (alpha[k - 1] ?? 0) + (skip[s + 2] ?? 0) * (alpha[k - 2] ?? 0);
        v = paths * inv * p;
      }
      alpha[row + s + 2] = v;
      if (v > max) max = v;
      if (v < min) min = v;
    }
    if (!(min >= TINY) || !(max < Number.POSITIVE_INFINITY)) return null;
    if (t < frames - 1) {
      logScale += Math.log(max);
      inv = 1 / max;
    }
  }
  const last = (frames - 1) * width;
  const ends = (alpha[last + states + 1] ?? 0) + (alpha[last + states] ?? 0);
  const nll = -(Math.log(ends) + logScale);

  // Backward, two rows at a time. β' (before frame t's emission) times α_t is the unnormalised
  // occupancy of each state; normalising it per frame makes the scale factors cancel.
  let next = ws.betaNext;
  let here = ws.betaHere;
  let binv = 1;
  for (let t = frames - 1; t >= 0; t--) {
    const row = t * width;
    const probs = offset + t * frameStride;
    const from = lo[t] ?? 0;
    const to = hi[t] ?? 0;
    here[from] = 0;
    here[from + 1] = 0;
    here[to + 3] = 0;
    here[to + 4] = 0;
    let max = 0;
    let min = Number.POSITIVE_INFINITY;
    let total = 0;
    for (let s = from; s <= to; s++) {
      const k = s + 2;
      let w: number;
      if (t === frames - 1) {
        w = 1; // in the band of the last frame only the two end states remain
      } else {
        w = ((next[k] ?? 0) + (next[k + 1] ?? 0) + (skip[k + 2] ?? 0) * (next[k + 2] ?? 0)) * binv;
      }
      const g = (alpha[row + k] ?? 0) * w;
      gamma[k] = g;
      total += g;
      const v = w * (grad[probs + (labels[s] ?? 0)] ?? 0);
      here[k] = v;
      if (v > max) max = v;
      if (v < min) min = v;
    }
    if (!(min >= TINY) || !(max < Number.POSITIVE_INFINITY) || !(total >= TINY)) return null;
    binv = 1 / max;
    for (let c = 0; c < numClasses; c++) frameProbs[c] = grad[probs + c] ?? 0;
    const share = 1 / total;
    for (let s = from; s <= to; s++) {
      const c = probs + (labels[s] ?? 0);
      grad[c] = (grad[c] ?? 0) - (gamma[s + 2] ?? 0) * share;
    }
    // Through log_softmax to the logits, as the log-space path does (Σg is 0 up to rounding).
    let sum = 0;
    for (let c = 0; c < numClasses; c++) {
      const g = (grad[probs + c] ?? 0) * gradScale;
      grad[probs + c] = g;
      sum += g;
    }
    for (let c = 0; c < numClasses; c++) {
      grad[probs + c] = (grad[probs + c] ?? 0) - (frameProbs[c] ?? 0) * sum;
    }
    const swap = next;
    next = here;
    here = swap;
  }
  return nll;
}

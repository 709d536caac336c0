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
 * Writes rows t < frames of `grad` as (exp(lp) − occupancy) · gradScale, PyTorch's formula, and
 * returns the negative log likelihood; returns
 * null (with `grad` half-written) when the sample needs the log-space path instead. The sample
 * must have a valid alignment.
 *
 * The non-null assertions below are safe by construction (the band keeps every index inside
 * the workspace) and keep bounds-check fallbacks out of the hot loops.
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
  const states = ext.labels.length;
  fillBand(ext, frames, ws.lo, ws.hi);
  // skip[s] sits in column s + 2. Two virtual states make the first and last frames ordinary:
  // state -1 (column 1) feeds states 0 and 1 before frame 0, and state `states` (column
  // states + 2) is fed by both end states after the last frame.
  const skip = ws.skip;
  skip.fill(0);
  for (let s = 2; s < states; s++) skip[s + 2] = ext.skip[s]!;
  skip[3] = 1;
  skip[states + 2] = 1;
  // exp(lp) once per (t, c), written where the gradient goes: both recursions read it there.
  // A log-probability of exactly −inf (a probability of exactly 0) sends the sample to the
  // log-space path even off the lattice: PyTorch's gradient there is exp(−inf + nll + inf) = NaN.
  for (let t = 0; t < frames; t++) {
    const base = offset + t * frameStride;
    for (let c = 0; c < numClasses; c++) {
      const lp = data[base + c]!;
      if (lp === Number.NEGATIVE_INFINITY) return null;
      grad[base + c] = Math.exp(lp);
    }
  }
  const logLikelihood = forward(ext.labels, frames, offset, frameStride, ws, grad);
  if (Number.isNaN(logLikelihood)) return null;
  const ok = backward(ext.labels, frames, offset, frameStride, numClasses, gradScale, ws, grad);
  return ok ? -logLikelihood : null;
}

/** Scaled α into ws.alpha (row t + 1 holds frame t); returns log p(target), or NaN to bail out. */
function forward(
  labels: Int32Array,
  frames: number,
  offset: number,
  frameStride: number,
  ws: Workspace,
  probs: Float64Array,
): number {
  const { width, alpha, skip, lo, hi } = ws;
  const states = labels.length;
  alpha.fill(0, 0, width);
  alpha[1] = 1;
  // Row t holds α_t / K_t, K_t being the product of the maxima of the rows before it.
  let logScale = 0;
  let inv = 1;
  for (let t = 0; t < frames; t++) {
    const row = (t + 1) * width;
    const prev = row - width;
    const e = offset + t * frameStride;
    const from = lo[t]!;
    const to = hi[t]!;
    alpha[row + from] = 0;
    alpha[row + from + 1] = 0;
    alpha[row + to + 3] = 0;
    alpha[row + to + 4] = 0;
    let sum = 0;
    let under = 0;
    for (let s = from; s <= to; s++) {
      const k = prev + s + 2;
      const paths = alpha[k]! + alpha[k - 1]! + skip[s + 2]! * alpha[k - 2]!;
      const v = paths * inv * probs[e + labels[s]!]!;
      alpha[row + s + 2] = v;
      sum += v;
      under |= +(v < TINY);
    }
    if (under !== 0 || !(sum < Number.POSITIVE_INFINITY)) return Number.NaN;
    if (t < frames - 1) {
      logScale += Math.log(sum);
      inv = 1 / sum;
    }
  }
  const last = frames * width;
  return Math.log(alpha[last + states + 1]! + alpha[last + states]!) + logScale;
}

/**
 * Scaled β, two rows at a time, and the gradient frame by frame. α_t times β'_t (β before frame
 * t's emission) is each state's unnormalised occupancy; normalising it per frame makes every
 * scale factor cancel. Returns false to bail out.
 */
function backward(
  labels: Int32Array,
  frames: number,
  offset: number,
  frameStride: number,
  numClasses: number,
  gradScale: number,
  ws: Workspace,
  grad: Float64Array,
): boolean {
  const { width, alpha, gamma, skip, lo, hi } = ws;
  const states = labels.length;
  let next = ws.betaNext;
  let here = ws.betaHere;
  next.fill(0);
  next[states + 2] = 1;
  let inv = 1;
  for (let t = frames - 1; t >= 0; t--) {
    const row = (t + 1) * width;
    const e = offset + t * frameStride;
    const from = lo[t]!;
    const to = hi[t]!;
    here[from] = 0;
    here[from + 1] = 0;
    here[to + 3] = 0;
    here[to + 4] = 0;
    let sum = 0;
    let under = 0;
    let total = 0;
    for (let s = from; s <= to; s++) {
      const k = s + 2;
      const w = (next[k]! + next[k + 1]! + skip[k + 2]! * next[k + 2]!) * inv;
      const g = alpha[row + k]! * w;
      gamma[k] = g;
      total += g;
      const v = w * grad[e + labels[s]!]!;
      here[k] = v;
      sum += v;
      under |= +(v < TINY);
    }
    if (under !== 0 || !(sum < Number.POSITIVE_INFINITY) || !(total >= TINY)) return false;
    inv = 1 / sum;
    const share = 1 / total;
    for (let s = from; s <= to; s++) grad[e + labels[s]!]! -= gamma[s + 2]! * share;
    for (let c = e; c < e + numClasses; c++) grad[c]! *= gradScale;
    const swap = next;
    next = here;
    here = swap;
  }
  return true;
}

import { LossInputError } from '../core/LossInputError.ts';
import { formatShape, requireIntegers, tensorFromNested } from '../core/tensor.ts';
import type { CtcAlignment, CtcCell, CtcDecoding } from './alignment.ts';
import { logBeta } from './backward.ts';
import { countAlignments } from './countAlignments.ts';
import { extendLabels } from './extendedLabels.ts';
import { logAlpha, logLikelihoodFromAlpha } from './forward.ts';
import { greedyDecode } from './greedy.ts';
import { sampleAlignments } from './sampleAlignments.ts';
import type { SampleView } from './sampleView.ts';
import { viterbiAlignment } from './viterbi.ts';

/** One allowed way into a lattice state from the previous frame. */
export interface CtcTransition {
  readonly kind: 'stay' | 'advance' | 'skip';
  /** The state at frame t − 1. */
  readonly from: number;
}

/** Everything the UI draws for one sequence's CTC lattice (T frames × 2L + 1 states). */
export interface CtcLattice {
  readonly frames: number;
  readonly numClasses: number;
  readonly blank: number;
  readonly targets: readonly number[];
  /** l': blank, target[0], blank, target[1], …, blank. */
  readonly extended: readonly number[];
  /** log α_t(s), [t][s]; -Infinity where no path prefix reaches. */
  readonly logAlpha: readonly (readonly number[])[];
  /** log β_t(s), [t][s]; -Infinity where no path suffix leaves. */
  readonly logBeta: readonly (readonly number[])[];
  /** p(state s at frame t | target, input) = α·β / (p_t(l'_s) · p(target)), [t][s]; 0 if impossible. */
  readonly posterior: readonly (readonly number[])[];
  /** The transitions allowed into each state s (the same at every frame t ≥ 1). */
  readonly incoming: readonly (readonly CtcTransition[])[];
  /** Label states whose skip is forbidden because they repeat the previous label. */
  readonly blockedSkips: readonly number[];
  readonly starts: readonly CtcCell[];
  readonly ends: readonly CtcCell[];
  /** log p(target | input); -Infinity when no alignment fits. */
  readonly logLikelihood: number;
  /** −logLikelihood: CTCLoss with reduction='none' for this sequence. */
  readonly loss: number;
  /** How many frame-label sequences collapse to the target. */
  readonly alignmentCount: bigint;
  /** The most probable single alignment, or null when none exists. */
  readonly viterbi: CtcAlignment | null;
  /** Best-path decoding, which ignores the target. */
  readonly greedy: CtcDecoding;
  /** A few distinct alignments drawn from the posterior, most probable first. */
  readonly samples: readonly CtcAlignment[];
}

export interface CtcLatticeOptions {
  readonly blank?: number;
  /** How many posterior samples to return (default 5). */
  readonly samples?: number;
  /** Seed of the sampler, so the same inputs show the same samples (default 1). */
  readonly seed?: number;
}

function rows(flat: Float64Array, frames: number, states: number): number[][] {
  return Array.from({ length: frames }, (_, t) =>
    Array.from(flat.subarray(t * states, (t + 1) * states)),
  );
}

/**
 * The CTC lattice of one sequence: log_probs (T, C) for its frames, the target labels, and the
 * blank index. Refuses what CTCLoss would refuse for such a sequence.
 */
export function ctcLattice(
  logProbs: unknown,
  targets: readonly number[],
  options: CtcLatticeOptions = {},
): CtcLattice {
  const { blank = 0, samples = 5, seed = 1 } = options;
  const lp = tensorFromNested(logProbs, 'log_probs');
  const [frames = 0, numClasses = 0] = lp.shape;
  if (lp.shape.length !== 2 || frames < 1) {
    throw new LossInputError(
      `log_probs must be (T, C) with T ≥ 1 for one sequence; got shape ${formatShape(lp.shape)}`,
    );
  }
  if (!Number.isInteger(blank) || blank < 0 || blank >= numClasses) {
    throw new LossInputError(
      `blank must be in label range: blank = ${blank} but log_probs has C = ${numClasses} classes`,
    );
  }
  const target = tensorFromNested([...targets], 'targets');
  requireIntegers(target, 'targets');
  for (const label of target.data) {
    if (label < 0 || label >= numClasses) {
      throw new LossInputError(`target ${label} is out of bounds for C = ${numClasses} classes`);
    }
  }
  const ext = extendLabels(target.data, 0, target.data.length, blank);
  const states = ext.labels.length;
  const view: SampleView = { data: lp.data, offset: 0, frameStride: numClasses };
  const alpha = logAlpha(view, frames, ext);
  const beta = logBeta(view, frames, ext);
  const logLikelihood = logLikelihoodFromAlpha(alpha, frames, states);
  const posterior = new Float64Array(frames * states);
  if (logLikelihood > Number.NEGATIVE_INFINITY) {
    for (let t = 0; t < frames; t++) {
      for (let s = 0; s < states; s++) {
        const i = t * states + s;
        const emission = lp.data[t * numClasses + (ext.labels[s] ?? 0)] ?? 0;
        posterior[i] = Math.exp((alpha[i] ?? 0) + (beta[i] ?? 0) - emission - logLikelihood);
      }
    }
  }
  const incoming = Array.from({ length: states }, (_, s) => {
    const into: CtcTransition[] = [{ kind: 'stay', from: s }];
    if (s > 0) into.push({ kind: 'advance', from: s - 1 });
    if (ext.skip[s]) into.push({ kind: 'skip', from: s - 2 });
    return into;
  });
  const blockedSkips: number[] = [];
  for (let s = 3; s < states; s += 2) if (!ext.skip[s]) blockedSkips.push(s);
  const edge = (t: number, list: number[]): CtcCell[] => list.map((s) => ({ t, s }));
  return {
    frames,
    numClasses,
    blank,
    targets: Array.from(target.data),
    extended: Array.from(ext.labels),
    logAlpha: rows(alpha, frames, states),
    logBeta: rows(beta, frames, states),
    posterior: rows(posterior, frames, states),
    incoming,
    blockedSkips,
    starts: edge(0, states > 1 ? [0, 1] : [0]),
    ends: edge(frames - 1, states > 1 ? [states - 1, states - 2] : [0]),
    logLikelihood,
    loss: -logLikelihood,
    alignmentCount: countAlignments(ext, frames),
    viterbi: viterbiAlignment(view, frames, ext, blank),
    greedy: greedyDecode(view, frames, numClasses, blank),
    samples: sampleAlignments(alpha, view, frames, ext, blank, samples, seed),
  };
}

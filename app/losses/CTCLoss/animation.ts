/**
 * The lattice animation as a step index: the forward pass fills α one column per step, left to
 * right (steps 0…T−1); the backward pass fills β right to left (steps T…2T−1); the last step
 * (2T) shows the posteriors. Everything here is a pure function of (step, T).
 */
export type Phase = 'forward' | 'backward' | 'posterior';
export type LatticeView = 'alpha' | 'beta' | 'posterior';

export interface StepInfo {
  readonly step: number;
  readonly phase: Phase;
  /** The column being computed, or null once the posteriors are shown. */
  readonly column: number | null;
  /** α is known for frames t < alphaUpTo. */
  readonly alphaUpTo: number;
  /** β is known for frames t ≥ betaFrom. */
  readonly betaFrom: number;
  readonly posteriorKnown: boolean;
}

/** The index of the last step for T frames. */
export function lastStep(frames: number): number {
  return 2 * frames;
}

export function stepInfo(rawStep: number, frames: number): StepInfo {
  const step = Math.min(Math.max(0, Math.round(rawStep)), lastStep(frames));
  if (step < frames)
    return {
      step,
      phase: 'forward',
      column: step,
      alphaUpTo: step + 1,
      betaFrom: frames,
      posteriorKnown: false,
    };
  if (step < 2 * frames) {
    const column = 2 * frames - 1 - step;
    return {
      step,
      phase: 'backward',
      column,
      alphaUpTo: frames,
      betaFrom: column,
      posteriorKnown: false,
    };
  }
  return {
    step,
    phase: 'posterior',
    column: null,
    alphaUpTo: frames,
    betaFrom: 0,
    posteriorKnown: true,
  };
}

/** The view each phase shows unless the student picks another. */
export function phaseView(phase: Phase): LatticeView {
  return phase === 'forward' ? 'alpha' : phase === 'backward' ? 'beta' : 'posterior';
}

/** Whether the value of `view` at frame t has been computed by this step. */
export function isRevealed(info: StepInfo, view: LatticeView, t: number): boolean {
  if (view === 'alpha') return t < info.alphaUpTo;
  if (view === 'beta') return t >= info.betaFrom;
  return info.posteriorKnown;
}

/** The step at which a phase computes column t (the posterior phase has a single step). */
export function stepForColumn(phase: Phase, t: number, frames: number): number {
  if (phase === 'forward') return t;
  if (phase === 'backward') return 2 * frames - 1 - t;
  return lastStep(frames);
}

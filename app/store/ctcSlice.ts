import type { StateCreator } from 'zustand/vanilla';
import { DEFAULT_LETTERS } from '../losses/CTCLoss/defaults.ts';
import type { AppState } from './appState.ts';
import type { LossState } from './lossState.ts';

/**
 * CTC's inputs that are not tensors: the letter of each non-blank class (so the target string
 * can always be read back from the stored `targets`), and the step of the lattice animation.
 * Both are inputs a link may one day carry.
 */
export interface CtcSlice {
  /** The letters of the classes other than blank, in class-index order ("aceot"). */
  readonly ctcLetters: string;
  /** 0…T−1: forward pass up to frame t; T…2T−1: backward pass; 2T: posteriors. */
  readonly animationStep: number;
  setCtcLetters(letters: string): void;
  setAnimationStep(step: number): void;
  /** A new target: its letters and tensors in one update, and the animation from the start. */
  loadCtcTarget(name: string, state: LossState, letters: string): void;
}

export const ctcSlice: StateCreator<AppState, [], [], CtcSlice> = (set) => ({
  ctcLetters: DEFAULT_LETTERS,
  animationStep: 0,
  setCtcLetters: (ctcLetters) => set({ ctcLetters }),
  setAnimationStep: (step) => set({ animationStep: Math.max(0, Math.round(step)) }),
  loadCtcTarget: (name, state, letters) =>
    set((s) => ({
      ctcLetters: letters,
      losses: { ...s.losses, [name]: state },
      animationStep: 0,
    })),
});

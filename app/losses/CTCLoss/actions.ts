import { appStore } from '../../store/appStore.ts';
import { defaultLossState } from '../../store/lossState.ts';
import {
  applyBlank,
  applyFrames,
  applyPreset,
  applyProbability,
  applyWord,
  readModel,
} from './ctcModel.ts';
import type { PresetId } from './presets.ts';

/**
 * What the panel's inputs do. Each reads the store at the moment it runs, so a fast drag or a
 * change in the middle of playback never works on a stale copy.
 */
export function ctcActions(name: string) {
  const current = () => {
    const s = appStore.getState();
    const state = s.losses[name] ?? defaultLossState(name);
    return { s, state, model: readModel(state, s.ctcLetters) };
  };
  return {
    /** Returns the T the word forced, if it needed more frames than there were. */
    word(word: string): number | null {
      const { s, state, model } = current();
      const next = applyWord(state, model, word);
      s.loadCtcTarget(name, next.state, next.letters);
      return next.raisedTo;
    },
    frames(frames: number) {
      const { s, state, model } = current();
      s.loadLoss(name, applyFrames(state, model, frames));
    },
    preset(id: PresetId) {
      const { s, state, model } = current();
      s.loadLoss(name, applyPreset(state, model, id));
    },
    probability(t: number, k: number, p: number) {
      const { s, state, model } = current();
      s.loadLoss(name, applyProbability(state, model, t, k, p));
    },
    /** Moves ε's column to class index `blank` (the caller has checked it is one). */
    blank(blank: number) {
      const { s, state, model } = current();
      s.loadLoss(name, applyBlank(state, model, blank));
    },
  };
}

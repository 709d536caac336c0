import { ctcMinFrames } from '../../../src/index.ts';
import { UNITS, apportion } from './probabilities.ts';

export const PRESETS = ['confident', 'uncertain', 'tooFew', 'wrongLabel'] as const;
export type PresetId = (typeof PRESETS)[number];

/** Probability mass, in 0.0001 units, on the class a preset favours in a frame. */
const CONFIDENT = 9_000;
const UNCERTAIN = 4_000;
const WRONG_FAVOURED = 7_000;
const WRONG_RIGHT = 1_500;

/**
 * One plausible frame-by-frame labelling for `targets` in `frames` frames, used to place the
 * probability mass of a preset. Every label gets a frame, equal neighbours get the compulsory
 * blank between them, then (room permitting) blanks between the other labels and at both ends;
 * frames left over lengthen the labels, first ones first. With too few frames the compulsory
 * blanks are dropped and the labels cut short: that labelling then collapses to something else.
 */
export function referencePath(targets: readonly number[], blank: number, frames: number): number[] {
  const minFrames = ctcMinFrames(targets, blank);
  if (frames < minFrames) {
    const labels = targets.slice(0, frames);
    return stretch(
      labels.map((k) => ({ k, label: true })),
      frames,
    );
  }
  const spare = frames - minFrames;
  const states: { k: number; label: boolean }[] = [];
  const optional = targets.length - 1 - (minFrames - targets.length);
  let interior = Math.min(spare, Math.max(0, optional));
  // Blanks at both ends only once every gap has one; what is left lengthens the labels.
  const edges = spare - interior >= 2 && targets.length > 0;
  if (edges || targets.length === 0) states.push({ k: blank, label: false });
  targets.forEach((k, i) => {
    if (i > 0) {
      if (targets[i - 1] === k) states.push({ k: blank, label: false });
      else if (interior > 0) {
        states.push({ k: blank, label: false });
        interior--;
      }
    }
    states.push({ k, label: true });
  });
  if (edges) states.push({ k: blank, label: false });
  return stretch(states, frames);
}

/** Repeats states to fill `frames` frames, giving the extra frames to labels first. */
function stretch(states: readonly { k: number; label: boolean }[], frames: number): number[] {
  if (states.length === 0) return Array.from({ length: frames }, () => 0);
  const counts = states.map(() => 1);
  const growable = states.map((s, i) => (s.label ? i : -1)).filter((i) => i >= 0);
  const order = growable.length > 0 ? growable : states.map((_, i) => i);
  for (let extra = frames - states.length, j = 0; extra > 0; extra--, j++) {
    const i = order[j % order.length] ?? 0;
    counts[i] = (counts[i] ?? 0) + 1;
  }
  return states.flatMap((s, i) => Array.from({ length: counts[i] ?? 0 }, () => s.k));
}

/** A frame with `favoured` units on one class and the rest spread evenly. */
function peaked(classes: number, k: number, favoured: number): number[] {
  const rest = apportion(
    Array.from({ length: classes - 1 }, () => 1),
    UNITS - favoured,
  );
  return [...rest.slice(0, k), favoured, ...rest.slice(k)];
}

export interface PresetInput {
  readonly targets: readonly number[];
  readonly blank: number;
  readonly classes: number;
  readonly frames: number;
  /** The wrong label the 'wrongLabel' preset favours. */
  readonly distractor: number;
}

/** The number of frames a preset uses: its own for 'tooFew', the current one otherwise. */
export function presetFrames(id: PresetId, frames: number, minFrames: number): number {
  return id === 'tooFew' ? Math.max(1, minFrames - 1) : frames;
}

/**
 * The frame probabilities (units, T × C) of a preset. 'wrongLabel' gives most of the mass in
 * the frames of the middle label to a distractor: greedy decoding then reads the wrong word,
 * and the loss is large but finite, since the right alignments keep some probability.
 */
export function presetUnits(id: PresetId, input: PresetInput): number[][] {
  const { targets, blank, classes, frames, distractor } = input;
  const path = referencePath(targets, blank, frames);
  const wrongAt = Math.floor((targets.length - 1) / 2);
  const right = targets[wrongAt] ?? blank;
  let labelIndex = -1;
  return path.map((k, t) => {
    if (k !== blank && (t === 0 || path[t - 1] !== k)) labelIndex++;
    if (id === 'uncertain') return peaked(classes, k, UNCERTAIN);
    if (id === 'wrongLabel' && k === right && labelIndex === wrongAt) {
      const others = apportion(
        Array.from({ length: classes - 2 }, () => 1),
        UNITS - WRONG_FAVOURED - WRONG_RIGHT,
      );
      return Array.from({ length: classes }, (_, c) =>
        c === distractor ? WRONG_FAVOURED : c === k ? WRONG_RIGHT : (others.shift() ?? 1),
      );
    }
    return peaked(classes, k, CONFIDENT);
  });
}

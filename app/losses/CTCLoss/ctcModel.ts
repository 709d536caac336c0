import { ctcMinFrames, type NestedNumbers } from '../../../src/index.ts';
import type { LossState } from '../../store/lossState.ts';
import {
  BLANK_SYMBOL,
  classSymbols,
  decodeTargets,
  lettersFor,
  usableLetters,
} from './alphabet.ts';
import { PRESETS, presetFrames, presetUnits, type PresetId } from './presets.ts';
import { logProbsOf, setProbability, unitsFromLogProbs } from './probabilities.ts';
import { ctcTensors, DEFAULT_LETTERS } from './tensors.ts';

/** Most frames T: a 20-column lattice is still readable on a projector. */
export const MAX_FRAMES = 20;

/** The first sequence of the stored CTC tensors, as the panel draws and edits it. */
export interface CtcModel {
  readonly frames: number;
  readonly classes: number;
  readonly blank: number;
  readonly letters: string;
  /** The symbol of each class index: ε at the blank, letters elsewhere. */
  readonly symbols: readonly string[];
  readonly targets: readonly number[];
  readonly word: string;
  /** log_probs of the sequence, T × C, exactly as stored. */
  readonly logProbs: readonly (readonly number[])[];
  /** The same as probabilities in 0.0001 units (each row sums to 10000). */
  readonly units: readonly (readonly number[])[];
  readonly minFrames: number;
  /** Which preset produced these probabilities, if one did. */
  readonly preset: PresetId | 'custom';
  /** The wrong letter the 'wrongLabel' preset favours. */
  readonly distractor: number;
}

function rowsOf(v: NestedNumbers | undefined): number[][] {
  if (!Array.isArray(v)) return [];
  return v.map((frame) => {
    const first = Array.isArray(frame) ? frame[0] : frame;
    const row = Array.isArray(first) ? first : Array.isArray(frame) ? frame : [];
    return row.filter((x): x is number => typeof x === 'number');
  });
}

function firstNumber(v: NestedNumbers | undefined): number | undefined {
  if (typeof v === 'number') return v;
  return Array.isArray(v) ? firstNumber(v[0]) : undefined;
}

function targetsOf(state: LossState): number[] {
  const raw = state.tensors['targets'];
  const first = Array.isArray(raw) && Array.isArray(raw[0]) ? raw[0] : raw;
  const all = Array.isArray(first) ? first.filter((x): x is number => typeof x === 'number') : [];
  const length = firstNumber(state.tensors['target_lengths']) ?? all.length;
  return all.slice(0, Math.max(0, length));
}

function distractorOf(symbols: readonly string[], targets: readonly number[], blank: number) {
  const right = targets[Math.floor((targets.length - 1) / 2)];
  const free = symbols.findIndex((_, c) => c !== blank && !targets.includes(c));
  if (free >= 0) return free;
  return symbols.findIndex((_, c) => c !== blank && c !== right);
}

/** Reads the panel's view of the stored state; `letters` are the stored class letters. */
export function readModel(state: LossState, storedLetters: string): CtcModel {
  const logProbs = rowsOf(state.tensors['log_probs']);
  const frames = logProbs.length;
  const classes = logProbs[0]?.length ?? 0;
  const rawBlank = state.params['blank'];
  const blank = typeof rawBlank === 'number' ? rawBlank : 0;
  const letters = usableLetters(storedLetters, classes, DEFAULT_LETTERS);
  const symbols = classSymbols(letters, blank);
  const targets = targetsOf(state);
  const units = logProbs.map(unitsFromLogProbs);
  const minFrames = ctcMinFrames(targets, blank);
  const distractor = distractorOf(symbols, targets, blank);
  const base = { targets, blank, classes, distractor };
  const same = (candidate: number[][]) =>
    candidate.length === frames &&
    candidate.every((row, t) => logProbsOf(row).every((lp, c) => lp === logProbs[t]?.[c]));
  // 'tooFew' first: below the minimum, it and 'confident' draw the same frames.
  const preset =
    (['tooFew', ...PRESETS.filter((id) => id !== 'tooFew')] as const).find(
      (id) =>
        presetFrames(id, frames, minFrames) === frames &&
        (id !== 'tooFew' || frames < minFrames) &&
        same(presetUnits(id, { ...base, frames })),
    ) ?? 'custom';
  return {
    frames,
    classes,
    blank,
    letters,
    symbols,
    targets,
    word: decodeTargets(targets, letters, blank),
    logProbs,
    units,
    minFrames,
    preset,
    distractor,
  };
}

function withTensors(
  state: LossState,
  logProbs: readonly (readonly number[])[],
  targets: readonly number[],
): LossState {
  return { ...state, tensors: { ...state.tensors, ...ctcTensors(logProbs, targets) } };
}

/** Applies a preset: its probabilities, and for 'tooFew' one frame fewer than the target needs. */
export function applyPreset(state: LossState, model: CtcModel, id: PresetId): LossState {
  const frames = presetFrames(id, model.frames, model.minFrames);
  return withTensors(state, presetUnits(id, { ...model, frames }).map(logProbsOf), model.targets);
}

/** Sets one probability; the rest of the frame is rescaled to keep the sum 1. */
export function applyProbability(
  state: LossState,
  model: CtcModel,
  t: number,
  c: number,
  p: number,
): LossState {
  const logProbs = model.logProbs.map((row, i) =>
    i === t ? logProbsOf(setProbability(model.units[i] ?? [], c, p)) : row,
  );
  return withTensors(state, logProbs, model.targets);
}

/**
 * Changes T. A preset is re-drawn for the new T ('tooFew' becomes 'confident', since its T is
 * fixed); hand-edited frames are kept, and new frames copy the last one.
 */
export function applyFrames(state: LossState, model: CtcModel, frames: number): LossState {
  const t = Math.min(MAX_FRAMES, Math.max(1, Math.round(frames)));
  if (model.preset !== 'custom') {
    const id = model.preset === 'tooFew' ? 'confident' : model.preset;
    const units = presetUnits(id, { ...model, frames: t });
    return withTensors(state, units.map(logProbsOf), model.targets);
  }
  const last = model.logProbs.at(-1) ?? [];
  const logProbs = Array.from({ length: t }, (_, i) => model.logProbs[i] ?? last);
  return withTensors(state, logProbs, model.targets);
}

/**
 * A new target word: new letters (its own plus distractors), and the current preset redrawn for
 * it. T grows to the fewest frames the word needs, unless the 'tooFew' preset is on.
 */
export function applyWord(
  state: LossState,
  model: CtcModel,
  word: string,
): { state: LossState; letters: string; raisedTo: number | null } {
  const letters = lettersFor(word);
  const blank = Math.min(model.blank, letters.length);
  const symbols = classSymbols(letters, blank);
  const targets = [...word].map((ch) => symbols.indexOf(ch));
  const minFrames = ctcMinFrames(targets, blank);
  const tooFew = model.preset === 'tooFew' && minFrames > 1;
  const id: PresetId =
    model.preset === 'custom' || model.preset === 'tooFew' ? 'confident' : model.preset;
  const frames = tooFew ? minFrames - 1 : Math.max(model.frames, minFrames);
  const units = presetUnits(tooFew ? 'tooFew' : id, {
    targets,
    blank,
    classes: symbols.length,
    frames,
    distractor: distractorOf(symbols, targets, blank),
  });
  const next = withTensors(
    { ...state, params: { ...state.params, blank } },
    units.map(logProbsOf),
    targets,
  );
  const raise = !tooFew && model.frames < minFrames;
  return { state: next, letters, raisedTo: raise ? minFrames : null };
}

/**
 * Moves the blank to class index `to`: the letters keep their order around it, so every class
 * index after the move names the same symbol's probabilities as before, and the targets are
 * re-indexed to match. Only the indices change, never the probabilities or the loss.
 */
export function applyBlank(state: LossState, model: CtcModel, to: number): LossState {
  const symbols = classSymbols(model.letters, to);
  const moved = (c: number) => symbols.indexOf(model.symbols[c] ?? BLANK_SYMBOL);
  const order = model.symbols.map((_, c) => c).sort((a, b) => moved(a) - moved(b));
  const logProbs = model.logProbs.map((row) => order.map((c) => row[c] ?? 0));
  const targets = model.targets.map(moved);
  return withTensors({ ...state, params: { ...state.params, blank: to } }, logProbs, targets);
}

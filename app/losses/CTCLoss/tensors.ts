import type { NestedNumbers } from '../../../src/index.ts';
import { classSymbols, lettersFor } from './alphabet.ts';
import { presetUnits } from './presets.ts';
import { logProbsOf } from './probabilities.ts';

/** The forward() tensors of one sequence: log_probs (T, 1, C), targets (1, L) and the lengths. */
export function ctcTensors(
  logProbs: readonly (readonly number[])[],
  targets: readonly number[],
): Record<string, NestedNumbers> {
  return {
    log_probs: logProbs.map((row) => [[...row]]),
    targets: [[...targets]],
    input_lengths: [logProbs.length],
    target_lengths: [targets.length],
  };
}

/** What a student sees first: "cat" in 8 frames, a confident model, blank = 0. */
export const DEFAULT_WORD = 'cat';
export const DEFAULT_FRAMES = 8;
export const DEFAULT_LETTERS = lettersFor(DEFAULT_WORD);

/** The default example tensors, built by the same code as the panel's presets. */
export function defaultCtcTensors(): Record<string, NestedNumbers> {
  const symbols = classSymbols(DEFAULT_LETTERS, 0);
  const targets = [...DEFAULT_WORD].map((ch) => symbols.indexOf(ch));
  const units = presetUnits('confident', {
    targets,
    blank: 0,
    classes: symbols.length,
    frames: DEFAULT_FRAMES,
    distractor: symbols.indexOf('o'),
  });
  return ctcTensors(units.map(logProbsOf), targets);
}

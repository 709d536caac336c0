import type { NestedNumbers } from '../../../src/index.ts';
import { classSymbols } from './alphabet.ts';
import { DEFAULT_FRAMES, DEFAULT_LETTERS, DEFAULT_WORD } from './defaults.ts';
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

// The defaults live apart so that the store can start from them without loading the presets.
export { DEFAULT_FRAMES, DEFAULT_LETTERS, DEFAULT_WORD } from './defaults.ts';

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

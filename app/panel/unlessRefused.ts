import { LossInputError } from '../../src/index.ts';

/**
 * The value of `compute`, or null when the core refuses the inputs (it throws `LossInputError`).
 * A refusal is expected while a student edits: the panel already shows evaluateLoss's message
 * and keeps its last good figure, so a figure only needs to know there is nothing new to draw.
 * Any other error is a bug and is rethrown.
 */
export function unlessRefused<T>(compute: () => T): T | null {
  try {
    return compute();
  } catch (e) {
    if (e instanceof LossInputError) return null;
    throw e;
  }
}

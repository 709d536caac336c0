import type { NestedNumbers } from '../../../src/index.ts';

/** The default CTC model's confidence: 0.9 on its pick, 0.02 on each of the other 5 classes. */
const PICK = Math.log(0.9);
const OTHER = Math.log(0.02);
const frame = (pick: number) => [[0, 1, 2, 3, 4, 5].map((k) => (k === pick ? PICK : OTHER))];

/**
 * The default example tensors: loaded with the app's shell, which needs them to start a panel's
 * state, while the rest of the teaching content loads with the panel. "cat" (targets 2, 1, 5 over
 * the classes blank, a, c, e, o, t) in 8 frames from a confident model: the tensors the panel's
 * first preset draws (`defaultCtcTensors`, checked equal in example.test.ts), written out so that
 * the shell does not load the preset code.
 */
export const example: Readonly<Record<string, NestedNumbers>> = {
  log_probs: [0, 2, 2, 0, 1, 0, 5, 0].map(frame),
  targets: [[2, 1, 5]],
  input_lengths: [8],
  target_lengths: [3],
};

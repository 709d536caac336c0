import type { NestedNumbers } from '../../../src/index.ts';

/**
 * The default example tensors: loaded with the app's shell, which needs them to start a panel's
 * state, while the rest of the teaching content loads with the panel.
 */
export const example: Readonly<Record<string, NestedNumbers>> = {
  input1: [
    [1.0, 0.5],
    [0.3, 1.0],
  ],
  input2: [
    [0.8, 0.9],
    [0.9, 0.6],
  ],
  target: [1, -1],
};

import type { NestedNumbers } from '../../../src/index.ts';

/**
 * The default example tensors: loaded with the app's shell, which needs them to start a panel's
 * state, while the rest of the teaching content loads with the panel.
 */
export const example: Readonly<Record<string, NestedNumbers>> = {
  input: [
    [1.0, 2.0],
    [0.5, -1.0],
    [0.0, 1.5],
  ],
  target: [
    [1.2, 0.5],
    [0.4, 1.0],
    [0.3, 1.0],
  ],
  var: [
    [0.5, 1.0],
    [0.1, 2.0],
    [0.2, 0.3],
  ],
};

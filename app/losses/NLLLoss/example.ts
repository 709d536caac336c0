import type { NestedNumbers } from '../../../src/index.ts';

/**
 * The default example tensors: loaded with the app's shell, which needs them to start a panel's
 * state, while the rest of the teaching content loads with the panel.
 */
export const example: Readonly<Record<string, NestedNumbers>> = {
  input: [
    [-0.3567, -1.6094, -2.3026],
    [-1.6094, -0.6931, -1.204],
  ],
  target: [0, 2],
};

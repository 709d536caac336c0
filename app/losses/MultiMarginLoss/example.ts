import type { NestedNumbers } from '../../../src/index.ts';

/**
 * The default example tensors: loaded with the app's shell, which needs them to start a panel's
 * state, while the rest of the teaching content loads with the panel.
 */
export const example: Readonly<Record<string, NestedNumbers>> = {
  input: [
    [0.1, 0.2, 0.4, 0.8],
    [1.2, 0.3, -0.5, 0.9],
  ],
  target: [3, 0],
};

import type { NestedNumbers } from '../../../src/index.ts';

/**
 * The default example tensors: loaded with the app's shell, which needs them to start a panel's
 * state, while the rest of the teaching content loads with the panel.
 */
// Away from the origin, so that the cosine distance has directions to compare; with the
// default distance triplet 0 pays and triplet 1 is already satisfied.
export const example: Readonly<Record<string, NestedNumbers>> = {
  anchor: [
    [1.0, 0.5],
    [1.0, 1.0],
  ],
  positive: [
    [1.5, 1.0],
    [1.5, 2.0],
  ],
  negative: [
    [2.0, 0.5],
    [3.5, 1.0],
  ],
};

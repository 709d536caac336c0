import type { Tensor } from '../core/tensor.ts';

/** Distances between the rows of two broadcast tensors, with their backward pass. */
export interface DistanceResult {
  /** One distance per row; the shape is the broadcast shape without the reduced dimension. */
  readonly value: Tensor;
  /**
   * Adds d(Σ g·value)/dx into `gx` (laid out like x) and d(Σ g·value)/dy into `gy`, summing
   * over the dimensions along which x or y was broadcast.
   */
  backward(g: Float64Array, gx: Float64Array, gy: Float64Array): void;
}

/**
 * A distance function such as `pairwise_distance` or `1 − cosine_similarity`. `names` are the
 * two arguments' names, for error messages.
 */
export type Distance = (x: Tensor, y: Tensor, names: readonly [string, string]) => DistanceResult;

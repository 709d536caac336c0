/**
 * One sample's log-probabilities inside a flat (T, N, C) buffer, without copying:
 * log p_t(c) = data[offset + t * frameStride + c]. For an unbatched (T, C) tensor the offset is 0
 * and the stride C; for sample b of a batch they are b * C and N * C.
 */
export interface SampleView {
  readonly data: Float64Array;
  readonly offset: number;
  readonly frameStride: number;
}

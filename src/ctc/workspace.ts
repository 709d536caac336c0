/**
 * Scratch buffers for the fast path, allocated once per batch and reused by every sample so
 * that the inner loops never allocate. Rows are `width = states + 4` wide: state s lives in
 * column s + 2, and the two spare columns on each side hold zeros that stand for the states
 * before 0 and after 2L, so the recursions need no bounds checks.
 */
export interface Workspace {
  readonly width: number;
  /** Scaled α of the current sample: a virtual start row, then one row per frame. */
  readonly alpha: Float64Array;
  /** Two rolling rows of scaled β. */
  readonly betaNext: Float64Array;
  readonly betaHere: Float64Array;
  /** α·β per state of the current frame, before normalisation into the occupancy. */
  readonly gamma: Float64Array;
  /** skip[s] as 0/1 in column s + 2, so a skip costs a multiply, not a branch. */
  readonly skip: Float64Array;
  /** Lattice band of each frame (see fillBand). */
  readonly lo: Int32Array;
  readonly hi: Int32Array;
}

export function createWorkspace(maxFrames: number, maxStates: number): Workspace {
  const width = maxStates + 4;
  return {
    width,
    alpha: new Float64Array((maxFrames + 1) * width),
    betaNext: new Float64Array(width),
    betaHere: new Float64Array(width),
    gamma: new Float64Array(width),
    skip: new Float64Array(width),
    lo: new Int32Array(maxFrames),
    hi: new Int32Array(maxFrames),
  };
}

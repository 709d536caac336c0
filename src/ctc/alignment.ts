/** A cell of the CTC lattice: frame t, state s of the extended label sequence. */
export interface CtcCell {
  readonly t: number;
  readonly s: number;
}

/** A label sequence read frame by frame, with its probability and what it collapses to. */
export interface CtcDecoding {
  /** One label per frame. */
  readonly labels: readonly number[];
  /** Σ_t log p_t(labels[t]). */
  readonly logProb: number;
  /** The labels after merging repeats and dropping blanks. */
  readonly collapsed: readonly number[];
}

/** A valid alignment: a path through the lattice, one state per frame. */
export interface CtcAlignment extends CtcDecoding {
  /** The lattice state occupied at each frame. */
  readonly states: readonly number[];
}

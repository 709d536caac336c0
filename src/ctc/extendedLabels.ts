/**
 * The extended label sequence l' of CTC: the target with a blank before, between and after its
 * labels (length 2L + 1), and which transitions between its states are allowed.
 */
export interface ExtendedLabels {
  /** l'[s]: blank at even s, target[(s - 1) / 2] at odd s. */
  readonly labels: Int32Array;
  /**
   * skip[s] is 1 when a path may jump from state s - 2 straight to s. Only a label may be jumped
   * to, and only from a different label: between two equal labels the blank is compulsory,
   * otherwise "a a" and "a" would collapse to the same output.
   */
  readonly skip: Uint8Array;
  /** The earliest frame at which state s can be occupied (paths start in state 0 or 1). */
  readonly first: Int32Array;
  /** The fewest further frames needed to get from state s to an end state (2L or 2L - 1). */
  readonly toEnd: Int32Array;
  /** The fewest frames any valid alignment needs: L plus one per adjacent repeated pair. */
  readonly minFrames: number;
}

/**
 * Builds l' for the `length` labels found at `targets[offset + i]`.
 * The skip rule is PyTorch's literally (`l'[s - 2] != l'[s]`), so a label equal to `blank`, which
 * PyTorch does not refuse, behaves exactly as it does there.
 */
export function extendLabels(
  targets: ArrayLike<number>,
  offset: number,
  length: number,
  blank: number,
): ExtendedLabels {
  const states = 2 * length + 1;
  const labels = new Int32Array(states).fill(blank);
  for (let i = 0; i < length; i++) labels[2 * i + 1] = targets[offset + i] ?? blank;
  const skip = new Uint8Array(states);
  for (let s = 2; s < states; s++) skip[s] = labels[s] !== labels[s - 2] ? 1 : 0;

  const first = new Int32Array(states);
  for (let s = 2; s < states; s++) {
    const viaAdvance = first[s - 1] ?? 0;
    const viaSkip = skip[s] ? (first[s - 2] ?? 0) : viaAdvance;
    first[s] = Math.min(viaAdvance, viaSkip) + 1;
  }
  const toEnd = new Int32Array(states);
  for (let s = states - 3; s >= 0; s--) {
    const viaAdvance = toEnd[s + 1] ?? 0;
    const viaSkip = skip[s + 2] ? (toEnd[s + 2] ?? 0) : viaAdvance;
    toEnd[s] = Math.min(viaAdvance, viaSkip) + 1;
  }
  // The final blank is never earlier than the last label, so the last label decides.
  const minFrames = (first[states === 1 ? 0 : states - 2] ?? 0) + 1;
  return { labels, skip, first, toEnd, minFrames };
}

/**
 * Whether a lattice of `frames` frames holds at least one path from a start state to an end
 * state. Without one the likelihood is 0 and the loss +inf, whatever the probabilities.
 */
export function hasValidAlignment(ext: ExtendedLabels, frames: number): boolean {
  return frames >= ext.minFrames;
}

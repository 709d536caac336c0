export interface FocusOptions {
  /** Fraction of each curve's points at the left end to leave out (where it shoots off). */
  readonly skipLeft?: number;
  /** The same at the right end. */
  readonly skipRight?: number;
  /** Values that must stay in view, e.g. the example elements' markers. */
  readonly keep?: readonly number[];
  /** Include 0 in the range (losses that are never negative read better from 0). */
  readonly zero?: boolean;
  /** Never taller than this span, however far the kept values lie. */
  readonly maxSpan?: number;
}

/**
 * A y-range for curves that run off to infinity at one end (−log p at p = 0, 1/var at var = 0):
 * the extent of the well-behaved part plus the values to keep, padded by 8%. The plot then clips
 * the runaway end instead of squashing everything else flat.
 */
export function focusDomain(
  curves: readonly ArrayLike<number>[],
  { skipLeft = 0, skipRight = 0, keep = [], zero = false, maxSpan = Infinity }: FocusOptions = {},
): [number, number] {
  let lo = zero ? 0 : Infinity;
  let hi = zero ? 0 : -Infinity;
  const take = (v: number) => {
    if (!Number.isFinite(v)) return;
    if (v < lo) lo = v;
    if (v > hi) hi = v;
  };
  for (const ys of curves) {
    const from = Math.floor(ys.length * skipLeft);
    const to = ys.length - Math.floor(ys.length * skipRight);
    for (let i = from; i < to; i++) take(ys[i] ?? Number.NaN);
  }
  for (const v of keep) take(v);
  if (!(lo <= hi)) return [0, 1];
  if (hi - lo > maxSpan) hi = lo + maxSpan;
  const pad = (hi - lo) * 0.08 || 1;
  return [zero && lo >= 0 ? 0 : lo - pad, hi + pad];
}

/**
 * The y-range of a gradient plot: every finite value of the curves, and 0, padded by 8%.
 * Panels pass the unscaled gradient, so switching to reduction='mean' visibly flattens the
 * drawn curves instead of the axis rescaling and hiding the 1/N.
 */
export function gradAxisDomain(curves: readonly ArrayLike<number>[]): [number, number] {
  const finite = curves.flatMap((c) => Array.from(c)).filter(Number.isFinite);
  const lo = Math.min(0, ...finite);
  const hi = Math.max(0, ...finite);
  const pad = (hi - lo) * 0.08 || 1;
  return [lo - pad, hi + pad];
}

/** `v` rounded to a multiple of `step`, without binary noise (0.1 + 0.2 shows as 0.3). */
export function snapTo(v: number, step: number): number {
  if (!(step > 0)) return v;
  return Number((Math.round(v / step) * step).toFixed(10));
}

/** `v` limited to the interval [lo, hi]. */
export function clamp(v: number, lo: number, hi: number): number {
  return Math.min(hi, Math.max(lo, v));
}

/**
 * Where an arrow key takes a draggable point: left/right move x, up/down move y (on screen, up
 * is +y). A point locked to one axis moves along it with every arrow, like a slider. Null for
 * keys that do not move points.
 */
export function arrowDelta(
  key: string,
  axis: 'both' | 'x' | 'y',
): { readonly dx: number; readonly dy: number } | null {
  const along = key === 'ArrowRight' || key === 'ArrowUp' ? 1 : -1;
  if (!['ArrowLeft', 'ArrowRight', 'ArrowUp', 'ArrowDown'].includes(key)) return null;
  if (axis === 'x') return { dx: along, dy: 0 };
  if (axis === 'y') return { dx: 0, dy: along };
  const horizontal = key === 'ArrowLeft' || key === 'ArrowRight';
  return horizontal ? { dx: along, dy: 0 } : { dx: 0, dy: along };
}

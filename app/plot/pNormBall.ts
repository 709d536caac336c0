/**
 * The outline of the p-norm ball {v : ‖v − centre‖_p = radius} in the plane, the superellipse
 * |x|^p + |y|^p = r^p, as a closed polygon: a diamond at p = 1, a circle at 2, a square as
 * p → ∞, and a star with concave sides below 1. Null where there is no such curve to draw
 * (p ≤ 0, a radius that is not a positive finite number).
 */
export function pNormBall(
  centre: readonly [number, number],
  radius: number,
  p: number,
  points = 256,
): [number, number][] | null {
  if (!(radius > 0) || !Number.isFinite(radius) || !(p > 0)) return null;
  const [cx, cy] = centre;
  if (p === Infinity) {
    return [
      [cx + radius, cy + radius],
      [cx - radius, cy + radius],
      [cx - radius, cy - radius],
      [cx + radius, cy - radius],
    ];
  }
  // x = r·sgn(cos t)|cos t|^(2/p), y likewise with sin: |x|^p + |y|^p = r^p(cos² t + sin² t).
  const e = 2 / p;
  const out: [number, number][] = [];
  for (let k = 0; k < points; k++) {
    const t = (2 * Math.PI * k) / points;
    const c = Math.cos(t);
    const s = Math.sin(t);
    out.push([
      cx + radius * Math.sign(c) * Math.abs(c) ** e,
      cy + radius * Math.sign(s) * Math.abs(s) ** e,
    ]);
  }
  return out;
}

/**
 * The directions (angles from +x, radians) at cosine distance `radius` from direction `phi`,
 * i.e. where 1 − cos θ = radius: two rays at ±θ. 'all' when radius > 2 (every direction is
 * nearer), 'none' when radius < 0 (none is); a single ray (θ = 0 or π) at the ends.
 */
export function cosineRays(phi: number, radius: number): readonly number[] | 'all' | 'none' {
  if (!(radius >= 0)) return 'none';
  if (radius > 2) return 'all';
  const half = Math.acos(1 - radius);
  return half === 0 || half === Math.PI ? [phi + half] : [phi - half, phi + half];
}

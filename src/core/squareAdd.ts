/** 2^27 + 1: Veltkamp's constant, which splits a double into two 26-bit halves. */
const SPLIT = 134217729;

/** Below this |x|, x² sits near the subnormals and its rounding error is not representable. */
const TINY = 1e-145;

/**
 * `fma(x, x, acc)`: x² + acc rounded once, as the fused multiply-add that PyTorch's compiled
 * kernels use when they accumulate squares (its 2-norm sums `acc += x * x` with FMA). JavaScript
 * has no FMA, so x² is taken exactly as hi + lo (Dekker's product) and added to acc with an
 * error-free sum; the final rounding then sees what the hardware sees, except in cases that
 * would need the exact sum to land within 2^-106 of a rounding boundary.
 */
export function squareAdd(x: number, acc: number): number {
  const hi = x * x;
  // inf and NaN propagate as through FMA; near the subnormals the split would lose bits.
  if (!Number.isFinite(hi) || !Number.isFinite(acc) || Math.abs(x) < TINY) return hi + acc;
  const c = SPLIT * x;
  const xh = c - (c - x);
  const xl = x - xh;
  const lo = xh * xh - hi + 2 * xh * xl + xl * xl;
  const s = hi + acc;
  const b = s - hi;
  const e = hi - (s - b) + (acc - b);
  return s + (e + lo);
}

/**
 * PyTorch's `sign`/`sgn` on a real number: 1, −1, or 0 for ±0 and also for NaN (its kernel is
 * `(0 < x) − (x < 0)`), whereas `Math.sign(NaN)` is NaN. The backward of `abs` and of the 1-norm
 * multiply by it, so a NaN difference gets gradient 0 there, not NaN.
 */
export function sgn(x: number): number {
  return x > 0 ? 1 : x < 0 ? -1 : 0;
}

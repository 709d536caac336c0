/**
 * The logistic sigmoid 1 / (1 + e^(−x)) in float64, written as PyTorch evaluates it: no
 * rewriting for large |x|, so its rounding is PyTorch's. For x ≳ 36.74, e^(−x) is below half
 * the machine epsilon and the result is exactly 1; for x < −709.78, e^(−x) overflows to ∞ and
 * the result is exactly 0. Those two facts are what the BCE stability lesson is about.
 */
export function sigmoid(x: number): number {
  return 1 / (1 + Math.exp(-x));
}

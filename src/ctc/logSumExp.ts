/**
 * Log-space addition, written the way PyTorch's CPU CTC kernel writes it (LossCTC.cpp): shift by
 * the largest term so nothing overflows, and shift by 0 instead when every term is -inf, because
 * -inf - (-inf) would be NaN while an empty sum of probabilities is simply log 0 = -inf.
 */
export function logAddExp(a: number, b: number): number {
  let m = a > b ? a : b;
  if (m === Number.NEGATIVE_INFINITY) m = 0;
  return Math.log(Math.exp(a - m) + Math.exp(b - m)) + m;
}

/** log(e^a + e^b + e^c) with the same max shift as {@link logAddExp}. */
export function logSumExp3(a: number, b: number, c: number): number {
  let m = a;
  if (b > m) m = b;
  if (c > m) m = c;
  if (m === Number.NEGATIVE_INFINITY) m = 0;
  return Math.log(Math.exp(a - m) + Math.exp(b - m) + Math.exp(c - m)) + m;
}

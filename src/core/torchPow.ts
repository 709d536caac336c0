/**
 * `tensor.pow(exponent)` for a scalar exponent, as PyTorch 1.13's CPU kernel evaluates it: a few
 * exponents are dispatched to cheaper kernels (sqrt, rsqrt, reciprocal, x·x, x·x·x, 1/(x·x)),
 * the rest go to `std::pow`. The shortcuts round differently and, where it matters, overflow
 * differently: `x.pow(-2)` is `1 / (x·x)`, which is 0 once x·x overflows (|x| > ~1.3e154),
 * where the true value 1/x² would still be a denormal.
 */
export function torchPow(base: number, exponent: number): number {
  switch (exponent) {
    case 0:
      return 1; // fill_(1), NaN bases included
    case 1:
      return base; // copy_
    case 0.5:
      return Math.sqrt(base);
    case -0.5:
      return 1 / Math.sqrt(base);
    case -1:
      return 1 / base;
    case 2:
      return base * base;
    case 3:
      return base * base * base;
    case -2:
      return 1 / (base * base);
    default:
      return cPow(base, exponent);
  }
}

/**
 * C's `std::pow`, which PyTorch's kernels call. It differs from `Math.pow` only where
 * ECMAScript chose NaN: C defines pow(1, y) = 1 for every y, NaN included, and
 * pow(−1, ±inf) = 1. A 1-norm-like sum of exactly 1 stays 1 under a NaN `p` in PyTorch.
 */
export function cPow(base: number, exponent: number): number {
  if (base === 1) return 1;
  if (base === -1 && Math.abs(exponent) === Infinity) return 1;
  return Math.pow(base, exponent);
}

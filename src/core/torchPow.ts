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
      return Math.pow(base, exponent);
  }
}

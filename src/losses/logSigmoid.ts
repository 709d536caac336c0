/**
 * log σ(x) = min(x, 0) − log1p(exp(−|x|)): finite for every finite x, where the naive
 * log(1 / (1 + exp(−x))) gives −inf below about −745. This is PyTorch's CPU formula.
 */
export function logSigmoid(x: number): number {
  return Math.min(x, 0) - Math.log1p(Math.exp(-Math.abs(x)));
}

/**
 * d log σ(x) / dx = σ(−x), computed as PyTorch's `log_sigmoid_backward` does from
 * z = exp(−|x|): 1 − z/(1+z) for x < 0, z/(1+z) otherwise, so neither side overflows.
 */
export function logSigmoidGrad(x: number): number {
  const z = Math.exp(-Math.abs(x));
  return x < 0 ? 1 - z / (1 + z) : z / (1 + z);
}

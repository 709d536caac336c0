import { sgn } from '../core/sgn.ts';
import { squareAdd } from '../core/squareAdd.ts';
import { accuratePow } from '../core/accuratePow.ts';
import { torchPow } from '../core/torchPow.ts';

/**
 * `torch.linalg.vector_norm(x, ord=p)` of the first `length` entries of `data`, for every `p`
 * PyTorch accepts: `(Σ|x|^p)^(1/p)` in general, and its limits 0 (count of non-zeros) and ±∞
 * (largest / smallest |x|). An empty vector has norm 0 for every p.
 *
 * PyTorch 1.13's CPU norm kernel holds `p` as a float32 even for float64 tensors, so a p such
 * as 0.7 is really 0.699999988…, which moves the norm by up to ~1e-6 relative for p < 1. We
 * round p the same way (`Math.fround`); the backward pass, by contrast, uses p as given.
 */
export function vectorNorm(data: Float64Array, length: number, ord: number): number {
  if (length === 0) return 0;
  const p = Math.fround(ord);
  let acc = 0;
  if (p === 2) {
    // PyTorch's kernel accumulates the squares with fused multiply-adds: so do we, bit for bit,
    // so that distances which tie in PyTorch (a hinge exactly at 0) tie here too.
    for (let k = 0; k < length; k++) acc = squareAdd(data[k] ?? 0, acc);
    return Math.sqrt(acc);
  }
  if (p === 1) {
    for (let k = 0; k < length; k++) acc += Math.abs(data[k] ?? 0);
    return acc;
  }
  if (p === 0) {
    for (let k = 0; k < length; k++) acc += data[k] === 0 ? 0 : 1;
    return acc;
  }
  // ±inf only: a NaN p takes the general branch below, where it makes the norm NaN.
  if (Math.abs(p) === Infinity) {
    acc = p > 0 ? 0 : Infinity;
    const pick = p > 0 ? Math.max : Math.min;
    for (let k = 0; k < length; k++) acc = pick(acc, Math.abs(data[k] ?? 0));
    return acc;
  }
  // std::pow, not Math.pow: Math.pow is an ulp off for one argument in ten (enough to move a
  // hinge off an exact tie) and says NaN for pow(1, NaN), which a NaN p reaches.
  for (let k = 0; k < length; k++) acc += accuratePow(Math.abs(data[k] ?? 0), p);
  return accuratePow(acc, 1 / p);
}

/**
 * Writes `g · d‖x‖_p / dx` for the first `length` entries of `data` into `out`, following
 * PyTorch's `norm_backward` branch by branch, including its choices where the norm is not
 * differentiable: 0 for p = 0, sign(0) = 0 for p = 1, a zero gradient where the norm is 0
 * (instead of 0/0), the gradient split evenly between tied extremes for p = ±∞, and x = 0
 * entries masked to 0 for p < 1 (where |x|^(p-1) would be infinite). Its powers go through
 * {@link torchPow}, so they round and overflow as PyTorch's `pow` does (p = −1 needs |x|^−2).
 */
export function vectorNormBackward(
  data: Float64Array,
  length: number,
  p: number,
  norm: number,
  g: number,
  out: Float64Array,
): void {
  if (p === 0) {
    out.fill(0, 0, length);
  } else if (p === 1) {
    // sgn, not Math.sign: PyTorch gives a NaN component gradient 0 here.
    for (let k = 0; k < length; k++) out[k] = sgn(data[k] ?? 0) * g;
  } else if (p === 2) {
    // (x / norm) · g: bit for bit what PyTorch returns (x · (g / norm) is not). The mask comes
    // before the product, so a zero norm gives 0 · g, a zero with g's sign.
    for (let k = 0; k < length; k++) out[k] = (norm === 0 ? 0 : (data[k] ?? 0) / norm) * g;
  } else if (Math.abs(p) === Infinity) {
    let ties = 0;
    for (let k = 0; k < length; k++) if (Math.abs(data[k] ?? 0) === norm) ties++;
    for (let k = 0; k < length; k++) {
      const x = data[k] ?? 0;
      out[k] = Math.abs(x) === norm ? (Math.sign(x) * g) / ties : 0;
    }
  } else if (p < 1) {
    // sgn(x)·|x|^(p−1), masked to 0 at x = 0, times g, times norm^(1−p): in this order, as
    // PyTorch multiplies, so contributions that cancel there cancel here to the last bit. The
    // masked entries are still multiplied: where norm is inf or NaN, 0·NaN makes them NaN.
    const scale = torchPow(norm, 1 - p);
    for (let k = 0; k < length; k++) {
      const x = data[k] ?? 0;
      out[k] = sgn(x) * (x === 0 ? 0 : torchPow(Math.abs(x), p - 1)) * g * scale;
    }
  } else {
    // PyTorch's masked_fill(norm == 0, 0): an all-zero difference gets a zero gradient.
    const scale = norm === 0 ? 0 : g / torchPow(norm, p - 1);
    for (let k = 0; k < length; k++) {
      const x = data[k] ?? 0;
      out[k] =
        p < 2
          ? Math.sign(x) * torchPow(Math.abs(x), p - 1) * scale
          : x * torchPow(Math.abs(x), p - 2) * scale;
    }
  }
}

/** Doubles per AVX2 vector. */
const LANES = 4;

/**
 * Σ at(i) for i < n in the order of ATen's `vec::reduce_all` with `+` (cpu/vec/functional_base.h),
 * the row sum of PyTorch 1.13's softmax and log_softmax kernels along the last dimension. Unlike
 * torch.sum it starts from the first value, not from +0, so a row of −0 sums to −0; and from 4
 * values on it adds them in 4 lanes (value i into lane i mod 4) before adding up the lanes.
 */
export function vecReduceSum(n: number, at: (i: number) => number): number {
  if (n === 0) return 0;
  if (n < LANES) {
    let acc = at(0);
    for (let i = 1; i < n; i++) acc += at(i);
    return acc;
  }
  const lanes = [at(0), at(1), at(2), at(3)];
  for (let i = LANES; i < n; i++) {
    const lane = i % LANES;
    lanes[lane] = (lanes[lane] ?? 0) + at(i);
  }
  let acc = lanes[0] ?? 0;
  for (let lane = 1; lane < LANES; lane++) acc += lanes[lane] ?? 0;
  return acc;
}

/** Doubles per AVX2 vector: the lanes PyTorch's sum kernel accumulates side by side. */
const LANES = 4;
/** Independent accumulators per level (SumKernel.cpp's ilp_factor and nrows). */
const ILP = 4;
/** Cascade levels of multi_row_sum. */
const LEVELS = 4;

/** ⌈log₂ x⌉ as ATen's CeilLog2 computes it: 1 for x ≤ 2, else the bit length of x − 1. */
function ceilLog2(x: number): number {
  return x <= 2 ? 1 : 32 - Math.clz32(x - 1);
}

/**
 * Σ at(i) for i < n, added in the order PyTorch 1.13's CPU `sum` adds a contiguous float64 row
 * (aten/src/ATen/native/cpu/SumKernel.cpp, cascade_sum), so that the result agrees to the last
 * bit. Rounding makes addition order matter, and the last bit decides how a sum that lands on a
 * printed tie (9.80625 at four decimals) rounds: added in index order it can print 9.8063 where
 * PyTorch prints 9.8062.
 *
 * Fewer than 4 values are added in index order. From 4 on, whole groups of 4 fill the lanes of
 * vector accumulators: 4 of them side by side (vector v goes to accumulator v mod 4), cascaded
 * over levels of 16 rows of 4 vectors for long rows; the vectors that do not fill a row go to
 * the first accumulator, the accumulators are added up, then the last n mod 4 values are summed
 * on their own and the 4 lanes added to that, lane by lane. `mean` is this sum divided by n.
 */
export function torchSum(n: number, at: (i: number) => number): number {
  if (n < LANES) {
    let s = 0;
    for (let i = 0; i < n; i++) s += at(i);
    return s;
  }
  const vectors = Math.floor(n / LANES);
  const rows = Math.floor(vectors / ILP);
  // acc[level][k][lane]: accumulator k of a level, one double per lane.
  const acc = new Float64Array(LEVELS * ILP * LANES);
  const slot = (level: number, k: number) => (level * ILP + k) * LANES;
  const addVector = (offset: number, v: number) => {
    for (let lane = 0; lane < LANES; lane++) {
      acc[offset + lane] = (acc[offset + lane] ?? 0) + at(v * LANES + lane);
    }
  };
  const levelPower = Math.max(4, Math.floor(ceilLog2(rows) / LEVELS));
  const levelStep = 2 ** levelPower;
  let r = 0;
  while (r + levelStep <= rows) {
    for (let j = 0; j < levelStep; j++, r++) {
      for (let k = 0; k < ILP; k++) addVector(slot(0, k), r * ILP + k);
    }
    for (let level = 1; level < LEVELS; level++) {
      for (let k = 0; k < ILP * LANES; k++) {
        const to = slot(level, 0) + k;
        const from = slot(level - 1, 0) + k;
        acc[to] = (acc[to] ?? 0) + (acc[from] ?? 0);
        acc[from] = 0;
      }
      // Climb on only while r is a multiple of levelStep^(level + 1): `(r & mask) != 0` there.
      if (Math.floor(r / 2 ** (level * levelPower)) % levelStep !== 0) break;
    }
  }
  for (; r < rows; r++) for (let k = 0; k < ILP; k++) addVector(slot(0, k), r * ILP + k);
  for (let level = 1; level < LEVELS; level++) {
    for (let k = 0; k < ILP * LANES; k++) {
      acc[k] = (acc[k] ?? 0) + (acc[slot(level, 0) + k] ?? 0);
    }
  }
  // row_sum: vectors left over after the rows of 4 join accumulator 0, then the 4 are added.
  for (let v = rows * ILP; v < vectors; v++) addVector(slot(0, 0), v);
  for (let k = 1; k < ILP; k++) {
    for (let lane = 0; lane < LANES; lane++) {
      acc[lane] = (acc[lane] ?? 0) + (acc[slot(0, k) + lane] ?? 0);
    }
  }
  let total = 0;
  for (let i = vectors * LANES; i < n; i++) total += at(i);
  for (let lane = 0; lane < LANES; lane++) total += acc[lane] ?? 0;
  return total;
}

/**
 * Frame probabilities as the heatmap edits them: integers in units of 0.0001 that sum to exactly
 * 10000 in every frame, so each row is a true distribution, its log is a genuine log_softmax
 * output, and the PyTorch code can print the same short decimals the panel uses.
 */
export const UNITS = 10_000;

/**
 * Splits `total` units over entries in proportion to `weights` (all equal if they sum to 0),
 * giving every entry at least one unit: the largest-remainder method, so the sum is exact.
 */
export function apportion(weights: readonly number[], total: number): number[] {
  const n = weights.length;
  if (n === 0) return [];
  const sum = weights.reduce((a, b) => a + Math.max(0, b), 0);
  const ideal = weights.map((w) => (sum > 0 ? (total * Math.max(0, w)) / sum : total / n));
  const out = ideal.map((x) => Math.max(1, Math.floor(x)));
  let diff = total - out.reduce((a, b) => a + b, 0);
  const byRemainder = ideal
    .map((x, i) => ({ i, r: x - Math.floor(x) }))
    .sort((a, b) => b.r - a.r || a.i - b.i);
  for (let k = 0; diff > 0; k = (k + 1) % n, diff--) {
    const i = byRemainder[k]?.i ?? 0;
    out[i] = (out[i] ?? 0) + 1;
  }
  while (diff < 0) {
    const largest = out.reduce((best, v, i) => (v > (out[best] ?? 0) ? i : best), 0);
    if ((out[largest] ?? 0) <= 1) break;
    out[largest] = (out[largest] ?? 0) - 1;
    diff++;
  }
  return out;
}

/**
 * Sets class `c` of a frame to probability `p` and rescales the other classes so the frame
 * still sums to 1, keeping their ratios: raising one class takes mass from all the others.
 */
export function setProbability(row: readonly number[], c: number, p: number): number[] {
  const others = row.length - 1;
  const units = Math.min(UNITS - others, Math.max(1, Math.round(p * UNITS)));
  const rest = apportion(
    row.filter((_, i) => i !== c),
    UNITS - units,
  );
  return [...rest.slice(0, c), units, ...rest.slice(c)];
}

/** A frame's units read back from log-probabilities (rounded to the 0.0001 grid). */
export function unitsFromLogProbs(logProbs: readonly number[]): number[] {
  return apportion(
    logProbs.map((lp) => Math.exp(lp)),
    UNITS,
  );
}

/** log p for every unit count: what goes into the store as log_probs. */
export function logProbsOf(units: readonly number[]): number[] {
  return units.map((u) => Math.log(u / UNITS));
}

/** Whether a frame's log-probabilities are exactly the logs of 0.0001-grid probabilities. */
export function onGrid(logProbs: readonly number[]): boolean {
  const units = unitsFromLogProbs(logProbs);
  return logProbsOf(units).every((lp, i) => lp === logProbs[i]);
}

/** A probability in the units as a short decimal: 0.85, 0.0167. */
export function unitText(units: number): string {
  return String(units / UNITS);
}

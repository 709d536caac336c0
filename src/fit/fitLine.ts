import { LossInputError } from '../core/LossInputError.ts';
import { readData } from './data.ts';
import { constantFits } from './fitConstant.ts';
import { zeroIntervals } from './monotoneInterval.ts';
import { residualKernel, type ResidualKernel } from './residualKernel.ts';

/** The line a + b·t that minimises a regression loss over points (tᵢ, yᵢ). */
export interface LineFit {
  readonly intercept: number;
  readonly slope: number;
  /**
   * Every slope in [slopeLower, slopeUpper] belongs to some minimising line (a single point
   * unless the loss is flat at the bottom, as L1Loss can be); `slope` is their midpoint.
   */
  readonly slopeLower: number;
  readonly slopeUpper: number;
  /** The fitted values a + b·tᵢ at the data points. */
  readonly predictions: readonly number[];
}

/** Minimisers of the profile F(b) = min over a of Σ ρ(a + b·uᵢ − yᵢ), as [lower, upper]. */
function optimalSlopes(
  kernel: ResidualKernel,
  u: Float64Array,
  ys: Float64Array,
  pairSlopes: readonly number[],
): [number, number] {
  const intercepts = (bs: ArrayLike<number>) =>
    constantFits(
      kernel,
      Array.from(bs, (b) => ys.map((y, i) => y - b * (u[i] ?? 0))),
    ).map((f) => f.value);
  const residualsAt = (bs: ArrayLike<number>) => {
    const as = intercepts(bs);
    const r = new Float64Array(bs.length * ys.length);
    let k = 0;
    Array.from(bs).forEach((b, q) => {
      ys.forEach((y, i) => (r[k++] = (as[q] ?? 0) + b * (u[i] ?? 0) - y));
    });
    return kernel.evaluate(r);
  };
  const n = ys.length;
  if (kernel.differentiable) {
    // F is convex and differentiable with F'(b) = Σ ρ'(rᵢ)·uᵢ at any optimal intercept
    // (the envelope theorem), so bisecting its sign is exact. Every minimiser's slope is a
    // weighted average of the pairwise slopes (the weighted least-squares normal equations
    // with weights ρ'(r)/r > 0), hence the bracket.
    const lo = Math.min(...pairSlopes);
    const hi = Math.max(...pairSlopes);
    const pad = Math.max(1, hi - lo);
    const dF = (_: Int32Array, bs: Float64Array) => {
      const { grad } = residualsAt(bs);
      return bs.map((_b, q) => {
        let s = 0;
        for (let i = 0; i < n; i++) s += (grad[q * n + i] ?? 0) * (u[i] ?? 0);
        return s;
      });
    };
    const [found] = zeroIntervals(dF, [[lo - pad, hi + pad]]);
    if (!found) throw new Error('internal: no slope found');
    return [found.lower, found.upper];
  }
  // Where ρ has a kink (L1), F is convex and piecewise linear, with kinks only where two
  // points swap order in y − b·t, i.e. at pairwise slopes: its minimum is attained at one of
  // them, and its minimisers are the interval between the smallest and largest optimal ones.
  const candidates = [...new Set(pairSlopes)].sort((a, b) => a - b);
  const { loss } = residualsAt(candidates);
  const totals = candidates.map((_, q) => {
    let s = 0;
    for (let i = 0; i < n; i++) s += loss[q * n + i] ?? 0;
    return s;
  });
  const best = Math.min(...totals);
  const tie = 1e-10 * (1 + Math.abs(best));
  const optimal = candidates.filter((_, q) => (totals[q] ?? Infinity) <= best + tie);
  return [optimal[0] ?? 0, optimal.at(-1) ?? 0];
}

/**
 * The line a + b·t minimising Σᵢ loss(a + b·tᵢ, yᵢ) for one of L1Loss, MSELoss, SmoothL1Loss,
 * HuberLoss, using the core's own loss and gradient. MSELoss gives ordinary least squares,
 * L1Loss least absolute deviations. The slope is found on the profile F(b) = minₐ Σ ρ(...)
 * (convex, as a partial minimum of a convex function), the intercept by {@link fitConstant}'s
 * method at that slope. Where minimisers are not unique (L1Loss can be flat at the bottom) the
 * choice is deterministic: the midpoint of the optimal slopes, then the midpoint of the optimal
 * intercepts at that slope; both are minimisers because the set of minimisers is convex.
 *
 * @throws LossInputError for an unsupported loss, invalid keywords, t and y of different
 *   lengths, non-finite values, or fewer than two distinct t (no slope is determined)
 */
export function fitLine(
  name: string,
  t: readonly number[],
  y: readonly number[],
  options: Readonly<Record<string, unknown>> = {},
): LineFit {
  const kernel = residualKernel(name, options);
  const ts = readData(t, 't');
  const ys = readData(y, 'y');
  if (ts.length !== ys.length) {
    throw new LossInputError(
      `t and y must have the same length to fit a line (got ${ts.length} and ${ys.length})`,
    );
  }
  // Centring t decouples intercept and slope, which keeps both searches well conditioned.
  const tMean = ts.reduce((a, b) => a + b, 0) / ts.length;
  const u = ts.map((v) => v - tMean);
  const pairSlopes: number[] = [];
  for (let i = 0; i < ts.length; i++)
    for (let j = i + 1; j < ts.length; j++)
      if (ts[i] !== ts[j])
        pairSlopes.push(((ys[i] ?? 0) - (ys[j] ?? 0)) / ((ts[i] ?? 0) - (ts[j] ?? 0)));
  if (pairSlopes.length === 0) {
    throw new LossInputError('a line needs at least two different t values to determine its slope');
  }
  const [slopeLower, slopeUpper] = optimalSlopes(kernel, u, ys, pairSlopes);
  const slope = (slopeLower + slopeUpper) / 2;
  const [level] = constantFits(kernel, [ys.map((v, i) => v - slope * (u[i] ?? 0))]);
  if (!level) throw new Error('internal: no intercept found');
  return {
    intercept: level.value - slope * tMean,
    slope,
    slopeLower,
    slopeUpper,
    predictions: Array.from(u, (ui) => level.value + slope * ui),
  };
}

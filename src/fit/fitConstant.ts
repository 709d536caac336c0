import { minMax, readData } from './data.ts';
import { zeroIntervals } from './monotoneInterval.ts';
import { residualKernel, type ResidualKernel } from './residualKernel.ts';

/** The constant prediction that minimises a regression loss over a data set. */
export interface ConstantFit {
  /** The minimiser we show: the midpoint of [lower, upper]. */
  readonly value: number;
  /**
   * Every constant in [lower, upper] minimises the loss. The interval is a single point except
   * where the loss is flat at the bottom: L1Loss with an even number of points (any value
   * between the two middle ones), or Huber/SmoothL1 when all points sit in the linear tails.
   */
  readonly lower: number;
  readonly upper: number;
}

/**
 * The constants c minimising Σᵢ ρ(c − yᵢ) for several data sets at once (one batch of core
 * calls for all of them). The derivative Σᵢ ρ'(c − yᵢ) is non-decreasing because ρ is convex,
 * and changes sign between min(y) − 1 and max(y) + 1, so bracketing it is exact.
 */
export function constantFits(
  kernel: ResidualKernel,
  datasets: readonly Float64Array[],
): ConstantFit[] {
  const offsets: number[] = [];
  let total = 0;
  for (const d of datasets) {
    offsets.push(total);
    total += d.length;
  }
  const slope = (problems: Int32Array, xs: Float64Array) => {
    const sizes = Array.from(problems, (p) => datasets[p]?.length ?? 0);
    const residuals = new Float64Array(sizes.reduce((a, b) => a + b, 0));
    let k = 0;
    problems.forEach((p, q) => {
      const c = xs[q] ?? 0;
      for (const y of datasets[p] ?? []) residuals[k++] = c - y;
    });
    const { grad } = kernel.evaluate(residuals);
    const out = new Float64Array(problems.length);
    k = 0;
    sizes.forEach((n, q) => {
      let s = 0;
      for (let i = 0; i < n; i++) s += grad[k++] ?? 0;
      out[q] = s;
    });
    return out;
  };
  const brackets = datasets.map((d): [number, number] => {
    const [lo, hi] = minMax(d);
    return [lo - 1, hi + 1];
  });
  return zeroIntervals(slope, brackets).map(({ lower, upper }) => ({
    value: (lower + upper) / 2,
    lower,
    upper,
  }));
}

/**
 * The constant c that minimises Σᵢ loss(c, yᵢ) for one of L1Loss, MSELoss, SmoothL1Loss,
 * HuberLoss with the given keywords, using the core's own loss gradient. MSELoss gives the
 * mean, L1Loss the median (for an even count the midpoint of the two middle values, the usual
 * convention, since every value between them is a minimiser), Huber and SmoothL1 something in
 * between that depends on delta/beta. `reduction` does not matter: it scales the sum.
 *
 * @throws LossInputError for an unsupported loss, invalid keywords, or empty/non-finite data
 */
export function fitConstant(
  name: string,
  targets: readonly number[],
  options: Readonly<Record<string, unknown>> = {},
): ConstantFit {
  const kernel = residualKernel(name, options);
  const [fit] = constantFits(kernel, [readData(targets, 'targets')]);
  if (!fit) throw new Error('internal: no fit returned');
  return fit;
}

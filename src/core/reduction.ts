import { LossInputError } from './LossInputError.ts';
import { scalar, type Tensor } from './tensor.ts';
import { torchSum } from './torchSum.ts';

export const REDUCTIONS = ['none', 'mean', 'sum'] as const;
export type Reduction = (typeof REDUCTIONS)[number];
/** KLDivLoss alone also knows `batchmean`. */
export type KlReduction = Reduction | 'batchmean';

/** d output / d element for `reduction` over n elements: 1/n for `mean`, 1 otherwise. */
export function gradScaleOf(reduction: Reduction, n: number): number {
  return reduction === 'mean' ? 1 / n : 1;
}

/**
 * Applies `reduction` to per-element losses, adding them in PyTorch's order (see torchSum).
 * Returns the output and the factor by which each element's local gradient is scaled
 * (d output / d element): 1 for `none` and `sum`, 1/n for `mean`. A `mean` over zero elements
 * is NaN, as in PyTorch.
 */
export function reduce(
  losses: Tensor,
  reduction: Reduction,
): { output: Tensor; gradScale: number } {
  if (reduction === 'none') return { output: losses, gradScale: 1 };
  const { data } = losses;
  const n = data.length;
  const sum = torchSum(n, (i) => data[i] ?? 0);
  if (reduction === 'sum') return { output: scalar(sum), gradScale: 1 };
  return { output: scalar(sum / n), gradScale: gradScaleOf(reduction, n) };
}

export function checkReduction(value: unknown, allowed: readonly string[] = REDUCTIONS): void {
  if (typeof value !== 'string' || !allowed.includes(value)) {
    throw new LossInputError(
      `${String(value)} is not a valid value for reduction (expected one of ${allowed.join(', ')})`,
    );
  }
}

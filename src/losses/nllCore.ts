import { LossInputError } from '../core/LossInputError.ts';
import type { Reduction } from '../core/reduction.ts';
import { scalar, tensor, type Tensor } from '../core/tensor.ts';
import { rowStart, type ClassLayout } from './classLayout.ts';

/** The weighted negative log-likelihood of class-index targets, and its gradient. */
export interface NllResult {
  readonly output: Tensor;
  /** Σ weight[target] over the non-ignored targets (their count without a weight). */
  readonly totalWeight: number;
  /** upstream · d output / d logProbs, laid out like the input (zero off the target classes). */
  readonly grad: Float64Array;
  /** Per position: false where the target equals ignore_index. */
  readonly counted: Uint8Array;
}

/**
 * PyTorch's `nll_loss` / `nll_loss2d` on log-probabilities: loss = −weight[t] · logp[t] per
 * position, 0 where t == ignore_index. `mean` divides by the total weight of the counted targets,
 * not by their number, so a batch whose targets are all ignored gives 0/0 = NaN, as in PyTorch.
 *
 * @param target class indices, one per position (already checked to be integers)
 * @param upstream d L / d output, so callers that scale this loss (label smoothing) get their
 *   gradient with PyTorch's exact rounding: the kernel forms −(upstream / total_weight) first
 */
export function negativeLogLikelihood(
  logProbs: Float64Array,
  layout: ClassLayout,
  target: Float64Array,
  weight: Float64Array | null,
  ignoreIndex: number,
  reduction: Reduction,
  upstream = 1,
): NllResult {
  const c = layout.classes;
  const s = layout.spatial;
  // NLLLoss quirk (see checkClassTarget): a (C) input reads only target[0]; an empty target
  // with an empty input reads nothing.
  const positions = Math.min(layout.batch * s, target.length);
  const losses = new Float64Array(layout.batch * s);
  const counted = new Uint8Array(positions);
  let lossSum = 0;
  let totalWeight = 0;
  for (let p = 0; p < positions; p++) {
    const t = target[p] ?? 0;
    if (t === ignoreIndex) continue;
    if (!(t >= 0 && t < c)) {
      throw new LossInputError(
        `Target ${t} is out of bounds. (target must be a class index in [0, ${c - 1}] for ${c} classes, or ignore_index=${ignoreIndex})`,
      );
    }
    const w = weight ? (weight[t] ?? 0) : 1;
    const loss = -(logProbs[rowStart(layout, p) + t * s] ?? 0) * w;
    losses[p] = loss;
    lossSum += loss;
    totalWeight += w;
    counted[p] = 1;
  }
  let output: Tensor;
  let g = -upstream;
  if (reduction === 'none') output = tensor(layout.outShape, losses);
  else if (reduction === 'sum') output = scalar(lossSum);
  else {
    output = scalar(lossSum / totalWeight);
    g = -(upstream / totalWeight);
  }
  const grad = new Float64Array(logProbs.length);
  for (let p = 0; p < positions; p++) {
    if (!counted[p]) continue;
    const t = target[p] ?? 0;
    grad[rowStart(layout, p) + t * s] = weight ? (weight[t] ?? 0) * g : g;
  }
  return { output, totalWeight, grad, counted };
}

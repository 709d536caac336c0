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
  // PyTorch's (C) and (N, C) kernel adds the reduced sums in cascaded partial sums (see
  // nllCascade); nll_loss2d, for (N, C, d1, ...), adds them in index order.
  const sums = s === 1 ? nllCascade(positions) : null;
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
    const x = logProbs[rowStart(layout, p) + t * s] ?? 0;
    const loss = -x * w;
    losses[p] = loss;
    if (sums) sums.add(p, x, w);
    else {
      lossSum += loss;
      totalWeight += w;
    }
    counted[p] = 1;
  }
  if (sums) {
    lossSum = sums.loss();
    totalWeight = sums.weight();
  }
  let output: Tensor;
  let g = -upstream;
  // A (C) input takes the reducing path even for 'none': its loss is 0 − x·w, which is +0
  // where −x·w would be −0 (and PyTorch prints the difference).
  if (reduction === 'none')
    output =
      s === 1 && layout.outShape.length === 0 ? scalar(lossSum) : tensor(layout.outShape, losses);
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

/** Partial sums of PyTorch's nll_loss kernel (8 levels, flushed upwards every 16ⁿ positions). */
const LEVELS = 8;

/**
 * The order in which PyTorch 1.13's nll_loss CPU kernel (LossNLL.cpp, nll_loss_out_frame) adds
 * up the counted positions: level 0 takes 0 − x·w, and after a counted position b whose low
 * bits are zero, each level is carried into the next (position 0 goes straight to the top).
 * The total is then 0 plus the levels in order. Rounding makes the order matter where a sum of
 * typed values lands on a printed tie.
 */
function nllCascade(positions: number) {
  const bits = positions <= 2 ? 1 : 32 - Math.clz32(positions - 1);
  const levelPower = Math.max(4, Math.floor(bits / LEVELS));
  const levelStep = 2 ** levelPower;
  const lossSums = new Float64Array(LEVELS);
  const weightSums = new Float64Array(LEVELS);
  const total = (sums: Float64Array) => sums.reduce((acc, v) => acc + v, 0);
  return {
    add(b: number, x: number, w: number) {
      lossSums[0] = (lossSums[0] ?? 0) - x * w;
      weightSums[0] = (weightSums[0] ?? 0) + w;
      for (let j = 0; j + 1 < LEVELS; j++) {
        if (Math.floor(b / 2 ** (j * levelPower)) % levelStep !== 0) break;
        lossSums[j + 1] = (lossSums[j + 1] ?? 0) + (lossSums[j] ?? 0);
        weightSums[j + 1] = (weightSums[j + 1] ?? 0) + (weightSums[j] ?? 0);
        lossSums[j] = 0;
        weightSums[j] = 0;
      }
    },
    loss: () => total(lossSums),
    /** Without a weight PyTorch counts the positions instead: the same number here. */
    weight: () => total(weightSums),
  };
}

import { LossInputError } from '../core/LossInputError.ts';
import type { Reduction } from '../core/reduction.ts';
import { formatShape, scalar, tensor, type Tensor } from '../core/tensor.ts';
import { rowStart, type ClassLayout } from './classLayout.ts';
import { negativeLogLikelihood } from './nllCore.ts';

/**
 * PyTorch refuses label_smoothing above 1 but tests only `> 0.0` before smoothing, so a negative
 * value is silently treated as 0 (aten/src/ATen/native/LossNLL.cpp, cross_entropy_loss).
 */
export function checkLabelSmoothing(labelSmoothing: number): void {
  if (labelSmoothing > 1) {
    throw new LossInputError(`label_smoothing must be between 0.0 and 1.0. Got: ${labelSmoothing}`);
  }
}

/**
 * The two checks PyTorch's smoothing term adds on a weight of unusual shape: it views the weight
 * as [1, weight.size(0), 1, ...], and `mean` gathers it with a 1-D index.
 */
function checkSmoothingWeight(weight: Tensor, classes: number, reduction: Reduction): void {
  if (weight.shape[0] !== classes || (reduction === 'mean' && weight.shape.length !== 1)) {
    throw new LossInputError(
      `weight of shape ${formatShape(weight.shape)} cannot be used with label_smoothing: it must be a 1-D tensor of ${classes} class weights`,
    );
  }
}

/**
 * CrossEntropyLoss with class-index targets and 0 < label_smoothing ≤ 1, exactly as PyTorch's
 * `cross_entropy_loss_label_smoothing` composes it:
 *
 *   (1 − ε) · nll_loss(logp, target, weight) + (ε / C) · smooth,
 *   smooth_n = −Σ_c weight_c · logp_{n,c}   (0 where target_n == ignore_index),
 *
 * where `mean` divides Σ smooth_n by the same denominator as the NLL term: the summed weight of
 * the *target* classes of the counted positions (their count without a weight). So the smoothing
 * term weighs every class by its own weight but is normalised by the targets' weights.
 *
 * @returns the output and d sum(output) / d logp (before the log_softmax backward)
 */
export function smoothedNll(
  logProbs: Float64Array,
  layout: ClassLayout,
  target: Float64Array,
  weight: Tensor | null,
  weights: Float64Array | null,
  ignoreIndex: number,
  reduction: Reduction,
  labelSmoothing: number,
): { output: Tensor; grad: Float64Array } {
  const nll = negativeLogLikelihood(
    logProbs,
    layout,
    target,
    weights,
    ignoreIndex,
    reduction,
    1 - labelSmoothing,
  );
  if (weight) checkSmoothingWeight(weight, layout.classes, reduction);
  const { classes: c, spatial: s } = layout;
  const scale = labelSmoothing / c;
  const positions = nll.counted.length;
  const smooth = new Float64Array(layout.batch * s);
  let smoothSum = 0;
  for (let p = 0; p < positions; p++) {
    if (!nll.counted[p]) continue;
    const start = rowStart(layout, p);
    let acc = 0;
    for (let k = 0; k < c; k++)
      acc += (logProbs[start + k * s] ?? 0) * (weights ? (weights[k] ?? 0) : 1);
    smooth[p] = -acc;
    smoothSum += -acc;
  }
  let output: Tensor;
  let g = scale;
  const keep = 1 - labelSmoothing;
  if (reduction === 'none') {
    const out = new Float64Array(smooth.length);
    for (let p = 0; p < out.length; p++)
      out[p] = keep * (nll.output.data[p] ?? 0) + (smooth[p] ?? 0) * scale;
    output = tensor(layout.outShape, out);
  } else if (reduction === 'sum') {
    output = scalar(keep * (nll.output.data[0] ?? 0) + smoothSum * scale);
  } else {
    output = scalar(keep * (nll.output.data[0] ?? 0) + (smoothSum / nll.totalWeight) * scale);
    g = scale / nll.totalWeight;
  }
  const grad = nll.grad;
  for (let p = 0; p < positions; p++) {
    // An ignored position's smoothing term is masked to 0 (masked_fill_), but autograd still
    // multiplies that 0 by every class weight on the way back: an infinite or NaN weight turns
    // the ignored row's gradient into NaN, as in PyTorch. With finite weights it adds 0.
    const gp = nll.counted[p] ? g : 0;
    const start = rowStart(layout, p);
    for (let k = 0; k < c; k++) {
      const i = start + k * s;
      grad[i] = (grad[i] ?? 0) - gp * (weights ? (weights[k] ?? 0) : 1);
    }
  }
  return { output, grad };
}

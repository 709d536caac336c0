import type { TensorLossResult } from '../core/definition.ts';
import { LossInputError } from '../core/LossInputError.ts';
import type { Reduction } from '../core/reduction.ts';
import { scalar, tensor, type Tensor } from '../core/tensor.ts';
import { classLayout, rowStart } from './classLayout.ts';
import { probabilityWeights } from './classWeight.ts';
import { checkLabelSmoothing } from './labelSmoothing.ts';
import { logSoftmax, logSoftmaxBackward } from './logSoftmax.ts';

/**
 * CrossEntropyLoss with class-probability targets (target shaped like input), after PyTorch's
 * `cross_entropy_loss_prob_target`:
 *
 *   loss_n = −Σ_c weight_c · q_{n,c} · log softmax(x_n)_c,   q = (1 − ε) · target + ε / C.
 *
 * Unlike class-index targets, `mean` divides by the number of positions (N·d1⋯dK), never by the
 * weights, and ignore_index is refused unless negative (it cannot apply to probabilities).
 */
export function crossEntropyWithProbabilities(
  input: Tensor,
  target: Tensor,
  weight: Tensor | null,
  ignoreIndex: number,
  reduction: Reduction,
  labelSmoothing: number,
): TensorLossResult {
  if (ignoreIndex >= 0) {
    throw new LossInputError(
      `ignore_index is not supported for floating point target (got ignore_index=${ignoreIndex}; a target shaped like input holds class probabilities)`,
    );
  }
  if (input.shape.length === 0) {
    throw new LossInputError(
      'Dimension specified as 1 but tensor has no dimensions: input must have a class dimension',
    );
  }
  const layout = classLayout(input.shape);
  const { classes: c, spatial: s } = layout;
  const weights = probabilityWeights(weight, c);
  checkLabelSmoothing(labelSmoothing);
  const logProbs = logSoftmax(input.data, layout);
  const smoothing = labelSmoothing > 0;
  const positions = layout.batch * s;
  const rows = new Float64Array(positions);
  let total = 0;
  for (let p = 0; p < positions; p++) {
    const start = rowStart(layout, p);
    let acc = 0;
    for (let k = 0; k < c; k++) {
      const i = start + k * s;
      const t = target.data[i] ?? 0;
      const q = smoothing ? t * (1 - labelSmoothing) + labelSmoothing / c : t;
      acc += (logProbs[i] ?? 0) * q * (weights ? (weights[k] ?? 0) : 1);
    }
    rows[p] = -acc;
    total += acc;
  }
  let output: Tensor;
  let g = -1;
  if (reduction === 'none') output = tensor(layout.outShape, rows);
  else if (reduction === 'sum') output = scalar(-total);
  else {
    // numel / C in PyTorch's integer arithmetic: the number of positions; none at all gives NaN.
    output = scalar(input.data.length === 0 ? Number.NaN : -total / positions);
    g = -1 / positions;
  }
  const grad = new Float64Array(input.data.length);
  for (let p = 0; p < positions; p++) {
    const start = rowStart(layout, p);
    for (let k = 0; k < c; k++) {
      const i = start + k * s;
      const t = target.data[i] ?? 0;
      const q = smoothing ? t * (1 - labelSmoothing) + labelSmoothing / c : t;
      grad[i] = g * (weights ? (weights[k] ?? 0) : 1) * q;
    }
  }
  return {
    output,
    grads: { input: { shape: [...input.shape], data: logSoftmaxBackward(grad, logProbs, layout) } },
  };
}

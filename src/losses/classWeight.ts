import { LossInputError } from '../core/LossInputError.ts';
import { formatShape, numel, type Tensor } from '../core/tensor.ts';

/**
 * PyTorch's checks on the per-class `weight` of NLLLoss and CrossEntropyLoss with class-index
 * targets. The (C) and (N, C) kernel wants a 1-D tensor of C weights; the spatial kernel used for
 * (N, C, d1, ...) only counts elements, so there any shape holding C weights passes.
 *
 * @returns the C weights in class order, or null without a weight
 */
export function classWeights(
  weight: Tensor | null,
  inputRank: number,
  classes: number,
): Float64Array | null {
  if (weight === null) return null;
  const size = numel(weight.shape);
  if (inputRank <= 2 && (weight.shape.length !== 1 || size !== classes)) {
    throw new LossInputError(
      `weight tensor should be defined either for all ${classes} classes or no classes but got weight tensor of shape: ${formatShape(weight.shape)}`,
    );
  }
  if (size !== classes) {
    throw new LossInputError(
      `weight tensor should be defined either for all or no classes (got ${size} weights for ${classes} classes)`,
    );
  }
  return weight.data;
}

/** The class-probability path of cross_entropy is stricter: a 1-D weight of C elements. */
export function probabilityWeights(weight: Tensor | null, classes: number): Float64Array | null {
  if (weight === null) return null;
  if (weight.shape.length !== 1 || numel(weight.shape) !== classes) {
    throw new LossInputError(
      `cross_entropy: weight tensor should be defined either for all ${classes} classes or no classes but got weight tensor of shape: ${formatShape(weight.shape)}`,
    );
  }
  return weight.data;
}

import { LossInputError } from '../core/LossInputError.ts';
import { formatShape, type Tensor } from '../core/tensor.ts';

function equalShapes(a: readonly number[], b: readonly number[]): boolean {
  return a.length === b.length && a.every((d, i) => d === b[i]);
}

/**
 * The shape GaussianNLLLoss uses for `var`, following torch.nn.functional.gaussian_nll_loss:
 * - same shape as input: one variance per prediction (heteroscedastic);
 * - input.shape[:-1]: one variance per sample, unsqueezed to input.shape[:-1] + (1,) so it
 *   broadcasts over the last dimension (homoscedastic);
 * - input.shape[:-1] + (1,): the same, already unsqueezed.
 * Anything else is refused, even shapes that would broadcast (e.g. (1, D) for (N, D)).
 */
export function gaussianVarShape(input: Tensor, variance: Tensor): number[] {
  const inShape = input.shape;
  const varShape = variance.shape;
  if (equalShapes(varShape, inShape)) return [...varShape];
  // On a 0-d input, shape[:-1] is () as in Python's slicing.
  const inLead = inShape.slice(0, -1);
  if (equalShapes(varShape, inLead)) return [...varShape, 1];
  if (varShape.length > 0 && equalShapes(varShape.slice(0, -1), inLead) && varShape.at(-1) === 1) {
    return [...varShape];
  }
  throw new LossInputError(
    `var is of incorrect size: var of shape ${formatShape(varShape)} for input of shape ` +
      `${formatShape(inShape)} (expected ${formatShape(inShape)}, ${formatShape(inLead)} or ${formatShape([...inLead, 1])})`,
  );
}

/** PyTorch refuses negative variances outright (zero is allowed: it is clamped to eps). */
export function checkNonNegativeVar(variance: Tensor): void {
  const data = variance.data;
  for (let i = 0; i < data.length; i++) {
    const v = data[i] ?? 0;
    if (v < 0) {
      throw new LossInputError(
        `var has negative entry/entries (var at flat index ${i} is ${v}); a variance must be >= 0`,
      );
    }
  }
}

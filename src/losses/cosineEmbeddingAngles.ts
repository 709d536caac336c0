import { evaluateDefinition, readInputs } from '../core/evaluate.ts';
import { LossInputError } from '../core/LossInputError.ts';
import { getLoss } from '../core/registry.ts';
import type { NestedNumbers } from '../core/tensor.ts';

/** What CosineEmbeddingLoss sees of one pair of vectors. */
export interface PairAngle {
  /** The cosine the loss uses, 1e-12 added to each squared norm as PyTorch does. */
  readonly cosine: number;
  /** The angle between the vectors in degrees, arccos of that cosine (90° for a zero vector). */
  readonly degrees: number;
}

function onesLike(input1: NestedNumbers): NestedNumbers {
  if (!Array.isArray(input1)) {
    throw new LossInputError('input1 must be a vector (D) or a batch of vectors (N, D)');
  }
  // A batch (N, D) takes one label per row; a single pair (D) a 0-d label.
  return input1.every((row) => Array.isArray(row)) ? input1.map(() => 1) : 1;
}

/**
 * The cosine CosineEmbeddingLoss computes for each pair (rows of (N, D) inputs, or one pair of
 * (D) vectors) and the angle it stands for. Taken from the loss itself, as 1 − ℓ with every
 * label 1, so the panel's readout can never drift from the loss's own cosine (its 1e-12 on the
 * squared norms included); the subtraction costs at most one unit in the last place.
 *
 * @throws LossInputError for inputs CosineEmbeddingLoss refuses
 */
export function cosineEmbeddingAngles(
  input1: NestedNumbers,
  input2: NestedNumbers,
): readonly PairAngle[] {
  const def = getLoss('CosineEmbeddingLoss');
  const inputs = readInputs(def, { input1, input2, target: onesLike(input1) });
  const { output } = evaluateDefinition(def, inputs, { reduction: 'none' });
  return Array.from(output.data, (loss) => {
    const cosine = 1 - loss;
    return { cosine, degrees: (Math.acos(Math.min(1, Math.max(-1, cosine))) * 180) / Math.PI };
  });
}

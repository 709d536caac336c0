import { LossInputError } from '../core/LossInputError.ts';
import { formatShape } from '../core/tensor.ts';

/** The rows of MultiMarginLoss / MultiLabelMarginLoss: `frames` samples of `dim` class scores. */
export interface MarginRows {
  readonly frames: number;
  readonly dim: number;
}

/**
 * PyTorch's input check for the two multi-class margin losses (aten/src/ATen/native/LossMulti.h):
 * a 0-d input (one sample of one class), (C) or (N, C), with C > 0 but N possibly 0.
 */
export function marginRows(input: readonly number[]): MarginRows {
  const [first = 1, second = 1] = input;
  const ok =
    (input.length === 2 && second !== 0) ||
    (input.length === 1 && first !== 0) ||
    input.length === 0;
  if (!ok) {
    throw new LossInputError(
      `Expected non-empty vector or matrix with optional 0-dim batch size, but got: ${formatShape(input)} for input`,
    );
  }
  return input.length === 2 ? { frames: first, dim: second } : { frames: 1, dim: first };
}

import { broadcastIndex, broadcastShapes, sameShape } from '../core/broadcast.ts';
import { LossInputError } from '../core/LossInputError.ts';
import { formatShape } from '../core/tensor.ts';

/**
 * Refuses `shape` unless it broadcasts onto `outShape` without widening it. PyTorch applies some
 * operands in place (`loss.mul_(weight)` in BCELoss, `neg(input).mul_(target)` in
 * SoftMarginLoss), and an in-place result keeps its own shape: a `weight` of shape (2, 3) can
 * scale a (2, 3) loss but cannot turn a (1, 3) one into (2, 3).
 */
export function requireBroadcastsTo(
  shape: readonly number[],
  outShape: readonly number[],
  argName: string,
  outName: string,
): void {
  if (sameShape(shape, outShape)) return;
  let full: number[];
  try {
    full = broadcastShapes(outShape, shape);
  } catch (err) {
    if (err instanceof LossInputError) throw new LossInputError(`${argName}: ${err.message}`);
    throw err;
  }
  if (!sameShape(full, outShape)) {
    throw new LossInputError(
      `${argName} of shape ${formatShape(shape)} must broadcast to the ${outName} shape ` +
        `${formatShape(outShape)}: output with shape ${formatShape(outShape)} doesn't match ` +
        `the broadcast shape ${formatShape(full)}`,
    );
  }
}

/**
 * The index map of an operand applied in place onto a result of `outShape` (see
 * {@link requireBroadcastsTo}), or null when the shapes are equal and no map is needed.
 */
export function inPlaceIndex(
  shape: readonly number[],
  outShape: readonly number[],
  argName: string,
  outName: string,
): Int32Array | null {
  requireBroadcastsTo(shape, outShape, argName, outName);
  return sameShape(shape, outShape) ? null : broadcastIndex(shape, outShape);
}

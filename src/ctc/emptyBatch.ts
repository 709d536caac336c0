import type { Inputs } from '../core/definition.ts';

/**
 * Whether log_probs `[[], [], ...]` with empty input_lengths and target_lengths is a batch of
 * N = 0 sequences. A nested list cannot carry (T, 0, C): its .tolist() is T empty lists, which
 * reads back as (T, 0). Read literally, that is one unbatched sequence of zero classes, which
 * PyTorch refuses (blank is out of range, and the lengths are not of size 1). The empty batch is
 * the reading PyTorch answers: 'none' gives [], 'sum' 0, 'mean' NaN, and the gradient is empty.
 */
export function isEmptyCtcBatch(inputs: Inputs): boolean {
  const isEmptyList = (shape: readonly number[]): boolean => shape.length === 1 && shape[0] === 0;
  const logProbs = inputs.get('log_probs').shape;
  return (
    logProbs.length === 2 &&
    logProbs[1] === 0 &&
    isEmptyList(inputs.get('input_lengths').shape) &&
    isEmptyList(inputs.get('target_lengths').shape)
  );
}

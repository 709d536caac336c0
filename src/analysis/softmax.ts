import { logSoftmax as logSoftmaxRows } from '../losses/logSoftmax.ts';

/**
 * log_softmax of one vector of scores, with the same max-shifted arithmetic as the losses use
 * (and as PyTorch's kernel does), so the numbers a panel shows are the numbers inside the loss.
 */
export function logSoftmax(vector: readonly number[]): number[] {
  const x = Float64Array.from(vector);
  return Array.from(logSoftmaxRows(x, { batch: 1, classes: x.length, spatial: 1, outShape: [] }));
}

/** softmax of one vector, as exp(log_softmax): every entry in [0, 1], summing to 1. */
export function softmax(vector: readonly number[]): number[] {
  return logSoftmax(vector).map(Math.exp);
}

/**
 * log Σ exp(x_c), computed as max + log Σ exp(x_c − max): the normaliser that log_softmax
 * subtracts, x_c − logSumExp(x) = log_softmax(x)_c. −∞ for an empty vector.
 */
export function logSumExp(vector: readonly number[]): number {
  let max = Number.NEGATIVE_INFINITY;
  for (const v of vector) max = Math.max(max, v);
  if (max === Number.NEGATIVE_INFINITY) return max;
  let sum = 0;
  for (const v of vector) sum += Math.exp(v - max);
  return max + Math.log(sum);
}

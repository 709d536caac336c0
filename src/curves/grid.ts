import { LossInputError } from '../core/LossInputError.ts';

/** `points` evenly spaced values from `from` to `to`, both included. */
export function grid(from: number, to: number, points: number): Float64Array {
  if (!(points >= 2) || !Number.isInteger(points)) {
    throw new LossInputError(`points must be an integer of at least 2, got ${points}`);
  }
  if (!Number.isFinite(from) || !Number.isFinite(to)) {
    throw new LossInputError(`a curve's range must be finite, got ${from} to ${to}`);
  }
  const xs = new Float64Array(points);
  const step = (to - from) / (points - 1);
  for (let i = 0; i < points; i++) xs[i] = from + i * step;
  xs[points - 1] = to;
  return xs;
}

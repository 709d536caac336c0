import fc from 'fast-check';
import type { NestedNumbers } from '../core/tensor.ts';

/** A valid call of one loss: its inputs and constructor keywords. */
export interface LossCall {
  readonly inputs: Record<string, NestedNumbers>;
  readonly options: Record<string, unknown>;
}

/**
 * Targets and hyperparameters on a grid of 1/64 in [-5, 5], and predictions on the same grid
 * shifted by 1/300. A difference x − y then stays at least 1/300 away from every multiple of
 * 1/64, so finite differences never straddle a kink (|x − y| = 0, = beta, = margin, ...).
 */
export const onGrid = fc.integer({ min: -320, max: 320 }).map((k) => k / 64);
export const moderate = onGrid.map((v) => v + 1 / 300);
export const reduction = fc.constantFrom('none', 'mean', 'sum');

/** A vector of length n drawn from `value`. */
export function vector(n: number, value: fc.Arbitrary<number> = moderate): fc.Arbitrary<number[]> {
  return fc.array(value, { minLength: n, maxLength: n });
}

/** An n×m matrix drawn from `value`. */
export function matrix(
  n: number,
  m: number,
  value: fc.Arbitrary<number> = moderate,
): fc.Arbitrary<number[][]> {
  return fc.array(vector(m, value), { minLength: n, maxLength: n });
}

/** A shape-matched pair of prediction and target, as the element-wise losses take them. */
export function pairedTensors(
  target: fc.Arbitrary<number> = onGrid,
  input: fc.Arbitrary<number> = moderate,
): fc.Arbitrary<{ input: number[][]; target: number[][] }> {
  return fc
    .record({ n: fc.integer({ min: 1, max: 4 }), m: fc.integer({ min: 1, max: 4 }) })
    .chain(({ n, m }) => fc.record({ input: matrix(n, m, input), target: matrix(n, m, target) }));
}

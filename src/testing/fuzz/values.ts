import fc from 'fast-check';
import type { NestedNumbers } from '../../core/tensor.ts';
import type { LossCall } from '../generators.ts';

/**
 * Edge values of float64 the fuzzers favour: signed zeros, the smallest denormal, denormals,
 * tiny and huge normals, logits of ±1000, and ±1.7e308 just below the largest double.
 */
export const EDGES = [
  0, -0, 5e-324, -5e-324, 1e-310, -1e-310, 1e-300, -1e-300, 1e-100, 1, -1, 0.5, 1000, -1000, 1e100,
  -1e100, 1e150, -1e150, 1e300, -1e300, 1.7e308, -1.7e308,
];

/** Finite doubles over float64's whole range, biased to its edges and to ordinary numbers. */
export const extreme: fc.Arbitrary<number> = fc.oneof(
  { weight: 4, arbitrary: fc.double({ min: -10, max: 10, noNaN: true }) },
  { weight: 3, arbitrary: fc.constantFrom(...EDGES) },
  { weight: 1, arbitrary: fc.double({ noNaN: true, noDefaultInfinity: true }) },
);

/** The same magnitudes, never negative (rates, variances, weights, counts). */
export const extremeNonNegative = extreme.map(Math.abs);

/** Probabilities in [0, 1], exact 0 and 1 and denormals included. */
export const probability: fc.Arbitrary<number> = fc.oneof(
  fc.constantFrom(0, 1, 5e-324, 1e-310, 1e-300, 0.5, 1 - 1e-16),
  fc.double({ min: 0, max: 1, noNaN: true }),
);

export const reductions = fc.constantFrom('none', 'mean', 'sum');

export function numelOf(shape: readonly number[]): number {
  return shape.reduce((a, d) => a * d, 1);
}

/** Row-major flat values into a nested list of `shape` (a plain number for shape []). */
export function reshape(flat: readonly number[], shape: readonly number[]): NestedNumbers {
  let i = 0;
  const build = (dim: number): NestedNumbers =>
    dim === shape.length
      ? (flat[i++] ?? 0)
      : Array.from({ length: shape[dim] ?? 0 }, () => build(dim + 1));
  return build(0);
}

/** A nested list of `shape` drawn from `value`. */
export function tensorOf(
  shape: readonly number[],
  value: fc.Arbitrary<number>,
): fc.Arbitrary<NestedNumbers> {
  const n = numelOf(shape);
  return fc.array(value, { minLength: n, maxLength: n }).map((flat) => reshape(flat, shape));
}

export function flatten(v: unknown): number[] {
  if (typeof v === 'number') return [v];
  return Array.isArray(v) ? v.flatMap(flatten) : [];
}

/** The shape of a (non-ragged) nested list, following first elements as tensorFromNested does. */
export function shapeOf(v: unknown): number[] {
  const shape: number[] = [];
  let cursor = v;
  while (Array.isArray(cursor)) {
    shape.push(cursor.length);
    cursor = cursor[0];
  }
  return shape;
}

/** The largest |value| among the named inputs of a call (0 when there are none). */
export function maxAbs(call: LossCall, ...args: string[]): number {
  let m = 0;
  for (const a of args) for (const v of flatten(call.inputs[a])) m = Math.max(m, Math.abs(v));
  return m;
}

/** The largest |value| of a numeric or tensor keyword, 1 when it is absent (PyTorch's None). */
export function keywordMax(call: LossCall, name: string): number {
  const v = call.options[name];
  if (v === undefined || v === null) return 1;
  return flatten(v).reduce((m, x) => Math.max(m, Math.abs(x)), 0);
}

/** Numel of the shape the given inputs broadcast to (their shapes are known to broadcast). */
export function broadcastNumel(call: LossCall, ...args: string[]): number {
  const shapes = args.map((a) => shapeOf(call.inputs[a]));
  const rank = Math.max(...shapes.map((s) => s.length));
  let n = 1;
  for (let i = 0; i < rank; i++) {
    let d = 1;
    for (const s of shapes) {
      const k = s[s.length - rank + i] ?? 1;
      if (k !== 1) d = k;
    }
    n *= d;
  }
  return n;
}

/**
 * Bounds computed by the predicates stay far below float64's largest value (~1.8e308) when the
 * computation cannot overflow; this limit leaves two orders of magnitude for rounding and for
 * the few operations the bounds fold together. A bound that itself overflows is not below it.
 */
const SAFE = 1e306;

/** True when `bound` might reach overflow (inf and NaN bounds included). */
export function overflows(bound: number): boolean {
  return !(bound <= SAFE);
}

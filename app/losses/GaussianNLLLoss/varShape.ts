import type { NestedNumbers } from '../../../src/index.ts';
import { flatten, shapeOf } from '../../panel/nested.ts';

/**
 * The var shapes GaussianNLLLoss accepts for an input of shape (…, D):
 * - `same`: (…, D), one variance per prediction (heteroscedastic);
 * - `column`: (…, 1), one variance per sample shared by its D features (homoscedastic);
 * - `flat`: (…), the same without the trailing 1.
 */
export type VarShapeKind = 'same' | 'column' | 'flat';
export const VAR_SHAPE_KINDS: readonly VarShapeKind[] = ['same', 'column', 'flat'];

function equal(a: readonly number[], b: readonly number[]): boolean {
  return a.length === b.length && a.every((d, i) => d === b[i]);
}

/** The shape var has in each layout, for an input of shape `input`. */
export function varShapeFor(kind: VarShapeKind, input: readonly number[]): number[] {
  const lead = input.slice(0, -1);
  return kind === 'same' ? [...input] : kind === 'column' ? [...lead, 1] : lead;
}

/** Which layout `variance` has (`same` wins when shapes coincide, as for D = 1), or null. */
export function varShapeKind(
  input: readonly number[],
  variance: readonly number[],
): VarShapeKind | null {
  return VAR_SHAPE_KINDS.find((k) => equal(varShapeFor(k, input), variance)) ?? null;
}

/** Row-major coordinates of flat index `flat` in `shape`. */
export function unravel(flat: number, shape: readonly number[]): number[] {
  const out = new Array<number>(shape.length);
  let rest = flat;
  for (let i = shape.length - 1; i >= 0; i--) {
    const d = shape[i] ?? 1;
    out[i] = rest % d;
    rest = Math.floor(rest / d);
  }
  return out;
}

/** Where in var the variance of input element `flat` lives. */
export function varPathOf(kind: VarShapeKind, input: readonly number[], flat: number): number[] {
  const at = unravel(flat, input);
  return kind === 'same' ? at : kind === 'column' ? [...at.slice(0, -1), 0] : at.slice(0, -1);
}

function build(
  shape: readonly number[],
  value: (path: number[]) => number,
  prefix: number[] = [],
): NestedNumbers {
  if (shape.length === 0) return value(prefix);
  const [d = 0, ...rest] = shape;
  return Array.from({ length: d }, (_, i) => build(rest, value, [...prefix, i]));
}

function valueAt(v: NestedNumbers, path: readonly number[]): number {
  let cursor: NestedNumbers = v;
  for (const i of path) cursor = Array.isArray(cursor) ? (cursor[i] ?? Number.NaN) : cursor;
  return typeof cursor === 'number' ? cursor : Number.NaN;
}

/**
 * var rewritten in another layout: one shared variance per sample becomes that value repeated
 * over the features; per-feature variances become one per sample by keeping the first
 * feature's (a starting point the student then edits).
 */
export function reshapeVar(
  variance: NestedNumbers,
  input: readonly number[],
  to: VarShapeKind,
): NestedNumbers {
  const from = varShapeKind(input, shapeOf(variance));
  if (from === null) {
    const first = flatten(variance)[0] ?? 1;
    return build(varShapeFor(to, input), () => first);
  }
  return build(varShapeFor(to, input), (path) => {
    const lead = to === 'flat' ? path : path.slice(0, -1);
    return valueAt(variance, from === 'flat' ? lead : [...lead, 0]);
  });
}

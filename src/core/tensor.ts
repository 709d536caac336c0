import { LossInputError } from './LossInputError.ts';

/** A nested array literal as `torch.tensor([...])` takes it, or a plain number for a 0-d tensor. */
export type NestedNumbers = number | NestedNumbers[];

/** A dense float64 tensor in row-major (C) order. `shape` is `[]` for a 0-d tensor. */
export interface Tensor {
  readonly shape: readonly number[];
  readonly data: Float64Array;
}

export function numel(shape: readonly number[]): number {
  let n = 1;
  for (const d of shape) n *= d;
  return n;
}

export function tensor(shape: readonly number[], data?: Float64Array): Tensor {
  const size = numel(shape);
  if (data && data.length !== size) {
    throw new Error(`internal: data of length ${data.length} for shape [${shape.join(', ')}]`);
  }
  return { shape: [...shape], data: data ?? new Float64Array(size) };
}

export function scalar(value: number): Tensor {
  return { shape: [], data: Float64Array.of(value) };
}

export function formatShape(shape: readonly number[]): string {
  return `[${shape.join(', ')}]`;
}

/** Strides of a row-major tensor, for index arithmetic in the losses. */
export function stridesOf(shape: readonly number[]): number[] {
  const strides = new Array<number>(shape.length);
  let s = 1;
  for (let i = shape.length - 1; i >= 0; i--) {
    strides[i] = s;
    s *= shape[i] ?? 1;
  }
  return strides;
}

/** torch.tensor refuses nested lists deeper than this ("too many dimensions 'list'"). */
const MAX_DIMS = 128;

/**
 * No real nested list comes near this many numbers (a dense JS array of them would need
 * gigabytes); only a sparse array with holes can claim such a length. We refuse it before
 * allocating, so it fails with a LossInputError instead of an allocation RangeError.
 */
const MAX_ELEMENTS = 2 ** 26;

function inferShape(value: unknown, argName: string): number[] {
  const shape: number[] = [];
  let cursor = value;
  while (Array.isArray(cursor)) {
    // Also stops a list that contains itself, which would otherwise be followed forever.
    if (shape.length === MAX_DIMS) {
      throw new LossInputError(
        `${argName}: too many dimensions (a nested list deeper than ${MAX_DIMS} levels)`,
      );
    }
    shape.push(cursor.length);
    if (cursor.length === 0) break;
    cursor = cursor[0];
  }
  if (!Array.isArray(cursor) && typeof cursor !== 'number' && shape.at(-1) !== 0) {
    throw new LossInputError(
      `${argName} must be numbers (a nested list like torch.tensor([...])), got ${describe(cursor)}`,
    );
  }
  return shape;
}

function describe(value: unknown): string {
  if (value === null) return 'null';
  if (typeof value === 'string') return `the string ${JSON.stringify(value.slice(0, 20))}`;
  return typeof value;
}

/**
 * Reads a nested number array into a tensor, refusing ragged lists and non-numbers the way
 * `torch.tensor` does ("expected sequence of length 3 at dim 1 (got 2)").
 */
export function tensorFromNested(value: unknown, argName: string): Tensor {
  if (typeof value === 'number') return scalar(value);
  if (!Array.isArray(value)) {
    throw new LossInputError(
      `${argName} must be a number or a nested list of numbers, got ${describe(value)}`,
    );
  }
  const shape = inferShape(value, argName);
  const size = numel(shape);
  if (size > MAX_ELEMENTS) {
    throw new LossInputError(
      `${argName}: a nested list of shape ${formatShape(shape)} claims ${size} numbers, more than ${MAX_ELEMENTS} (is it a sparse array?)`,
    );
  }
  const data = new Float64Array(size);
  let offset = 0;
  const last = shape.length - 1;
  // Indexed loops, and the innermost lists read in one flat loop: 10^6 numbers convert in
  // milliseconds, and a malformed 10^6-element list is refused as fast.
  const walk = (node: unknown, dim: number): void => {
    if (!Array.isArray(node)) {
      throw new LossInputError(
        `${argName}: expected a list at depth ${dim}, got ${describe(node)}`,
      );
    }
    if (node.length !== shape[dim]) {
      throw new LossInputError(
        `${argName}: expected sequence of length ${shape[dim]} at dim ${dim} (got ${node.length})`,
      );
    }
    if (dim < last) {
      for (let i = 0; i < node.length; i++) walk(node[i], dim + 1);
      return;
    }
    for (let i = 0; i < node.length; i++) {
      const v: unknown = node[i];
      if (typeof v !== 'number') {
        throw new LossInputError(
          `${argName}: expected a number at depth ${dim + 1}, got ${describe(v)}`,
        );
      }
      data[offset++] = v;
    }
  };
  walk(value, 0);
  return { shape, data };
}

/** The inverse of {@link tensorFromNested}: a 0-d tensor becomes a plain number. */
export function tensorToNested(t: Tensor): NestedNumbers {
  if (t.shape.length === 0) return t.data[0] ?? Number.NaN;
  let offset = 0;
  const build = (dim: number): NestedNumbers[] => {
    const n = t.shape[dim] ?? 0;
    const out = new Array<NestedNumbers>(n);
    for (let i = 0; i < n; i++) {
      out[i] = dim === t.shape.length - 1 ? (t.data[offset++] ?? Number.NaN) : build(dim + 1);
    }
    return out;
  };
  return build(0);
}

/** Refuses non-integer values where PyTorch wants a Long tensor (class indices, lengths). */
export function requireIntegers(t: Tensor, argName: string): void {
  for (const v of t.data) {
    if (!Number.isInteger(v)) {
      throw new LossInputError(
        `${argName} must hold integers (a Long tensor of class indices), got ${v}`,
      );
    }
  }
}

import type { NestedNumbers } from '../../src/index.ts';

/** Row-major flattening, matching the core's flat indices. */
export function flatten(v: NestedNumbers): number[] {
  return typeof v === 'number' ? [v] : v.flatMap(flatten);
}

export function shapeOf(v: NestedNumbers): number[] {
  const shape: number[] = [];
  let cursor: NestedNumbers | undefined = v;
  while (Array.isArray(cursor)) {
    shape.push(cursor.length);
    cursor = cursor[0];
  }
  return shape;
}

/** A copy of `v` with the element at `path` replaced. */
export function setAt(v: NestedNumbers, path: readonly number[], value: number): NestedNumbers {
  if (path.length === 0 || typeof v === 'number') return value;
  const [head = 0, ...rest] = path;
  return v.map((child, i) => (i === head ? setAt(child, rest, value) : child));
}

/**
 * Grows or shrinks the batch (first) dimension of every tensor that has `from` entries there,
 * copying the last entry when growing, so input and target stay the same length.
 */
export function resizeBatch(
  tensors: Readonly<Record<string, NestedNumbers>>,
  from: number,
  to: number,
): Record<string, NestedNumbers> {
  const out: Record<string, NestedNumbers> = {};
  for (const [k, v] of Object.entries(tensors)) {
    if (!Array.isArray(v) || v.length !== from || v.length === 0) {
      out[k] = v;
      continue;
    }
    const last = v[v.length - 1] as NestedNumbers;
    out[k] =
      to <= v.length
        ? v.slice(0, to)
        : [...v, ...Array.from({ length: to - v.length }, () => last)];
  }
  return out;
}

import type { NestedNumbers } from '../../../src/index.ts';
import { flatten, shapeOf } from '../nested.ts';

/**
 * The entry of `value` that lands on element `flat` (row-major) of a tensor of shape `shape`
 * when `value` is broadcast onto it, right-aligned as PyTorch broadcasts; null when there is no
 * value (None) or its shape does not broadcast. Used to read an element's `weight` and
 * `pos_weight` for the formula and the curves; the loss itself is computed by the core.
 */
export function broadcastAt(
  value: NestedNumbers | null | undefined,
  shape: readonly number[],
  flat: number,
): number | null {
  if (value === null || value === undefined) return null;
  const own = shapeOf(value);
  if (own.length > shape.length) return null;
  const offset = shape.length - own.length;
  if (own.some((d, i) => d !== 1 && d !== shape[offset + i])) return null;
  const data = flatten(value);
  // Walk the output index from the last dimension, mapping each coordinate onto `value`.
  let rest = flat;
  let index = 0;
  let stride = 1;
  for (let i = shape.length - 1; i >= 0; i--) {
    const size = shape[i] ?? 1;
    const coordinate = rest % size;
    rest = Math.floor(rest / size);
    const j = i - offset;
    if (j < 0) continue;
    const d = own[j] ?? 1;
    index += (d === 1 ? 0 : coordinate) * stride;
    stride *= d;
  }
  return data[index] ?? null;
}

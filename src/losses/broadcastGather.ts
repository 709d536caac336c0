import { broadcastIndex, sameShape } from '../core/broadcast.ts';

/**
 * For every flat index of `outShape`, the flat index into a tensor of `shape`; null when the
 * shapes agree and the index is the identity (the common case, which then costs nothing).
 */
export function indexOrNull(
  shape: readonly number[],
  outShape: readonly number[],
): Int32Array | null {
  return sameShape(shape, outShape) ? null : broadcastIndex(shape, outShape);
}

/** The element of `data` that lands at flat position `f` of the broadcast shape. */
export function gather(data: Float64Array, index: Int32Array | null, f: number): number {
  return data[index ? (index[f] ?? 0) : f] ?? 0;
}

/** Adds `value` to the element of `out` that was broadcast to position `f`: the adjoint of gather. */
export function scatterAdd(
  out: Float64Array,
  index: Int32Array | null,
  f: number,
  value: number,
): void {
  const j = index ? (index[f] ?? 0) : f;
  out[j] = (out[j] ?? 0) + value;
}

/**
 * A gradient buffer for {@link scatterAdd} that gets PyTorch's signed zeros right. Autograd never
 * adds a gradient to a zero: a tensor reached by one path gets that path's value itself, so the
 * buffer starts at −0, the one zero that leaves every value as it is (−0 + x = x, even for
 * x = −0). A sum over broadcast positions is torch.sum, which starts from +0 instead.
 */
export function gradBuffer(length: number, index: Int32Array | null): Float64Array {
  const out = new Float64Array(length);
  return index ? out : out.fill(-0);
}

import { LossInputError } from './LossInputError.ts';
import { formatShape, numel, stridesOf, type Tensor } from './tensor.ts';

/**
 * NumPy/PyTorch broadcasting of two shapes. The error text follows PyTorch's own, which names
 * the two sizes and the (right-aligned) dimension that clash; `operands` (e.g. "input and
 * target") says which arguments they belong to, which PyTorch's text leaves out.
 */
export function broadcastShapes(
  a: readonly number[],
  b: readonly number[],
  operands?: string,
): number[] {
  const rank = Math.max(a.length, b.length);
  const out = new Array<number>(rank);
  for (let i = 0; i < rank; i++) {
    const da = a[a.length - rank + i] ?? 1;
    const db = b[b.length - rank + i] ?? 1;
    if (da !== db && da !== 1 && db !== 1) {
      throw new LossInputError(
        `The size of tensor a (${da}) must match the size of tensor b (${db}) at non-singleton dimension ${i}` +
          ` (${operands ? `${operands}: ` : ''}shapes ${formatShape(a)} and ${formatShape(b)})`,
      );
    }
    out[i] = da === 1 ? db : da;
  }
  return out;
}

/**
 * For every flat index of `outShape`, the flat index into a tensor of `shape` that broadcasts
 * to it. Precomputing this keeps the per-element loops of the losses free of index arithmetic.
 */
export function broadcastIndex(shape: readonly number[], outShape: readonly number[]): Int32Array {
  const size = numel(outShape);
  const index = new Int32Array(size);
  const rank = outShape.length;
  const srcStrides = stridesOf(shape);
  // Stride 0 along every broadcast (missing or size-1) dimension.
  const strides = outShape.map((d, i) => {
    const j = i - (rank - shape.length);
    return j < 0 || shape[j] === 1 ? 0 : (srcStrides[j] ?? 0);
  });
  const counter = new Array<number>(rank).fill(0);
  let src = 0;
  for (let flat = 0; flat < size; flat++) {
    index[flat] = src;
    for (let d = rank - 1; d >= 0; d--) {
      counter[d] = (counter[d] ?? 0) + 1;
      src += strides[d] ?? 0;
      if ((counter[d] ?? 0) < (outShape[d] ?? 0)) break;
      src -= (strides[d] ?? 0) * (outShape[d] ?? 0);
      counter[d] = 0;
    }
  }
  return index;
}

/** True when both shapes are equal, so no index map is needed. */
export function sameShape(a: readonly number[], b: readonly number[]): boolean {
  return a.length === b.length && a.every((d, i) => d === b[i]);
}

/**
 * Sums a gradient laid out on a broadcast shape back onto the original input's shape: the
 * adjoint of broadcasting.
 */
export function sumToShape(
  grad: Float64Array,
  index: Int32Array,
  shape: readonly number[],
): Tensor {
  const out = new Float64Array(numel(shape));
  for (let i = 0; i < grad.length; i++) {
    const j = index[i] ?? 0;
    out[j] = (out[j] ?? 0) + (grad[i] ?? 0);
  }
  return { shape: [...shape], data: out };
}

import { LossInputError } from './LossInputError.ts';

/**
 * How a reduction along one dimension walks a row-major tensor: the element at
 * `(o, j, i)` has flat index `(o * length + j) * inner + i` and lands in output slot
 * `o * inner + i`. A 0-d tensor reduces along its single (implicit) element, as PyTorch's
 * `sum(0)` and `norm(dim=-1)` do on scalars.
 */
export interface ReducePlan {
  readonly outer: number;
  readonly length: number;
  readonly inner: number;
  /** The shape without the reduced dimension (`keepdim=False`). */
  readonly outShape: readonly number[];
}

/**
 * Refuses a dimension outside a tensor of `rank` dimensions with PyTorch's IndexError text.
 * PyTorch treats a 0-d tensor as having one dimension here, so `[-1, 0]` stays valid for it.
 */
export function checkDim(rank: number, dim: number, argName: string): void {
  const r = Math.max(rank, 1);
  if (dim < -r || dim >= r) {
    throw new LossInputError(
      `${argName}: Dimension out of range (expected to be in range of [${-r}, ${r - 1}], but got ${dim})`,
    );
  }
}

/** The plan for reducing `shape` along `dim` (non-negative, already checked). */
export function reducePlan(shape: readonly number[], dim: number): ReducePlan {
  if (shape.length === 0) return { outer: 1, length: 1, inner: 1, outShape: [] };
  let outer = 1;
  let inner = 1;
  for (let d = 0; d < dim; d++) outer *= shape[d] ?? 1;
  for (let d = dim + 1; d < shape.length; d++) inner *= shape[d] ?? 1;
  return {
    outer,
    length: shape[dim] ?? 1,
    inner,
    outShape: shape.filter((_, d) => d !== dim),
  };
}

/**
 * `Σ_j a·b` along the reduced dimension of `plan`'s shape, where `a` and `b` are read through
 * broadcast index maps (null for the identity): the `(x * y).sum(dim)` of PyTorch.
 */
export function sumProductsAlong(
  plan: ReducePlan,
  a: Float64Array,
  ia: Int32Array | null,
  b: Float64Array,
  ib: Int32Array | null,
): Float64Array {
  const { outer, length, inner } = plan;
  const out = new Float64Array(outer * inner);
  // Row by row, walking the reduced dim with stride `inner`, so each sum stays in a register.
  for (let o = 0; o < outer; o++) {
    for (let i = 0; i < inner; i++) {
      let sum = 0;
      for (let j = 0, f = o * length * inner + i; j < length; j++, f += inner) {
        sum += (a[ia ? (ia[f] ?? 0) : f] ?? 0) * (b[ib ? (ib[f] ?? 0) : f] ?? 0);
      }
      out[o * inner + i] = sum;
    }
  }
  return out;
}

/**
 * Adds `coef[r] · a` to `out` for every element of `plan`'s shape, `r` being the slot the
 * element reduces into and `io` the broadcast map into `out`: the backward pass of
 * {@link sumProductsAlong} with respect to one factor.
 */
export function scatterScaledAlong(
  plan: ReducePlan,
  coef: Float64Array,
  a: Float64Array,
  ia: Int32Array | null,
  out: Float64Array,
  io: Int32Array | null,
): void {
  const { outer, length, inner } = plan;
  for (let o = 0; o < outer; o++) {
    for (let i = 0; i < inner; i++) {
      const c = coef[o * inner + i] ?? 0;
      for (let j = 0, f = o * length * inner + i; j < length; j++, f += inner) {
        const k = io ? (io[f] ?? 0) : f;
        out[k] = (out[k] ?? 0) + c * (a[ia ? (ia[f] ?? 0) : f] ?? 0);
      }
    }
  }
}

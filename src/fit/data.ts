import { LossInputError } from '../core/LossInputError.ts';

/** Validates a data vector: non-empty, finite numbers only (NaN has no minimiser). */
export function readData(values: readonly number[], what: string): Float64Array {
  if (values.length === 0) throw new LossInputError(`${what} is empty: a fit needs data`);
  values.forEach((v, i) => {
    if (typeof v !== 'number' || !Number.isFinite(v)) {
      throw new LossInputError(`${what}[${i}] is ${String(v)}: every data value must be finite`);
    }
  });
  return Float64Array.from(values);
}

export function minMax(values: Float64Array): [number, number] {
  let lo = Number.POSITIVE_INFINITY;
  let hi = Number.NEGATIVE_INFINITY;
  for (const v of values) {
    lo = Math.min(lo, v);
    hi = Math.max(hi, v);
  }
  return [lo, hi];
}

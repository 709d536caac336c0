import type { NestedNumbers } from '../core/tensor.ts';

/**
 * Each element as '-0', '0' or '.' (any other value): the signs of zeros, which PyTorch prints
 * (`-0.0000`) and which toBeCloseTo and tolerance checks cannot see.
 */
export function zeroSigns(v: NestedNumbers | undefined): unknown {
  if (v === undefined) return undefined;
  if (Array.isArray(v)) return v.map(zeroSigns);
  return Object.is(v, -0) ? '-0' : v === 0 ? '0' : '.';
}

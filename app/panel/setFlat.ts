import type { NestedNumbers } from '../../src/index.ts';

/** A copy of `v` with the element at row-major flat `index` replaced (any rank, 0-d included). */
export function setFlat(v: NestedNumbers, index: number, value: number): NestedNumbers {
  let i = 0;
  const walk = (u: NestedNumbers): NestedNumbers =>
    typeof u === 'number' ? (i++ === index ? value : u) : u.map(walk);
  return walk(v);
}

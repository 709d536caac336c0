import { describe, expect, it } from 'vitest';
import { setFlat } from './setFlat.ts';

describe('setFlat', () => {
  it('replaces one element by its row-major index, leaving the input untouched', () => {
    const m = [
      [1, 2],
      [3, 4],
    ];
    expect(setFlat(m, 2, 9)).toEqual([
      [1, 2],
      [9, 4],
    ]);
    expect(m[1]?.[0]).toBe(3);
    expect(setFlat([1, 2, 3], 0, -1)).toEqual([-1, 2, 3]);
  });
  it('handles 0-d values and out-of-range indices', () => {
    expect(setFlat(5, 0, 7)).toBe(7);
    expect(setFlat([1, 2], 5, 7)).toEqual([1, 2]);
  });
});

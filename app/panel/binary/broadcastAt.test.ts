import { describe, expect, it } from 'vitest';
import { broadcastAt } from './broadcastAt.ts';

describe('broadcastAt', () => {
  it('is null for None and for shapes that do not broadcast', () => {
    expect(broadcastAt(null, [4], 0)).toBeNull();
    expect(broadcastAt([1, 2, 3], [4], 0)).toBeNull();
    expect(broadcastAt([[1, 2]], [2], 0)).toBeNull();
  });

  it('reads a same-shaped weight element by element', () => {
    expect([0, 1, 2, 3].map((i) => broadcastAt([5, 6, 7, 8], [4], i))).toEqual([5, 6, 7, 8]);
  });

  it('repeats a (1,) weight and a 0-d weight everywhere', () => {
    expect(broadcastAt([3], [2, 2], 3)).toBe(3);
    expect(broadcastAt(3, [4], 2)).toBe(3);
  });

  it('broadcasts a per-class pos_weight (C,) along the last dimension of (N, C)', () => {
    const shape = [2, 3];
    expect([0, 1, 2, 3, 4, 5].map((i) => broadcastAt([1, 2, 3], shape, i))).toEqual([
      1, 2, 3, 1, 2, 3,
    ]);
    // and a per-sample (N, 1) weight along the rows
    expect([0, 1, 2, 3, 4, 5].map((i) => broadcastAt([[7], [9]], shape, i))).toEqual([
      7, 7, 7, 9, 9, 9,
    ]);
  });
});

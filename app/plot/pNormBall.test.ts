import { describe, expect, it } from 'vitest';
import { cosineRays, pNormBall } from './pNormBall.ts';

const norm = (x: number, y: number, p: number) => (Math.abs(x) ** p + Math.abs(y) ** p) ** (1 / p);

describe('pNormBall', () => {
  it.each([0.5, 1, 1.5, 2, 3, 4])(
    'every point is at p-norm distance r from the centre (p = %s)',
    (p) => {
      const ring = pNormBall([1, -2], 1.7, p) ?? [];
      expect(ring.length).toBeGreaterThan(100);
      for (const [x, y] of ring) expect(norm(x - 1, y + 2, p)).toBeCloseTo(1.7, 10);
    },
  );

  it('is a diamond at p = 1, touching the axes at ±r', () => {
    const ring = pNormBall([0, 0], 2, 1, 8) ?? [];
    const round = (v: number) => Math.round(v * 1e9) / 1e9 + 0; // + 0 turns −0 into 0
    const rounded = ring.map(([x, y]) => [round(x), round(y)]);
    expect(rounded).toContainEqual([2, 0]);
    expect(rounded).toContainEqual([0, 2]);
    expect(rounded).toContainEqual([-2, 0]);
    expect(rounded).toContainEqual([0, -2]);
  });

  it('is a square at p = ∞ and nothing for p ≤ 0 or a radius ≤ 0', () => {
    expect(pNormBall([0, 0], 1, Infinity)).toEqual([
      [1, 1],
      [-1, 1],
      [-1, -1],
      [1, -1],
    ]);
    expect(pNormBall([0, 0], 1, 0)).toBeNull();
    expect(pNormBall([0, 0], 1, -1)).toBeNull();
    expect(pNormBall([0, 0], 0, 2)).toBeNull();
    expect(pNormBall([0, 0], Infinity, 2)).toBeNull();
  });
});

describe('cosineRays', () => {
  it('puts two rays where 1 − cos θ equals the radius', () => {
    const rays = cosineRays(0.3, 1 - Math.cos(0.5));
    expect(rays).not.toBe('all');
    const [lo = NaN, hi = NaN] = rays as number[];
    expect(lo).toBeCloseTo(-0.2, 12);
    expect(hi).toBeCloseTo(0.8, 12);
  });

  it('covers every direction beyond 2 and none below 0; one ray at the ends', () => {
    expect(cosineRays(0, 2.5)).toBe('all');
    expect(cosineRays(0, -0.1)).toBe('none');
    expect(cosineRays(1, 0)).toEqual([1]);
    expect(cosineRays(0, 2)).toEqual([Math.PI]);
  });
});

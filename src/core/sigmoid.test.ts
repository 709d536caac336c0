import { describe, expect, it } from 'vitest';
import { sigmoid } from '../index.ts';
import fixture from '../fixtures/stability/sigmoidBce.json';
import { decode } from '../testing/golden.ts';

// torch.sigmoid's vectorised exp may differ from Math.exp in the last bit for large negative
// logits; a couple of ulps is the honest tolerance for a float64 sigmoid.
const ULPS = 4 * Number.EPSILON;

describe('sigmoid', () => {
  const xs = fixture.sigmoid.x;
  const ys = decode(fixture.sigmoid.y) as number[];

  it('agrees with torch.sigmoid in float64 from −800 to 800 within a few ulps', () => {
    xs.forEach((x, i) => {
      const expected = ys[i] ?? Number.NaN;
      expect(Math.abs(sigmoid(x) - expected)).toBeLessThanOrEqual(ULPS * Math.abs(expected));
    });
  });

  it('is exactly 1 from z ≈ 36.74 on and exactly 0 below z ≈ −709.78, as in PyTorch', () => {
    xs.forEach((x, i) => {
      const expected = ys[i] ?? Number.NaN;
      if (expected === 1 || expected === 0) expect(sigmoid(x)).toBe(expected);
      if (sigmoid(x) === 1 || sigmoid(x) === 0) expect(expected).toBe(sigmoid(x));
    });
    expect(sigmoid(40)).toBe(1);
    expect(sigmoid(800)).toBe(1);
    expect(sigmoid(-800)).toBe(0);
    expect(sigmoid(36)).toBeLessThan(1);
    expect(sigmoid(-709)).toBeGreaterThan(0);
  });

  it('is ½ at 0 and symmetric: σ(−x) = 1 − σ(x) where both are representable', () => {
    expect(sigmoid(0)).toBe(0.5);
    for (const x of [0.25, 1, 3, 10]) expect(sigmoid(-x)).toBeCloseTo(1 - sigmoid(x), 15);
  });
});

import { describe, expect, it } from 'vitest';
import { accuratePow } from './accuratePow.ts';

describe('accuratePow', () => {
  // Expected values from Python's math.pow, i.e. glibc's pow, which PyTorch's norm kernel calls.
  it('gives the correctly rounded power where Math.pow is an ulp off', () => {
    expect(accuratePow(216, 1 / 3)).toBe(5.999999999999999);
    expect(Math.pow(216, 1 / 3)).toBe(6);
    expect(accuratePow(0.5, -0.5)).toBe(1.4142135623730951);
    expect(Math.pow(0.5, -0.5)).toBe(1.414213562373095);
    expect(accuratePow(2, -0.5)).toBe(0.7071067811865476);
    expect(accuratePow(8, 1 / 3)).toBe(2);
    expect(accuratePow(0.499999, 2.5)).toBe(0.17677581141448626);
  });

  it("follows C's special cases, which differ from Math.pow's for a base of 1", () => {
    expect(accuratePow(1, Number.NaN)).toBe(1);
    expect(accuratePow(Number.NaN, 0)).toBe(1);
    expect(accuratePow(2, Number.NaN)).toBeNaN();
    expect(accuratePow(0, 0.5)).toBe(0);
    expect(accuratePow(0, -0.5)).toBe(Number.POSITIVE_INFINITY);
    expect(accuratePow(Number.POSITIVE_INFINITY, -2)).toBe(0);
  });

  it('overflows and underflows where the true power does', () => {
    expect(accuratePow(1e300, 2)).toBe(Number.POSITIVE_INFINITY);
    expect(accuratePow(1e-300, 2)).toBe(0);
    expect(accuratePow(1e300, 0.5)).toBe(1e150);
    expect(accuratePow(5e-324, 0.5)).toBe(Math.sqrt(5e-324));
  });
});

import { describe, expect, it } from 'vitest';
import { squareAdd } from './squareAdd.ts';

describe('squareAdd', () => {
  it('rounds x² + acc once, as a fused multiply-add does', () => {
    // Exact value 0.810264; x * x + acc rounds twice and lands one ulp below.
    expect(0.708 * 0.708 + 0.309).toBe(0.8102639999999999);
    expect(squareAdd(0.708, 0.309)).toBe(0.810264);
  });

  it('agrees with x * x + acc where that is already exact, and propagates inf and NaN', () => {
    expect(squareAdd(3, 16)).toBe(25);
    expect(squareAdd(0, 0)).toBe(0);
    expect(squareAdd(1e200, 1)).toBe(Number.POSITIVE_INFINITY);
    expect(squareAdd(Number.NaN, 1)).toBeNaN();
    expect(squareAdd(1, Number.POSITIVE_INFINITY)).toBe(Number.POSITIVE_INFINITY);
  });
});

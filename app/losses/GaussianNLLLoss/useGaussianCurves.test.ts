import { describe, expect, it } from 'vitest';
import { meanReach, varReach } from './useGaussianCurves.ts';

describe('axis reach of the Gaussian plots', () => {
  it('shows the mean axis at least ±2 around y and past x', () => {
    expect(meanReach({ x: 1, y: 1.2, v: 1 })).toBe(2);
    expect(meanReach({ x: 4, y: 0, v: 1 })).toBe(5.5);
  });
  it('shows the variance axis past the var, the best var and eps', () => {
    expect(varReach(0.5, 0.04, 1e-6)).toBe(1);
    expect(varReach(3, 0.04, 1e-6)).toBe(4.5);
    expect(varReach(0.5, 4, 1e-6)).toBe(10);
  });
});

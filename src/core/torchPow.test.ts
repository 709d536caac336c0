import { describe, expect, it } from 'vitest';
import { cPow, torchPow } from './torchPow.ts';

describe('torchPow', () => {
  // Values printed by torch.tensor([...], dtype=torch.float64).pow(e) in PyTorch 1.13.
  it('takes x.pow(-2) as 1/(x·x): 0 once x·x overflows, not the denormal 1e-314', () => {
    expect(torchPow(1e157, -2)).toBe(0);
    expect(Math.pow(1e157, -2)).toBeGreaterThan(0);
    expect(torchPow(4, -2)).toBe(0.0625);
  });

  it('takes x.pow(3) as x·x·x and x.pow(2) as x·x', () => {
    expect(torchPow(1e103, 3)).toBe(1e103 * 1e103 * 1e103);
    expect(torchPow(1e-200, 2)).toBe(0);
  });

  it('fills exponent 0 with 1 and copies exponent 1, NaN included', () => {
    expect(torchPow(Number.NaN, 0)).toBe(1);
    expect(torchPow(Number.NaN, 1)).toBeNaN();
    expect(torchPow(-3, 1)).toBe(-3);
  });

  it('uses sqrt, rsqrt and the reciprocal for ±0.5 and −1', () => {
    expect(torchPow(4, 0.5)).toBe(2);
    expect(torchPow(4, -0.5)).toBe(0.5);
    expect(torchPow(4, -1)).toBe(0.25);
  });
});

describe('cPow', () => {
  it("follows C's std::pow where Math.pow says NaN", () => {
    expect(cPow(1, Number.NaN)).toBe(1);
    expect(Math.pow(1, Number.NaN)).toBeNaN();
    expect(cPow(-1, Number.POSITIVE_INFINITY)).toBe(1);
    expect(cPow(2, Number.NaN)).toBeNaN();
    expect(cPow(2, 10)).toBe(1024);
  });
});

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { plainDecimal } from './format.ts';

describe('plainDecimal', () => {
  it('writes exponents out', () => {
    expect(plainDecimal(1e-8)).toBe('0.00000001');
    expect(plainDecimal(-2.5e-7)).toBe('-0.00000025');
    expect(plainDecimal(1.5e21)).toBe('1500000000000000000000');
    expect(plainDecimal(1.234e22)).toBe('12340000000000000000000');
    expect(plainDecimal(0.5)).toBe('0.5');
    expect(plainDecimal(-3)).toBe('-3');
  });

  it('is a plain decimal that reads back to the same number', () => {
    fc.assert(
      fc.property(fc.double({ noNaN: true, noDefaultInfinity: true }), (v) => {
        const text = plainDecimal(v);
        expect(text).toMatch(/^-?\d+(\.\d+)?$/);
        expect(Number(text)).toBe(v === 0 ? 0 : v);
      }),
      { seed: 11, numRuns: 500 },
    );
  });
});

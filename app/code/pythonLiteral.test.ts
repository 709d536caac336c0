import { describe, expect, it } from 'vitest';
import { pyList, pyNumber } from './pythonLiteral.ts';

describe('pyNumber writes float literals Python reads back as the same double', () => {
  it('marks whole numbers as floats with a trailing dot', () => {
    expect(pyNumber(2)).toBe('2.');
    expect(pyNumber(-4)).toBe('-4.');
    expect(pyNumber(0.125)).toBe('0.125');
    expect(pyNumber(1e-7)).toBe('1e-7');
  });
  it('keeps the sign of negative zero', () => {
    expect(pyNumber(-0)).toBe('-0.');
    expect(pyNumber(0)).toBe('0.');
  });
  it('writes huge whole numbers with their exponent and no dot (1e+21. is a syntax error)', () => {
    expect(pyNumber(1e21)).toBe('1e+21');
    expect(pyNumber(-3e25)).toBe('-3e+25');
    expect(pyNumber(1e20)).toBe('100000000000000000000.');
  });
  it('spells non-finite values as Python expressions', () => {
    expect(pyList([Number.NaN, Infinity, -Infinity], pyNumber)).toBe(
      "[float('nan'), float('inf'), -float('inf')]",
    );
  });
});

import { describe, expect, it } from 'vitest';
import { pyFloat } from './pyFloat.ts';

describe('pyFloat prints like Python repr', () => {
  it.each([
    [100, '100.0'],
    [40, '40.0'],
    [0.5, '0.5'],
    [30.001020555434774, '30.001020555434774'],
    [0.00005, '5e-05'],
    [0.0001, '0.0001'],
    [1.383896532266515e-75, '1.383896532266515e-75'],
    [1e16, '1e+16'],
    [123456789012345.6, '123456789012345.6'],
    [-0, '-0.0'],
    [0, '0.0'],
    [Infinity, 'inf'],
    [NaN, 'nan'],
    [-2.5e-7, '-2.5e-07'],
  ])('%s → %s', (v, text) => {
    expect(pyFloat(v)).toBe(text);
  });
});

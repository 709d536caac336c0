import { describe, expect, it } from 'vitest';
import { gradAxisDomain } from './gradAxisDomain.ts';

describe('gradAxisDomain', () => {
  it('spans every curve and 0, padded by 8% of the span', () => {
    const [lo, hi] = gradAxisDomain([Float64Array.from([1, 2]), [4, 3]]);
    expect(lo).toBeCloseTo(-0.32);
    expect(hi).toBeCloseTo(4.32);
  });

  it('leaves out values that are not finite', () => {
    expect(gradAxisDomain([[-2, Number.NaN, Infinity]])).toEqual([-2.16, 0.16]);
  });

  it('falls back to a padding of 1 when there is nothing to span', () => {
    expect(gradAxisDomain([])).toEqual([-1, 1]);
  });
});

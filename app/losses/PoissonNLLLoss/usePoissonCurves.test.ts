import { describe, expect, it } from 'vitest';
import { countsToDraw, rateReach } from './usePoissonCurves.ts';

describe('countsToDraw', () => {
  it('draws each distinct count once, ascending', () => {
    expect(countsToDraw([1, 3, 5, 0, 3], 1)).toEqual([0, 1, 3, 5]);
  });
  it('keeps at most five, always including the highlighted element’s count', () => {
    expect(countsToDraw([0, 1, 2, 3, 4, 5, 6, 9], 9)).toEqual([0, 1, 2, 3, 9]);
  });
});

describe('rateReach', () => {
  it('reaches past twice the largest count and past every rate', () => {
    expect(rateReach([0, 1, 3, 5], [1, 2.7, 7.4, 0.4])).toBe(11);
    expect(rateReach([1], [20])).toBe(24);
    expect(rateReach([0], [0.1])).toBe(4);
  });
});

import { describe, expect, it } from 'vitest';
import { focusDomain } from './focusDomain.ts';

describe('focusDomain', () => {
  it('pads the extent of all curves by 8%', () => {
    expect(focusDomain([[0, 10], [5]])).toEqual([-0.8, 10.8]);
  });

  it('leaves out the runaway end of a curve but keeps the values asked for', () => {
    const ys = [1e12, 50, 3, 2, 1, 2, 3, 4, 5, 6];
    expect(focusDomain([ys], { skipLeft: 0.2 })).toEqual([1 - 0.4, 6 + 0.4]);
    expect(focusDomain([ys], { skipLeft: 0.2, keep: [11] })[1]).toBeCloseTo(11.8, 12);
  });

  it('starts at 0 for non-negative losses, ignores non-finite values, caps the span', () => {
    expect(focusDomain([[2, Infinity, NaN, 4]], { zero: true })).toEqual([0, 4.32]);
    expect(focusDomain([[0, 1000]], { zero: true, maxSpan: 100 })).toEqual([0, 108]);
  });

  it('falls back to [0, 1] with nothing finite to show', () => {
    expect(focusDomain([[NaN]])).toEqual([0, 1]);
  });
});

import { describe, expect, it } from 'vitest';
import { arrowDelta, clamp, snapTo } from './snap.ts';

describe('snapTo', () => {
  it('rounds to the step without floating-point noise', () => {
    expect(snapTo(0.1 + 0.2, 0.01)).toBe(0.3);
    expect(snapTo(0.8049, 0.01)).toBe(0.8);
    expect(snapTo(-1.26, 0.05)).toBe(-1.25);
  });
  it('leaves the value alone for a non-positive step', () => {
    expect(snapTo(0.123456, 0)).toBe(0.123456);
  });
});

describe('clamp', () => {
  it('keeps values inside the interval', () => {
    expect(clamp(5, -2, 2)).toBe(2);
    expect(clamp(-5, -2, 2)).toBe(-2);
    expect(clamp(0.5, -2, 2)).toBe(0.5);
  });
});

describe('arrowDelta', () => {
  it('moves a free point in the arrow direction, up meaning +y', () => {
    expect(arrowDelta('ArrowRight', 'both')).toEqual({ dx: 1, dy: 0 });
    expect(arrowDelta('ArrowLeft', 'both')).toEqual({ dx: -1, dy: 0 });
    expect(arrowDelta('ArrowUp', 'both')).toEqual({ dx: 0, dy: 1 });
    expect(arrowDelta('ArrowDown', 'both')).toEqual({ dx: 0, dy: -1 });
  });
  it('moves a locked point along its axis with every arrow, like a slider', () => {
    expect(arrowDelta('ArrowUp', 'x')).toEqual({ dx: 1, dy: 0 });
    expect(arrowDelta('ArrowDown', 'x')).toEqual({ dx: -1, dy: 0 });
    expect(arrowDelta('ArrowRight', 'y')).toEqual({ dx: 0, dy: 1 });
  });
  it('ignores other keys', () => {
    expect(arrowDelta('Enter', 'both')).toBeNull();
  });
});

import { describe, expect, it } from 'vitest';
import { nextBarValue, snapToStep } from './barKeys.ts';

describe('bar slider keys', () => {
  const domain = [-2, 2] as const;

  it('moves by one step, ten with Shift or Page keys, and jumps with Home/End', () => {
    expect(nextBarValue('ArrowUp', false, 0.3, domain, 0.1)).toBe(0.4);
    expect(nextBarValue('ArrowRight', false, 0.3, domain, 0.1)).toBe(0.4);
    expect(nextBarValue('ArrowDown', false, 0.3, domain, 0.1)).toBe(0.2);
    expect(nextBarValue('ArrowUp', true, 0.3, domain, 0.1)).toBe(1.3);
    expect(nextBarValue('PageDown', false, 0.3, domain, 0.1)).toBe(-0.7);
    expect(nextBarValue('Home', false, 0.3, domain, 0.1)).toBe(-2);
    expect(nextBarValue('End', false, 0.3, domain, 0.1)).toBe(2);
    expect(nextBarValue('a', false, 0.3, domain, 0.1)).toBeNull();
  });

  it('clamps to the domain and keeps values round', () => {
    expect(nextBarValue('ArrowUp', true, 1.5, domain, 0.1)).toBe(2);
    expect(snapToStep(0.1 + 0.2, 0.1, domain)).toBe(0.3);
    expect(snapToStep(0.4372, 0.01, [0, 1])).toBe(0.44);
    expect(snapToStep(0.00043, 1e-4, [0, 1])).toBe(0.0004);
    expect(snapToStep(-7, 0.5, domain)).toBe(-2);
  });
});

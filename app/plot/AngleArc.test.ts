import { describe, expect, it } from 'vitest';
import { signedAngle } from './AngleArc.tsx';

describe('signedAngle', () => {
  it('takes the shorter way round, counter-clockwise positive', () => {
    expect(signedAngle(0, Math.PI / 2)).toBeCloseTo(Math.PI / 2, 12);
    expect(signedAngle(Math.PI / 2, 0)).toBeCloseTo(-Math.PI / 2, 12);
    expect(signedAngle(3, -3)).toBeCloseTo(2 * Math.PI - 6, 12);
    expect(signedAngle(-3, 3)).toBeCloseTo(6 - 2 * Math.PI, 12);
  });
  it('gives π, not −π, for opposite directions', () => {
    expect(signedAngle(0, Math.PI)).toBeCloseTo(Math.PI, 12);
    expect(signedAngle(Math.PI, 0)).toBeCloseTo(Math.PI, 12);
  });
});

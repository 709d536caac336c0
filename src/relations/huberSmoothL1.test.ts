import { describe, expect, it } from 'vitest';
import { checkHuberSmoothL1, LossInputError } from '../index.ts';

describe('checkHuberSmoothL1', () => {
  it.each([0.05, 0.5, 1, 1.7, 3])(
    'Huber(δ) = δ · SmoothL1(β = δ), loss and gradient, δ = %s',
    (delta) => {
      const rows = checkHuberSmoothL1(delta, [
        -7,
        -delta,
        -0.3 * delta,
        0,
        0.5 * delta,
        delta,
        2.5 * delta,
      ]);
      for (const r of rows) {
        expect(r.difference).toBeLessThanOrEqual(1e-14 * Math.max(1, Math.abs(r.huber)));
        expect(r.huberGrad).toBeCloseTo(delta * r.smoothL1Grad, 13);
      }
      // Inside the zone Huber is half the squared error; outside, δ(|r| − δ/2).
      expect(rows[4]?.huber).toBeCloseTo(0.5 * (0.5 * delta) ** 2, 14);
      expect(rows[0]?.huber).toBeCloseTo(delta * (7 - delta / 2), 12);
    },
  );

  it('refuses δ ≤ 0 as HuberLoss does', () => {
    expect(() => checkHuberSmoothL1(0, [1])).toThrow(LossInputError);
  });
});

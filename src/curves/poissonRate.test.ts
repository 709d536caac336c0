import { describe, expect, it } from 'vitest';
import {
  evaluateLoss,
  poissonInputOf,
  poissonRateOf,
  poissonStirlingTerm,
  samplePoissonRateCurve,
} from '../index.ts';

describe('samplePoissonRateCurve', () => {
  it('with log_input=True feeds log λ to the loss and matches evaluateLoss there', () => {
    const c = samplePoissonRateCurve({ count: 3, from: 0.5, to: 6, points: 12 });
    const direct = evaluateLoss(
      'PoissonNLLLoss',
      { input: Array.from(c.input), target: Array(12).fill(3) },
      { reduction: 'none' },
    );
    expect(c.input[0]).toBeCloseTo(Math.log(0.5), 15);
    expect(Array.from(c.loss)).toEqual(direct.output);
    expect(Array.from(c.grad)).toEqual(direct.grads['input']);
  });

  it('is smallest at λ = y whichever way the rate is written', () => {
    for (const log_input of [true, false]) {
      const c = samplePoissonRateCurve({
        count: 4,
        from: 0,
        to: 10,
        points: 101,
        options: { log_input },
      });
      const finite = Array.from(c.loss).map((v) => (Number.isFinite(v) ? v : Infinity));
      expect(c.rate[finite.indexOf(Math.min(...finite))]).toBeCloseTo(4, 12);
    }
  });

  it('gives the same loss for log_input True and False (eps aside) but different gradients', () => {
    const a = samplePoissonRateCurve({ count: 2, from: 0.5, to: 4, points: 8 });
    const b = samplePoissonRateCurve({
      count: 2,
      from: 0.5,
      to: 4,
      points: 8,
      options: { log_input: false, eps: 0 },
    });
    a.loss.forEach((v, i) => expect(v).toBeCloseTo(b.loss[i] ?? NaN, 12));
    // e^x − y = λ − y against 1 − y/λ.
    expect(a.grad[0]).toBeCloseTo(0.5 - 2, 12);
    expect(b.grad[0]).toBeCloseTo(1 - 2 / 0.5, 12);
  });

  it('at a rate of 0 with log_input=True the loss is +∞ (log-input −∞), as in PyTorch', () => {
    const c = samplePoissonRateCurve({ count: 1, from: 0, to: 1, points: 2 });
    expect(c.input[0]).toBe(-Infinity);
    expect(c.loss[0]).toBe(Infinity);
  });
});

describe('poissonRateOf and poissonStirlingTerm', () => {
  it('reads the rate from the input, and writes it back', () => {
    expect(poissonRateOf(Math.log(3), true)).toBeCloseTo(3, 14);
    expect(poissonRateOf(3, false)).toBe(3);
    expect(poissonInputOf(3, true)).toBe(Math.log(3));
    expect(poissonInputOf(3, false)).toBe(3);
    for (const x of [-2, 0, 0.5, 3])
      expect(poissonInputOf(poissonRateOf(x, true), true)).toBeCloseTo(x, 14);
  });

  it('is the difference full=True makes, and 0 where y ≤ 1', () => {
    for (const y of [0, 0.5, 1, 1.5, 2, 5, 12]) {
      const inputs = { input: 0.3, target: y };
      const full = evaluateLoss('PoissonNLLLoss', inputs, { full: true }).output as number;
      const plain = evaluateLoss('PoissonNLLLoss', inputs).output as number;
      expect(poissonStirlingTerm(y)).toBeCloseTo(full - plain, 12);
    }
    expect(poissonStirlingTerm(1)).toBe(0);
    // 5·log 5 − 5 + ½·log(10π), close to log(5!) = log 120.
    expect(poissonStirlingTerm(5)).toBeCloseTo(Math.log(120), 1);
  });
});

import { describe, expect, it } from 'vitest';
import { evaluateLoss, gaussianBestVar, sampleGaussianVarCurve } from '../index.ts';

describe('sampleGaussianVarCurve', () => {
  it('matches evaluateLoss with var varying, loss and var gradient', () => {
    const c = sampleGaussianVarCurve({ input: 1, target: 0.4, from: 0.1, to: 2, points: 5 });
    const vars = Array.from(c.x);
    const direct = evaluateLoss(
      'GaussianNLLLoss',
      { input: Array(5).fill(1), target: Array(5).fill(0.4), var: vars },
      { reduction: 'none' },
    );
    expect(Array.from(c.loss)).toEqual(direct.output);
    expect(Array.from(c.grad)).toEqual(direct.grads['var']);
  });

  it('has its minimum at var = (x − y)², where the var gradient changes sign', () => {
    const best = gaussianBestVar(1.5, 0.5);
    expect(best).toBe(1);
    const c = sampleGaussianVarCurve({ input: 1.5, target: 0.5, from: 0.05, to: 3, points: 60 });
    const losses = Array.from(c.loss);
    const at = c.x[losses.indexOf(Math.min(...losses))] ?? NaN;
    expect(Math.abs(at - best)).toBeLessThan(0.05);
    c.x.forEach((v, i) => {
      if (v < best - 1e-9) expect(c.grad[i]).toBeLessThan(0);
      if (v > best + 1e-9) expect(c.grad[i]).toBeGreaterThan(0);
    });
  });

  it('is flat below eps (the clamp) and adds ½·log 2π when full', () => {
    const c = sampleGaussianVarCurve({
      input: 1,
      target: 0,
      from: 0,
      to: 0.5,
      points: 6,
      options: { eps: 0.2 },
    });
    expect(c.loss[0]).toBe(c.loss[1]);
    expect(c.loss[1]).toBe(c.loss[2]);
    expect(c.loss[3]).not.toBe(c.loss[2]);
    const full = sampleGaussianVarCurve({
      input: 1,
      target: 0,
      from: 0.5,
      to: 1,
      points: 2,
      options: { full: true },
    });
    const plain = sampleGaussianVarCurve({ input: 1, target: 0, from: 0.5, to: 1, points: 2 });
    expect((full.loss[0] ?? 0) - (plain.loss[0] ?? 0)).toBeCloseTo(0.5 * Math.log(2 * Math.PI), 14);
  });
});

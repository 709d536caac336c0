import { describe, expect, it } from 'vitest';
import {
  evaluateLoss,
  LossInputError,
  sampleCurveAlong,
  sampleElementwiseCurve,
} from '../index.ts';

/** The curve at each sample must equal a direct evaluation of the loss at that one point. */
function expectMatchesPointwise(
  name: string,
  target: number,
  options: Record<string, unknown>,
  extra: Record<string, number> = {},
): void {
  const curve = sampleElementwiseCurve(name, {
    target,
    from: -2,
    to: 3,
    points: 11,
    options,
    extra,
  });
  expect(curve.x).toHaveLength(11);
  curve.x.forEach((x, i) => {
    const direct = evaluateLoss(name, { input: [x], target: [target], ...extra }, options);
    const loss = (direct.output as number[])[0] ?? NaN;
    const grad = (direct.grads['input'] as number[])[0] ?? NaN;
    if (Number.isNaN(loss)) expect(curve.loss[i]).toBeNaN();
    else expect(curve.loss[i]).toBeCloseTo(loss, 12);
    expect(curve.grad[i]).toBeCloseTo(grad, 12);
  });
}

describe('sampleElementwiseCurve for the pointwise losses', () => {
  it.each([
    ['SmoothL1Loss', 0.5, { beta: 0.5, reduction: 'none' }],
    ['HuberLoss', 0.5, { delta: 2, reduction: 'none' }],
    ['PoissonNLLLoss', 2, { full: true, reduction: 'none' }],
    ['PoissonNLLLoss', 2, { log_input: false, reduction: 'none' }],
    ['KLDivLoss', 0.3, { reduction: 'none' }],
    ['KLDivLoss', -1.2, { log_target: true, reduction: 'none' }],
  ] as const)('%s (target %s, %o) matches evaluateLoss', (name, target, options) => {
    expectMatchesPointwise(name, target, options);
  });

  it('GaussianNLLLoss takes var through extra', () => {
    expectMatchesPointwise('GaussianNLLLoss', 0.5, { reduction: 'none' }, { var: 0.8 });
    const curve = sampleElementwiseCurve('GaussianNLLLoss', {
      target: 0,
      from: -1,
      to: 1,
      points: 3,
      extra: { var: 0.5 },
    });
    expect(curve.grad[0]).toBeCloseTo(-1 / 0.5, 12);
  });

  it('Huber is linear beyond delta: its gradient is flat at ±delta there', () => {
    const curve = sampleElementwiseCurve('HuberLoss', {
      target: 0,
      from: -4,
      to: 4,
      points: 9,
      options: { delta: 1.5 },
    });
    expect(curve.grad[0]).toBe(-1.5);
    expect(curve.grad[8]).toBe(1.5);
    expect(curve.grad[4]).toBe(0);
  });

  it('refuses a GaussianNLLLoss curve without var, and extras a loss does not take', () => {
    const base = { target: 0, from: -1, to: 1, points: 3 };
    expect(() => sampleElementwiseCurve('GaussianNLLLoss', base)).toThrow(LossInputError);
    expect(() => sampleElementwiseCurve('GaussianNLLLoss', base)).toThrow(/needs 'var'/);
    expect(() => sampleElementwiseCurve('HuberLoss', { ...base, extra: { var: 1 } })).toThrow(
      LossInputError,
    );
    expect(() =>
      sampleElementwiseCurve('GaussianNLLLoss', { ...base, extra: { var: -1 } }),
    ).toThrow('var has negative entry/entries');
  });

  it('GaussianNLLLoss against var, through sampleCurveAlong', () => {
    const curve = sampleCurveAlong('GaussianNLLLoss', {
      inputs: { input: [1], target: [0], var: [1] },
      options: { reduction: 'sum' },
      argument: 'var',
      index: 0,
      from: 0.5,
      to: 2,
      points: 4,
    });
    // d/dv 0.5 (log v + 1/v) = 0.5 (1/v − 1/v²): zero at v = (x − y)² = 1.
    expect(curve.grad[1]).toBeCloseTo(0, 12);
    expect(curve.grad[0]).toBeLessThan(0);
    expect(curve.grad[3]).toBeGreaterThan(0);
  });
});

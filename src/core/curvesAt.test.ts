import { describe, expect, it } from 'vitest';
import { evaluateLoss, LossInputError, sampleElementwiseCurveAt } from '../index.ts';

describe('sampleElementwiseCurveAt', () => {
  it('equals evaluateLoss element by element at the chosen inputs', () => {
    const inputs = [0.1, 0.5, 0.93];
    const r = sampleElementwiseCurveAt('BCELoss', { inputs, target: 1, options: { weight: [2] } });
    const direct = evaluateLoss(
      'BCELoss',
      { input: inputs, target: [1, 1, 1] },
      { weight: [2], reduction: 'none' },
    );
    expect(Array.from(r.loss)).toEqual(direct.output);
    expect(Array.from(r.grad)).toEqual(direct.grads['input']);
  });

  it('ignores the caller’s reduction: a curve is always per element', () => {
    const r = sampleElementwiseCurveAt('PoissonNLLLoss', {
      inputs: [0, 1],
      target: 2,
      options: { reduction: 'sum' },
    });
    expect(r.loss).toHaveLength(2);
  });

  it('takes extra inputs such as var, and names a missing one', () => {
    const r = sampleElementwiseCurveAt('GaussianNLLLoss', {
      inputs: [1],
      target: 0,
      extra: { var: 2 },
    });
    expect(r.loss[0]).toBeCloseTo(0.5 * (Math.log(2) + 0.5), 14);
    expect(() => sampleElementwiseCurveAt('GaussianNLLLoss', { inputs: [1], target: 0 })).toThrow(
      /needs 'var'/,
    );
    expect(() =>
      sampleElementwiseCurveAt('MSELoss', { inputs: [1], target: 0, extra: { var: 1 } }),
    ).toThrow(LossInputError);
  });
});

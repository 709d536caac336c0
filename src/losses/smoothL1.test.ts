import { describe, expect, it } from 'vitest';
import { evaluateLoss, LossInputError } from '../index.ts';

const TOL = 12; // toBeCloseTo digits

describe('SmoothL1Loss', () => {
  it('is 0.5 z² / beta inside the zone and z − 0.5 beta outside', () => {
    const { output } = evaluateLoss(
      'SmoothL1Loss',
      { input: [0.5, 3], target: [0, 0] },
      { reduction: 'none', beta: 1 },
    );
    const [inside, outside] = output as number[];
    expect(inside).toBeCloseTo(0.125, TOL);
    expect(outside).toBeCloseTo(2.5, TOL);
  });

  it('has slope exactly ±1 at |x − y| = beta, from both formulas', () => {
    const { grads } = evaluateLoss(
      'SmoothL1Loss',
      { input: [1.5, -0.5], target: [1, 0] },
      { reduction: 'none', beta: 0.5 },
    );
    expect(grads['input']).toEqual([1, -1]);
  });

  it('with beta = 0 equals L1 in value', () => {
    const inputs = {
      input: [
        [0.3, -2],
        [4, 1],
      ],
      target: [
        [1, 1],
        [-1, 1.5],
      ],
    };
    const smooth = evaluateLoss('SmoothL1Loss', inputs, { reduction: 'none', beta: 0 });
    const l1 = evaluateLoss('L1Loss', inputs, { reduction: 'none' });
    expect(smooth.output).toEqual(l1.output);
  });

  it("with beta = 0 gives a tie gradient −1 (PyTorch's smooth_l1 backward), unlike L1's 0", () => {
    const inputs = { input: [2], target: [2] };
    expect(evaluateLoss('SmoothL1Loss', inputs, { beta: 0 }).grads['input']).toEqual([-1]);
    expect(evaluateLoss('L1Loss', inputs).grads['input']).toEqual([0]);
  });

  it('refuses a negative beta, naming it', () => {
    const call = (): unknown =>
      evaluateLoss('SmoothL1Loss', { input: [1], target: [0] }, { beta: -0.5 });
    expect(call).toThrow(LossInputError);
    expect(call).toThrow(/negative values for beta \(got beta=-0.5\)/);
  });
});

describe('SmoothL1Loss at denormal scales', () => {
  it("scales by 1/n before dividing by beta, as PyTorch's kernel: the smallest error rounds to 0", () => {
    // (1/3 · 5e-324) / 1e-323 = 0 / 1e-323 in PyTorch; (5e-324 / 1e-323) / 3 would be 1/6.
    const { grads } = evaluateLoss(
      'SmoothL1Loss',
      { input: [5e-324, 0, -5e-324], target: [0, 0, 0] },
      { beta: 1e-323 },
    );
    expect(grads['input']).toEqual([0, 0, -0]);
  });

  it("sums in PyTorch's order, so a total on a printed tie rounds as PyTorch prints it", () => {
    // torch 1.13: 9.806249999999999, printed 9.8062; added in index order it is 9.80625 (9.8063).
    const { output } = evaluateLoss(
      'SmoothL1Loss',
      { input: [0, 0.25, -0.5, 2, 1, 0.5, 0], target: [-0.5, 3.7, -3, 3.7, -3, 0.25, 0] },
      { reduction: 'sum' },
    );
    expect(output).toBe(9.806249999999999);
  });
});

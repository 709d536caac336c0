import { describe, expect, it } from 'vitest';
import { evaluateLoss, LossInputError } from '../index.ts';

const TOL = 1e-12;
const input = [
  [-0.5, -1.5, -2.0],
  [-3.0, -0.25, -1.0],
];

describe('NLLLoss', () => {
  it('just picks −input[target]; its gradient is −1 there and 0 elsewhere', () => {
    const r = evaluateLoss('NLLLoss', { input, target: [2, 1] }, { reduction: 'none' });
    expect(r.output).toEqual([2.0, 0.25]);
    expect(r.grads['input']).toEqual([
      [0, 0, -1],
      [0, -1, 0],
    ]);
  });

  it('accepts any numbers, so the loss can be negative when input is not a log-probability', () => {
    const r = evaluateLoss('NLLLoss', { input: [[2, 5]], target: [1] });
    expect(r.output).toBe(-5);
  });

  it("weighted 'mean' is Σ w[t]·(−x[t]) / Σ w[t]", () => {
    const weight = [1, 3, 0.5];
    const r = evaluateLoss('NLLLoss', { input, target: [2, 1] }, { weight });
    const expected = (0.5 * 2.0 + 3 * 0.25) / (0.5 + 3);
    expect(Math.abs((r.output as number) - expected)).toBeLessThan(TOL);
  });

  it('ignored targets get no loss, no gradient, and leave the mean denominator', () => {
    const r = evaluateLoss('NLLLoss', { input, target: [2, 0] }, { ignore_index: 0 });
    expect(r.output).toBe(2.0);
    expect(r.grads['input']).toEqual([
      [0, 0, -1],
      [0, 0, 0],
    ]);
  });

  it('keeps PyTorch 1.13’s quirk: a (C) input with a (C) target reads target[0] only', () => {
    const r = evaluateLoss('NLLLoss', { input: [1, 2, 3], target: [2, 0, 9] });
    expect(r.output).toBe(-3);
  });

  it('names the bad value and the class count', () => {
    expect(() => evaluateLoss('NLLLoss', { input, target: [3, 0] })).toThrow(LossInputError);
    expect(() => evaluateLoss('NLLLoss', { input, target: [3, 0] })).toThrow(
      /Target 3 is out of bounds.*3 classes/,
    );
    expect(() => evaluateLoss('NLLLoss', { input, target: [0, 1, 2] })).toThrow(
      'Expected input batch_size (2) to match target batch_size (3).',
    );
  });

  it("adds a batch in the kernel's cascaded order, as PyTorch does (values from torch 1.13)", () => {
    // Position 0 is carried to the top partial sum at once and added last: 5.8, where index
    // order gives 5.800000000000001.
    const { output } = evaluateLoss(
      'NLLLoss',
      {
        input: [
          [-0.2, -2.2],
          [-0.7, -1.2],
          [-0.5, -2.9],
        ],
        target: [1, 0, 1],
      },
      { reduction: 'sum' },
    );
    expect(output).toBe(5.8);
  });

  it("a (C) input takes the kernel's reducing path even for 'none': 0 − x is +0, not −0", () => {
    const { output } = evaluateLoss(
      'NLLLoss',
      { input: [0.1, 0, 0.25], target: 1 },
      { reduction: 'none' },
    );
    expect(Object.is(output, 0)).toBe(true);
    // A batch keeps −x·w per row, which is −0 (PyTorch prints tensor([-0., -0.])).
    const batch = evaluateLoss(
      'NLLLoss',
      {
        input: [
          [0, 1],
          [2, 0],
        ],
        target: [0, 1],
      },
      { reduction: 'none' },
    );
    expect((batch.output as number[]).map((v) => Object.is(v, -0))).toEqual([true, true]);
  });
});

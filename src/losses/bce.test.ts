import { describe, expect, it } from 'vitest';
import { evaluateLoss, LossInputError } from '../index.ts';
import { mismatch } from '../testing/golden.ts';

const sigmoid = (z: number): number => 1 / (1 + Math.exp(-z));

describe('BCELoss', () => {
  it('is −[y·log x + (1 − y)·log(1 − x)]', () => {
    const { output } = evaluateLoss(
      'BCELoss',
      { input: [0.8, 0.8, 0.25], target: [1, 0, 0.5] },
      { reduction: 'none' },
    );
    const expected = [
      -Math.log(0.8),
      -Math.log(0.2),
      -(0.5 * Math.log(0.25) + 0.5 * Math.log(0.75)),
    ];
    (output as number[]).forEach((v, i) => expect(v).toBeCloseTo(expected[i] ?? NaN, 14));
  });

  it('clamps each log at −100, so a confident wrong answer costs 100, not infinity', () => {
    const { output, grads } = evaluateLoss(
      'BCELoss',
      { input: [0, 1, 1], target: [1, 0, 1] },
      { reduction: 'none' },
    );
    // −0 for the last, as in PyTorch: (1 − 1)·(−100) − 1·log 1.
    expect(mismatch(output, [100, 100, 0], 0, 1e-12)).toBeNull();
    // PyTorch's backward divides by max(x(1 − x), 1e-12 as a C++ float).
    const g = grads['input'] as number[];
    expect(g[0]).toBeCloseTo(-1 / Math.fround(1e-12), 0);
    expect(g[1]).toBeCloseTo(1 / Math.fround(1e-12), 0);
    expect(g[2]).toBe(0);
  });

  it('on sigmoid(z) agrees with BCEWithLogitsLoss on z', () => {
    const z = [-3, -0.5, 0, 1.25, 4];
    const y = [0, 1, 1, 0, 0.3];
    const viaProbabilities = evaluateLoss('BCELoss', { input: z.map(sigmoid), target: y })
      .output as number;
    const viaLogits = evaluateLoss('BCEWithLogitsLoss', { input: z, target: y }).output as number;
    expect(Math.abs(viaProbabilities - viaLogits)).toBeLessThan(1e-12);
  });

  it('refuses a probability outside [0, 1], naming the value and where it is', () => {
    expect(() =>
      evaluateLoss('BCELoss', {
        input: [
          [0.5, 0.1],
          [1.5, 0.2],
        ],
        target: [
          [1, 0],
          [0, 1],
        ],
      }),
    ).toThrow(/between 0 and 1, but input at index \[1, 0\] is 1\.5/);
    expect(() => evaluateLoss('BCELoss', { input: -0.01, target: 0 })).toThrow(LossInputError);
  });

  it('refuses a target whose shape differs from input, even if it would broadcast', () => {
    expect(() => evaluateLoss('BCELoss', { input: [[0.5, 0.2]], target: [1, 0] })).toThrow(
      /target size \(\[2\]\) that is different to the input size \(\[1, 2\]\)/,
    );
  });

  it('broadcasts weight onto input, but never lets weight enlarge it', () => {
    const { output } = evaluateLoss(
      'BCELoss',
      { input: [[0.5, 0.5]], target: [[1, 1]] },
      { weight: [2], reduction: 'none' },
    );
    expect((output as number[][])[0]?.[1]).toBeCloseTo(2 * Math.LN2, 14);
    expect(() =>
      evaluateLoss(
        'BCELoss',
        { input: [0.5, 0.5], target: [1, 1] },
        {
          weight: [
            [1, 2],
            [3, 4],
          ],
        },
      ),
    ).toThrow(/broadcast shape \[2, 2\]/);
  });

  it("'mean' divides the gradient by n last, as PyTorch's backward does (values from torch 1.13)", () => {
    // Multiplying by 1/n instead changes the last bit: 128571429085.1746 where PyTorch prints
    // 128571429085.1747.
    const { grads } = evaluateLoss('BCELoss', {
      input: [0, 0.9, 0, 0.3333, 0.5, 0.5, 1],
      target: [1, 0.3333, 0.3333, 0, 1, 1, 0.1],
    });
    expect(grads['input']).toEqual([
      -142857143427.97183, 0.8995238095238097, -47614285904.543015, 0.2142750005356875,
      -0.2857142857142857, -0.2857142857142857, 128571429085.17465,
    ]);
  });
});

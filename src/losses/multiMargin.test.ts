import { describe, expect, it } from 'vitest';
import { evaluateLoss } from '../index.ts';

const TOL = 1e-12;
// The PyTorch docs example.
const x = [[0.1, 0.2, 0.4, 0.8]];

describe('MultiMarginLoss', () => {
  it('divides by C, counting the target class too (PyTorch docs example: 0.3250)', () => {
    const r = evaluateLoss('MultiMarginLoss', { input: x, target: [3] });
    const expected = (1 - 0.8 + 0.1 + (1 - 0.8 + 0.2) + (1 - 0.8 + 0.4)) / 4;
    expect(Math.abs((r.output as number) - expected)).toBeLessThan(TOL);
  });

  it('scales a sample by the weight of its target class, not of the other classes', () => {
    const plain = evaluateLoss('MultiMarginLoss', { input: x, target: [3] }).output as number;
    const weighted = evaluateLoss(
      'MultiMarginLoss',
      { input: x, target: [3] },
      { weight: [10, 10, 10, 0.5] },
    ).output as number;
    expect(Math.abs(weighted - 0.5 * plain)).toBeLessThan(TOL);
  });

  it('p=2 squares each hinge term', () => {
    const r = evaluateLoss('MultiMarginLoss', { input: x, target: [3] }, { p: 2 });
    const expected = (0.3 ** 2 + 0.4 ** 2 + 0.6 ** 2) / 4;
    expect(Math.abs((r.output as number) - expected)).toBeLessThan(TOL);
  });

  it('gives zero gradient exactly at the hinge (PyTorch tests z > 0)', () => {
    // z = 1 − 1 + 0 = 0 for class 1: not counted; z = 1 − 1 + 2 = 2 for class 2.
    const r = evaluateLoss('MultiMarginLoss', { input: [[1, 0, 2]], target: [0] });
    expect(r.grads['input']).toEqual([[-1 / 3, 0, 1 / 3].map((v) => expect.closeTo(v, 12))]);
  });

  it('refuses p other than 1 and 2, and targets outside [0, C)', () => {
    expect(() => evaluateLoss('MultiMarginLoss', { input: x, target: [3] }, { p: 3 })).toThrow(
      /only p == 1 and p == 2 supported/,
    );
    expect(() => evaluateLoss('MultiMarginLoss', { input: x, target: [4] })).toThrow(
      /target out of range.*target 4/,
    );
  });
});

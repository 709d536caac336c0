import { describe, expect, it } from 'vitest';
import { evaluateLoss } from '../index.ts';

const TOL = 1e-12;
const x = [[0.1, 0.2, 0.4, 0.8]];

describe('MultiLabelMarginLoss', () => {
  it('reads class indices up to the first -1 (PyTorch docs example: 0.85)', () => {
    const r = evaluateLoss('MultiLabelMarginLoss', { input: x, target: [[3, 0, -1, 1]] });
    // Targets {3, 0} against non-targets {1, 2}, each term 1 − (x[j] − x[i]), over C = 4.
    const expected =
      (1 - (0.8 - 0.2) + (1 - (0.8 - 0.4)) + (1 - (0.1 - 0.2)) + (1 - (0.1 - 0.4))) / 4;
    expect(Math.abs((r.output as number) - expected)).toBeLessThan(TOL);
  });

  it('is not multi-hot: [1, 0, 0, 1] means classes {1, 0, 0, 1}, not {0, 3}', () => {
    const asIndices = evaluateLoss('MultiLabelMarginLoss', { input: x, target: [[1, 0, 0, 1]] })
      .output as number;
    const intended = evaluateLoss('MultiLabelMarginLoss', { input: x, target: [[0, 3, -1, 0]] })
      .output as number;
    expect(Math.abs(asIndices - intended)).toBeGreaterThan(0.1);
  });

  it('gives a 0-d result for an unbatched (C) input even with reduction none', () => {
    const r = evaluateLoss(
      'MultiLabelMarginLoss',
      { input: [0.1, 0.2, 0.4, 0.8], target: [3, 0, -1, 1] },
      { reduction: 'none' },
    );
    expect(r.output).toBeCloseTo(0.85, 12);
  });

  it('range-checks entries after the -1 as well, naming the value', () => {
    expect(() =>
      evaluateLoss('MultiLabelMarginLoss', { input: x, target: [[3, 0, -1, 4]] }),
    ).toThrow(/'target' is out of range: 4/);
  });
});

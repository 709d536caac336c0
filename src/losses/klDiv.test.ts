import { describe, expect, it } from 'vitest';
import { evaluateLoss, getLoss } from '../index.ts';

const p = [
  [0.5, 0.25, 0.25],
  [0.1, 0.6, 0.3],
];
const q = [
  [0.4, 0.4, 0.2],
  [0.2, 0.5, 0.3],
];
const logQ = q.map((row) => row.map(Math.log));
const trueKl = p.map((row, i) =>
  row.reduce((s, pj, j) => s + pj * Math.log(pj / (q[i]?.[j] ?? NaN)), 0),
);

describe('KLDivLoss', () => {
  it("'batchmean' is the true KL(p‖q) averaged over the batch", () => {
    const { output } = evaluateLoss(
      'KLDivLoss',
      { input: logQ, target: p },
      { reduction: 'batchmean' },
    );
    expect(output).toBeCloseTo(((trueKl[0] ?? NaN) + (trueKl[1] ?? NaN)) / 2, 12);
  });

  it("'mean' (the default) divides by every element, so it is batchmean / C", () => {
    const mean = evaluateLoss('KLDivLoss', { input: logQ, target: p }).output as number;
    const batchmean = evaluateLoss(
      'KLDivLoss',
      { input: logQ, target: p },
      { reduction: 'batchmean' },
    ).output as number;
    expect(mean).toBeCloseTo(batchmean / 3, 12);
  });

  it('counts a zero target as 0 (0·log 0 = 0), and gives the input gradient −target', () => {
    const { output, grads } = evaluateLoss(
      'KLDivLoss',
      { input: [-1, -2], target: [0, 0.5] },
      { reduction: 'none' },
    );
    expect((output as number[])[0]).toBe(0);
    expect(grads['input']).toEqual([-0, -0.5]);
  });

  it('agrees with itself when the target is given as log-probabilities', () => {
    const logP = p.map((row) => row.map(Math.log));
    const a = evaluateLoss('KLDivLoss', { input: logQ, target: p }, { reduction: 'sum' });
    const b = evaluateLoss(
      'KLDivLoss',
      { input: logQ, target: logP },
      { reduction: 'sum', log_target: true },
    );
    expect(b.output).toBeCloseTo(a.output as number, 12);
  });

  it('does not divide a 0-d input under batchmean (it has no batch dimension)', () => {
    const { output } = evaluateLoss(
      'KLDivLoss',
      { input: -1, target: 0.5 },
      { reduction: 'batchmean' },
    );
    expect(output).toBeCloseTo(0.5 * (Math.log(0.5) + 1), 12);
  });

  it('lists the four reductions, defaulting to mean', () => {
    const reduction = getLoss('KLDivLoss').meta.keywords.find((k) => k.name === 'reduction');
    expect(reduction).toMatchObject({
      kind: 'reduction',
      default: 'mean',
      choices: ['none', 'batchmean', 'sum', 'mean'],
    });
  });
});

import { describe, expect, it } from 'vitest';
import { evaluateLoss } from '../index.ts';

const TOL = 1e-12;
const softplus = (v: number): number => Math.max(v, 0) + Math.log1p(Math.exp(-Math.abs(v)));

describe('MultiLabelSoftMarginLoss', () => {
  it('is the binary cross-entropy with logits of each class, averaged over C', () => {
    const x = [0.5, -1.25, 2];
    const y = [1, 0, 1];
    const r = evaluateLoss('MultiLabelSoftMarginLoss', { input: [x], target: [y] });
    const bce = x.map((v, i) => ((y[i] ?? 0) === 1 ? softplus(-v) : softplus(v)));
    const expected = bce.reduce((a, b) => a + b, 0) / 3;
    expect(Math.abs((r.output as number) - expected)).toBeLessThan(TOL);
  });

  it('multiplies each class term by its weight, then still divides by C (not by Σ weight)', () => {
    const x = [[0.5, -1.25]];
    const y = [[1, 0]];
    const r = evaluateLoss('MultiLabelSoftMarginLoss', { input: x, target: y }, { weight: [2, 0] });
    expect(Math.abs((r.output as number) - (2 * softplus(-0.5)) / 2)).toBeLessThan(TOL);
  });

  it('stays finite at logits of ±800 (log-sigmoid never takes log of 0)', () => {
    const r = evaluateLoss(
      'MultiLabelSoftMarginLoss',
      { input: [[800, -800]], target: [[0, 1]] },
      { reduction: 'none' },
    );
    expect(r.output).toEqual([800]);
    expect(r.grads['input']).toEqual([[0.5, -0.5]]);
  });

  it('gives log 2 at zero logits whatever the labels', () => {
    const r = evaluateLoss('MultiLabelSoftMarginLoss', {
      input: [
        [0, 0],
        [0, 0],
      ],
      target: [
        [1, 0],
        [0.3, 1],
      ],
    });
    expect(Math.abs((r.output as number) - Math.LN2)).toBeLessThan(TOL);
  });
});

describe('MultiLabelSoftMarginLoss with an infinite class weight', () => {
  it('gives NaN where autograd multiplies the infinite weight by 1 − y = 0', () => {
    const { output, grads } = evaluateLoss(
      'MultiLabelSoftMarginLoss',
      { input: [[-1, 2]], target: [[1, 0]] },
      { weight: [Infinity, 1] },
    );
    expect(output).toBe(Infinity);
    const [g0, g1] = (grads['input'] as number[][])[0] ?? [];
    expect(g0).toBeNaN();
    expect(Math.abs((g1 ?? 0) - 0.4403985389889412)).toBeLessThan(1e-12);
  });
});

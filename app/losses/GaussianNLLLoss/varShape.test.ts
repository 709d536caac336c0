import { describe, expect, it } from 'vitest';
import { evaluateLoss } from '../../../src/index.ts';
import { reshapeVar, unravel, varPathOf, varShapeFor, varShapeKind } from './varShape.ts';

const input = [3, 2];
const same = [
  [0.5, 1],
  [0.1, 2],
  [0.2, 0.3],
];

describe('var layouts of GaussianNLLLoss', () => {
  it('names the three shapes PyTorch accepts for an (N, D) input', () => {
    expect(varShapeFor('same', input)).toEqual([3, 2]);
    expect(varShapeFor('column', input)).toEqual([3, 1]);
    expect(varShapeFor('flat', input)).toEqual([3]);
    expect(varShapeKind(input, [3, 1])).toBe('column');
    expect(varShapeKind(input, [1, 2])).toBeNull();
    expect(varShapeFor('flat', [4])).toEqual([]);
  });

  it('shares the first feature’s variance per sample, and repeats it back', () => {
    const column = reshapeVar(same, input, 'column');
    expect(column).toEqual([[0.5], [0.1], [0.2]]);
    expect(reshapeVar(column, input, 'flat')).toEqual([0.5, 0.1, 0.2]);
    expect(reshapeVar([0.5, 0.1, 0.2], input, 'same')).toEqual([
      [0.5, 0.5],
      [0.1, 0.1],
      [0.2, 0.2],
    ]);
  });

  it('produces shapes the core accepts, with equal losses for equal variances', () => {
    const x = [
      [1, 2],
      [0.5, -1],
      [0, 1.5],
    ];
    const y = [
      [1.2, 0.5],
      [0.4, 1],
      [0.3, 1],
    ];
    const shared = reshapeVar(same, input, 'flat');
    const a = evaluateLoss('GaussianNLLLoss', { input: x, target: y, var: shared });
    const b = evaluateLoss('GaussianNLLLoss', {
      input: x,
      target: y,
      var: reshapeVar(shared, input, 'same'),
    });
    const c = evaluateLoss('GaussianNLLLoss', {
      input: x,
      target: y,
      var: reshapeVar(shared, input, 'column'),
    });
    expect(a.output).toBeCloseTo(b.output as number, 14);
    expect(c.output).toBeCloseTo(b.output as number, 14);
  });

  it('finds the variance of each input element', () => {
    expect(unravel(3, input)).toEqual([1, 1]);
    expect(varPathOf('same', input, 3)).toEqual([1, 1]);
    expect(varPathOf('column', input, 3)).toEqual([1, 0]);
    expect(varPathOf('flat', input, 3)).toEqual([1]);
    expect(varPathOf('flat', [4], 2)).toEqual([]);
  });

  it('rebuilds an unrecognised var from its first value', () => {
    expect(reshapeVar([[9, 8]], input, 'flat')).toEqual([9, 9, 9]);
  });
});

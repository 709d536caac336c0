import { describe, expect, it } from 'vitest';
import { evaluate } from '../../panel/useLossEvaluation.ts';
import { cosinePairs, rowsOf } from './cosinePairs.ts';

describe('rowsOf', () => {
  it('reads (N, D) as rows and a single (D) vector as one row', () => {
    expect(
      rowsOf([
        [1, 2],
        [3, 4],
      ]),
    ).toEqual([
      [1, 2],
      [3, 4],
    ]);
    expect(rowsOf([1, 2])).toEqual([[1, 2]]);
    expect(rowsOf(undefined)).toEqual([]);
    expect(rowsOf(3)).toEqual([]);
  });
});

describe('cosinePairs', () => {
  it("joins each pair's vectors with the core's cosine, loss and reduced gradient", () => {
    const state = {
      params: { margin: 0, reduction: 'sum' },
      tensors: {
        input1: [
          [1, 0],
          [0, 1],
        ],
        input2: [
          [0, 2],
          [0, 3],
        ],
        target: [1, -1],
      },
      highlight: 0,
    };
    const [a, b] = cosinePairs(state, evaluate('CosineEmbeddingLoss', state));
    expect(a?.cosine).toBeCloseTo(0, 12);
    expect(a?.degrees).toBeCloseTo(90, 9);
    expect(a?.loss).toBeCloseTo(1, 12);
    // Parallel, but PyTorch's 1e-12 on the squared norms keeps the cosine a hair below 1.
    expect(b?.cosine).toBeCloseTo(1, 9);
    expect(b?.cosine).toBeLessThan(1);
    expect(b?.loss).toBeCloseTo(1, 9);
    // The gradient of the cosine is perpendicular to each vector.
    const [gx = NaN, gy = NaN] = a?.g1 ?? [];
    expect(gx * 1 + gy * 0).toBeCloseTo(0, 12);
  });

  it('keeps the vectors and leaves the numbers unknown while the core refuses', () => {
    const state = {
      params: { margin: 0, reduction: 'mean' },
      tensors: { input1: [[1, 0]], input2: [[0, 2, 1]], target: [1] },
      highlight: 0,
    };
    const [a] = cosinePairs(state, evaluate('CosineEmbeddingLoss', state));
    expect(a?.v1).toEqual([1, 0]);
    expect(a?.loss).toBeNaN();
    expect(a?.cosine).toBeNaN();
  });
});

import { describe, expect, it } from 'vitest';
import { LossInputError, sampleCosineEmbeddingCurve } from '../index.ts';

describe('sampleCosineEmbeddingCurve', () => {
  it('runs from cos = −1 to 1 in ascending order', () => {
    const { cosine } = sampleCosineEmbeddingCurve({ target: 1, points: 101 });
    expect(cosine[0]).toBeCloseTo(-1, 10);
    expect(cosine[100]).toBeCloseTo(1, 10);
    for (let i = 1; i < cosine.length; i++)
      expect(cosine[i] ?? NaN).toBeGreaterThan(cosine[i - 1] ?? NaN);
  });

  it('is 1 − cos for y = 1 and max(0, cos − margin) for y = −1', () => {
    const plus = sampleCosineEmbeddingCurve({ target: 1, points: 41 });
    plus.cosine.forEach((c, i) => expect(plus.loss[i]).toBeCloseTo(1 - c, 14));
    const minus = sampleCosineEmbeddingCurve({ target: -1, points: 41, options: { margin: 0.3 } });
    minus.cosine.forEach((c, i) => expect(minus.loss[i]).toBeCloseTo(Math.max(0, c - 0.3), 14));
  });

  it('refuses a bad number of points', () => {
    expect(() => sampleCosineEmbeddingCurve({ target: 1, points: 1 })).toThrow(LossInputError);
  });
});

import { describe, expect, it } from 'vitest';
import { cosineEmbeddingAngles, evaluateLoss, LossInputError } from '../index.ts';

describe('cosineEmbeddingAngles', () => {
  it("gives the loss's own cosine and angle for each pair (values from torch 1.13)", () => {
    // 1 − CosineEmbeddingLoss(reduction='none')(a, b, ones) in torch 1.13, float64.
    const angles = cosineEmbeddingAngles(
      [
        [1.0, 0.5],
        [0.3, 1.0],
        [3, 4],
        [0, 0],
      ],
      [
        [0.8, 0.9],
        [0.9, 0.6],
        [-3, -4],
        [1, 2],
      ],
    );
    const cosines = [0.9284766908845676, 0.770394321124007, -0.99999999999996, 0.0];
    const degrees = [21.80140948645852, 39.610688240087946, 179.99998380078404, 90.0];
    angles.forEach((a, i) => {
      expect(a.cosine).toBeCloseTo(cosines[i] ?? NaN, 14);
      expect(a.degrees).toBeCloseTo(degrees[i] ?? NaN, 9);
    });
  });

  it('agrees with the loss for the dissimilar branch: ℓ = max(0, cos − margin)', () => {
    const input1 = [[0.3, 1.0]];
    const input2 = [[0.9, 0.6]];
    const [angle] = cosineEmbeddingAngles(input1, input2);
    const { output } = evaluateLoss(
      'CosineEmbeddingLoss',
      { input1, input2, target: [-1] },
      { margin: 0.25, reduction: 'none' },
    );
    expect((output as number[])[0]).toBeCloseTo((angle?.cosine ?? NaN) - 0.25, 14);
  });

  it('takes a single pair of vectors too', () => {
    const angles = cosineEmbeddingAngles([1, 0], [0, 2]);
    expect(angles).toHaveLength(1);
    expect(angles[0]?.cosine).toBeCloseTo(0, 14);
    expect(angles[0]?.degrees).toBeCloseTo(90, 9);
  });

  it('refuses what the loss refuses', () => {
    expect(() => cosineEmbeddingAngles([[1, 2]], [[1, 2, 3]])).toThrow(LossInputError);
    expect(() => cosineEmbeddingAngles(3, 4)).toThrow(LossInputError);
  });
});

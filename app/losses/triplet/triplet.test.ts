import { describe, expect, it } from 'vitest';
import { evaluateLoss, tripletBreakdown } from '../../../src/index.ts';
import { gradientStep } from './gradientStep.ts';
import { distanceTex, hingeTex } from './tripletTex.ts';
import { TRIPLET_CELLS, tripletField } from './tripletField.ts';
import { tripletDomain, tripletPoints } from './tripletRows.ts';

const tensors = {
  anchor: [
    [0, 0],
    [1, 1],
  ],
  positive: [
    [0.5, 0.3],
    [1.5, 2],
  ],
  negative: [
    [1, 0.5],
    [3.5, 1],
  ],
};

describe('tripletPoints and tripletDomain', () => {
  it('reads rows as triplets and frames them in a square of whole units', () => {
    const [t0, t1] = tripletPoints(tensors);
    expect(t1).toEqual({ anchor: [1, 1], positive: [1.5, 2], negative: [3.5, 1] });
    expect(tripletDomain(t0!, { origin: false, reach: 0 })).toEqual([-1, 2]);
    // The margin ring around the anchor stays in view.
    expect(tripletDomain(t0!, { origin: false, reach: 1.58 })).toEqual([-2, 2]);
    expect(tripletDomain({ ...t1!, negative: [6.2, -3] }, { origin: false, reach: 0 })).toEqual([
      -4, 7,
    ]);
    expect(tripletDomain(t1!, { origin: true, reach: 0 })).toEqual([-1, 4]);
    expect(tripletPoints({ anchor: [1, 2], positive: [0, 0], negative: [3, 3] })).toHaveLength(1);
  });
});

describe('gradientStep', () => {
  it('moves every point by −lr × its gradient and lowers the loss', () => {
    const before = evaluateLoss('TripletMarginLoss', tensors);
    const next = gradientStep(tensors, before.grads, 0.5, ['anchor', 'positive', 'negative']);
    expect((next['negative'] as number[][])[1]).toEqual([3.5, 1]); // satisfied: no gradient
    const g = (before.grads['anchor'] as number[][])[0]![0]!;
    expect((next['anchor'] as number[][])[0]![0]).toBeCloseTo(-0.5 * g, 4);
    const after = evaluateLoss('TripletMarginLoss', next);
    expect(after.output as number).toBeLessThan(before.output as number);
  });
});

describe('tripletField', () => {
  it('is the core’s loss with the negative at every cell centre', () => {
    const field = tripletField('TripletMarginLoss', [0, 0], [0.5, 0.3], { margin: 1 }, [-1, 4]);
    expect(field).toHaveLength(TRIPLET_CELLS ** 2);
    const centre = (i: number) => -1 + ((i + 0.5) * 5) / TRIPLET_CELLS;
    const [r, c] = [7, 30];
    const expected = evaluateLoss(
      'TripletMarginLoss',
      { anchor: [0, 0], positive: [0.5, 0.3], negative: [centre(c), centre(r)] },
      { margin: 1 },
    ).output as number;
    expect(field?.[r * TRIPLET_CELLS + c]).toBeCloseTo(expected, 12);
    expect(tripletField('TripletMarginLoss', [0, 0], [1, 2, 3], {}, [-1, 4])).toBeNull();
  });
});

describe('tripletTex', () => {
  it('writes the distances and the hinge with the core’s numbers', () => {
    const b = tripletBreakdown('TripletMarginLoss', tensors, { swap: true })!;
    const [t0] = tripletPoints(tensors);
    const row = b.rows[0]!;
    expect(distanceTex(b, t0!, 0, ['anchor', 'positive'], row.dPos)).toBe(
      String.raw`d(a_{0}, p_{0}) = \bigl\lVert (0,\ 0) - (0.5,\ 0.3) + 10^{-6} \bigr\rVert_{2} = 0.5831`,
    );
    const tex = hingeTex(b, row, 0);
    expect(tex).toContain(String.raw`\min\{1.118, 0.5385\}`);
    expect(tex).toContain(`= 1.0446 \\end{aligned}`);
    const cos = tripletBreakdown('TripletMarginWithDistanceLoss', tensors, {
      distance_function: 'cosine',
    })!;
    expect(distanceTex(cos, t0!, 0, ['positive', 'negative'], 0.25)).toBe(
      String.raw`d(p_{0}, n_{0}) = 1 - \cos\bigl((0.5,\ 0.3), (1,\ 0.5)\bigr) = 0.25`,
    );
  });
});

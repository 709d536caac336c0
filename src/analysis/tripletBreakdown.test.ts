import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { evaluateLoss, LossInputError, tripletBreakdown } from '../index.ts';

const example = {
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

describe('tripletBreakdown', () => {
  it('measures ‖a − p + eps‖_p with eps inside the norm', () => {
    const r = tripletBreakdown('TripletMarginLoss', example, { eps: 0.1, p: 1 });
    const [t0] = r?.rows ?? [];
    expect(t0?.dPos).toBeCloseTo(Math.abs(-0.5 + 0.1) + Math.abs(-0.3 + 0.1), 12);
    expect(t0?.dAn).toBeCloseTo(Math.abs(-1 + 0.1) + Math.abs(-0.5 + 0.1), 12);
    expect(t0?.dPn).toBeNull();
    expect(t0?.used).toBe('an');
    expect(t0?.hinge).toBeCloseTo(1 + (t0?.dPos ?? NaN) - (t0?.dAn ?? NaN), 12);
    expect(r?.p).toBe(1);
  });

  it('with swap uses the nearer of d(a, n) and d(p, n)', () => {
    const inputs = { anchor: [[0, 0]], positive: [[2, 0]], negative: [[2.5, 0.5]] };
    const [row] = tripletBreakdown('TripletMarginLoss', inputs, { swap: true, eps: 0 })?.rows ?? [];
    expect(row?.dAn).toBeCloseTo(Math.hypot(2.5, 0.5), 12);
    expect(row?.dPn).toBeCloseTo(Math.hypot(0.5, 0.5), 12);
    expect(row?.used).toBe('pn');
    expect(row?.dNeg).toBe(row?.dPn);
    const tie = tripletBreakdown(
      'TripletMarginLoss',
      { anchor: [[0.5, 0]], positive: [[0.5, 0]], negative: [[1, 2]] },
      { swap: true },
    );
    expect(tie?.rows[0]?.used).toBe('tie');
  });

  it('uses 1 − cos for the cosine distance of the WithDistance class', () => {
    const r = tripletBreakdown('TripletMarginWithDistanceLoss', example, {
      distance_function: 'cosine',
    });
    const [, t1] = r?.rows ?? [];
    const cos = (1 * 1.5 + 1 * 2) / (Math.SQRT2 * Math.hypot(1.5, 2));
    expect(t1?.dPos).toBeCloseTo(1 - cos, 12);
    expect(r?.distance).toBe('cosine');
    expect(tripletBreakdown('TripletMarginWithDistanceLoss', example)?.p).toBe(2);
  });

  it('agrees with both losses for every keyword: max(hinge, 0) is the loss', () => {
    const row = fc.tuple(
      fc.double({ min: -3, max: 3, noNaN: true }),
      fc.double({ min: -3, max: 3, noNaN: true }),
    );
    const rows = fc.array(row, { minLength: 3, maxLength: 3 });
    fc.assert(
      fc.property(
        fc.tuple(rows, rows, rows),
        fc.record({
          margin: fc.double({ min: 0, max: 3, noNaN: true }),
          swap: fc.boolean(),
          p: fc.constantFrom(0.5, 1, 1.5, 2, 3),
          cosine: fc.boolean(),
        }),
        ([anchor, positive, negative], { margin, swap, p, cosine }) => {
          const inputs = { anchor, positive, negative };
          const cases = [
            ['TripletMarginLoss', { margin, swap, p }],
            [
              'TripletMarginWithDistanceLoss',
              { margin, swap, distance_function: cosine ? 'cosine' : null },
            ],
          ] as const;
          for (const [name, options] of cases) {
            const r = tripletBreakdown(name, inputs, options);
            const { output } = evaluateLoss(name, inputs, { ...options, reduction: 'none' });
            r?.rows.forEach((t, i) => {
              expect(Math.max(t.hinge, 0)).toBeCloseTo((output as number[])[i] ?? NaN, 12);
              expect(t.loss).toBe((output as number[])[i]);
            });
          }
        },
      ),
      { seed: 3, numRuns: 60 },
    );
  });

  it('leaves broadcast layouts alone and refuses what PyTorch refuses', () => {
    expect(tripletBreakdown('TripletMarginLoss', { ...example, anchor: [[0, 0]] })).toBeNull();
    expect(() => tripletBreakdown('TripletMarginLoss', { ...example, anchor: [0, 0] })).toThrow(
      LossInputError,
    );
  });
});

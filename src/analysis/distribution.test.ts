import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { expOf, logOf, probabilityRow, redistribute } from '../index.ts';

const SEED = 20261128;

describe('redistribute', () => {
  it('sets one entry and scales the others in proportion', () => {
    const out = redistribute([0.5, 0.3, 0.2], 0, 0.75);
    expect(out[0]).toBe(0.75);
    expect(out[1]).toBeCloseTo(0.15, 14);
    expect(out[2]).toBeCloseTo(0.1, 14);
  });

  it('shares the remainder equally when the others are all zero', () => {
    expect(redistribute([1, 0, 0], 0, 0.4)).toEqual([0.4, 0.3, 0.3]);
  });

  it('keeps every entry at least the floor, and clamps the value', () => {
    const out = redistribute([0.2, 0.5, 0.3], 1, 1, 0.01);
    expect(out[1]).toBeCloseTo(0.98, 14);
    expect(out[0]).toBeCloseTo(0.01, 14);
    expect(out[2]).toBeCloseTo(0.01, 14);
    expect(redistribute([0.5, 0.5], 0, -3)).toEqual([0, 1]);
    expect(redistribute([0.7], 0, 0.2)).toEqual([1]);
  });

  it('refuses an index outside the vector', () => {
    expect(() => redistribute([0.5, 0.5], 2, 0.1)).toThrow(RangeError);
  });

  it('always returns a distribution with the floor respected', () => {
    fc.assert(
      fc.property(
        fc.array(fc.double({ min: 0, max: 1, noNaN: true }), { minLength: 2, maxLength: 8 }),
        fc.nat(),
        fc.double({ min: -0.5, max: 1.5, noNaN: true }),
        fc.constantFrom(0, 1e-4, 0.01),
        (probs, i, value, floor) => {
          const index = i % probs.length;
          const out = redistribute(probs, index, value, floor);
          expect(out.reduce((s, p) => s + p, 0)).toBeCloseTo(1, 12);
          for (const p of out) expect(p).toBeGreaterThanOrEqual(floor - 1e-15);
          if (value >= floor && value <= 1 - floor * (probs.length - 1))
            expect(out[index]).toBe(value);
        },
      ),
      { seed: SEED, numRuns: 300 },
    );
  });
});

describe('element-wise exp and log, and rows as probabilities', () => {
  it('maps nested arrays and numbers', () => {
    expect(expOf([[0, Math.log(2)]])).toEqual([[1, 2]]);
    expect(logOf([1, 0])).toEqual([0, Number.NEGATIVE_INFINITY]);
    expect(logOf(Math.E)).toBeCloseTo(1, 15);
  });

  it('reads a row as probabilities with its sum', () => {
    const logRow = probabilityRow([Math.log(0.25), Math.log(0.75)], true);
    expect(logRow.probs[0]).toBeCloseTo(0.25, 15);
    expect(logRow.sum).toBeCloseTo(1, 15);
    expect(probabilityRow([0.5, 0.7], false)).toEqual({ probs: [0.5, 0.7], sum: 1.2 });
  });
});

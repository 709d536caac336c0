import { scaleLinear } from 'd3-scale';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { linearScale } from './linearScale.ts';

// d3-scale stays a dependency (scaleBand), so the plots' own linear scale is checked against the
// d3 scale it replaces: same pixels, same inverse, same ticks, same niced domain.
// What plots meet: data extents with a real span, pixel ranges of screen size.
const finite = fc.double({ min: -1e6, max: 1e6, noNaN: true });
const pair = fc
  .tuple(finite, finite)
  .filter(([a, b]) => Math.abs(a - b) > 1e-6 * Math.max(1, Math.abs(a), Math.abs(b)));
const pixels = fc
  .tuple(fc.integer({ min: -4000, max: 4000 }), fc.integer({ min: -4000, max: 4000 }))
  .filter(([a, b]) => a !== b);
/** Signed zeros compare equal, as they do on screen. */
const unsigned = (values: readonly number[]) => values.map((v) => v + 0);

function close(a: number, b: number, scale: number): boolean {
  return Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(scale));
}

describe('linearScale', () => {
  it('maps, inverts and ticks like d3 scaleLinear', () => {
    fc.assert(
      fc.property(
        pair,
        pixels,
        finite,
        fc.integer({ min: 1, max: 12 }),
        (domain, range, v, count) => {
          const ours = linearScale(domain, range);
          const d3 = scaleLinear().domain(domain).range(range);
          const spread = Math.abs(domain[0]) + Math.abs(domain[1]) + Math.abs(v);
          const width = Math.abs(range[0]) + Math.abs(range[1]);
          expect(close(ours(v), d3(v), width * (1 + spread))).toBe(true);
          expect(close(ours.invert(v), d3.invert(v), spread * (1 + width))).toBe(true);
          expect(unsigned(ours.ticks(count))).toEqual(unsigned(d3.ticks(count)));
        },
      ),
    );
  });

  it('rounds the domain outwards exactly as d3 nice() does, in either direction', () => {
    fc.assert(
      fc.property(pair, (domain) => {
        const ours = linearScale(domain, [0, 100], { nice: true });
        const d3 = scaleLinear().domain(domain).range([0, 100]).nice();
        expect(unsigned(ours.domain())).toEqual(unsigned(d3.domain()));
      }),
    );
  });

  it('sends a degenerate domain to the middle of the range', () => {
    const s = linearScale([2, 2], [10, 30]);
    expect(s(2)).toBe(20);
    expect(s(5)).toBe(20);
    expect(linearScale([0, 4], [7, 7]).invert(7)).toBe(2);
  });

  it('extrapolates outside the domain and keeps a reversed range', () => {
    const y = linearScale([0, 10], [200, 0]);
    expect(y(5)).toBe(100);
    expect(y(-5)).toBe(300);
    expect(y.invert(50)).toBe(7.5);
    expect(y.range()).toEqual([200, 0]);
  });
});

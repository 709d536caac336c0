import { tickIncrement, ticks as roundTicks } from 'd3-array';

/**
 * A linear map from data values to pixels, with the round ticks of d3-array.
 *
 * Why not d3-scale's scaleLinear: it carries d3-interpolate, d3-color and d3-format with it
 * (about 11 KB gzipped on the first panel, against a 200 KB budget, issue #10) to interpolate
 * colours and dates and to format ticks, none of which a plot here does; numbers are formatted
 * by app/format.ts. The rules are d3's: a degenerate domain or range maps to its middle, values
 * outside the domain extrapolate, and `nice` rounds the domain outwards to tick steps.
 */
export interface LinearScale {
  (value: number): number;
  domain(): readonly [number, number];
  range(): readonly [number, number];
  /** The data value at a pixel. */
  invert(pixel: number): number;
  /** About `count` round values inside the domain, in the domain's direction. */
  ticks(count: number): number[];
}

/**
 * The domain widened outwards to whole tick steps, as d3-scale's `nice()` does it: repeat until
 * the step stops changing, at most ten times, or leave the domain as it was.
 */
function niceDomain(lo: number, hi: number, count: number): [number, number] {
  let start = lo;
  let stop = hi;
  let previous: number | undefined;
  for (let i = 0; i < 10; i++) {
    const step = tickIncrement(start, stop, count);
    if (step === previous) return [start, stop];
    if (step > 0) {
      start = Math.floor(start / step) * step;
      stop = Math.ceil(stop / step) * step;
    } else if (step < 0) {
      start = Math.ceil(start * step) / step;
      stop = Math.floor(stop * step) / step;
    } else break;
    previous = step;
  }
  return [lo, hi];
}

/** A map taking a ↦ c and b ↦ d; the middle of [c, d] when a = b. */
function interpolation(a: number, b: number, c: number, d: number): (v: number) => number {
  const span = b - a;
  if (span === 0 || !Number.isFinite(span)) return () => (c + d) / 2;
  return (v) => c + ((v - a) / span) * (d - c);
}

export function linearScale(
  domain: readonly [number, number],
  range: readonly [number, number],
  options: { readonly nice?: boolean } = {},
): LinearScale {
  let [d0, d1] = domain;
  if (options.nice) {
    // d3's default of about ten ticks, worked out on the ascending extent.
    const [lo, hi] = d0 <= d1 ? [d0, d1] : [d1, d0];
    const [nlo, nhi] = niceDomain(lo, hi, 10);
    [d0, d1] = d0 <= d1 ? [nlo, nhi] : [nhi, nlo];
  }
  const [r0, r1] = range;
  const forward = interpolation(d0, d1, r0, r1);
  const backward = interpolation(r0, r1, d0, d1);
  const scale = ((value: number) => forward(value)) as LinearScale;
  scale.domain = () => [d0, d1];
  scale.range = () => [r0, r1];
  scale.invert = backward;
  scale.ticks = (count) => roundTicks(d0, d1, count);
  return scale;
}

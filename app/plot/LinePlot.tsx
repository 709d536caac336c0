import { linearScale } from './linearScale.ts';
import { line } from 'd3-shape';
import { useId, useMemo, useState, type PointerEvent } from 'react';
import { formatNumber } from '../format.ts';
import { Axes } from './Axes.tsx';
import { useStableList } from './useStableList.ts';

export interface Series {
  readonly id: string;
  readonly label: string;
  readonly xs: ArrayLike<number>;
  readonly ys: ArrayLike<number>;
  /** CSS class choosing colour and dash, from the colour-blind-safe palette in app.css. */
  readonly className: string;
}

export interface Marker {
  readonly x: number;
  readonly y: number;
  readonly label: string;
  readonly highlighted: boolean;
}

export interface Reference {
  readonly x: number;
  readonly label: string;
}

export interface LinePlotProps {
  readonly title: string;
  /** The text alternative: what the plot shows and its key numbers. */
  readonly summary: string;
  readonly xLabel: string;
  readonly yLabel: string;
  readonly series: readonly Series[];
  readonly markers?: readonly Marker[];
  /** An x-interval to shade and label, e.g. SmoothL1's quadratic zone. */
  readonly band?: { readonly from: number; readonly to: number; readonly label: string };
  /** Vertical reference lines with a label, e.g. where a loss has its minimum. */
  readonly references?: readonly Reference[];
  /** A fixed y-range, so that a rescaled curve visibly moves instead of the axis following it. */
  readonly yDomain?: readonly [number, number];
  readonly width?: number;
  readonly height?: number;
  readonly testId?: string;
}

const MARGIN = { top: 24, right: 16, bottom: 40, left: 52 };

/** The smallest and largest finite value of a list (Infinity, -Infinity when there is none). */
function finiteRange(values: ArrayLike<number>, into: [number, number]): [number, number] {
  for (let i = 0; i < values.length; i++) {
    const v = values[i] ?? Number.NaN;
    if (Number.isFinite(v)) {
      if (v < into[0]) into[0] = v;
      if (v > into[1]) into[1] = v;
    }
  }
  return into;
}

/** The y-range that shows every curve and marker, with a margin, and always includes 0. */
function paddedDomain(seriesRange: readonly [number, number], markers: readonly Marker[]) {
  const [min, max] = finiteRange(
    markers.map((m) => m.y),
    [seriesRange[0], seriesRange[1]],
  );
  const [lo, hi] = min <= max ? [min, max] : [0, 1];
  const pad = (hi - lo) * 0.08 || 1;
  return [Math.min(0, lo - pad), hi + pad] as const;
}

const sameSeries = (a: Series, b: Series) =>
  a.id === b.id && a.xs === b.xs && a.ys === b.ys && a.className === b.className;

/** Whether v lies in a scale's domain (a point outside would be drawn over the axes). */
function inside(v: number, domain: readonly number[]): boolean {
  const [a = 0, b = 0] = domain;
  return v >= Math.min(a, b) && v <= Math.max(a, b);
}

/** A line chart: d3 computes scales and paths, React renders every element. */
export function LinePlot({
  title,
  summary,
  xLabel,
  yLabel,
  series,
  markers = [],
  band,
  references = [],
  yDomain,
  width = 520,
  height = 260,
  testId,
}: LinePlotProps) {
  const [hoverX, setHoverX] = useState<number | null>(null);
  // Curves may leave the y-range (a log that goes to infinity): they are clipped to the plot
  // area instead of being flattened along its edge, which would look like a plateau.
  const clipId = `plot-clip-${useId().replace(/[^a-zA-Z0-9_-]/g, '')}`;
  // Callers pass fresh arrays on every render: the expensive parts below (a path through
  // thousands of samples per curve) are rebuilt only when a curve or the y-range really changes.
  const curves = useStableList(series, sameSeries);
  const first = curves[0];
  const seriesRange = useMemo(
    () => curves.reduce<[number, number]>((r, s) => finiteRange(s.ys, r), [Infinity, -Infinity]),
    [curves],
  );
  const [yLo, yHi] = yDomain ?? paddedDomain(seriesRange, markers);
  const xFrom = first ? (first.xs[0] ?? 0) : 0;
  const xTo = first ? (first.xs[first.xs.length - 1] ?? 1) : 1;
  const x = useMemo(
    () => linearScale([xFrom, xTo], [MARGIN.left, width - MARGIN.right]),
    [xFrom, xTo, width],
  );
  const y = useMemo(
    () => linearScale([yLo, yHi], [height - MARGIN.bottom, MARGIN.top], { nice: true }),
    [yLo, yHi, height],
  );
  const paths = useMemo(() => {
    const [lo = 0, hi = 1] = y.domain();
    // Far enough beyond the range to leave it at the right slope, near enough for SVG numbers.
    const reach = (hi - lo) * 4;
    return curves.map((s) => {
      const gen = line<number>()
        .defined((i) => Number.isFinite(s.ys[i] ?? Number.NaN))
        .x((i) => x(s.xs[i] ?? 0))
        .y((i) => y(Math.max(lo - reach, Math.min(hi + reach, s.ys[i] ?? 0))));
      return {
        id: s.id,
        className: s.className,
        d: gen(Array.from({ length: s.xs.length }, (_, i) => i)) ?? '',
      };
    });
  }, [curves, x, y]);

  const onMove = (e: PointerEvent<SVGSVGElement>) => {
    const box = e.currentTarget.getBoundingClientRect();
    const px = ((e.clientX - box.left) / box.width) * width;
    const [lo, hi] = x.domain();
    setHoverX(Math.min(hi, Math.max(lo, x.invert(px))));
  };
  const hoverIndex =
    hoverX === null || !first
      ? null
      : Math.round(
          ((hoverX - (first.xs[0] ?? 0)) /
            ((first.xs[first.xs.length - 1] ?? 1) - (first.xs[0] ?? 0))) *
            (first.xs.length - 1),
        );

  return (
    <figure className="plot" data-testid={testId}>
      <figcaption className="plot-title">{title}</figcaption>
      <svg
        viewBox={`0 0 ${width} ${height}`}
        role="img"
        aria-label={summary}
        onPointerMove={onMove}
        onPointerLeave={() => setHoverX(null)}
      >
        <title>{summary}</title>
        {band && (
          <g className="band">
            <rect
              x={x(band.from)}
              width={Math.max(0, x(band.to) - x(band.from))}
              y={MARGIN.top}
              height={height - MARGIN.top - MARGIN.bottom}
            />
            {/* A narrow band gets its label beside it, not spilling over the axis. */}
            {x(band.to) - x(band.from) > 120 ? (
              <text x={(x(band.from) + x(band.to)) / 2} y={MARGIN.top + 12} textAnchor="middle">
                {band.label}
              </text>
            ) : (
              <text x={x(band.to) + 4} y={MARGIN.top + 12} textAnchor="start">
                {band.label}
              </text>
            )}
          </g>
        )}
        <Axes x={x} y={y} xLabel={xLabel} yLabel={yLabel} />
        <clipPath id={clipId}>
          <rect
            x={MARGIN.left}
            y={MARGIN.top}
            width={width - MARGIN.left - MARGIN.right}
            height={height - MARGIN.top - MARGIN.bottom}
          />
        </clipPath>
        {references
          .filter((r) => inside(r.x, x.domain()))
          .map((r) => (
            <g key={`${r.x}-${r.label}`} className="reference">
              <line x1={x(r.x)} x2={x(r.x)} y1={MARGIN.top} y2={height - MARGIN.bottom} />
              <text
                x={x(r.x) > width * 0.6 ? x(r.x) - 4 : x(r.x) + 4}
                y={MARGIN.top + 24}
                textAnchor={x(r.x) > width * 0.6 ? 'end' : 'start'}
              >
                {r.label}
              </text>
            </g>
          ))}
        <g clipPath={`url(#${clipId})`}>
          {paths.map((p) => (
            <path key={p.id} className={`series ${p.className}`} d={p.d} data-series={p.id} />
          ))}
        </g>
        {markers.map((m, i) =>
          inside(m.x, x.domain()) && inside(m.y, y.domain()) ? (
            <circle
              key={i}
              className={m.highlighted ? 'marker highlighted' : 'marker'}
              cx={x(m.x)}
              cy={y(m.y)}
              r={m.highlighted ? 6 : 4}
            >
              <title>{m.label}</title>
            </circle>
          ) : null,
        )}
        {hoverIndex !== null && first && (
          <g className="hover">
            <line
              x1={x(first.xs[hoverIndex] ?? 0)}
              x2={x(first.xs[hoverIndex] ?? 0)}
              y1={MARGIN.top}
              y2={height - MARGIN.bottom}
            />
            <text
              x={width - MARGIN.right}
              y={MARGIN.top - 8}
              textAnchor="end"
              data-testid="hover-readout"
            >
              {`x = ${formatNumber(first.xs[hoverIndex] ?? 0)}: ${series.map((s) => `${s.label} ${formatNumber(s.ys[hoverIndex] ?? Number.NaN)}`).join(', ')}`}
            </text>
          </g>
        )}
      </svg>
      <ul className="legend">
        {series.map((s) => (
          <li key={s.id} className={s.className}>
            {/* A sample of the curve itself, so the legend matches by dash as well as colour. */}
            <svg className="legend-line" viewBox="0 0 24 6" aria-hidden="true">
              <line className={`series ${s.className}`} x1={0} y1={3} x2={24} y2={3} />
            </svg>
            {s.label}
          </li>
        ))}
      </ul>
    </figure>
  );
}

import { scaleBand, scaleLinear } from 'd3-scale';
import { useMemo, type KeyboardEvent, type PointerEvent } from 'react';
import { BarColumn } from './BarColumn.tsx';
import { nextBarValue, snapToStep } from './barKeys.ts';
import { useTicks } from './useTicks.ts';

export interface DraggableBarsProps {
  readonly title: string;
  /** The text alternative: what the chart shows and its key numbers. */
  readonly summary: string;
  readonly values: readonly number[];
  /** The label under each bar, e.g. the class index. */
  readonly labels: readonly string[];
  /** What bar i is, for its accessible name (the current value is appended), e.g. `input[0, 2]`. */
  readonly barName?: (index: number) => string;
  /** Makes the bars sliders (keyboard and pointer). Without it the chart is read-only. */
  readonly onChange?: (index: number, value: number) => void;
  /** The value range of the axis; dragging and keys stay inside it. */
  readonly domain: readonly [number, number];
  /** Keyboard step and drag resolution. */
  readonly step?: number;
  /** Bars to emphasise (e.g. the target class or classes), each with a text mark under it. */
  readonly highlighted?: number | readonly number[] | null;
  readonly highlightLabel?: string;
  /** Colour class from the palette, `c0`…`c5`. */
  readonly className?: string;
  /** Hollow dashed bars drawn over the filled ones (e.g. a target distribution), with a legend. */
  readonly overlay?: { readonly values: readonly number[]; readonly label: string };
  /** Legend text for the filled bars (shown with an overlay). */
  readonly legend?: string;
  /** Horizontal reference lines across the chart, e.g. the level a margin asks rivals to stay under. */
  readonly guides?: readonly BarGuide[];
  readonly width?: number;
  readonly height?: number;
  readonly testId?: string;
}

/** A labelled horizontal line at a value of the bars' axis. */
export interface BarGuide {
  readonly value: number;
  readonly label: string;
  readonly testId?: string;
}

const MARGIN = { top: 22, right: 8, bottom: 38, left: 40 };

/**
 * A bar chart of a vector whose bars can be dragged (pointer capture, so a finger works) or moved
 * with the arrow keys. Each editable bar is a focusable `role="slider"`. d3 computes the scales,
 * React renders every element.
 */
export function DraggableBars({
  title,
  summary,
  values,
  labels,
  barName = (i) => String(i),
  onChange,
  domain,
  step = 0.1,
  highlighted = null,
  highlightLabel,
  className = 'c0',
  overlay,
  legend,
  guides = [],
  width = 300,
  height = 230,
  testId,
}: DraggableBarsProps) {
  const [lo, hi] = domain;
  const { x, y } = useMemo(
    () => ({
      x: scaleBand<number>()
        .domain(values.map((_, i) => i))
        .range([MARGIN.left, width - MARGIN.right])
        .paddingInner(0.08),
      y: scaleLinear()
        .domain([lo, hi])
        .range([height - MARGIN.bottom, MARGIN.top]),
    }),
    [values, width, height, lo, hi],
  );
  const ticks = useTicks(y, 4);
  const clampY = (v: number) => y(Math.min(hi, Math.max(lo, Number.isFinite(v) ? v : lo)));
  const yBase = clampY(0);
  const marked = (i: number) =>
    Array.isArray(highlighted) ? highlighted.includes(i) : i === highlighted;
  const bottom = height - MARGIN.bottom;

  const valueAt = (e: PointerEvent<SVGGElement>) => {
    const box = e.currentTarget.ownerSVGElement?.getBoundingClientRect();
    if (!box || box.height === 0) return null;
    const py = ((e.clientY - box.top) / box.height) * height;
    return snapToStep(y.invert(py), step, domain);
  };
  const sliderFor = (i: number) =>
    onChange && {
      name: barName(i),
      min: lo,
      max: hi,
      onKeyDown: (e: KeyboardEvent<SVGGElement>) => {
        const next = nextBarValue(e.key, e.shiftKey, values[i] ?? 0, domain, step);
        if (next === null) return;
        e.preventDefault();
        if (next !== values[i]) onChange(i, next);
      },
      onPointerDown: (e: PointerEvent<SVGGElement>) => {
        e.preventDefault();
        e.currentTarget.focus();
        e.currentTarget.setPointerCapture(e.pointerId);
        const v = valueAt(e);
        if (v !== null && v !== values[i]) onChange(i, v);
      },
      onPointerMove: (e: PointerEvent<SVGGElement>) => {
        if (!e.currentTarget.hasPointerCapture(e.pointerId)) return;
        const v = valueAt(e);
        if (v !== null && v !== values[i]) onChange(i, v);
      },
      onPointerUp: (e: PointerEvent<SVGGElement>) => {
        if (e.currentTarget.hasPointerCapture(e.pointerId))
          e.currentTarget.releasePointerCapture(e.pointerId);
      },
    };

  return (
    <figure className={`plot bars ${className}`} data-testid={testId}>
      <figcaption className="plot-title">{title}</figcaption>
      <svg
        viewBox={`0 0 ${width} ${height}`}
        role={onChange ? 'group' : 'img'}
        aria-label={summary}
      >
        <g className="axes" aria-hidden="true">
          {ticks.map((t) => (
            <g key={t.value}>
              <line
                className={t.value === 0 ? 'grid zero' : 'grid'}
                x1={MARGIN.left}
                x2={width - MARGIN.right}
                y1={t.position}
                y2={t.position}
              />
              <text className="tick" x={MARGIN.left - 6} y={t.position + 4} textAnchor="end">
                {t.label}
              </text>
            </g>
          ))}
        </g>
        {values.map((v, i) => {
          const slider = sliderFor(i);
          return (
            <BarColumn
              key={i}
              index={i}
              value={v}
              x={x(i) ?? 0}
              width={x.bandwidth()}
              yValue={clampY(v)}
              yBase={yBase}
              top={MARGIN.top}
              bottom={bottom}
              label={labels[i] ?? String(i)}
              highlighted={marked(i)}
              highlightLabel={highlightLabel}
              overlayY={overlay ? clampY(overlay.values[i] ?? Number.NaN) : undefined}
              {...(slider ? { slider } : {})}
            />
          );
        })}
        {guides
          .filter((g) => Number.isFinite(g.value) && g.value >= lo && g.value <= hi)
          .map((g) => (
            <g key={g.label} className="bar-guide" data-testid={g.testId} data-value={g.value}>
              <line x1={MARGIN.left} x2={width - MARGIN.right} y1={y(g.value)} y2={y(g.value)} />
              <text x={width - MARGIN.right} y={y(g.value) + 13} textAnchor="end">
                {g.label}
              </text>
            </g>
          ))}
      </svg>
      {overlay && (
        <ul className="legend">
          <li>
            <span className="swatch bar-swatch" aria-hidden="true" />
            {legend ?? title}
          </li>
          <li>
            <span className="swatch overlay-swatch" aria-hidden="true" />
            {overlay.label}
          </li>
        </ul>
      )}
    </figure>
  );
}

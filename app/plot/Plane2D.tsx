import { useId, type ReactNode } from 'react';
import { Axes } from './Axes.tsx';
import { PLANE_MARGIN, usePlaneScales, type PlaneScales } from './usePlaneScales.ts';

export interface Plane2DProps {
  readonly title: string;
  /** The text alternative of the picture: what it shows and its key numbers. */
  readonly summary: string;
  readonly xLabel: string;
  readonly yLabel: string;
  readonly xDomain: readonly [number, number];
  readonly yDomain: readonly [number, number];
  readonly width?: number;
  readonly height?: number;
  readonly testId?: string;
  /** The picture under the axes' lines, clipped to the plotting area (a loss field, bands). */
  readonly background?: (scales: PlaneScales) => ReactNode;
  /** What is drawn over the axes and may be interactive (curves, draggable points, arrows). */
  readonly children?: (scales: PlaneScales) => ReactNode;
  /** HTML under the plot: a legend, a colour key. */
  readonly footer?: ReactNode;
}

/**
 * A 2-D coordinate plane: d3 scales, grid and axes, a clipped background layer and an
 * interactive layer. The static picture is one `role="img"` with the summary; the interactive
 * layer stays outside it so that its points remain reachable by keyboard and screen reader.
 */
export function Plane2D({
  title,
  summary,
  xLabel,
  yLabel,
  xDomain,
  yDomain,
  width = 360,
  height = 320,
  testId,
  background,
  children,
  footer,
}: Plane2DProps) {
  const scales = usePlaneScales(xDomain, yDomain, width, height);
  const clipId = `plane-clip-${useId().replace(/[^a-zA-Z0-9_-]/g, '')}`;
  return (
    <figure className="plot plane" data-testid={testId}>
      <figcaption className="plot-title">{title}</figcaption>
      <svg viewBox={`0 0 ${width} ${height}`} role="group" aria-label={title}>
        <defs>
          <clipPath id={clipId}>
            <rect
              x={PLANE_MARGIN.left}
              y={PLANE_MARGIN.top}
              width={width - PLANE_MARGIN.left - PLANE_MARGIN.right}
              height={height - PLANE_MARGIN.top - PLANE_MARGIN.bottom}
            />
          </clipPath>
        </defs>
        <g role="img" aria-label={summary}>
          <Axes x={scales.x} y={scales.y} xLabel={xLabel} yLabel={yLabel} />
          {background && <g clipPath={`url(#${clipId})`}>{background(scales)}</g>}
        </g>
        {children?.(scales)}
      </svg>
      {footer}
    </figure>
  );
}

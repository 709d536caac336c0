import { memo, useMemo } from 'react';
import { fieldPaths } from './fieldPaths.ts';
import type { PlaneScales } from './usePlaneScales.ts';

export interface FieldShadingProps {
  readonly scales: PlaneScales;
  /** Row-major values on a regular grid: row r is the r-th y cell from the bottom. */
  readonly values: ArrayLike<number>;
  readonly cols: number;
  readonly rows: number;
  /** The region the grid covers, in data coordinates. */
  readonly xExtent: readonly [number, number];
  readonly yExtent: readonly [number, number];
  /** The value drawn darkest; share it between planes that should be compared. */
  readonly max: number;
  readonly levels?: number;
  /** Colour class from the palette (`c0`…`c5`). */
  readonly className?: string;
  readonly testId?: string;
}

/** Opacity of shading level `level` of `levels`: light enough to keep the grid readable. */
export function levelOpacity(level: number, levels: number): number {
  return Number((0.06 + (0.55 * level) / levels).toFixed(3));
}

function edges(from: number, to: number, cells: number, scale: (v: number) => number) {
  return Array.from({ length: cells + 1 }, (_, i) => scale(from + ((to - from) * i) / cells));
}

/**
 * A scalar field (e.g. the loss at every point of a plane) shaded in a few levels of one
 * colour, zero left blank. Memoised: dragging a point over it does not redraw it.
 */
export const FieldShading = memo(function FieldShading({
  scales,
  values,
  cols,
  rows,
  xExtent,
  yExtent,
  max,
  levels = 10,
  className = 'c0',
  testId,
}: FieldShadingProps) {
  const { paths, shaded } = useMemo(
    () =>
      fieldPaths(
        {
          values,
          cols,
          rows,
          xEdges: edges(xExtent[0], xExtent[1], cols, scales.x),
          yEdges: edges(yExtent[0], yExtent[1], rows, scales.y),
        },
        max,
        levels,
      ),
    [values, cols, rows, xExtent, yExtent, scales, max, levels],
  );
  return (
    <g className={`field ${className}`} data-testid={testId} data-shaded-cells={shaded}>
      {paths.map((p) => (
        <path key={p.level} d={p.d} fillOpacity={levelOpacity(p.level, levels)} />
      ))}
    </g>
  );
});

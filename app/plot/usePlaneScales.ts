import { linearScale, type LinearScale } from './linearScale.ts';
import { useMemo } from 'react';

/** The two linear scales of a plane, data → SVG user units (y grows upwards on screen). */
export interface PlaneScales {
  readonly x: LinearScale;
  readonly y: LinearScale;
}

/** Room around the plotting area for tick labels and axis titles. */
export const PLANE_MARGIN = { top: 18, right: 16, bottom: 40, left: 48 } as const;

/**
 * The height that gives one data unit the same length on both axes (a circle stays round),
 * for a plane `width` wide showing the given spans.
 */
export function equalAspectHeight(width: number, xSpan: number, ySpan: number): number {
  const inner = width - PLANE_MARGIN.left - PLANE_MARGIN.right;
  return Math.round((inner * ySpan) / xSpan) + PLANE_MARGIN.top + PLANE_MARGIN.bottom;
}

/** Scales for a plane; stable while the domains and size are (so memoised layers stay put). */
export function usePlaneScales(
  xDomain: readonly [number, number],
  yDomain: readonly [number, number],
  width: number,
  height: number,
): PlaneScales {
  const [x0, x1] = xDomain;
  const [y0, y1] = yDomain;
  return useMemo(
    () => ({
      x: linearScale([x0, x1], [PLANE_MARGIN.left, width - PLANE_MARGIN.right]),
      y: linearScale([y0, y1], [height - PLANE_MARGIN.bottom, PLANE_MARGIN.top]),
    }),
    [x0, x1, y0, y1, width, height],
  );
}

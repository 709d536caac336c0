import { line } from 'd3-shape';
import { useMemo } from 'react';
import type { PlaneScales } from './usePlaneScales.ts';

export interface CurvePathProps {
  readonly scales: PlaneScales;
  readonly xs: ArrayLike<number>;
  readonly ys: ArrayLike<number>;
  /** Palette class; `series` styling (colour and dash) comes with it. */
  readonly className: string;
  readonly id: string;
}

/** A sampled curve as one path; non-finite samples leave gaps. Clip it with the plane. */
export function CurvePath({ scales, xs, ys, className, id }: CurvePathProps) {
  const d = useMemo(() => {
    const [lo = 0, hi = 0] = scales.y.domain();
    // Far outside the plane, values are pinned just beyond its edge so the clip hides them.
    const span = hi - lo;
    const gen = line<number>()
      .defined((i) => Number.isFinite(ys[i] ?? Number.NaN))
      .x((i) => scales.x(xs[i] ?? 0))
      .y((i) => scales.y(Math.max(lo - span, Math.min(hi + span, ys[i] ?? 0))));
    return gen(Array.from({ length: xs.length }, (_, i) => i)) ?? '';
  }, [scales, xs, ys]);
  return <path className={`series ${className}`} d={d} data-series={id} />;
}

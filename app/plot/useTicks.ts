import type { ScaleLinear } from 'd3-scale';
import { useMemo } from 'react';
import { formatNumber } from '../format.ts';

export interface Tick {
  readonly value: number;
  readonly position: number;
  readonly label: string;
}

/** Tick data for an axis: d3 picks round values, React draws them. */
export function useTicks(scale: ScaleLinear<number, number>, count: number): readonly Tick[] {
  return useMemo(
    () =>
      scale
        .ticks(count)
        .map((value) => ({ value, position: scale(value), label: formatNumber(value, 3) })),
    [scale, count],
  );
}

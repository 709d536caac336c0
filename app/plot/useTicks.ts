import type { LinearScale } from './linearScale.ts';
import { useMemo } from 'react';
import { formatNumber } from '../format.ts';

export interface Tick {
  readonly value: number;
  readonly position: number;
  readonly label: string;
}

/** Tick data for an axis: d3 picks round values, React draws them. */
export function useTicks(scale: LinearScale, count: number): readonly Tick[] {
  return useMemo(
    () =>
      scale
        .ticks(count)
        .map((value) => ({ value, position: scale(value), label: formatNumber(value, 3) })),
    [scale, count],
  );
}

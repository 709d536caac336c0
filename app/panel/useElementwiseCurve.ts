import { useMemo } from 'react';
import { sampleElementwiseCurve, type CurveSamples } from '../../src/index.ts';
import type { KeywordValue } from '../losses/types.ts';
import { unlessRefused } from './unlessRefused.ts';

/** Points per curve: smooth at any zoom, and still a fraction of a millisecond to compute. */
const POINTS = 801;

/**
 * Loss and gradient against the residual x − y (target fixed at 0), over a range wide enough
 * for every example element. Null when the core refuses the keywords (the panel says why).
 */
export function useElementwiseCurve(
  name: string,
  params: Readonly<Record<string, KeywordValue>>,
  residuals: readonly number[],
): CurveSamples | null {
  const reach = Math.max(3, ...residuals.filter(Number.isFinite).map((r) => Math.abs(r) * 1.25));
  const half = Math.ceil(reach);
  return useMemo(
    () =>
      unlessRefused(() =>
        sampleElementwiseCurve(name, {
          target: 0,
          from: -half,
          to: half,
          points: POINTS,
          options: params,
        }),
      ),
    [name, params, half],
  );
}

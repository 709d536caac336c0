import { useMemo } from 'react';
import { sampleCurveAlong, type CurveSamples } from '../../src/index.ts';
import { unlessRefused } from './unlessRefused.ts';

export interface CurveAlongRequest {
  readonly name: string;
  readonly inputs: Readonly<Record<string, unknown>>;
  readonly options: Readonly<Record<string, unknown>>;
  readonly argument: string;
  readonly index: number;
  readonly from: number;
  readonly to: number;
}

/** Points per swept curve: smooth enough on a projector, cheap enough for every drag. */
const POINTS = 241;

/**
 * The core's loss and gradient as one element sweeps a range, everything else fixed; null when
 * there is nothing to sweep or the core refuses the state.
 */
export function useCurveAlong(request: CurveAlongRequest | null): CurveSamples | null {
  const key = request === null ? null : JSON.stringify(request);
  return useMemo(() => {
    if (key === null) return null;
    const r = JSON.parse(key) as CurveAlongRequest;
    return unlessRefused(() => sampleCurveAlong(r.name, { ...r, points: POINTS }));
  }, [key]);
}

import { useMemo } from 'react';
import {
  LossInputError,
  poissonRateOf,
  samplePoissonRateCurve,
  type PoissonRateCurve,
} from '../../../src/index.ts';
import type { KeywordValue } from '../types.ts';

export interface CountCurve extends PoissonRateCurve {
  readonly count: number;
}

/** At most this many counts get a curve (one colour each); the highlighted one always does. */
const MAX_CURVES = 5;
const POINTS = 801;

/** The distinct counts to draw, ascending, the highlighted element's count always among them. */
export function countsToDraw(
  targets: readonly number[],
  highlighted: number | undefined,
): number[] {
  const distinct = [...new Set(targets.filter(Number.isFinite))];
  const first = highlighted !== undefined && Number.isFinite(highlighted) ? [highlighted] : [];
  const chosen = [...new Set([...first, ...distinct])].slice(0, MAX_CURVES);
  return chosen.sort((a, b) => a - b);
}

/** The right end of the rate axis: past every count and every element's rate, at least 4. */
export function rateReach(counts: readonly number[], rates: readonly number[]): number {
  const far = Math.max(
    4,
    ...counts.map((y) => 2 * y + 1),
    ...rates.filter(Number.isFinite).map((r) => 1.2 * r),
  );
  return Math.min(1e4, Math.ceil(far));
}

/**
 * PoissonNLLLoss against the rate λ, one curve per count in the example targets, sampled by the
 * core with the panel's keywords; plus each element's rate (e^x or x, per log_input).
 */
export function usePoissonCurves(
  params: Readonly<Record<string, KeywordValue>>,
  inputs: readonly number[],
  targets: readonly number[],
  highlight: number,
): { curves: readonly CountCurve[]; rates: readonly number[] } {
  const logInput = params['log_input'] !== false;
  const rates = inputs.map((x) => poissonRateOf(x, logInput));
  const counts = countsToDraw(targets, targets[highlight]);
  const reach = rateReach(counts, rates);
  const key = counts.join(',');
  const curves = useMemo(() => {
    const out: CountCurve[] = [];
    for (const count of key.split(',').map(Number)) {
      try {
        out.push({
          count,
          ...samplePoissonRateCurve({ count, from: 0, to: reach, points: POINTS, options: params }),
        });
      } catch (e) {
        if (!(e instanceof LossInputError)) throw e;
      }
    }
    return out;
  }, [key, reach, params]);
  return { curves, rates };
}

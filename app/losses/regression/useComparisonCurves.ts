import { useMemo } from 'react';
import { LossInputError, sampleElementwiseCurve, type CurveSamples } from '../../../src/index.ts';
import {
  lossOptions,
  REGRESSION_LOSSES,
  type Knobs,
  type RegressionLoss,
} from './regressionLosses.ts';

const POINTS = 601;

/** A loss's sampled curves, or the core's reason for refusing its keywords. */
export type ComparisonCurve = CurveSamples | { readonly error: string };

/**
 * Loss and gradient of all four regression losses against x − y, over a range that shows both
 * sides of the wider quadratic zone. A loss the core refuses (δ ≤ 0, β < 0) gets its message.
 */
export function useComparisonCurves({ beta, delta }: Knobs): {
  readonly half: number;
  readonly curves: Readonly<Record<RegressionLoss, ComparisonCurve>>;
} {
  return useMemo(() => {
    const half = Math.ceil(Math.max(3, 1.5 * Math.max(beta, delta, 0)));
    const curves = {} as Record<RegressionLoss, ComparisonCurve>;
    for (const name of REGRESSION_LOSSES) {
      try {
        curves[name] = sampleElementwiseCurve(name, {
          target: 0,
          from: -half,
          to: half,
          points: POINTS,
          options: lossOptions(name, { beta, delta }),
        });
      } catch (e) {
        if (!(e instanceof LossInputError)) throw e;
        curves[name] = { error: e.message };
      }
    }
    return { half, curves };
  }, [beta, delta]);
}

import { useMemo } from 'react';
import { LossInputError, sampleElementwiseCurve, type CurveSamples } from '../../../src/index.ts';
import {
  lossOptions,
  REGRESSION_LOSSES,
  type Knobs,
  type RegressionLoss,
} from './regressionLosses.ts';

const POINTS = 601;

/**
 * Loss and gradient of all four regression losses against x − y, over a range that shows both
 * sides of the wider quadratic zone. A loss the core refuses (δ ≤ 0) gets null.
 */
export function useComparisonCurves({ beta, delta }: Knobs): {
  readonly half: number;
  readonly curves: Readonly<Record<RegressionLoss, CurveSamples | null>>;
} {
  return useMemo(() => {
    const half = Math.ceil(Math.max(3, 1.5 * Math.max(beta, delta)));
    const curves = {} as Record<RegressionLoss, CurveSamples | null>;
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
        curves[name] = null;
      }
    }
    return { half, curves };
  }, [beta, delta]);
}

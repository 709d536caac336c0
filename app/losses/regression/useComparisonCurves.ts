import { useMemo } from 'react';
import { LossInputError, sampleElementwiseCurve, type CurveSamples } from '../../../src/index.ts';
import { lossOptions, type Knobs, type RegressionLoss } from './regressionLosses.ts';

const POINTS = 601;

/** L1Loss and MSELoss take neither knob: any value does for them. */
const UNUSED = 1;

/** A loss's sampled curves, or the core's reason for refusing its keywords. */
export type ComparisonCurve = CurveSamples | { readonly error: string };

function sample(name: RegressionLoss, half: number, knobs: Knobs): ComparisonCurve {
  try {
    return sampleElementwiseCurve(name, {
      target: 0,
      from: -half,
      to: half,
      points: POINTS,
      options: lossOptions(name, knobs),
    });
  } catch (e) {
    if (!(e instanceof LossInputError)) throw e;
    return { error: e.message };
  }
}

/**
 * Loss and gradient of all four regression losses against x − y, over a range that shows both
 * sides of the wider quadratic zone. A loss the core refuses (δ ≤ 0, β < 0) gets its message.
 * Each curve is resampled only when its own keyword or the range changes, so that moving β
 * leaves the other three curves (and their plotted paths) as they are.
 */
export function useComparisonCurves({ beta, delta }: Knobs): {
  readonly half: number;
  readonly curves: Readonly<Record<RegressionLoss, ComparisonCurve>>;
} {
  const half = Math.ceil(Math.max(3, 1.5 * Math.max(beta, delta, 0)));
  const l1 = useMemo(() => sample('L1Loss', half, { beta: UNUSED, delta: UNUSED }), [half]);
  const mse = useMemo(() => sample('MSELoss', half, { beta: UNUSED, delta: UNUSED }), [half]);
  const smoothL1 = useMemo(
    () => sample('SmoothL1Loss', half, { beta, delta: UNUSED }),
    [half, beta],
  );
  const huber = useMemo(() => sample('HuberLoss', half, { beta: UNUSED, delta }), [half, delta]);
  return useMemo(
    () => ({
      half,
      curves: { L1Loss: l1, MSELoss: mse, SmoothL1Loss: smoothL1, HuberLoss: huber },
    }),
    [half, l1, mse, smoothL1, huber],
  );
}

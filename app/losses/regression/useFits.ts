import { useMemo } from 'react';
import type { FitModel } from '../../store/regressionLabSlice.ts';
import { fitOne, type FitResult } from './fits.ts';
import type { Knobs, RegressionLoss } from './regressionLosses.ts';

/** L1Loss and MSELoss take neither knob: any value does for them. */
const UNUSED = 1;

/**
 * Every loss's fit (see {@link fitOne}), each recomputed only when what it depends on changes:
 * moving β refits SmoothL1Loss alone and moving δ HuberLoss alone, so a knob's slider does a
 * quarter of the work of refitting all four on every tick.
 */
export function useFits(
  model: FitModel,
  { beta, delta }: Knobs,
  data: { t: readonly number[]; y: readonly number[] },
): Record<RegressionLoss, FitResult> {
  const l1 = useMemo(
    () => fitOne('L1Loss', model, { beta: UNUSED, delta: UNUSED }, data),
    [model, data],
  );
  const mse = useMemo(
    () => fitOne('MSELoss', model, { beta: UNUSED, delta: UNUSED }, data),
    [model, data],
  );
  const smoothL1 = useMemo(
    () => fitOne('SmoothL1Loss', model, { beta, delta: UNUSED }, data),
    [model, beta, data],
  );
  const huber = useMemo(
    () => fitOne('HuberLoss', model, { beta: UNUSED, delta }, data),
    [model, delta, data],
  );
  return useMemo(
    () => ({ L1Loss: l1, MSELoss: mse, SmoothL1Loss: smoothL1, HuberLoss: huber }),
    [l1, mse, smoothL1, huber],
  );
}

import { evaluateLoss, fitConstant, fitLine, LossInputError } from '../../../src/index.ts';
import { flatten } from '../../panel/nested.ts';
import type { FitModel } from '../../store/regressionLabSlice.ts';
import {
  lossOptions,
  REGRESSION_LOSSES,
  type Knobs,
  type RegressionLoss,
} from './regressionLosses.ts';

interface FitCommon {
  readonly ok: true;
  /** The fitted value at each data point. */
  readonly predictions: readonly number[];
  /** ∂ℓₙ/∂xₙ at the fit with reduction='sum': each point's pull on its prediction. */
  readonly pulls: readonly number[];
  /** The summed loss at the fit. */
  readonly total: number;
}

export type FitResult =
  | (FitCommon & {
      readonly kind: 'constant';
      readonly value: number;
      /** Every constant in [lower, upper] is as good (L1's flat bottom for an even count). */
      readonly lower: number;
      readonly upper: number;
    })
  | (FitCommon & { readonly kind: 'line'; readonly intercept: number; readonly slope: number })
  | { readonly ok: false; readonly message: string };

/** One loss's best constant or line for the data, from the core. */
export function fitOne(
  name: RegressionLoss,
  model: FitModel,
  knobs: Knobs,
  data: { t: readonly number[]; y: readonly number[] },
): FitResult {
  const options = lossOptions(name, knobs);
  try {
    const shape =
      model === 'constant'
        ? (() => {
            const c = fitConstant(name, data.y, options);
            return { kind: 'constant' as const, ...c, predictions: data.y.map(() => c.value) };
          })()
        : (() => {
            const l = fitLine(name, data.t, data.y, options);
            return {
              kind: 'line' as const,
              intercept: l.intercept,
              slope: l.slope,
              predictions: l.predictions,
            };
          })();
    const { output, grads } = evaluateLoss(
      name,
      { input: [...shape.predictions], target: [...data.y] },
      { ...options, reduction: 'sum' },
    );
    return { ok: true, ...shape, pulls: flatten(grads['input'] ?? []), total: output as number };
  } catch (e) {
    if (e instanceof LossInputError) return { ok: false, message: e.message };
    throw e;
  }
}

/** The best constant or line of every regression loss for the data, all from the core. */
export function computeFits(
  model: FitModel,
  knobs: Knobs,
  data: { t: readonly number[]; y: readonly number[] },
): Record<RegressionLoss, FitResult> {
  const out = {} as Record<RegressionLoss, FitResult>;
  for (const name of REGRESSION_LOSSES) out[name] = fitOne(name, model, knobs, data);
  return out;
}

import { useMemo } from 'react';
import {
  evaluateLoss,
  gaussianBestVar,
  sampleElementwiseCurve,
  sampleGaussianVarCurve,
  type CurveSamples,
} from '../../../src/index.ts';
import { unlessRefused } from '../../panel/unlessRefused.ts';
import type { KeywordValue } from '../types.ts';

const POINTS = 801;

/** One element's prediction, target and variance. */
export interface GaussianElement {
  readonly x: number;
  readonly y: number;
  readonly v: number;
}

export interface GaussianCurves {
  /** Loss and ∂/∂x against the mean, y and var fixed. */
  readonly vsMean: CurveSamples | null;
  /** Loss and ∂/∂var against the variance, x and y fixed. */
  readonly vsVar: CurveSamples | null;
  /** (x − y)², where the loss is smallest over var. */
  readonly bestVar: number;
  /** The element itself on those curves: its loss and its two partial derivatives. */
  readonly point: {
    readonly loss: number;
    readonly gradX: number;
    readonly gradVar: number;
  } | null;
}

/** Half-width of the mean axis around y: past x, never under 2. */
export function meanReach(e: GaussianElement): number {
  return Math.max(2, Math.ceil(Math.abs(e.x - e.y) * 1.3 * 2) / 2);
}

/** Right end of the variance axis: past the element's var, the best var and eps. */
export function varReach(v: number, best: number, eps: number): number {
  const far = Math.max(1, v * 1.5, best * 2.5, eps * 2);
  return Math.ceil(far * 2) / 2;
}

/** GaussianNLLLoss of the highlighted element against its mean and against its variance. */
export function useGaussianCurves(
  e: GaussianElement,
  params: Readonly<Record<string, KeywordValue>>,
): GaussianCurves {
  const bestVar = gaussianBestVar(e.x, e.y);
  const eps = typeof params['eps'] === 'number' ? params['eps'] : 1e-6;
  const half = meanReach(e);
  const right = varReach(e.v, bestVar, eps);
  const { x, y, v } = e;
  const vsMean = useMemo(
    () =>
      unlessRefused(() =>
        sampleElementwiseCurve('GaussianNLLLoss', {
          target: y,
          from: y - half,
          to: y + half,
          points: POINTS,
          options: params,
          extra: { var: v },
        }),
      ),
    [y, v, half, params],
  );
  const vsVar = useMemo(
    () =>
      unlessRefused(() =>
        sampleGaussianVarCurve({
          input: x,
          target: y,
          from: 0,
          to: right,
          points: POINTS,
          options: params,
        }),
      ),
    [x, y, right, params],
  );
  // The element alone (a shared var's gradient in the full evaluation sums over the features).
  const point = useMemo(
    () =>
      unlessRefused(() => {
        const r = evaluateLoss(
          'GaussianNLLLoss',
          { input: x, target: y, var: v },
          { ...params, reduction: 'none' },
        );
        const num = (n: unknown) => (typeof n === 'number' ? n : Number.NaN);
        return { loss: num(r.output), gradX: num(r.grads['input']), gradVar: num(r.grads['var']) };
      }),
    [x, y, v, params],
  );
  return { vsMean, vsVar, bestVar, point };
}

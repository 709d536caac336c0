import { sampleElementwiseCurveAt } from '../core/curvesAt.ts';
import { stirlingTerm } from '../losses/poissonNll.ts';
import { grid } from './grid.ts';

/** The Poisson rate λ an input stands for: e^x when log_input=True, x itself otherwise. */
export function poissonRateOf(input: number, logInput: boolean): number {
  return logInput ? Math.exp(input) : input;
}

/** The input that stands for rate λ: log λ when log_input=True, λ itself otherwise. */
export function poissonInputOf(rate: number, logInput: boolean): number {
  return logInput ? Math.log(rate) : rate;
}

/**
 * The term `full=True` adds for a count y: Stirling's approximation of log(y!),
 * y·log y − y + ½·log(2πy), and 0 where y ≤ 1 (PyTorch masks it there).
 */
export function poissonStirlingTerm(target: number): number {
  return stirlingTerm(target);
}

/** PoissonNLLLoss for one count, sampled against the rate λ rather than against the input. */
export interface PoissonRateCurve {
  /** Evenly spaced rates λ. */
  readonly rate: Float64Array;
  /** What PyTorch's input holds at each rate: log λ when log_input=True, λ otherwise. */
  readonly input: Float64Array;
  readonly loss: Float64Array;
  /** d loss / d input (not d / dλ): the gradient the model actually receives. */
  readonly grad: Float64Array;
}

/**
 * PoissonNLLLoss(input, count) for rates λ from `from` to `to`, whichever way `log_input` asks
 * the rate to be written. Plotted against λ, log_input=True and False trace the same loss (up to
 * eps) yet hand the model different gradients: e^x − y against 1 − y / (λ + eps).
 */
export function samplePoissonRateCurve(params: {
  readonly count: number;
  readonly from: number;
  readonly to: number;
  readonly points: number;
  readonly options?: Readonly<Record<string, unknown>>;
}): PoissonRateCurve {
  const logInput = params.options?.['log_input'] ?? true;
  const rate = grid(params.from, params.to, params.points);
  // A rate of 0 is log-input −∞: PyTorch's loss is then +∞ (for y > 0), which plots leave out.
  const input = logInput === false ? rate.slice() : rate.map(Math.log);
  const { loss, grad } = sampleElementwiseCurveAt('PoissonNLLLoss', {
    inputs: input,
    target: params.count,
    ...(params.options ? { options: params.options } : {}),
  });
  return { rate, input, loss, grad };
}

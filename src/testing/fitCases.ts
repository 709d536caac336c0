import { evaluateLoss } from '../index.ts';

/** Σᵢ loss(predictionᵢ, yᵢ) through the public API, for checking minimality in tests. */
export function totalLoss(
  name: string,
  predictions: readonly number[],
  targets: readonly number[],
  options: Readonly<Record<string, unknown>> = {},
): number {
  const { output } = evaluateLoss(
    name,
    { input: [...predictions], target: [...targets] },
    { ...options, reduction: 'sum' },
  );
  return output as number;
}

export const LOSS_CASES = [
  ['L1Loss', {}],
  ['MSELoss', {}],
  ['SmoothL1Loss', { beta: 1 }],
  ['SmoothL1Loss', { beta: 0.25 }],
  ['SmoothL1Loss', { beta: 0 }],
  ['HuberLoss', { delta: 1 }],
  ['HuberLoss', { delta: 2.5 }],
] as const;

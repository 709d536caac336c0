import { FITTABLE_LOSSES } from '../../../src/index.ts';

/** The four regression losses compared on every regression panel, in menu order. */
export const REGRESSION_LOSSES = FITTABLE_LOSSES;
export type RegressionLoss = (typeof REGRESSION_LOSSES)[number];

/**
 * Each loss keeps one colour-and-dash class everywhere in the comparison, so a student can
 * follow it from the loss curve to the gradient curve to the fitted line and its bars.
 */
export const LOSS_CLASS: Readonly<Record<RegressionLoss, string>> = {
  L1Loss: 'c0',
  MSELoss: 'c1',
  SmoothL1Loss: 'c2',
  HuberLoss: 'c3',
};

/** The shared β and δ of the comparison. */
export interface Knobs {
  readonly beta: number;
  readonly delta: number;
}

/** Constructor keywords of one loss for the current β and δ. */
export function lossOptions(name: RegressionLoss, { beta, delta }: Knobs): Record<string, number> {
  if (name === 'SmoothL1Loss') return { beta };
  if (name === 'HuberLoss') return { delta };
  return {};
}

/** The legend name: the class with its keyword, e.g. `HuberLoss(δ=1.5)`. */
export function lossLabel(
  name: RegressionLoss,
  { beta, delta }: Knobs,
  format: (v: number) => string,
): string {
  if (name === 'SmoothL1Loss') return `${name}(β=${format(beta)})`;
  if (name === 'HuberLoss') return `${name}(δ=${format(delta)})`;
  return name;
}

export function isRegressionLoss(name: string): name is RegressionLoss {
  return (REGRESSION_LOSSES as readonly string[]).includes(name);
}

import { pyFloat, pySignificant } from './pyFloat.ts';

/** The numbers the stability view shows for one logit, all computed by the core. */
export interface StabilityPoint {
  readonly logit: number;
  readonly target: number;
  readonly probability: number;
  readonly naiveLoss: number;
  readonly naiveGrad: number;
  readonly fusedLoss: number;
  readonly fusedGrad: number;
}

/**
 * Significant digits the code prints. Enough to show the damage (30.0010205554 against 30.0),
 * but not all 17: PyTorch's exp and log (SLEEF's, vectorised) and the browser's differ in the
 * last bit for about one logit in twenty, and `.item()`'s repr would show that bit.
 */
const DIGITS = 12;

const show = (v: number): string => pySignificant(v, DIGITS);

/**
 * nn.BCELoss()'s default reduction averages, and torch.sum starts from +0: a −0 element loss
 * (σ(z) = 1 and y = 1) comes out as 0.0.
 */
const meanOfOne = (v: number): number => 0 + v;

/**
 * The PyTorch program that shows both ways for one logit, with the core's values as the comments
 * its `print` calls would show.
 */
export function stabilityCode(p: StabilityPoint): string {
  const item = (name: string) => `{${name}.item():.${DIGITS}}`;
  return [
    'import torch',
    'import torch.nn as nn',
    '',
    'torch.set_default_dtype(torch.float64)  # Loss Lab computes in float64',
    `z = torch.tensor(${pyFloat(p.logit)}, requires_grad=True)`,
    `y = torch.tensor(${pyFloat(p.target)})`,
    '',
    `# :.${DIGITS} prints ${DIGITS} significant digits; the 17th can differ between math libraries`,
    'prob = torch.sigmoid(z)',
    `print(f'${item('prob')}')  # ${show(p.probability)}`,
    'naive = nn.BCELoss()(prob, y)',
    'naive.backward()',
    `print(f'${item('naive')} ${item('z.grad')}')  # ${show(meanOfOne(p.naiveLoss))} ${show(p.naiveGrad)}`,
    '',
    'z.grad = None',
    'exact = nn.BCEWithLogitsLoss()(z, y)',
    'exact.backward()',
    `print(f'${item('exact')} ${item('z.grad')}')  # ${show(meanOfOne(p.fusedLoss))} ${show(p.fusedGrad)}`,
  ].join('\n');
}

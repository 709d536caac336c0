import { pyFloat } from './pyFloat.ts';

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
 * The PyTorch program that shows both ways for one logit, with the core's values as the comments
 * `print` would show (Python's repr of `.item()`, full precision, so the damage is visible).
 */
export function stabilityCode(p: StabilityPoint): string {
  return [
    'import torch',
    'import torch.nn as nn',
    '',
    'torch.set_default_dtype(torch.float64)  # Loss Lab computes in float64',
    `z = torch.tensor(${pyFloat(p.logit)}, requires_grad=True)`,
    `y = torch.tensor(${pyFloat(p.target)})`,
    '',
    'prob = torch.sigmoid(z)',
    `print(prob.item())  # ${pyFloat(p.probability)}`,
    'naive = nn.BCELoss()(prob, y)',
    'naive.backward()',
    `print(naive.item(), z.grad.item())  # ${pyFloat(p.naiveLoss)} ${pyFloat(p.naiveGrad)}`,
    '',
    'z.grad = None',
    'exact = nn.BCEWithLogitsLoss()(z, y)',
    'exact.backward()',
    `print(exact.item(), z.grad.item())  # ${pyFloat(p.fusedLoss)} ${pyFloat(p.fusedGrad)}`,
  ].join('\n');
}

import { sampleElementwiseCurveAt } from '../core/curvesAt.ts';
import { sigmoid } from '../core/sigmoid.ts';
import { LOG_FLOOR } from '../losses/bce.ts';

/** The two ways of scoring logits against a binary target, element by element. */
export interface SigmoidBceComparison {
  readonly logit: Float64Array;
  /** torch.sigmoid(z) in float64. */
  readonly probability: Float64Array;
  /** BCELoss(sigmoid(z), y), reduction='none'. */
  readonly naiveLoss: Float64Array;
  /** d naiveLoss / dz, by autograd through the sigmoid, as PyTorch computes it. */
  readonly naiveGrad: Float64Array;
  /** 1 where BCELoss had to clamp a log at −100 (the value is then not the true loss). */
  readonly naiveClamped: Uint8Array;
  /** BCEWithLogitsLoss(z, y), reduction='none'. */
  readonly fusedLoss: Float64Array;
  readonly fusedGrad: Float64Array;
}

/**
 * Sigmoid followed by BCELoss versus BCEWithLogitsLoss, on the same logits z and target y. The
 * first rounds σ(z) to exactly 1 from z ≈ 36.74 on (float64), so log(1 − σ) is −∞ and BCELoss
 * clamps it at −100; its gradient dies even earlier, because PyTorch's BCELoss backward divides
 * by max(σ(1 − σ), 1e-12) and the sigmoid's backward then multiplies by σ(1 − σ). The fused
 * loss never forms σ(z) and stays exact. Both go through the core's own loss definitions.
 */
export function compareSigmoidBce(params: {
  readonly logits: ArrayLike<number>;
  readonly target: number;
}): SigmoidBceComparison {
  const logit = Float64Array.from(params.logits);
  const y = params.target;
  const probability = logit.map(sigmoid);
  const naive = sampleElementwiseCurveAt('BCELoss', { inputs: probability, target: y });
  const fused = sampleElementwiseCurveAt('BCEWithLogitsLoss', { inputs: logit, target: y });
  const naiveGrad = new Float64Array(logit.length);
  const naiveClamped = new Uint8Array(logit.length);
  for (let i = 0; i < logit.length; i++) {
    const p = probability[i] ?? 0;
    // PyTorch's sigmoid backward: grad · (1 − σ) · σ, in this order.
    naiveGrad[i] = (naive.grad[i] ?? 0) * (1 - p) * p;
    naiveClamped[i] =
      (y !== 1 && Math.log(1 - p) < LOG_FLOOR) || (y !== 0 && Math.log(p) < LOG_FLOOR) ? 1 : 0;
  }
  return {
    logit,
    probability,
    naiveLoss: naive.loss,
    naiveGrad,
    naiveClamped,
    fusedLoss: fused.loss,
    fusedGrad: fused.grad,
  };
}

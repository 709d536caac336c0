import { Inputs } from '../core/definition.ts';
import { evaluateDefinition } from '../core/evaluate.ts';
import { getLoss } from '../core/registry.ts';

/** HuberLoss and SmoothL1Loss side by side at one residual. */
export interface HuberSmoothL1Row {
  readonly residual: number;
  /** HuberLoss(delta=δ) and its derivative at this residual. */
  readonly huber: number;
  readonly huberGrad: number;
  /** SmoothL1Loss(beta=δ) and its derivative: the same δ, as the identity requires. */
  readonly smoothL1: number;
  readonly smoothL1Grad: number;
  /** δ · SmoothL1Loss(beta=δ), which should equal `huber`. */
  readonly scaled: number;
  /** |huber − scaled|: zero up to rounding. */
  readonly difference: number;
}

function atResiduals(name: string, residuals: readonly number[], options: Record<string, unknown>) {
  const shape = [residuals.length];
  const result = evaluateDefinition(
    getLoss(name),
    new Inputs(
      new Map([
        ['input', { shape, data: Float64Array.from(residuals) }],
        ['target', { shape, data: new Float64Array(residuals.length) }],
      ]),
    ),
    { ...options, reduction: 'none' },
  );
  return { loss: result.output.data, grad: result.grads['input']?.data ?? new Float64Array(0) };
}

/**
 * Evaluates both losses through the core at each residual x − y and checks the identity
 * HuberLoss(δ) = δ · SmoothL1Loss(β = δ), for the loss and (the same way) for its gradient.
 *
 * @throws LossInputError if δ ≤ 0 (HuberLoss refuses it)
 */
export function checkHuberSmoothL1(
  delta: number,
  residuals: readonly number[],
): HuberSmoothL1Row[] {
  const huber = atResiduals('HuberLoss', residuals, { delta });
  const smooth = atResiduals('SmoothL1Loss', residuals, { beta: delta });
  return residuals.map((residual, i) => {
    const scaled = delta * (smooth.loss[i] ?? Number.NaN);
    const hv = huber.loss[i] ?? Number.NaN;
    return {
      residual,
      huber: hv,
      huberGrad: huber.grad[i] ?? Number.NaN,
      smoothL1: smooth.loss[i] ?? Number.NaN,
      smoothL1Grad: smooth.grad[i] ?? Number.NaN,
      scaled,
      difference: Math.abs(hv - scaled),
    };
  });
}

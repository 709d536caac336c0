import { Inputs } from '../core/definition.ts';
import { evaluateDefinition } from '../core/evaluate.ts';
import { LossInputError } from '../core/LossInputError.ts';
import { resolveOptions } from '../core/options.ts';
import { getLoss } from '../core/registry.ts';

/**
 * The regression losses whose per-element loss is a convex function of the residual x − y
 * alone, so that minimising their sum over a constant or a line is a convex problem.
 */
export const FITTABLE_LOSSES = ['L1Loss', 'MSELoss', 'SmoothL1Loss', 'HuberLoss'] as const;

/** One element-wise loss as a function of the residual r = x − y, evaluated by the core. */
export interface ResidualKernel {
  readonly name: string;
  /** ρ(r) and ρ'(r) for every r, in one call of the loss with `reduction='none'`. */
  evaluate(residuals: Float64Array): { loss: Float64Array; grad: Float64Array };
  /**
   * False where ρ has a kink (L1Loss, and SmoothL1Loss with beta = 0, which PyTorch computes as
   * L1): there ρ' is only a subgradient and the fits take the non-smooth route.
   */
  readonly differentiable: boolean;
}

/**
 * Wraps one of {@link FITTABLE_LOSSES} with its keywords (`beta`, `delta`; `reduction` is
 * ignored: it scales the sum and never moves a minimiser). Refuses other losses and keywords
 * PyTorch would refuse, e.g. `delta=0`.
 */
export function residualKernel(
  name: string,
  options: Readonly<Record<string, unknown>> = {},
): ResidualKernel {
  if (!(FITTABLE_LOSSES as readonly string[]).includes(name)) {
    throw new LossInputError(
      `fits are defined for ${FITTABLE_LOSSES.join(', ')}, whose loss is convex in the residual; got '${name}'`,
    );
  }
  const def = getLoss(name);
  const resolved = { ...options, reduction: 'none' };
  const keywords = resolveOptions(def.meta, resolved);
  const differentiable =
    name === 'MSELoss' ||
    name === 'HuberLoss' ||
    (name === 'SmoothL1Loss' && keywords.number('beta') > 0);
  let zeros = new Float64Array(0);
  const evaluate = (residuals: Float64Array) => {
    if (zeros.length !== residuals.length) zeros = new Float64Array(residuals.length);
    const shape = [residuals.length];
    const result = evaluateDefinition(
      def,
      new Inputs(
        new Map([
          ['input', { shape, data: residuals }],
          ['target', { shape, data: zeros }],
        ]),
      ),
      resolved,
    );
    const grad = result.grads['input'];
    if (!grad) throw new Error(`internal: ${name} returned no input gradient`);
    return { loss: result.output.data, grad: grad.data };
  };
  // One probe surfaces the loss's own refusals (negative beta, non-positive delta) right here.
  evaluate(Float64Array.of(0));
  return { name, evaluate, differentiable };
}

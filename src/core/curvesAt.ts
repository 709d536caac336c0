import { Inputs } from './definition.ts';
import { evaluateDefinition } from './evaluate.ts';
import { LossInputError } from './LossInputError.ts';
import { getLoss } from './registry.ts';
import { tensor, type Tensor } from './tensor.ts';

/** Per-element loss and d loss / d input at given input values, for one fixed target. */
export interface CurveAt {
  readonly loss: Float64Array;
  readonly grad: Float64Array;
}

/**
 * Like {@link sampleElementwiseCurve} but at input values the caller chooses (e.g. log λ for an
 * evenly spaced grid of Poisson rates λ): one vectorised call with `reduction='none'`.
 */
export function sampleElementwiseCurveAt(
  name: string,
  params: {
    readonly inputs: ArrayLike<number>;
    readonly target: number;
    readonly options?: Readonly<Record<string, unknown>>;
    /** Extra fixed inputs (e.g. `var` for GaussianNLLLoss), as 0-d values. */
    readonly extra?: Readonly<Record<string, number>>;
  },
): CurveAt {
  const def = getLoss(name);
  const n = params.inputs.length;
  const filled = (v: number) => new Float64Array(n).fill(v);
  const tensors = new Map<string, Tensor>([
    ['input', tensor([n], Float64Array.from(params.inputs))],
    ['target', tensor([n], filled(params.target))],
  ]);
  const known = new Set(def.meta.arguments.map((a) => a.name));
  for (const [k, v] of Object.entries(params.extra ?? {})) {
    if (!known.has(k)) throw new LossInputError(`${name}.forward() has no argument '${k}'`);
    tensors.set(k, tensor([n], filled(v)));
  }
  for (const arg of def.meta.arguments) {
    if (!arg.optional && !tensors.has(arg.name)) {
      throw new LossInputError(`${name} needs '${arg.name}' for its curve: pass it in extra`);
    }
  }
  const result = evaluateDefinition(def, new Inputs(tensors), {
    ...params.options,
    reduction: 'none',
  });
  const grad = result.grads['input'];
  if (!grad) throw new Error(`internal: ${name} returned no input gradient`);
  return { loss: result.output.data, grad: grad.data };
}

import { Inputs, type LossDefinition, type TensorLossResult } from './definition.ts';
import { LossInputError } from './LossInputError.ts';
import { resolveOptions } from './options.ts';
import {
  requireIntegers,
  tensorFromNested,
  tensorToNested,
  type NestedNumbers,
  type Tensor,
} from './tensor.ts';

/** The result of {@link evaluateLoss}, as nested arrays shaped like PyTorch's tensors. */
export interface LossResult {
  /** A number for `mean`/`sum`/`batchmean`; a nested array for `none`. */
  readonly output: NestedNumbers;
  /** d sum(output) / d argument, for each prediction-side argument. */
  readonly grads: Readonly<Record<string, NestedNumbers>>;
}

function checkArgumentNames(def: LossDefinition, given: readonly string[]): void {
  const known = new Set(def.meta.arguments.flatMap((a) => [a.name, ...(a.aliases ?? [])]));
  for (const name of given) {
    if (!known.has(name)) {
      throw new LossInputError(`${def.meta.name}.forward() got an unexpected argument '${name}'`);
    }
  }
}

/** Converts and validates the nested-array arguments of one call. */
export function readInputs(def: LossDefinition, raw: Readonly<Record<string, unknown>>): Inputs {
  // Callers in plain JS (or JSON) may hand us anything; Object.keys(null) would be a TypeError.
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
    throw new LossInputError(
      `${def.meta.name}.forward() takes its arguments as an object keyed by parameter name ({ input, target, ... }), got ${raw === null ? 'null' : Array.isArray(raw) ? 'an array' : typeof raw}`,
    );
  }
  checkArgumentNames(def, Object.keys(raw));
  const tensors = new Map<string, Tensor>();
  for (const arg of def.meta.arguments) {
    const alias = arg.aliases?.find((a) => raw[a] !== undefined);
    if (alias !== undefined && raw[arg.name] !== undefined) {
      throw new LossInputError(
        `${def.meta.name}.forward() got multiple values for argument '${arg.name}'`,
      );
    }
    const value = raw[alias ?? arg.name];
    if (value === undefined || value === null) {
      if (arg.optional) continue;
      throw new LossInputError(
        `${def.meta.name}.forward() is missing the required argument '${arg.name}'`,
      );
    }
    const t = tensorFromNested(value, arg.name);
    if (arg.integer) requireIntegers(t, arg.name);
    tensors.set(arg.name, t);
  }
  return new Inputs(tensors);
}

/** The same computation on tensors, skipping the nested-array conversion (benchmarks, curves). */
export function evaluateDefinition(
  def: LossDefinition,
  inputs: Inputs,
  options: Readonly<Record<string, unknown>> = {},
): TensorLossResult {
  return def.compute(inputs, resolveOptions(def.meta, options));
}

/**
 * Converts back to nested arrays. Gradients are keyed by the name the caller used, so a caller
 * who passed an alias (`log_input`) finds its gradient under that name.
 */
export function toLossResult(
  result: TensorLossResult,
  def?: LossDefinition,
  raw: Readonly<Record<string, unknown>> = {},
): LossResult {
  const grads: Record<string, NestedNumbers> = {};
  for (const [name, g] of Object.entries(result.grads)) {
    const arg = def?.meta.arguments.find((a) => a.name === name);
    const given = arg?.aliases?.find((a) => raw[a] !== undefined) ?? name;
    grads[given] = tensorToNested(g);
  }
  return { output: tensorToNested(result.output), grads };
}

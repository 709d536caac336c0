import { Inputs } from './definition.ts';
import { evaluateDefinition, readInputs } from './evaluate.ts';
import { LossInputError } from './LossInputError.ts';
import { getLoss } from './registry.ts';
import { tensor, type Tensor } from './tensor.ts';

/** Loss and gradient sampled at evenly spaced values of one variable. */
export interface CurveSamples {
  readonly x: Float64Array;
  readonly loss: Float64Array;
  readonly grad: Float64Array;
}

function linspace(from: number, to: number, points: number): Float64Array {
  if (!(points >= 2) || !Number.isInteger(points)) {
    throw new LossInputError(`points must be an integer of at least 2, got ${points}`);
  }
  const xs = new Float64Array(points);
  const step = (to - from) / (points - 1);
  for (let i = 0; i < points; i++) xs[i] = from + i * step;
  return xs;
}

function sumOf(t: Tensor): number {
  let s = 0;
  for (const v of t.data) s += v;
  return s;
}

/**
 * For an element-wise loss (input and target of one shape), the per-element loss and d/dx as
 * functions of the prediction x for a fixed target: one vectorised call with `reduction='none'`,
 * so it is cheap enough for every slider move.
 */
export function sampleElementwiseCurve(
  name: string,
  params: {
    readonly target: number;
    readonly from: number;
    readonly to: number;
    readonly points: number;
    readonly options?: Readonly<Record<string, unknown>>;
    /** Extra fixed inputs (e.g. `var` for GaussianNLLLoss), as 0-d values. */
    readonly extra?: Readonly<Record<string, number>>;
  },
): CurveSamples {
  const def = getLoss(name);
  const x = linspace(params.from, params.to, params.points);
  const tensors = new Map<string, Tensor>([
    ['input', tensor([params.points], x)],
    ['target', tensor([params.points], new Float64Array(params.points).fill(params.target))],
  ]);
  const known = new Set(def.meta.arguments.map((a) => a.name));
  for (const [k, v] of Object.entries(params.extra ?? {})) {
    if (!known.has(k)) throw new LossInputError(`${name}.forward() has no argument '${k}'`);
    tensors.set(k, tensor([params.points], new Float64Array(params.points).fill(v)));
  }
  // A third argument (GaussianNLLLoss's var) must come through `extra`; say so rather than
  // failing inside the loss.
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
  return { x, loss: result.output.data, grad: grad.data };
}

/**
 * For any loss: the (reduced) output and its derivative as one element of one argument sweeps
 * a range while everything else stays fixed, e.g. CrossEntropyLoss against the target logit.
 */
export function sampleCurveAlong(
  name: string,
  params: {
    readonly inputs: Readonly<Record<string, unknown>>;
    readonly options?: Readonly<Record<string, unknown>>;
    readonly argument: string;
    /** Flat (row-major) index of the element that varies. */
    readonly index: number;
    readonly from: number;
    readonly to: number;
    readonly points: number;
  },
): CurveSamples {
  const def = getLoss(name);
  const base = readInputs(def, params.inputs);
  const varied = base.get(params.argument);
  if (!(params.index >= 0 && params.index < varied.data.length)) {
    throw new LossInputError(`index ${params.index} is out of range for ${params.argument}`);
  }
  const x = linspace(params.from, params.to, params.points);
  const loss = new Float64Array(params.points);
  const grad = new Float64Array(params.points);
  const data = varied.data.slice();
  const inputs = new Map<string, Tensor>();
  for (const arg of def.meta.arguments)
    if (base.has(arg.name)) inputs.set(arg.name, base.get(arg.name));
  inputs.set(params.argument, { shape: varied.shape, data });
  const wrapped = new Inputs(inputs);
  for (let i = 0; i < params.points; i++) {
    data[params.index] = x[i] ?? 0;
    const r = evaluateDefinition(def, wrapped, params.options);
    loss[i] = sumOf(r.output);
    grad[i] = r.grads[params.argument]?.data[params.index] ?? Number.NaN;
  }
  return { x, loss, grad };
}

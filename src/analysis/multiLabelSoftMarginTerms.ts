import { Inputs } from '../core/definition.ts';
import { evaluateDefinition, readInputs } from '../core/evaluate.ts';
import { resolveOptions } from '../core/options.ts';
import { getLoss } from '../core/registry.ts';
import { tensor } from '../core/tensor.ts';

/** One sample of a MultiLabelSoftMarginLoss call, class by class. */
export interface MultiLabelSoftMarginSample {
  readonly logits: readonly number[];
  readonly targets: readonly number[];
  /** weight[c] (1 without a weight). */
  readonly weights: readonly number[];
  /** `−w_c · (y_c log σ(x_c) + (1 − y_c) log σ(−x_c))`: one logistic loss per class. */
  readonly terms: readonly number[];
  /** The sample's loss as `reduction='none'` gives it: Σ terms / C. */
  readonly loss: number;
}

export interface MultiLabelSoftMarginTerms {
  readonly samples: readonly MultiLabelSoftMarginSample[];
  readonly classes: number;
  readonly batched: boolean;
}

const same = (a: readonly number[], b: readonly number[]) =>
  a.length === b.length && a.every((d, i) => d === b[i]);

/**
 * MultiLabelSoftMarginLoss one class at a time. Each term is the loss itself evaluated on that
 * one entry as a batch of one-class samples (C = 1 divides by 1), so the numbers are the core's
 * own and Σ terms / C is the sample's loss. Refuses (LossInputError) what the loss refuses;
 * returns null for layouts it does not take apart: anything but a (C) or (N, C) input with a
 * target of the same shape and a weight of shape (C) or none (PyTorch also broadcasts others).
 */
export function multiLabelSoftMarginTerms(
  inputs: Readonly<Record<string, unknown>>,
  options: Readonly<Record<string, unknown>> = {},
): MultiLabelSoftMarginTerms | null {
  const def = getLoss('MultiLabelSoftMarginLoss');
  const read = readInputs(def, inputs);
  const { output } = evaluateDefinition(def, read, { ...options, reduction: 'none' });
  const input = read.get('input');
  const target = read.get('target');
  const weight = resolveOptions(def.meta, options).tensor('weight');
  const classes = input.shape.at(-1) ?? 1;
  if (
    input.shape.length < 1 ||
    input.shape.length > 2 ||
    !same(input.shape, target.shape) ||
    (weight !== null && !same(weight.shape, [classes]))
  )
    return null;
  const size = input.data.length;
  const w = new Float64Array(size).map((_, e) => (weight ? (weight.data[e % classes] ?? 0) : 1));
  const column = (data: Float64Array) => tensor([size, 1], data);
  const perEntry = def.compute(
    new Inputs(
      new Map([
        ['input', column(input.data)],
        ['target', column(target.data)],
      ]),
    ),
    resolveOptions(def.meta, { weight: Array.from(w, (v) => [v]), reduction: 'none' }),
  ).output.data;
  const rows = size / classes;
  const slice = (data: ArrayLike<number>, n: number) =>
    Array.from({ length: classes }, (_, c) => data[n * classes + c] ?? Number.NaN);
  const samples = Array.from({ length: rows }, (_, n) => ({
    logits: slice(input.data, n),
    targets: slice(target.data, n),
    weights: slice(w, n),
    terms: slice(perEntry, n),
    loss: output.data[n] ?? Number.NaN,
  }));
  return { samples, classes, batched: input.shape.length === 2 };
}

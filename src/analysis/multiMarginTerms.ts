import { evaluateDefinition, readInputs } from '../core/evaluate.ts';
import { resolveOptions } from '../core/options.ts';
import { getLoss } from '../core/registry.ts';

/** One sample of a MultiMarginLoss call, class by class. */
export interface MultiMarginSample {
  readonly scores: readonly number[];
  /** The target class y. */
  readonly target: number;
  /** weight[y], the one factor of the whole sample (1 without a weight). */
  readonly weight: number;
  /** `margin − x[y] + x[i]` for every class i (the target's own entry is `margin`, unused). */
  readonly gaps: readonly number[];
  /** `weight[y] · max(0, margin − x[y] + x[i])^p`, and 0 for i = y, which the sum leaves out. */
  readonly terms: readonly number[];
  /** Σ terms. */
  readonly sum: number;
  /**
   * The target score from which every rival is at least margin behind and the loss is 0:
   * max over i ≠ y of x[i], plus margin (−∞ for a single class).
   */
  readonly clearAt: number;
  /** `x[y] − margin`: a rival scoring above this level pays. */
  readonly payAbove: number;
  /** The sample's loss as `reduction='none'` gives it: the sum divided by C. */
  readonly loss: number;
}

export interface MultiMarginTerms {
  readonly samples: readonly MultiMarginSample[];
  readonly classes: number;
  readonly batched: boolean;
}

/**
 * MultiMarginLoss one hinge term per class, so that the bars of a chart add up, divided by C, to
 * the sample's loss. Refuses (LossInputError) exactly what the loss refuses; `loss` is the loss's
 * own `reduction='none'` output. Only (C) and (N, C) inputs.
 */
export function multiMarginTerms(
  inputs: Readonly<Record<string, unknown>>,
  options: Readonly<Record<string, unknown>> = {},
): MultiMarginTerms {
  const def = getLoss('MultiMarginLoss');
  const read = readInputs(def, inputs);
  const { output } = evaluateDefinition(def, read, { ...options, reduction: 'none' });
  const opts = resolveOptions(def.meta, options);
  const p = opts.number('p');
  const margin = opts.number('margin');
  const w = opts.tensor('weight')?.data;
  const input = read.get('input');
  const classes = input.shape.at(-1) ?? 1;
  const batched = input.shape.length === 2;
  const targets = read.get('target').data;
  const samples = Array.from({ length: batched ? (input.shape[0] ?? 0) : 1 }, (_, n) => {
    const scores = Array.from(input.data.subarray(n * classes, (n + 1) * classes));
    const y = targets[n] ?? 0;
    const weight = w ? (w[y] ?? Number.NaN) : 1;
    const xy = scores[y] ?? 0;
    const gaps = scores.map((x) => margin - xy + x);
    const terms = gaps.map((z, i) => (i === y || !(z > 0) ? 0 : weight * (p === 1 ? z : z * z)));
    const sum = terms.reduce((s, v) => s + v, 0);
    const clearAt = Math.max(...scores.filter((_, i) => i !== y)) + margin;
    const loss = output.data[n] ?? Number.NaN;
    const payAbove = xy - margin;
    return { scores, target: y, weight, gaps, terms, sum, clearAt, payAbove, loss };
  });
  return { samples, classes, batched };
}

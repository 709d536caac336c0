import { evaluateDefinition, readInputs } from '../core/evaluate.ts';
import { getLoss } from '../core/registry.ts';

/** One sample of a MultiLabelMarginLoss call, taken apart into its (target, other) pairs. */
export interface MultiLabelMarginSample {
  /** The C class scores x. */
  readonly scores: readonly number[];
  /** The target row as given, −1 padding and anything after it included. */
  readonly target: readonly number[];
  /** The class indices before the first −1, in order; a class listed twice appears twice. */
  readonly listed: readonly number[];
  /** The classes not listed, ascending: every i the hinge compares with. */
  readonly others: readonly number[];
  /** `terms[k][m] = max(0, 1 − (x[listed[k]] − x[others[m]]))`: one hinge per pair. */
  readonly terms: readonly (readonly number[])[];
  /**
   * `min_j x[j] − 1` over the listed classes: an unlisted class scoring above this level pays
   * (+∞ when nothing is listed: there is nothing to beat).
   */
  readonly payAbove: number;
  /** Σ of all the pair terms. */
  readonly sum: number;
  /** The sample's loss as `reduction='none'` gives it: the sum divided by C. */
  readonly loss: number;
}

export interface MultiLabelMarginPairs {
  readonly samples: readonly MultiLabelMarginSample[];
  readonly classes: number;
  /** False for a (C) input: one sample without a batch index. */
  readonly batched: boolean;
}

const rowsOf = (v: unknown): number[][] =>
  Array.isArray(v) && v.every((r) => Array.isArray(r)) ? (v as number[][]) : [v as number[]];

/**
 * MultiLabelMarginLoss as a table of hinges: for each sample, every (listed class j, unlisted
 * class i) pair with its term `max(0, 1 − (x[j] − x[i]))`, so that Σ terms / C is the sample's
 * loss. Refuses (LossInputError) exactly what the loss refuses; `loss` is the loss's own output.
 * Only (C) and (N, C) inputs are taken apart (a 0-d input has one class and no pairs).
 */
export function multiLabelMarginPairs(
  inputs: Readonly<Record<string, unknown>>,
): MultiLabelMarginPairs {
  const def = getLoss('MultiLabelMarginLoss');
  const read = readInputs(def, inputs);
  const { output } = evaluateDefinition(def, read, { reduction: 'none' });
  const input = read.get('input');
  const batched = input.shape.length === 2;
  const classes = input.shape.at(-1) ?? 1;
  const xs = rowsOf(inputs['input']);
  const ys = rowsOf(inputs['target']);
  const samples = xs.map((scores, n): MultiLabelMarginSample => {
    const target = ys[n] ?? [];
    const stop = target.indexOf(-1);
    const listed = stop < 0 ? [...target] : target.slice(0, stop);
    const others = scores.map((_, i) => i).filter((i) => !listed.includes(i));
    const terms = listed.map((j) =>
      others.map((i) => Math.max(0, 1 - ((scores[j] ?? 0) - (scores[i] ?? 0)))),
    );
    const sum = terms.flat().reduce((s, v) => s + v, 0);
    const payAbove = Math.min(...listed.map((j) => scores[j] ?? Number.NaN)) - 1;
    const loss = output.data[n] ?? Number.NaN;
    return { scores, target, listed, others, payAbove, terms, sum, loss };
  });
  return { samples, classes, batched };
}

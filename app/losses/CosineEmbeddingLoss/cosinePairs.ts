import { cosineEmbeddingAngles, type NestedNumbers } from '../../../src/index.ts';
import { flatten } from '../../panel/nested.ts';
import { unlessRefused } from '../../panel/unlessRefused.ts';
import type { Evaluation } from '../../panel/useLossEvaluation.ts';
import type { LossState } from '../../store/lossState.ts';

/** One pair of embeddings as the panel draws it. */
export interface CosinePair {
  readonly n: number;
  readonly v1: readonly number[];
  readonly v2: readonly number[];
  readonly y: number;
  /** From the core; NaN while it refuses the tensors. */
  readonly loss: number;
  readonly cosine: number;
  readonly degrees: number;
  /** Rows of ∂L/∂input1 and ∂L/∂input2 of the reduced loss, if known. */
  readonly g1: readonly number[] | null;
  readonly g2: readonly number[] | null;
}

/** (N, D) as rows; a single (D) vector as one row. */
export function rowsOf(v: NestedNumbers | undefined): number[][] {
  if (v === undefined || typeof v === 'number') return [];
  return v.every((x) => typeof x === 'number') ? [v as number[]] : v.map((r) => flatten(r));
}

function anglesOf(state: LossState) {
  return unlessRefused(() =>
    cosineEmbeddingAngles(state.tensors['input1'] ?? [], state.tensors['input2'] ?? []),
  );
}

/** The example tensors read as pairs, with the core's cosines, losses and gradients. */
export function cosinePairs(state: LossState, evaluation: Evaluation): CosinePair[] {
  const a = rowsOf(state.tensors['input1']);
  const b = rowsOf(state.tensors['input2']);
  const ys = flatten(state.tensors['target'] ?? []);
  const angles = anglesOf(state);
  const losses = evaluation.ok ? flatten(evaluation.perElement.output) : [];
  const g1 = evaluation.ok ? rowsOf(evaluation.reduced.grads['input1']) : [];
  const g2 = evaluation.ok ? rowsOf(evaluation.reduced.grads['input2']) : [];
  return a.map((v1, n) => ({
    n,
    v1,
    v2: b[n] ?? [],
    y: ys[n] ?? Number.NaN,
    loss: losses[n] ?? Number.NaN,
    cosine: angles?.[n]?.cosine ?? Number.NaN,
    degrees: angles?.[n]?.degrees ?? Number.NaN,
    g1: g1[n] ?? null,
    g2: g2[n] ?? null,
  }));
}

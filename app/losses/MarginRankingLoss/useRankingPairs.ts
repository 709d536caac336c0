import { useMemo } from 'react';
import { flatten, shapeOf } from '../../panel/nested.ts';
import type { Evaluation } from '../../panel/useLossEvaluation.ts';
import type { LossState } from '../../store/lossState.ts';

/** One (x₁, x₂, y) pair as the planes draw it, with its loss and reduced gradient. */
export interface RankingPair {
  readonly n: number;
  readonly x1: number;
  readonly x2: number;
  readonly y: number;
  /** ℓₙ from the core; NaN while the core refuses the tensors. */
  readonly loss: number;
  /** ∂L/∂x₁ₙ and ∂L/∂x₂ₙ of the reduced loss (what an optimiser sees), if known. */
  readonly g1: number | null;
  readonly g2: number | null;
}

export interface RankingPairs {
  /** False when the three tensors differ in shape: there are no pairs to draw then. */
  readonly aligned: boolean;
  readonly pairs: readonly RankingPair[];
}

/** The example tensors read as pairs, with the core's per-pair losses and gradients. */
export function rankingPairs(state: LossState, evaluation: Evaluation): RankingPairs {
  const { input1 = [], input2 = [], target = [] } = state.tensors;
  const shape = JSON.stringify(shapeOf(input1));
  const aligned =
    JSON.stringify(shapeOf(input2)) === shape && JSON.stringify(shapeOf(target)) === shape;
  if (!aligned) return { aligned, pairs: [] };
  const a = flatten(input1);
  const b = flatten(input2);
  const ys = flatten(target);
  const losses = evaluation.ok ? flatten(evaluation.perElement.output) : [];
  const g1 = evaluation.ok ? flatten(evaluation.reduced.grads['input1'] ?? []) : [];
  const g2 = evaluation.ok ? flatten(evaluation.reduced.grads['input2'] ?? []) : [];
  const pairs = a.map((x1, n) => ({
    n,
    x1,
    x2: b[n] ?? 0,
    y: ys[n] ?? 0,
    loss: losses[n] ?? Number.NaN,
    g1: g1[n] ?? null,
    g2: g2[n] ?? null,
  }));
  return { aligned, pairs };
}

export function useRankingPairs(state: LossState, evaluation: Evaluation): RankingPairs {
  return useMemo(() => rankingPairs(state, evaluation), [state, evaluation]);
}

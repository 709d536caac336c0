import { useMemo } from 'react';
import {
  tripletBreakdown,
  type TripletBreakdown,
  type TripletLossName,
} from '../../../src/index.ts';
import { unlessRefused } from '../../panel/unlessRefused.ts';
import { useLastGood } from '../../panel/useLastGood.ts';
import type { Evaluation } from '../../panel/useLossEvaluation.ts';
import type { LossState } from '../../store/lossState.ts';
import { rowsOf } from '../CosineEmbeddingLoss/cosinePairs.ts';
import { tripletPoints, type TripletPoints, type TripletRole } from './tripletRows.ts';

/** What the triplet figures draw: points, the core's distances and the reduced gradients. */
export interface TripletFigure {
  readonly triplets: readonly TripletPoints[];
  /** Null when the three tensors differ in shape (PyTorch broadcasts; rows do not pair up). */
  readonly breakdown: TripletBreakdown | null;
  /** Rows of ∂L/∂anchor, ∂L/∂positive, ∂L/∂negative of the result L as configured. */
  readonly grads: Readonly<Record<TripletRole, readonly (readonly number[])[]>>;
}

export interface TripletView {
  /** The current figure, or the last one the core accepted while it refuses the tensors. */
  readonly figure: TripletFigure | null;
  readonly stale: boolean;
  readonly shown: number;
}

function figureOf(name: TripletLossName, state: LossState, evaluation: Evaluation) {
  if (!evaluation.ok) return null;
  return unlessRefused(() => {
    const breakdown = tripletBreakdown(name, state.tensors, state.params);
    const g = evaluation.reduced.grads;
    const grads = {
      anchor: rowsOf(g['anchor']),
      positive: rowsOf(g['positive']),
      negative: rowsOf(g['negative']),
    };
    return { triplets: tripletPoints(state.tensors), breakdown, grads };
  });
}

/** The triplet panels' figure for the stored state, kept at the last good one on a refusal. */
export function useTripletView(
  name: TripletLossName,
  state: LossState,
  evaluation: Evaluation,
): TripletView {
  const fresh = useMemo(() => figureOf(name, state, evaluation), [name, state, evaluation]);
  const { value: figure, stale } = useLastGood(fresh);
  const count = figure?.triplets.length ?? 0;
  return { figure, stale, shown: Math.min(state.highlight, Math.max(0, count - 1)) };
}

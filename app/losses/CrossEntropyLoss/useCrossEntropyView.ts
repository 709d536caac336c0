import type { ClassBreakdown, ClassPosition } from '../../../src/index.ts';
import { classRows, classTargetAt, type ClassRows } from '../../panel/classRows.ts';
import { flatten } from '../../panel/nested.ts';
import { useClassBreakdown } from '../../panel/useClassBreakdown.ts';
import { useLastGood } from '../../panel/useLastGood.ts';
import type { LossState } from '../../store/lossState.ts';
import { probabilityTargetRows } from './probabilityTargets.ts';

export interface CrossEntropyView {
  readonly rows: ClassRows | null;
  readonly classes: number;
  readonly count: number;
  readonly sample: number;
  /** The target's rows when it holds probabilities (shaped like the input), else null. */
  readonly targetRows: ClassRows | null;
  readonly classTarget: number | null;
  /** The class the charts mark and the curve sweeps. */
  readonly marked: number | null;
  readonly ignoreIndex: number;
  readonly weights: readonly number[] | null;
  readonly reduction: string;
  readonly breakdown: ClassBreakdown | null;
  /** True while the core refuses the state and the breakdown is the last accepted one. */
  readonly stale: boolean;
  readonly position: ClassPosition | null;
}

function argmax(row: readonly number[]): number {
  return row.reduce((best, v, i) => (v > (row[best] ?? -Infinity) ? i : best), 0);
}

/** What the CrossEntropyLoss panel derives from the stored state, in one place. */
export function useCrossEntropyView(state: LossState): CrossEntropyView {
  const fresh = useClassBreakdown('CrossEntropyLoss', state);
  const { value: breakdown, stale } = useLastGood(fresh);
  const { input, target } = state.tensors;
  const rows = classRows(input);
  const classes = rows?.rows[0]?.length ?? 0;
  const count = rows?.rows.length ?? 0;
  const sample = Math.min(state.highlight, Math.max(0, count - 1));
  const targetRows = probabilityTargetRows(input, target);
  const classTarget = targetRows ? null : classTargetAt(target, sample);
  const marked = targetRows
    ? argmax(targetRows.rows[sample] ?? [])
    : classTarget !== null && classTarget >= 0 && classTarget < classes
      ? classTarget
      : null;
  const weight = state.params['weight'];
  return {
    rows,
    classes,
    count,
    sample,
    targetRows,
    classTarget,
    marked,
    ignoreIndex: Number(state.params['ignore_index'] ?? -100),
    weights: Array.isArray(weight) ? flatten(weight) : null,
    reduction: String(state.params['reduction'] ?? 'mean'),
    breakdown,
    stale,
    position: breakdown?.positions[sample] ?? null,
  };
}

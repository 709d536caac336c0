import { useMemo } from 'react';
import { evaluateLoss, expOf, swapKlArguments, type NestedNumbers } from '../../../src/index.ts';
import { classRows } from '../../panel/classRows.ts';
import { unlessRefused } from '../../panel/unlessRefused.ts';
import type { LossState } from '../../store/lossState.ts';

export const KL_REDUCTIONS = ['none', 'sum', 'batchmean', 'mean'] as const;

export interface KlNumbers {
  /** The output under each reduction, for the side-by-side table. */
  readonly byReduction: Readonly<Record<(typeof KL_REDUCTIONS)[number], NestedNumbers>>;
  /** KL(pₙ ‖ qₙ) of every sample. */
  readonly perSample: readonly number[];
  /** Under the current keywords: the swapped call KL(q ‖ p), and input q without its log. */
  readonly swapped: NestedNumbers | null;
  readonly swappedInputs: { input: NestedNumbers; target: NestedNumbers } | null;
  readonly withoutLog: NestedNumbers | null;
}

/** Every number the KLDivLoss panel shows beyond the main evaluation, from the core. */
export function useKlNumbers(state: LossState): KlNumbers | null {
  const { tensors, params } = state;
  return useMemo(() => {
    const input = tensors['input'];
    const target = tensors['target'];
    if (input === undefined || target === undefined) return null;
    const logTarget = params['log_target'] === true;
    return unlessRefused(() => {
      const run = (inputs: Record<string, NestedNumbers>, reduction: string) =>
        evaluateLoss('KLDivLoss', inputs, { ...params, reduction }).output;
      const byReduction = Object.fromEntries(
        KL_REDUCTIONS.map((r) => [r, run({ input, target }, r)]),
      ) as KlNumbers['byReduction'];
      const inputRows = classRows(input)?.rows ?? [];
      const targetRows = classRows(target)?.rows ?? [];
      const perSample = inputRows.map(
        (row, n) => run({ input: [...row], target: [...(targetRows[n] ?? [])] }, 'sum') as number,
      );
      const swappedInputs = swapKlArguments(input, target, logTarget);
      const reduction = String(params['reduction'] ?? 'mean');
      return {
        byReduction,
        perSample,
        swappedInputs,
        swapped: unlessRefused(() => run(swappedInputs, reduction)),
        withoutLog: unlessRefused(() => run({ input: expOf(input), target }, reduction)),
      };
    });
  }, [tensors, params]);
}

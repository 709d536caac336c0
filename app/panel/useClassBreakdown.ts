import { useMemo } from 'react';
import { classBreakdown, type ClassBreakdown } from '../../src/index.ts';
import type { LossState } from '../store/lossState.ts';
import { unlessRefused } from './unlessRefused.ts';

/** The core's step-by-step breakdown of the current state; null while the core refuses it. */
export function useClassBreakdown(
  name: 'CrossEntropyLoss' | 'NLLLoss',
  state: LossState,
): ClassBreakdown | null {
  const { tensors, params } = state;
  return useMemo(
    () => unlessRefused(() => classBreakdown(name, tensors, params)),
    [name, tensors, params],
  );
}

import { useMemo } from 'react';
import { classBreakdown, LossInputError, type ClassBreakdown } from '../../src/index.ts';
import type { LossState } from '../store/lossState.ts';

/** The core's step-by-step breakdown of the current state; null while the core refuses it. */
export function useClassBreakdown(
  name: 'CrossEntropyLoss' | 'NLLLoss',
  state: LossState,
): ClassBreakdown | null {
  const { tensors, params } = state;
  return useMemo(() => {
    try {
      return classBreakdown(name, tensors, params);
    } catch (e) {
      if (e instanceof LossInputError) return null;
      throw e;
    }
  }, [name, tensors, params]);
}

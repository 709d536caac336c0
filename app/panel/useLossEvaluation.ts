import { useMemo } from 'react';
import { evaluateLoss, LossInputError, type LossResult } from '../../src/index.ts';
import type { LossState } from '../store/lossState.ts';

export type Evaluation =
  | { readonly ok: true; readonly reduced: LossResult; readonly perElement: LossResult }
  | { readonly ok: false; readonly message: string };

/** Options as the core takes them: our store holds PyTorch's keyword names already. */
export function optionsOf(state: LossState): Record<string, unknown> {
  return { ...state.params };
}

/**
 * The loss for the panel's current state, twice: as configured, and with `reduction='none'`
 * for the per-element table. Refusals become a message, never an exception in render.
 */
export function evaluate(name: string, state: LossState): Evaluation {
  try {
    const options = optionsOf(state);
    const reduced = evaluateLoss(name, state.tensors, options);
    const perElement =
      options['reduction'] === 'none'
        ? reduced
        : evaluateLoss(name, state.tensors, { ...options, reduction: 'none' });
    return { ok: true, reduced, perElement };
  } catch (e) {
    if (e instanceof LossInputError) return { ok: false, message: e.message };
    throw e;
  }
}

export function useLossEvaluation(name: string, state: LossState): Evaluation {
  return useMemo(() => evaluate(name, state), [name, state]);
}

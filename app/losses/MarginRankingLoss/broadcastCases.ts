import { evaluateLoss, LossInputError, type NestedNumbers } from '../../../src/index.ts';

/** The three ways of passing N pairs that the broadcasting demo compares. */
export type BroadcastCase = 'notes' | 'matrix' | 'elementwise';
export const BROADCAST_CASES: readonly BroadcastCase[] = ['notes', 'matrix', 'elementwise'];

/** The shapes of input1/input2 and of target in each case, in PyTorch's notation. */
export function caseShapes(c: BroadcastCase, n: number): { inputs: string; target: string } {
  if (c === 'elementwise') return { inputs: `(${n},)`, target: `(${n},)` };
  return { inputs: `(${n}, 1)`, target: c === 'notes' ? `(${n},)` : `(1, ${n})` };
}

/** The forward() call of each case, as a student would write it. */
export function caseCall(c: BroadcastCase): string {
  if (c === 'notes') return 'loss_fn(input1.view(-1, 1), input2.view(-1, 1), target)';
  if (c === 'matrix') return 'loss_fn(input1.view(-1, 1), input2.view(-1, 1), target.view(1, -1))';
  return 'loss_fn(input1, input2, target)';
}

/** The three tensors reshaped for one case: (N, 1) columns, a (1, N) row, or plain (N,). */
export function caseInputs(
  c: BroadcastCase,
  input1: readonly number[],
  input2: readonly number[],
  target: readonly number[],
): Record<string, NestedNumbers> {
  if (c === 'elementwise') return { input1: [...input1], input2: [...input2], target: [...target] };
  const column = (v: readonly number[]) => v.map((x) => [x]);
  return {
    input1: column(input1),
    input2: column(input2),
    target: c === 'notes' ? [...target] : [[...target]],
  };
}

export type CaseOutcome =
  | { readonly ok: true; readonly perElement: NestedNumbers; readonly reduced: number }
  | { readonly ok: false; readonly message: string };

/** What the core (and PyTorch) does with one case: the unreduced output and the result. */
export function caseOutcome(
  c: BroadcastCase,
  tensors: { input1: readonly number[]; input2: readonly number[]; target: readonly number[] },
  margin: number,
  reduction: string,
): CaseOutcome {
  const inputs = caseInputs(c, tensors.input1, tensors.input2, tensors.target);
  try {
    const perElement = evaluateLoss('MarginRankingLoss', inputs, { margin, reduction: 'none' });
    const reduced =
      reduction === 'none'
        ? Number.NaN
        : evaluateLoss('MarginRankingLoss', inputs, { margin, reduction }).output;
    return {
      ok: true,
      perElement: perElement.output,
      reduced: typeof reduced === 'number' ? reduced : Number.NaN,
    };
  } catch (e) {
    if (e instanceof LossInputError) return { ok: false, message: e.message };
    throw e;
  }
}

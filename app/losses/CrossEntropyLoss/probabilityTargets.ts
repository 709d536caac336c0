import type { NestedNumbers } from '../../../src/index.ts';
import type { PytorchCodeOptions } from '../../code/pytorchCode.ts';
import { classRows, type ClassRows } from '../../panel/classRows.ts';
import { shapeOf } from '../../panel/nested.ts';
import type { LossState } from '../../store/lossState.ts';

/**
 * The target's rows when it holds class probabilities, else null. As in the core, a target
 * shaped exactly like the input holds probabilities; any other shape holds class indices.
 */
export function probabilityTargetRows(
  input: NestedNumbers | undefined,
  target: NestedNumbers | undefined,
): ClassRows | null {
  const sameShape =
    input !== undefined &&
    target !== undefined &&
    JSON.stringify(shapeOf(input)) === JSON.stringify(shapeOf(target));
  return sameShape ? classRows(target) : null;
}

/** The PyTorch code writes class indices as a Long tensor, which PyTorch requires of them. */
export function crossEntropyCodeOptions(state: LossState): PytorchCodeOptions {
  const { input, target } = state.tensors;
  return { integerArguments: probabilityTargetRows(input, target) ? [] : ['target'] };
}

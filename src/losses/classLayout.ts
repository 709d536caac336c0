import { sameShape } from '../core/broadcast.ts';
import { LossInputError } from '../core/LossInputError.ts';
import { formatShape, numel } from '../core/tensor.ts';

/**
 * An input of shape (C), (N, C) or (N, C, d1, ..., dK) seen as N·d1⋯dK positions, each holding a
 * row of C class scores. The class dimension is dim 1 (not the last one), as in PyTorch, so
 * element (n, c, s) sits at n·C·S + c·S + s with S = d1⋯dK.
 */
export interface ClassLayout {
  readonly batch: number;
  readonly classes: number;
  /** S = d1⋯dK, 1 for (C) and (N, C). */
  readonly spatial: number;
  /** Shape of the `reduction='none'` output: () unbatched, (N), or (N, d1, ..., dK). */
  readonly outShape: readonly number[];
}

/** The layout of a class-score input of rank at least 1. */
export function classLayout(shape: readonly number[]): ClassLayout {
  const [first = 1, second = 1, ...rest] = shape;
  if (shape.length <= 1) return { batch: 1, classes: first, spatial: 1, outShape: [] };
  return { batch: first, classes: second, spatial: numel(rest), outShape: [first, ...rest] };
}

/** Flat index of class 0 at position p; class c then sits at `+ c * layout.spatial`. */
export function rowStart(layout: ClassLayout, p: number): number {
  const s = layout.spatial;
  const n = Math.floor(p / s);
  return n * layout.classes * s + (p - n * s);
}

/**
 * The shape checks of PyTorch's `nll_loss_nd` (and the `nll_loss` / `nll_loss2d` kernels it
 * dispatches to) for class-index targets, with their messages.
 *
 * One quirk is kept on purpose: a (C) input with a (C) target passes these checks in PyTorch
 * (the batch test compares C with C) and the kernel then reads only `target[0]`, as if the
 * target were 0-d. CrossEntropyLoss never gets here with that pair (equal shapes mean class
 * probabilities), but NLLLoss does, and we return what PyTorch returns.
 */
export function checkClassTarget(input: readonly number[], target: readonly number[]): void {
  const dim = input.length;
  if (dim < 1) throw new LossInputError(`Expected 1 or more dimensions (got ${dim}) for input`);
  if (dim !== 1 && target[0] !== input[0]) {
    throw new LossInputError(
      `Expected input batch_size (${input[0]}) to match target batch_size (${target[0] ?? 'none: target is 0-d'}).`,
    );
  }
  if (dim <= 2) {
    if (target.length > 1) {
      throw new LossInputError(
        `0D or 1D target tensor expected, multi-target not supported (target has shape ${formatShape(target)})`,
      );
    }
    const noBatchDim = dim === 1 && target.length === 0;
    if (!noBatchDim && input[0] !== target[0]) {
      throw new LossInputError(
        `size mismatch (got input: ${formatShape(input)}, target: ${formatShape(target)})`,
      );
    }
    return;
  }
  if (dim === 4 && target.length !== 3) {
    throw new LossInputError(
      `only batches of spatial targets supported (3D tensors) but got targets of dimension: ${target.length}`,
    );
  }
  if (!sameShape(target.slice(1), input.slice(2))) {
    const expected = [input[0] ?? 0, ...input.slice(2)];
    throw new LossInputError(
      `Expected target size ${formatShape(expected)}, got ${formatShape(target)}`,
    );
  }
}

import type { LossDefinition } from '../core/definition.ts';
import { LossInputError } from '../core/LossInputError.ts';
import { formatShape, scalar, tensor, type Tensor } from '../core/tensor.ts';
import { marginRows, type MarginRows } from './marginRows.ts';
import { MULTI_LABEL_MARGIN_META } from './multiLabelMarginMeta.ts';

/** PyTorch's target checks (LossMulti.h and LossMultiLabelMargin.cpp), with their messages. */
function checkTarget(input: Tensor, target: Tensor, { frames, dim }: MarginRows): void {
  const shapeOk =
    input.shape.length <= 1
      ? target.shape.length <= 1 && target.data.length === dim
      : target.shape.length === 2 && target.shape[0] === frames && target.shape[1] === dim;
  if (!shapeOk) {
    throw new LossInputError(
      `inconsistent size ${formatShape(target.shape)} for argument #2 'target' (input has shape ${formatShape(input.shape)})`,
    );
  }
  if (input.data.length === 0) return;
  // Every entry is range-checked, including those after the first -1 that the loss ignores.
  for (const t of target.data) {
    if (!(t >= -1 && t < dim)) {
      throw new LossInputError(
        `argument #2 'target' is out of range: ${t} is neither a class index in [0, ${dim - 1}] nor the -1 terminator`,
      );
    }
  }
}

/**
 * Multi-label hinge. Each target row lists class indices and ends at its first -1; for every
 * listed class j and every class i not listed,
 *   loss += max(0, 1 − (x[j] − x[i])) / C.
 * A class listed twice counts twice. A term counts only when its z > 0 strictly, so exactly at
 * the hinge the gradient is 0, as in PyTorch's kernel.
 */
export const multiLabelMarginLoss: LossDefinition = {
  meta: MULTI_LABEL_MARGIN_META,
  compute(inputs, options) {
    const input = inputs.get('input');
    const target = inputs.get('target');
    const reduction = options.string('reduction');
    const rows = marginRows(input.shape);
    checkTarget(input, target, rows);
    const { frames, dim } = rows;
    const x = input.data;
    const losses = new Float64Array(frames);
    const grad = new Float64Array(x.length);
    const isTarget = new Uint8Array(dim);
    const g = reduction === 'mean' ? 1 / (frames * dim) : 1 / dim;
    let total = 0;
    for (let n = 0; n < frames; n++) {
      const row = n * dim;
      isTarget.fill(0);
      let listed = 0;
      while (listed < dim && (target.data[row + listed] ?? -1) >= 0) {
        isTarget[target.data[row + listed] ?? 0] = 1;
        listed++;
      }
      let sum = 0;
      for (let k = 0; k < listed; k++) {
        const j = target.data[row + k] ?? 0;
        const xj = x[row + j] ?? 0;
        for (let i = 0; i < dim; i++) {
          if (isTarget[i]) continue;
          const z = 1 - xj + (x[row + i] ?? 0);
          if (z > 0) {
            sum += z;
            grad[row + j] = (grad[row + j] ?? 0) - g;
            grad[row + i] = (grad[row + i] ?? 0) + g;
          }
        }
      }
      losses[n] = sum / dim;
      total += sum;
    }
    let output;
    // A target of rank ≤ 1 gives a 0-d output even with reduction='none', as in PyTorch.
    if (reduction === 'none')
      output = target.shape.length <= 1 ? scalar(total / dim) : tensor([frames], losses);
    // With N = 0 PyTorch leaves its output uninitialised; we give the empty sum and mean.
    else output = scalar(reduction === 'sum' ? total / dim : total / dim / frames);
    return { output, grads: { input: { shape: [...input.shape], data: grad } } };
  },
};

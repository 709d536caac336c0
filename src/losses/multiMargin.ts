import type { LossDefinition } from '../core/definition.ts';
import { LossInputError } from '../core/LossInputError.ts';
import { formatShape, scalar, tensor } from '../core/tensor.ts';
import { marginRows } from './marginRows.ts';
import { MULTI_MARGIN_META } from './multiMarginMeta.ts';

/**
 * The multi-class hinge: for sample x with target y,
 *   loss = Σ_{i≠y} weight[y] · max(0, margin − x[y] + x[i])^p / C.
 * The sum is divided by C (all classes, the target's included), and `weight` scales by the
 * weight of the *target* class. A term counts only when z = margin − x[y] + x[i] > 0 strictly,
 * so exactly at the hinge the gradient is 0, as in PyTorch's kernel.
 */
export const multiMarginLoss: LossDefinition = {
  meta: MULTI_MARGIN_META,
  compute(inputs, options) {
    const input = inputs.get('input');
    const target = inputs.get('target');
    const p = options.number('p');
    const margin = options.number('margin');
    const weight = options.tensor('weight');
    const reduction = options.string('reduction');
    if (p !== 1 && p !== 2)
      throw new LossInputError(`only p == 1 and p == 2 supported (got p=${p})`);
    if (weight && weight.shape.length !== 1) {
      throw new LossInputError(
        `weight must be one-dimensional (got shape ${formatShape(weight.shape)})`,
      );
    }
    const { frames, dim } = marginRows(input.shape);
    if (target.shape.length > 1 || target.data.length !== frames) {
      throw new LossInputError(
        `inconsistent target size, got: ${formatShape(target.shape)} (expected ${frames} class indices for input of shape ${formatShape(input.shape)})`,
      );
    }
    const x = input.data;
    const w = weight?.data;
    const losses = new Float64Array(frames);
    const grad = new Float64Array(x.length);
    // d output / d row-sum: the kernel's g = 1/(N·C) for 'mean', 1/C otherwise.
    const g = reduction === 'mean' ? 1 / (frames * dim) : 1 / dim;
    let total = 0;
    for (let n = 0; n < frames; n++) {
      const y = target.data[n] ?? 0;
      if (!(y >= 0 && y < dim)) {
        throw new LossInputError(
          `target out of range: target ${y} is not a class index in [0, ${dim - 1}]`,
        );
      }
      const row = n * dim;
      const xy = x[row + y] ?? 0;
      // PyTorch 1.13 does not check the weight's length against C: it reads weight[y], so a
      // longer or shorter weight works as long as it covers every target. Past its end the
      // kernel reads memory it does not own; we refuse that instead of inventing a number.
      if (w && y >= w.length) {
        throw new LossInputError(
          `weight has ${w.length} entries but target ${y} needs weight[${y}] (weight should hold one value per class, ${dim} here)`,
        );
      }
      const wy = w ? (w[y] ?? 0) : 1;
      let sum = 0;
      let gy = 0;
      for (let i = 0; i < dim; i++) {
        if (i === y) continue;
        const z = margin - xy + (x[row + i] ?? 0);
        if (z > 0) {
          sum += (p === 1 ? z : z * z) * wy;
          const h = (p === 1 ? g : 2 * g * z) * wy;
          gy -= h;
          grad[row + i] = h;
        }
      }
      grad[row + y] = gy;
      losses[n] = sum / dim;
      total += sum / dim;
    }
    let output;
    if (reduction === 'none') output = tensor(target.shape.length > 0 ? [frames] : [], losses);
    // With N = 0 PyTorch leaves its output uninitialised; we give the empty sum and mean.
    else output = scalar(reduction === 'sum' ? total : total / frames);
    return { output, grads: { input: { shape: [...input.shape], data: grad } } };
  },
};

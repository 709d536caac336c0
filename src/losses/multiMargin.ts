import type { LossDefinition } from '../core/definition.ts';
import { LossInputError } from '../core/LossInputError.ts';
import { REDUCTION_KEYWORD } from '../core/meta.ts';
import { formatShape, scalar, tensor } from '../core/tensor.ts';
import { marginRows } from './marginRows.ts';

/**
 * The multi-class hinge: for sample x with target y,
 *   loss = Σ_{i≠y} weight[y] · max(0, margin − x[y] + x[i])^p / C.
 * The sum is divided by C (all classes, the target's included), and `weight` scales by the
 * weight of the *target* class. A term counts only when z = margin − x[y] + x[i] > 0 strictly,
 * so exactly at the hinge the gradient is 0, as in PyTorch's kernel.
 */
export const multiMarginLoss: LossDefinition = {
  meta: {
    name: 'MultiMarginLoss',
    family: 'margin',
    summary: {
      en: 'Multi-class hinge: the right class must beat every other score by at least the margin.',
      zh: '多分类合页损失：正确类别的分数要比其他每个类别至少高出 margin。',
    },
    arguments: [
      {
        name: 'input',
        role: 'prediction',
        shape: '(C) or (N, C)',
        doc: { en: 'Raw class scores for each sample.', zh: '每个样本各类别的原始分数。' },
      },
      {
        name: 'target',
        role: 'target',
        shape: '() or (N)',
        integer: true,
        doc: {
          en: 'The class index y in [0, C) of each sample.',
          zh: '每个样本的类别索引 y，取值 [0, C)。',
        },
      },
    ],
    keywords: [
      {
        name: 'p',
        kind: 'number',
        default: 1,
        min: 1,
        max: 2,
        step: 1,
        doc: {
          en: 'Exponent of each hinge term: 1 (linear) or 2 (squared); PyTorch supports nothing else.',
          zh: '每个合页项的指数：1（线性）或 2（平方），PyTorch 不支持其他取值。',
        },
      },
      {
        name: 'margin',
        kind: 'number',
        default: 1,
        min: 0,
        max: 3,
        step: 0.1,
        doc: {
          en: 'How far the right score must lead the others before their terms vanish.',
          zh: '正确类别的分数需领先其他类别多少，相应的项才会变为 0。',
        },
      },
      {
        name: 'weight',
        kind: 'tensor',
        default: null,
        shape: '(C)',
        doc: {
          en: "One weight per class; a sample's loss is scaled by the weight of its target class.",
          zh: '每个类别一个权重；一个样本的损失按其目标类别的权重缩放。',
        },
      },
      REDUCTION_KEYWORD,
    ],
  },
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

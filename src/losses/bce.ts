import { sameShape } from '../core/broadcast.ts';
import type { LossDefinition } from '../core/definition.ts';
import { LossInputError } from '../core/LossInputError.ts';
import { REDUCTION_KEYWORD } from '../core/meta.ts';
import { reduce, type Reduction } from '../core/reduction.ts';
import { formatShape, stridesOf, type Tensor } from '../core/tensor.ts';
import { BINARY_WEIGHT_KEYWORD } from './binaryWeight.ts';
import { inPlaceIndex } from './inPlaceBroadcast.ts';

/**
 * PyTorch's backward divides by max((1 − x)·x, EPSILON) with EPSILON a C++ `float` 1e-12, so
 * the double it divides by is 1e-12 rounded to single precision.
 */
const EPSILON = Math.fround(1e-12);

/** PyTorch clamps each log at −100 so BCE stays finite (100 per element) at x = 0 or x = 1. */
export const LOG_FLOOR = -100;

function formatIndex(flat: number, shape: readonly number[]): string {
  const strides = stridesOf(shape);
  return `[${shape.map((d, i) => Math.floor(flat / (strides[i] ?? 1)) % d).join(', ')}]`;
}

/** BCELoss refuses probabilities outside [0, 1] (NaN included), naming the first bad one. */
function checkProbabilities(input: Tensor): void {
  const xs = input.data;
  for (let i = 0; i < xs.length; i++) {
    const x = xs[i] ?? 0;
    if (!(x >= 0 && x <= 1)) {
      const where = input.shape.length === 0 ? '' : ` at index ${formatIndex(i, input.shape)}`;
      throw new LossInputError(
        `all elements of input should be between 0 and 1, but input${where} is ${x}` +
          ' (BCELoss takes probabilities; for raw scores use BCEWithLogitsLoss)',
      );
    }
  }
}

/**
 * −w·[y·log x + (1 − y)·log(1 − x)] on probabilities x. The gradient is PyTorch's own
 * backward formula w·(x − y) / max((1 − x)·x, ε), which stays finite (±1e12-ish) where the exact
 * derivative would be infinite.
 */
export const bceLoss: LossDefinition = {
  meta: {
    name: 'BCELoss',
    family: 'probabilistic',
    summary: {
      en: 'Binary cross-entropy on probabilities in [0, 1]: how surprised a yes/no forecast is by the truth.',
      zh: '作用于 [0, 1] 概率的二元交叉熵：衡量“是/否”预测被真实结果“惊讶”的程度。',
    },
    arguments: [
      {
        name: 'input',
        role: 'prediction',
        shape: '(*)',
        doc: {
          en: 'Predicted probabilities x, each between 0 and 1 (e.g. after a sigmoid).',
          zh: '预测概率 x，每个都必须在 0 到 1 之间（例如经过 sigmoid 之后）。',
        },
      },
      {
        name: 'target',
        role: 'target',
        shape: '(*), same shape as input',
        doc: {
          en: 'Targets y, usually 0 or 1 (soft labels in between are allowed); exactly input’s shape.',
          zh: '目标 y，通常为 0 或 1（也可以是介于其间的软标签）；形状必须与 input 完全相同。',
        },
      },
    ],
    keywords: [BINARY_WEIGHT_KEYWORD, REDUCTION_KEYWORD],
  },
  compute(inputs, options) {
    const input = inputs.get('input');
    const target = inputs.get('target');
    if (!sameShape(target.shape, input.shape)) {
      throw new LossInputError(
        `Using a target size (${formatShape(target.shape)}) that is different to the input size ` +
          `(${formatShape(input.shape)}) is deprecated. Please ensure they have the same size.`,
      );
    }
    const weight = options.tensor('weight');
    const wi = weight ? inPlaceIndex(weight.shape, input.shape, 'weight', 'input') : null;
    checkProbabilities(input);
    const n = input.data.length;
    const losses = new Float64Array(n);
    const grads = new Float64Array(n);
    const xs = input.data;
    const ys = target.data;
    const ws = weight?.data;
    for (let i = 0; i < n; i++) {
      const x = xs[i] ?? 0;
      const y = ys[i] ?? 0;
      let loss =
        (y - 1) * Math.max(Math.log(1 - x), LOG_FLOOR) - y * Math.max(Math.log(x), LOG_FLOOR);
      let grad = (x - y) / Math.max((1 - x) * x, EPSILON);
      if (ws) {
        const w = ws[wi ? (wi[i] ?? 0) : i] ?? 0;
        loss *= w;
        grad *= w;
      }
      losses[i] = loss;
      grads[i] = grad;
    }
    const { output, gradScale } = reduce(
      { shape: input.shape, data: losses },
      options.string('reduction') as Reduction,
    );
    if (gradScale !== 1) for (let i = 0; i < n; i++) grads[i] = (grads[i] ?? 0) * gradScale;
    return { output, grads: { input: { shape: [...input.shape], data: grads } } };
  },
};

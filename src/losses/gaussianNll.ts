import { broadcastIndex, broadcastShapes, sameShape, sumToShape } from '../core/broadcast.ts';
import type { LossDefinition } from '../core/definition.ts';
import { REDUCTION_KEYWORD } from '../core/meta.ts';
import { reduce, type Reduction } from '../core/reduction.ts';
import { numel, type Tensor } from '../core/tensor.ts';
import { checkNonNegativeVar, gaussianVarShape } from './gaussianVar.ts';

const HALF_LOG_TWO_PI = 0.5 * Math.log(2 * Math.PI);

function indexFor(shape: readonly number[], outShape: readonly number[]): Int32Array | null {
  return sameShape(shape, outShape) ? null : broadcastIndex(shape, outShape);
}

function gradOnto(grad: Float64Array, index: Int32Array | null, shape: readonly number[]): Tensor {
  return index ? sumToShape(grad, index, shape) : { shape: [...shape], data: grad };
}

/**
 * `0.5 (log v + (x − y)² / v)` with v = max(var, eps), plus `0.5 log 2π` when full=True: the
 * negative log-likelihood of y under N(x, var), learning the mean and the variance together.
 */
export const gaussianNllLoss: LossDefinition = {
  meta: {
    name: 'GaussianNLLLoss',
    family: 'probabilistic',
    summary: {
      en: 'Predict a mean and a variance: a large var forgives errors but pays log(var) for its doubt.',
      zh: '同时预测均值与方差：方差大能原谅误差，但要为这份不确定付出 log(var) 的代价。',
    },
    arguments: [
      {
        name: 'input',
        role: 'prediction',
        shape: '(N, *) or (*)',
        doc: { en: 'The predicted mean x.', zh: '预测的均值 x。' },
      },
      {
        name: 'target',
        role: 'target',
        shape: '(N, *) or (*), same shape as input or broadcastable to it',
        doc: { en: 'The observed value y.', zh: '观测值 y。' },
      },
      {
        name: 'var',
        role: 'prediction',
        shape:
          '(N, *) or (*) like input, or input’s shape without (or with 1 as) its last dimension',
        doc: {
          en: 'The predicted variance, ≥ 0: one per prediction, or one per sample shared along the last dimension.',
          zh: '预测的方差，须 ≥ 0：每个预测一个，或每个样本一个、沿最后一维共享。',
        },
      },
    ],
    keywords: [
      {
        name: 'full',
        kind: 'boolean',
        default: false,
        doc: {
          en: 'Add the constant 0.5·log(2π) so the value is the exact negative log-likelihood.',
          zh: '加上常数 0.5·log(2π)，使结果恰为负对数似然。',
        },
      },
      {
        name: 'eps',
        kind: 'number',
        default: 1e-6,
        min: 0,
        max: 1,
        step: 0.01,
        doc: {
          en: 'var is clamped to at least eps for stability. The clamp is invisible to autograd: var still gets a gradient.',
          zh: '为数值稳定，var 会被截断到不小于 eps。截断对自动求导不可见：var 仍照常获得梯度。',
        },
      },
      REDUCTION_KEYWORD,
    ],
    // A keyword-only constructor newer than size_average/reduce: PyTorch refuses those flags.
    legacyReductionFlags: false,
  },
  compute(inputs, options) {
    const input = inputs.get('input');
    const target = inputs.get('target');
    const variance = inputs.get('var');
    const varShape = gaussianVarShape(input, variance);
    checkNonNegativeVar(variance);
    const eps = options.number('eps');
    const constant = options.boolean('full') ? HALF_LOG_TWO_PI : 0;

    const outShape = broadcastShapes(
      broadcastShapes(input.shape, target.shape, 'input and target'),
      varShape,
      'input/target and var',
    );
    const n = numel(outShape);
    const xi = indexFor(input.shape, outShape);
    const yi = indexFor(target.shape, outShape);
    const vi = indexFor(varShape, outShape);
    const losses = new Float64Array(n);
    const dx = new Float64Array(n);
    const dv = new Float64Array(n);
    const xs = input.data;
    const ys = target.data;
    const vs = variance.data;
    const reduction = options.string('reduction') as Reduction;
    // d output / d loss_i, which PyTorch's autograd carries into the chain below from the start.
    const half = 0.5 * (reduction === 'mean' ? 1 / n : 1);
    for (let i = 0; i < n; i++) {
      const d = (xs[xi ? (xi[i] ?? 0) : i] ?? 0) - (ys[yi ? (yi[i] ?? 0) : i] ?? 0);
      const raw = vs[vi ? (vi[i] ?? 0) : i] ?? 0;
      // PyTorch clamps a clone of var under no_grad: the value is max(var, eps) (NaN stays NaN)
      // but autograd sees the clone as the identity, so var receives d loss / d v evaluated at
      // the clamped v, even where var < eps.
      const v = raw < eps ? eps : raw;
      const ratio = (d * d) / v;
      losses[i] = 0.5 * (Math.log(v) + ratio) + constant;
      // Autograd's chain through 0.5·(log v + d²/v), step by step in its order: with a
      // denormal v, half / v overflows to inf, so a zero error gets inf·0 = NaN, as in PyTorch.
      const gB = half / v;
      dx[i] = gB * (2 * d);
      dv[i] = gB - half * (ratio / v);
    }
    const { output } = reduce({ shape: outShape, data: losses }, reduction);
    // var's gradient goes back to var's own shape; unsqueezing did not reorder its data.
    const varGrad = gradOnto(dv, vi, varShape);
    return {
      output,
      grads: {
        input: gradOnto(dx, xi, input.shape),
        var: { shape: [...variance.shape], data: varGrad.data },
      },
    };
  },
};

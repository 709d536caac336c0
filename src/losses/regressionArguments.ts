import type { ArgumentMeta } from '../core/meta.ts';

/** `input` and `target` of the element-wise regression losses (any shape, broadcastable). */
export const REGRESSION_ARGUMENTS: readonly ArgumentMeta[] = [
  {
    name: 'input',
    role: 'prediction',
    shape: '(*)',
    doc: { en: 'The prediction x, any shape.', zh: '预测值 x，任意形状。' },
  },
  {
    name: 'target',
    role: 'target',
    shape: '(*), same shape as input',
    doc: { en: 'The ground truth y, same shape as input.', zh: '真实值 y，形状与 input 相同。' },
  },
];

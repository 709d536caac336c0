import type { LossContent } from '../types.ts';
import { example } from './example.ts';

export const content: LossContent = {
  formula: String.raw`\ell_n = \left( x_n - y_n \right)^2`,
  explanation: {
    en: 'MSELoss squares each error. Small errors become tiny and large errors huge, and the gradient 2(x − y) grows in proportion to the error. Minimising it over a data set gives the mean, which a single outlier can drag a long way.',
    zh: 'MSELoss 把每个误差平方。小误差变得很小，大误差变得很大，梯度 2(x − y) 与误差成正比。对一组数据最小化它得到的是平均值，单个离群点就能把它拉得很远。',
  },
  pitfalls: [
    {
      en: 'An outlier with error 10 contributes 100 to the loss and a gradient of 20: it can dominate training. Consider SmoothL1Loss or HuberLoss for noisy targets.',
      zh: '误差为 10 的离群点贡献 100 的损失和 20 的梯度，可能主导整个训练。目标含噪声时可以考虑 SmoothL1Loss 或 HuberLoss。',
    },
    {
      en: 'The loss is in squared units: an MSE of 4 means a typical error of about 2, not 4.',
      zh: '损失的单位是误差的平方：MSE 为 4 意味着典型误差约为 2，而不是 4。',
    },
    {
      en: "reduction='mean' is a plain average over all elements (no weights), dividing by the number of elements, not the batch size: the same data reshaped keeps the same loss.",
      zh: "reduction='mean' 是对全部元素的简单平均（没有加权），除以的是元素个数而不是 batch 大小：同样的数据换个形状，损失不变。",
    },
  ],
  example,
};

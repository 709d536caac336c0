import type { LossContent } from '../types.ts';
import { example } from './example.ts';

export const content: LossContent = {
  formula: String.raw`\ell_n = \left| x_n - y_n \right|`,
  explanation: {
    en: 'L1Loss measures the absolute difference between each prediction x and its target y. Every unit of error costs the same, so the gradient is always −1, 0 or +1: a far-off point pulls no harder than a near one. That is why the L1 fit of a data set is its median, which one outlier cannot drag away.',
    zh: 'L1Loss 计算每个预测值 x 与目标 y 之差的绝对值。每一单位误差的代价都一样，所以梯度只有 −1、0、+1 三种取值：离得远的点并不比离得近的点"拉"得更用力。这就是为什么用 L1 拟合一组数据得到的是中位数，单个离群点拉不动它。',
  },
  pitfalls: [
    {
      en: 'The gradient does not shrink near the optimum, so with a fixed learning rate the prediction keeps hopping around the target. Lower the learning rate or use SmoothL1Loss.',
      zh: '在最优点附近梯度并不会变小，固定学习率时预测值会在目标附近来回跳动。可以减小学习率，或改用 SmoothL1Loss。',
    },
    {
      en: 'At x = y the absolute value has no derivative; PyTorch uses 0 there (sign(0) = 0).',
      zh: '在 x = y 处绝对值不可导；PyTorch 在这里取梯度为 0（sign(0) = 0）。',
    },
    {
      en: 'If input and target have different shapes PyTorch broadcasts them with only a warning: (N, 1) against (N,) silently becomes N × N. Check shapes before the loss.',
      zh: 'input 与 target 形状不同时，PyTorch 只给出警告就会广播：(N, 1) 对 (N,) 会悄悄变成 N × N。计算损失前请先核对形状。',
    },
  ],
  example,
};

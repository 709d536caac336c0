import type { LossContent } from '../types.ts';
import { example } from './example.ts';

export const content: LossContent = {
  formula: String.raw`\ell_n = \log\bigl(1 + \exp(-y_n\, x_n)\bigr)`,
  explanation: {
    en: 'SoftMarginLoss is the logistic-regression loss written with ±1 labels. The product y·x is the margin: positive when the score has the right sign, negative when it has the wrong one. log(1 + e^{−yx}) is a smooth version of max(0, −yx): a very negative margin costs about −yx, a very positive one costs almost nothing but never exactly zero, so even correctly classified points keep a slight pull. Map the labels from {−1, 1} to {0, 1} and it is exactly BCEWithLogitsLoss.',
    zh: 'SoftMarginLoss 就是用 ±1 标签写出的逻辑回归损失。乘积 y·x 称为间隔：得分符号正确时为正，错误时为负。log(1 + e^{−yx}) 是 max(0, −yx) 的平滑版本：间隔很负时代价约为 −yx，间隔很正时代价几乎为 0 却永远不等于 0，所以即使已经分对的点也还有一点拉力。把标签从 {−1, 1} 换成 {0, 1}，它就和 BCEWithLogitsLoss 完全一样。',
  },
  pitfalls: [
    {
      en: 'Targets are −1 and 1. A target of 0 is accepted and gives log 2 ≈ 0.693 for every input, with zero gradient: training silently stops.',
      zh: '目标取 −1 和 1。目标为 0 也会被接受，但对任何输入损失都是 log 2 ≈ 0.693，梯度为 0：训练会悄无声息地停下来。',
    },
    {
      en: 'The input is a raw score of any sign, not a probability. Passing sigmoid outputs in (0, 1) makes every margin small and the loss can never approach 0.',
      zh: '输入是可正可负的原始得分，不是概率。传入 (0, 1) 之间的 sigmoid 输出会让所有间隔都很小，损失永远接近不了 0。',
    },
    {
      en: 'Unlike a hinge, the loss is never exactly zero, so on separable data it keeps pushing the scores outward without limit. Weight decay or early stopping keeps them in check.',
      zh: '与合页损失不同，它永远不会恰好为 0，所以在线性可分的数据上会不断把得分往外推，没有尽头。可以用权重衰减或提前停止来加以约束。',
    },
  ],
  example,
};

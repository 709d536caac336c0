import type { LossContent } from '../types.ts';
import { example } from './example.ts';

export const content: LossContent = {
  formula: String.raw`\ell_n = \max\bigl(0,\; -y_n\,(x_{1,n} - x_{2,n}) + \text{margin}\bigr)`,
  explanation: {
    en: "MarginRankingLoss learns an order, not values. For each pair it gets two scores x₁ and x₂ and a label y: 1 means 'x₁ should rank higher', −1 means 'x₂ should'. The loss is zero once the right score leads by at least margin and grows linearly with the shortfall otherwise, so only pairs in the wrong order, or too close together, produce a gradient. It works element by element: pair n is compared with pair n and nothing else. Some notes describe an n × n, correlation-like matrix of losses; that matrix is a broadcasting accident, not something the loss is meant to compute.",
    zh: 'MarginRankingLoss 学的是顺序，而不是具体数值。每一对样本给出两个得分 x₁、x₂ 和一个标签 y：y = 1 表示 x₁ 应该排在前面，y = −1 表示 x₂ 应该排在前面。正确的一方领先至少 margin 时损失为 0，否则随差距线性增长，所以只有顺序颠倒或拉得不够开的样本对才产生梯度。它是逐元素计算的：第 n 对只和第 n 对比较，不涉及其他样本。有的笔记说它会返回一个类似相关矩阵的 n × n 损失矩阵；那其实是广播造成的意外，并不是这个损失本来要算的东西。',
  },
  pitfalls: [
    {
      en: 'Shapes that broadcast, such as (N, 1) scores against a (1, N) target, turn the loss into an N × N matrix that judges every pair by every label. The reduced result is still one number, so nothing warns you. Keep input1, input2 and target all of shape (N,). (Today PyTorch refuses (N, 1) inputs with an (N,) target, "All input tensors should have same dimension"; older versions silently built the matrix the notes describe.)',
      zh: '会互相广播的形状，例如 (N, 1) 的得分配 (1, N) 的目标，会把损失变成 N × N 矩阵，用每一个标签去评判每一对样本。归约后仍然只是一个数，所以不会有任何提示。请让 input1、input2 和 target 都保持 (N,) 的形状。（如今 PyTorch 会拒绝 (N, 1) 的输入配 (N,) 的目标，报错“All input tensors should have same dimension”；旧版本则会悄悄算出笔记里描述的那个矩阵。）',
    },
    {
      en: 'With the default margin = 0, tied scores cost nothing, so a model that outputs the same score for everything already has zero loss on many pairs. Use a positive margin to demand real separation.',
      zh: '默认 margin = 0 时，得分相等不产生损失，所以一个对所有输入都输出相同得分的模型，在很多样本对上损失已经是 0。想要真正拉开差距，请设一个正的 margin。',
    },
    {
      en: 'The target must be 1 or −1, not 1 or 0. With y = 0 the loss is max(0, margin), a constant with no gradient, and PyTorch does not complain.',
      zh: '目标必须是 1 或 −1，而不是 1 或 0。y = 0 时损失等于 max(0, margin)，是个没有梯度的常数，而 PyTorch 并不会报错。',
    },
  ],
  example,
};

import type { LossContent } from '../types.ts';
import { example } from './example.ts';

export const content: LossContent = {
  formula: String.raw`\ell_n = -\frac{1}{C} \sum_{c=1}^{C} w_c \left[\, y_{n,c} \log \sigma(x_{n,c}) + (1 - y_{n,c}) \log\bigl(1 - \sigma(x_{n,c})\bigr) \right]`,
  explanation: {
    en: 'MultiLabelSoftMarginLoss treats each of the C classes as a separate yes/no question, scores each with the logistic (sigmoid) loss, and averages over the classes, so every sample contributes one number. Here the targets are multi-hot: [1, 0, 0, 1] means "classes 0 and 3", the very format MultiLabelMarginLoss does not accept. With the default reduction it gives the same value as BCEWithLogitsLoss: averaging over C and then over N is the same as averaging over all N × C elements.',
    zh: 'MultiLabelSoftMarginLoss 把 C 个类别各自看成一个独立的“是/否”问题，每个问题用逻辑（sigmoid）损失打分，再对类别取平均，于是每个样本得到一个数。这里的目标是 multi-hot 形式：[1, 0, 0, 1] 表示“属于第 0 类和第 3 类”，恰好是 MultiLabelMarginLoss 不接受的那种格式。在默认归约下，它的值与 BCEWithLogitsLoss 相同：先对 C 平均再对 N 平均，等于对全部 N × C 个元素取平均。',
  },
  pitfalls: [
    {
      en: "Targets are multi-hot 0/1 of the same shape as the input. MultiLabelMarginLoss's −1-padded index lists are read here as numbers, not rejected, and give a meaningless loss.",
      zh: '目标是与输入同形状的 0/1 multi-hot 张量。MultiLabelMarginLoss 那种用 −1 补齐的索引列表在这里会被当作普通数值，不会报错，但算出的损失毫无意义。',
    },
    {
      en: 'The input is logits: the sigmoid is inside the loss, so do not apply it first.',
      zh: '输入是 logits：sigmoid 已经包含在损失里，不要事先再做一次。',
    },
    {
      en: "reduction='none' returns one value per sample, shape (N,), not one per class: the average over classes is part of the loss itself.",
      zh: "reduction='none' 返回的是每个样本一个值，形状为 (N,)，而不是每个类别一个值：对类别取平均本身就是这个损失的一部分。",
    },
  ],
  example,
};

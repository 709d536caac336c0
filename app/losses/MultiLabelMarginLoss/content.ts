import type { LossContent } from '../types.ts';
import { example } from './example.ts';

export const content: LossContent = {
  formula: String.raw`\ell(x, y) = \frac{1}{C} \sum_{j=0}^{k-1} \; \sum_{i \notin \{y_0, \dots, y_{k-1}\}} \max\bigl(0,\; 1 - (x_{y_j} - x_i)\bigr), \qquad k = \text{position of the first } {-1} \text{ in } y`,
  explanation: {
    en: 'MultiLabelMarginLoss is a hinge loss for samples that can belong to several classes at once. Every target class must outscore every non-target class by at least 1; each (target j, non-target i) pair that falls short adds its shortfall, and the total is divided by the number of classes C. Targets are lists of class indices padded with −1: with 4 classes, a sample in classes 0 and 3 has target [0, 3, -1, -1], not the multi-hot [1, 0, 0, 1]. Only the entries before the first −1 count; everything after it is ignored.',
    zh: 'MultiLabelMarginLoss 是用于多标签问题的合页（hinge）损失，一个样本可以同时属于多个类别。每个目标类别的得分都要比每个非目标类别至少高 1；每一对（目标 j，非目标 i）若差距不够，就把差的部分计入损失，总和再除以类别数 C。目标写成类别索引列表，用 −1 补齐：共 4 类时，属于第 0 类和第 3 类的样本，目标是 [0, 3, -1, -1]，而不是 multi-hot 的 [1, 0, 0, 1]。只有第一个 −1 之前的条目有效，之后的全部忽略。',
  },
  pitfalls: [
    {
      en: 'A multi-hot target [1, 0, 0, 1] is accepted without complaint: PyTorch reads it as the indices "class 1, class 0, class 0, class 1", a different label set. For multi-hot labels use MultiLabelSoftMarginLoss.',
      zh: 'multi-hot 形式的目标 [1, 0, 0, 1] 不会报错：PyTorch 会把它读成索引“第 1 类、第 0 类、第 0 类、第 1 类”，完全是另一组标签。标签是 multi-hot 时，请用 MultiLabelSoftMarginLoss。',
    },
    {
      en: 'Everything after the first −1 is ignored, even valid indices: [3, 0, -1, 1] means classes {3, 0}, and class 1 counts as a non-target.',
      zh: '第一个 −1 之后的内容一律忽略，即使是合法索引也一样：[3, 0, -1, 1] 表示类别 {3, 0}，第 1 类被当作非目标类别。',
    },
    {
      en: 'The target is an integer tensor with the same shape as the input, (C) or (N, C), which is why the index list has to be padded.',
      zh: '目标是与输入形状相同的整数张量，形状为 (C) 或 (N, C)，所以索引列表必须补齐到这个长度。',
    },
    {
      en: 'The margin is fixed at 1 (there is no margin keyword), so the scale of the scores matters: multiply them by 10 and the same ranking costs far less.',
      zh: '间隔固定为 1（没有 margin 参数），所以得分的尺度很重要：把得分整体乘以 10，同样的排序代价就小得多。',
    },
  ],
  example,
};

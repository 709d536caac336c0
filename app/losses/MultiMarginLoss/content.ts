import type { LossContent } from '../types.ts';
import { example } from './example.ts';

export const content: LossContent = {
  formula: String.raw`\ell_n = \frac{1}{C} \sum_{i \neq y_n} w_{y_n} \max\bigl(0,\; \text{margin} - x_{n,y_n} + x_{n,i}\bigr)^{p}`,
  explanation: {
    en: 'MultiMarginLoss is the multi-class SVM hinge loss. For a sample of true class y, every other class i should score at least margin below x_y; each class that does not adds its shortfall (squared when p = 2). Once all rivals are margin behind, the sample contributes nothing, whereas cross-entropy would keep pushing forever. Two details that notes often drop: the sum is divided by the number of classes C (the length of one sample, not the batch size), and weight multiplies by the weight of the target class, w_y, not of each rival i.',
    zh: 'MultiMarginLoss 是多分类 SVM 的合页损失。对于真实类别为 y 的样本，其余每个类别 i 的得分都应比 x_y 至少低 margin；没做到的类别各自贡献差距（p = 2 时取平方）。一旦所有竞争类别都落后 margin 以上，这个样本就不再贡献损失，而交叉熵则会一直推下去。笔记里常被漏掉的两个细节：求和后除以类别数 C（单个样本的长度，而不是 batch 大小）；weight 乘的是目标类别的权重 w_y，而不是各个竞争类别 i 的权重。',
  },
  pitfalls: [
    {
      en: 'The term i = y is left out of the sum. Counting it by hand adds margin^p / C to every sample.',
      zh: '求和时不包括 i = y 这一项。手算时若把它也算进去，每个样本都会多出 margin^p / C。',
    },
    {
      en: 'p can only be 1 or 2; any other value raises "only p == 1 and p == 2 supported".',
      zh: 'p 只能取 1 或 2，其他值会报错“only p == 1 and p == 2 supported”。',
    },
    {
      en: "weight scales a whole sample by its target class's weight. It cannot make one particular rival class more costly than another.",
      zh: 'weight 是按目标类别的权重缩放整个样本的损失，无法让某个特定的竞争类别比其他类别代价更高。',
    },
    {
      en: 'A loss of 0 only means every rival is margin behind; the scores are not probabilities and say nothing about calibration.',
      zh: '损失为 0 只说明所有竞争类别都落后了 margin 以上；这些得分不是概率，不能说明模型是否校准。',
    },
  ],
  example,
};

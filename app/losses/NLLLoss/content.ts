import type { LossContent } from '../types.ts';
import { example } from './example.ts';

export const content: LossContent = {
  formula: String.raw`\begin{gathered} \ell_n = -\,w_{y_n}\, x_{n,y_n} \cdot \mathbb{1}\{y_n \neq \text{ignore\_index}\} \\ \text{mean} = \frac{\sum_n \ell_n}{\sum_n w_{y_n} \mathbb{1}\{y_n \neq \text{ignore\_index}\}} \end{gathered}`,
  explanation: {
    en: "NLLLoss does something very simple: for each sample it picks the input's entry at the target class and flips its sign. It takes no logarithm and no softmax itself, so the name 'negative log-likelihood' is only true when the input already holds log-probabilities, normally from log_softmax. Use it when your model ends in LogSoftmax, or when you need the log-probabilities for something else too; otherwise CrossEntropyLoss does both steps at once. Its gradient is −w_y at the target entry and zero everywhere else: all the competition between classes comes from the log-softmax in front of it.",
    zh: 'NLLLoss 做的事情很简单：对每个样本，取出输入在目标类别处的那一项，再取相反数。它自己既不取对数，也不做 softmax，所以只有当输入已经是对数概率（通常来自 log_softmax）时，“负对数似然”这个名字才名副其实。模型最后一层是 LogSoftmax，或者对数概率还要另作他用时，就用它；否则直接用 CrossEntropyLoss，一步完成两件事。它的梯度只在目标类别处为 −w_y，其余位置都是 0：类别之间的“竞争”全部来自它前面的 log_softmax。',
  },
  pitfalls: [
    {
      en: 'Forgetting log_softmax. Raw logits or probabilities still give a number, but not a likelihood: with raw logits the loss has no lower bound, and training just drives the target logit towards infinity.',
      zh: '忘了 log_softmax。直接传 logits 或概率照样能算出一个数，但它不是似然：传 logits 时损失没有下界，训练只会把目标类别的 logit 一路推向无穷大。',
    },
    {
      en: 'Use log_softmax(x), not log(softmax(x)): the two-step version underflows to −inf for very negative logits and then produces inf or NaN.',
      zh: '要用 log_softmax(x)，不要写成 log(softmax(x))：分两步算时，很负的 logit 会下溢成 −inf，进而得到 inf 或 NaN。',
    },
    {
      en: 'The class dimension is dim 1. For sequences the input is (N, C, T) with target (N, T); an (N, T, C) input is rejected with a size mismatch, or silently misread when T happens to equal C.',
      zh: '类别维是第 1 维。处理序列时，输入形状是 (N, C, T)，目标是 (N, T)；若输入写成 (N, T, C)，会因尺寸不符而报错，碰巧 T 等于 C 时更糟：不报错，却读错了维度。',
    },
  ],
  example,
};

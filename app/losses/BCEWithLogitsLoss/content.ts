import type { LossContent } from '../types.ts';
import { example } from './example.ts';

export const content: LossContent = {
  formula: String.raw`\begin{gathered} \ell_n = -\,w_n \left[\, p_c\, y_n \log \sigma(x_n) + (1 - y_n) \log\bigl(1 - \sigma(x_n)\bigr) \,\right] \\ \sigma(x) = \frac{1}{1 + e^{-x}} \end{gathered}`,
  explanation: {
    en: 'BCEWithLogitsLoss is a sigmoid and a BCELoss in one. Fusing them lets PyTorch use the log-sum-exp trick, so a logit of +50 or −50 still yields an accurate loss and a useful gradient instead of log(0). The gradient with respect to each logit is simply σ(x) − y (times the weights), the same clean form as softmax with cross-entropy. pos_weight (p_c in the formula) multiplies only the positive term; it is the usual remedy for a rare positive class, set to roughly the number of negatives divided by the number of positives.',
    zh: 'BCEWithLogitsLoss 把 sigmoid 和 BCELoss 合成了一步。合并之后 PyTorch 可以使用 log-sum-exp 技巧，即使 logit 为 +50 或 −50，也能得到准确的损失和有用的梯度，而不会出现 log(0)。它对每个 logit 的梯度就是 σ(x) − y（再乘以权重），与 softmax 配交叉熵的形式一样简洁。pos_weight（公式中的 p_c）只乘在正类那一项上，是正样本稀少时的常用对策，通常取“负样本数 / 正样本数”左右。',
  },
  pitfalls: [
    {
      en: 'Do not apply sigmoid before it. The sigmoid would then run twice, so every predicted probability lands in (0.5, 0.73): the model can never say a confident "no" and learns very slowly.',
      zh: '不要在它前面再做 sigmoid。那样 sigmoid 会被执行两次，所有预测概率都落在 (0.5, 0.73) 之间：模型永远无法自信地说“否”，学得非常慢。',
    },
    {
      en: 'The target must be a float tensor of the same shape as the input. An integer class vector of shape (N,) is refused; for one-of-C classification use CrossEntropyLoss instead.',
      zh: '目标必须是与输入形状相同的浮点张量。形状为 (N,) 的整数类别向量会被拒绝；若每个样本只属于 C 类中的一类，应改用 CrossEntropyLoss。',
    },
    {
      en: 'pos_weight broadcasts along the last dimension (one value per class), while weight broadcasts against the whole input. Mixing them up silently reweights the wrong axis.',
      zh: 'pos_weight 沿最后一维广播（每个类别一个值），而 weight 与整个输入广播。两者用混了，会悄悄地给错误的维度加权。',
    },
  ],
  example,
};

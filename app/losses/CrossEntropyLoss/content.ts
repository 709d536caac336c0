import type { LossContent } from '../types.ts';
import { example } from './example.ts';

export const content: LossContent = {
  formula: String.raw`\begin{gathered} \ell_n = -\,w_{y_n} \log \frac{\exp(x_{n,y_n})}{\sum_{c=1}^{C} \exp(x_{n,c})} \cdot \mathbb{1}\{y_n \neq \text{ignore\_index}\} \\ \text{mean} = \frac{\sum_n \ell_n}{\sum_n w_{y_n} \mathbb{1}\{y_n \neq \text{ignore\_index}\}} \end{gathered}`,
  explanation: {
    en: 'CrossEntropyLoss is the standard loss for single-label classification. It takes raw scores (logits) x, turns them into probabilities with softmax, and charges −log of the probability the model gave the true class: close to 0 when the model is confidently right, large when it is confidently wrong. In probability terms it is the negative log-likelihood of a categorical distribution, and its gradient with respect to the logits is strikingly simple: softmax(x) − onehot(y). It is exactly LogSoftmax followed by NLLLoss, fused into one step for numerical stability.',
    zh: 'CrossEntropyLoss 是单标签多分类的标准损失函数。它接收未归一化的得分（logits）x，先用 softmax 变成概率，再对模型分给真实类别的概率取 −log：模型自信且答对时接近 0，自信却答错时则很大。从概率角度看，它是类别分布的负对数似然；它对 logits 的梯度简洁得出奇：softmax(x) − onehot(y)。它等价于 LogSoftmax 后接 NLLLoss，只是合成一步计算，数值上更稳定。',
  },
  pitfalls: [
    {
      en: 'Do not apply softmax yourself. The loss already contains log-softmax; feeding it probabilities squeezes the scores into [0, 1], so the loss can never get close to 0 and the gradients become tiny.',
      zh: '不要自己先做 softmax。损失内部已经包含 log-softmax；喂给它概率会把得分压进 [0, 1]，损失永远降不到接近 0，梯度也会变得很小。',
    },
    {
      en: 'The usual target is one class index per sample (shape (N,), integer dtype), not a one-hot vector. A floating-point target of shape (N, C) switches to a different mode that reads it as class probabilities.',
      zh: '通常的目标是每个样本一个类别索引（形状 (N,)，整数类型），而不是 one-hot 向量。若传入形状为 (N, C) 的浮点目标，就会切换到另一种模式，把它当作类别概率。',
    },
    {
      en: "With weight, reduction='mean' divides by the sum of the target classes' weights, not by N: it is a weighted average, so rescaling all weights leaves it unchanged.",
      zh: "设置 weight 后，reduction='mean' 除以的是各样本目标类别权重之和，而不是 N：这是加权平均，所以把所有权重同时放大，结果不变。",
    },
    {
      en: "If every target in the batch equals ignore_index, 'mean' computes 0 / 0 and returns NaN. That is PyTorch's answer, not a bug in your model.",
      zh: "如果一个 batch 里所有目标都等于 ignore_index，'mean' 就是 0 / 0，返回 NaN。这是 PyTorch 的正常结果，不是模型出了错。",
    },
  ],
  example,
};

import type { LossContent } from '../types.ts';
import { example } from './example.ts';

export const content: LossContent = {
  formula: String.raw`\ell_n = -\,w_n \left[\, y_n \log x_n + (1 - y_n) \log(1 - x_n) \,\right]`,
  explanation: {
    en: "BCELoss is cross-entropy for a single yes/no question per element: the input x is the predicted probability of 'yes', and the target y is 0 or 1 (or a value in between, as a soft label). It is the negative log-likelihood of a Bernoulli distribution: the cost is −log x when the answer is 1 and −log(1 − x) when it is 0, so a confident wrong answer is very expensive. Every element is an independent question, which is why the same loss serves binary classification and multi-label classification alike.",
    zh: 'BCELoss 是针对每个元素一个“是/否”问题的交叉熵：输入 x 是预测为“是”的概率，目标 y 为 0 或 1（也可以是介于两者之间的软标签）。它是伯努利分布的负对数似然：答案为 1 时代价是 −log x，答案为 0 时是 −log(1 − x)，所以自信地答错代价极高。每个元素都是一个独立的问题，因此同一个损失函数既适用于二分类，也适用于多标签分类。',
  },
  pitfalls: [
    {
      en: 'BCELoss expects probabilities. Logits outside [0, 1] raise "all elements of input should be between 0 and 1"; logits that happen to lie inside [0, 1] pass silently and give a wrong loss. Apply sigmoid first, or better, use BCEWithLogitsLoss.',
      zh: 'BCELoss 要的是概率。落在 [0, 1] 之外的 logits 会触发报错“all elements of input should be between 0 and 1”；碰巧落在 [0, 1] 之内的 logits 则不声不响地算出错误的损失。请先做 sigmoid，更好的做法是改用 BCEWithLogitsLoss。',
    },
    {
      en: 'PyTorch clamps each log at −100, so predicting exactly 0 for a positive target costs 100, not infinity. A loss stuck near 100 is a sign of a saturated sigmoid.',
      zh: 'PyTorch 把每个对数截断在 −100，所以对正样本预测恰好为 0 时，损失是 100 而不是无穷大。损失卡在 100 附近，往往说明 sigmoid 已经饱和。',
    },
    {
      en: 'sigmoid followed by BCELoss loses precision: in float32, sigmoid(20) rounds to exactly 1 and log(1 − x) hits the clamp. BCEWithLogitsLoss computes the same quantity stably.',
      zh: 'sigmoid 之后再接 BCELoss 会损失精度：在 float32 下 sigmoid(20) 会被舍入成恰好为 1，log(1 − x) 直接碰到截断值。BCEWithLogitsLoss 计算的是同一个量，但数值稳定。',
    },
    {
      en: 'weight rescales individual elements (it broadcasts against the input), unlike the per-class weight of CrossEntropyLoss.',
      zh: 'weight 是按元素缩放的（与输入广播），这与 CrossEntropyLoss 中按类别设定的 weight 不同。',
    },
  ],
  example,
};

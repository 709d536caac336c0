import type { LossContent } from '../types.ts';
import { example } from './example.ts';

export const content: LossContent = {
  formula: String.raw`\begin{gathered} \ell_{n,c} = y_{n,c} \left( \log y_{n,c} - x_{n,c} \right) \\ \text{batchmean} = \frac{1}{N} \sum_{n,c} \ell_{n,c} = \frac{1}{N} \sum_{n} D_{\mathrm{KL}}\bigl(y_n \,\|\, e^{x_n}\bigr) \end{gathered}`,
  explanation: {
    en: "KLDivLoss measures how much information is lost when the model's distribution q stands in for the target distribution p: KL(p ‖ q) = Σ p (log p − log q). PyTorch's convention is unusual: the input x must already be log q (log-probabilities, e.g. from log_softmax), while the target is p as plain probabilities, or log p if you set log_target=True. It is the loss of knowledge distillation and of fitting soft labels; for a fixed p it differs from cross-entropy only by the entropy of p, a constant, so both give the same gradients. Only reduction='batchmean' (the sum divided by the batch size) gives the true KL per sample; 'mean' divides by the number of classes as well.",
    zh: "KLDivLoss 衡量用模型分布 q 代替目标分布 p 时损失了多少信息：KL(p ‖ q) = Σ p (log p − log q)。PyTorch 的约定有些特别：输入 x 必须已经是 log q（对数概率，例如 log_softmax 的输出），而目标是普通概率 p；若设 log_target=True，目标则传 log p。知识蒸馏和软标签拟合用的就是它；p 固定时，它与交叉熵只差 p 的熵这个常数，因此两者梯度相同。只有 reduction='batchmean'（总和除以 batch 大小）给出的才是每个样本真正的 KL 散度；'mean' 还会再除以类别数。",
  },
  pitfalls: [
    {
      en: 'Passing probabilities as the input. Without log_softmax the formula computes y(log y − q), which can go negative and is no longer minimised at q = p.',
      zh: '把概率当作输入传进去。没有 log_softmax 时，公式算的是 y(log y − q)，可能变成负数，最小值也不再出现在 q = p 处。',
    },
    {
      en: "reduction='mean' divides by N × C, not N, so it is C times smaller than the KL divergence; PyTorch even warns about it. Use 'batchmean'.",
      zh: "reduction='mean' 除以的是 N × C 而不是 N，比真正的 KL 散度小 C 倍，PyTorch 还会为此给出警告。请使用 'batchmean'。",
    },
    {
      en: 'The direction is KL(target ‖ model). KL is not symmetric: the reverse direction, KL(model ‖ target), is a different objective that prefers to cover one mode of the target.',
      zh: '方向是 KL(目标 ‖ 模型)。KL 散度不对称：反方向的 KL(模型 ‖ 目标) 是另一个目标函数，倾向于只覆盖目标分布的某一个峰。',
    },
    {
      en: 'Where the target is 0 the term counts as 0 (0 · log 0 = 0). With log_target=True the target must be log-probabilities too, and each term becomes e^y (y − x).',
      zh: '目标为 0 的位置，该项按 0 计（0 · log 0 = 0）。设 log_target=True 时，目标也必须是对数概率，每一项变成 e^y (y − x)。',
    },
  ],
  example,
};

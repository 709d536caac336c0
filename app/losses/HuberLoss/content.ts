import type { LossContent } from '../types.ts';
import { example } from './example.ts';

export const content: LossContent = {
  formula: String.raw`\ell_n = \begin{cases} 0.5\,(x_n - y_n)^2, & \text{if } |x_n - y_n| < \delta \\ \delta\,\left(|x_n - y_n| - 0.5\,\delta\right), & \text{otherwise} \end{cases}`,
  explanation: {
    en: "HuberLoss is robust statistics' compromise between MSE and L1: quadratic for errors smaller than δ, linear beyond. Unlike SmoothL1Loss, the quadratic part is not divided by δ, so near the target it is exactly half the squared error, and far away the gradient is capped at ±δ instead of ±1. Think of δ as the size of error you still trust: smaller errors are treated as ordinary Gaussian noise, larger ones as possible outliers whose pull is limited. The class arrived in PyTorch 1.9, after the course notes were written, and is best read side by side with SmoothL1Loss.",
    zh: 'HuberLoss 是稳健统计中 MSE 与 L1 的折中：误差小于 δ 时按平方计，超过 δ 后按线性计。与 SmoothL1Loss 不同，它的二次段不除以 δ，所以在目标附近恰好是平方误差的一半，而远处的梯度被限制在 ±δ，而不是 ±1。可以把 δ 理解为“仍然信得过的误差大小”：比它小的误差当作普通的高斯噪声，比它大的当作可能的离群点，限制其拉力。这个类在 PyTorch 1.9 才加入，比课程笔记新，最好与 SmoothL1Loss 对照着看。',
  },
  pitfalls: [
    {
      en: 'HuberLoss(delta=δ) equals δ × SmoothL1Loss(beta=δ). Swapping one for the other with the same learning rate silently scales every step by δ.',
      zh: 'HuberLoss(delta=δ) 等于 δ × SmoothL1Loss(beta=δ)。学习率不变而在两者之间切换，相当于悄悄把每一步的步长乘以 δ。',
    },
    {
      en: 'δ must be positive: PyTorch rejects delta ≤ 0 ("huber_loss does not support non-positive values for delta"). For pure L1 behaviour use L1Loss instead.',
      zh: 'δ 必须为正：delta ≤ 0 会被 PyTorch 拒绝（“huber_loss does not support non-positive values for delta”）。想要纯 L1 的效果，请直接用 L1Loss。',
    },
    {
      en: 'Pick δ on the scale of your targets. After standardising them, δ ≈ 1 is a sensible start; on raw prices in yuan, δ = 1 makes nearly every error "an outlier" and the loss behaves like a scaled L1.',
      zh: 'δ 要按目标的量级来选。目标标准化之后，δ ≈ 1 是合理的起点；若直接用以元为单位的原始价格，δ = 1 会让几乎所有误差都算作“离群点”，损失就成了缩放后的 L1。',
    },
  ],
  example,
};

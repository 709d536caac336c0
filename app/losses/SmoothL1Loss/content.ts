import type { LossContent } from '../types.ts';
import { example } from './example.ts';

export const content: LossContent = {
  formula: String.raw`\ell_n = \begin{cases} 0.5\,(x_n - y_n)^2 / \beta, & \text{if } |x_n - y_n| < \beta \\ |x_n - y_n| - 0.5\,\beta, & \text{otherwise} \end{cases}`,
  explanation: {
    en: 'SmoothL1Loss is L1Loss with the sharp corner at zero rounded off. Within β of the target it is a scaled squared error, so the gradient (x − y)/β fades smoothly to zero as the prediction arrives; beyond β it is L1, so the gradient is capped at ±1 and an outlier cannot pull any harder. That combination made it the classic loss for bounding-box regression in object detectors. Some notes write the break points as 1 and 0.5: that is just the default β = 1, and PyTorch now lets you choose β.',
    zh: 'SmoothL1Loss 可以看作把 L1Loss 在零点的尖角磨圆了。误差小于 β 时，它是缩放过的平方误差，梯度 (x − y)/β 随着预测逼近目标平滑地降到 0；误差超过 β 后，它就是 L1，梯度封顶在 ±1，离群点再远也拉不动更多。正因为兼顾了两者，它成了目标检测中边界框回归的经典损失函数。有的笔记把分段点写死成 1 和 0.5，那只是默认 β = 1 的情形，现在的 PyTorch 允许自己设定 β。',
  },
  pitfalls: [
    {
      en: 'A smaller β does not make the loss gently "more L1": the quadratic part 0.5(x − y)²/β gets steeper, with curvature 1/β. At β = 0 the value is exactly L1Loss; only at x = y does the gradient differ (−1 from SmoothL1Loss’s backward, 0 from L1Loss’s).',
      zh: 'β 变小并不是温和地“更像 L1”：二次段 0.5(x − y)²/β 会变得更陡，曲率为 1/β。β = 0 时损失值与 L1Loss 完全相同，只有在 x = y 处梯度不同（SmoothL1Loss 的反向传播给出 −1，L1Loss 给出 0）。',
    },
    {
      en: 'SmoothL1Loss and HuberLoss are not the same loss under two names: SmoothL1 = Huber / β. They agree only when β = δ = 1; otherwise the slope of the linear part differs (1 versus δ).',
      zh: 'SmoothL1Loss 和 HuberLoss 并不是同一个损失的两个名字：SmoothL1 = Huber / β。只有 β = δ = 1 时两者相同，否则线性段的斜率不同（一个是 1，一个是 δ）。',
    },
    {
      en: 'β is measured in the units of the target. If box coordinates are in pixels, β = 1 means one pixel, almost every error lands in the linear part, and you are effectively training with L1.',
      zh: 'β 的单位与目标相同。若边界框坐标以像素计，β = 1 就是 1 个像素，几乎所有误差都落在线性段，实际上等于在用 L1 训练。',
    },
  ],
  example,
};

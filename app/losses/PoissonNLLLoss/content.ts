import type { LossContent } from '../types.ts';
import { example } from './example.ts';

export const content: LossContent = {
  formula: String.raw`\begin{aligned} \ell_n &= \begin{cases} e^{x_n} - y_n\, x_n, & \text{log\_input} = \text{True} \\ x_n - y_n \log(x_n + \epsilon), & \text{log\_input} = \text{False} \end{cases} \\ &\quad + \underbrace{\Bigl[\, y_n \log y_n - y_n + \tfrac{1}{2}\log(2\pi y_n) \Bigr]_{y_n > 1}}_{\text{only if full}} \end{aligned}`,
  explanation: {
    en: 'PoissonNLLLoss fits counts: the target y is a number of events (clicks, photons, arrivals) and the model predicts the rate λ of a Poisson distribution. With log_input=True, the default, the input is log λ and the loss is e^x − y·x: the exponential term pushes the rate down, the −y·x term pulls it up, and they balance exactly where e^x = y. Some notes print this as "exp(input) target * input", having lost the minus sign; that sign is what puts the optimum at λ = y. full=True adds Stirling\'s approximation of log(y!), a constant that changes the value of the loss but not its gradient.',
    zh: 'PoissonNLLLoss 用于拟合计数：目标 y 是事件发生的次数（点击数、光子数、到达人数……），模型预测泊松分布的速率 λ。默认 log_input=True 时，输入是 log λ，损失为 e^x − y·x：指数项把速率往下压，−y·x 项把它往上拉，两者恰好在 e^x = y 处平衡。有的笔记把它印成了“exp(input) target * input”，中间丢了减号；正是这个减号让最优点落在 λ = y。full=True 会再加上 log(y!) 的 Stirling 近似，它是常数，只改变损失的数值，不影响梯度。',
  },
  pitfalls: [
    {
      en: 'With log_input=True the input is a log-rate. Feeding the rate λ itself means the model is really predicting e^λ; either pass log λ or set log_input=False.',
      zh: 'log_input=True 时输入是对数速率。若直接传入速率 λ，模型实际预测的就成了 e^λ；要么传 log λ，要么设 log_input=False。',
    },
    {
      en: 'With log_input=False the input must be a positive rate. eps (default 1e-8) only guards against log(0); a negative rate still gives log of a negative number, which is NaN.',
      zh: 'log_input=False 时输入必须是正的速率。eps（默认 1e-8）只防止 log(0)；负的速率照样会对负数取对数，结果是 NaN。',
    },
    {
      en: 'A negative loss is normal. Without the log(y!) constant, the optimum for y = 5 is 5 − 5·log 5 ≈ −3.05; only differences in the loss matter.',
      zh: '损失为负是正常的。不加 log(y!) 常数时，y = 5 的最优损失是 5 − 5·log 5 ≈ −3.05；有意义的只是损失的相对变化。',
    },
  ],
  example,
};

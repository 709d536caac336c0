import type { LossContent } from '../types.ts';
import { example } from './example.ts';

export const content: LossContent = {
  formula: String.raw`\ell_n = \frac{1}{2}\left( \log\bigl(\max(\text{var}_n, \epsilon)\bigr) + \frac{(x_n - y_n)^2}{\max(\text{var}_n, \epsilon)} \right) \;+\; \underbrace{\tfrac{1}{2}\log(2\pi)}_{\text{only if full}}`,
  explanation: {
    en: 'GaussianNLLLoss lets a regression model say how sure it is. Besides the mean x it predicts a variance var, and the loss is the negative log-likelihood of y under the normal distribution N(x, var). The two terms pull against each other: the squared error is divided by var, so a large variance excuses a large error, but the ½·log var term charges for every bit of uncertainty the model claims. For a fixed error the best variance is exactly (x − y)², so the model learns to report its own typical error. The class arrived in PyTorch 1.9, after the course notes.',
    zh: 'GaussianNLLLoss 让回归模型能说出“自己有多确定”。模型除了预测均值 x，还预测方差 var，损失就是 y 在正态分布 N(x, var) 下的负对数似然。两项相互牵制：平方误差要除以 var，方差大就能“原谅”大误差；但 ½·log var 这一项会为模型声称的每一分不确定性收费。误差固定时，最优方差恰好是 (x − y)²，于是模型学会报告自己的典型误差。这个类在 PyTorch 1.9 才加入，比课程笔记新。',
  },
  pitfalls: [
    {
      en: 'var is a variance σ², not a standard deviation, and must be non-negative: a negative entry raises "var has negative entry/entries". Produce it with softplus or exp of a network output.',
      zh: 'var 是方差 σ²，不是标准差，而且不能为负：出现负值会报错“var has negative entry/entries”。通常用 softplus 或 exp 作用在网络输出上来得到它。',
    },
    {
      en: 'var may match the input, or drop the last dimension (or have it equal to 1) to share one variance across all features. Any other shape raises "var is of incorrect size".',
      zh: 'var 的形状可以与输入相同，也可以去掉最后一维（或让最后一维为 1），表示所有特征共享一个方差。其他形状会报错“var is of incorrect size”。',
    },
    {
      en: 'The loss is negative whenever the variance is small and the fit is good: it is a density, not a probability. A negative value is not a bug.',
      zh: '方差小且拟合得好时，损失就是负的：这里用的是概率密度而不是概率。负值并不是 bug。',
    },
  ],
  // Two features per sample, so that var can be per prediction (3, 2) or per sample (3, 1).
  example,
};

import type { Language } from '../../i18n/language.ts';

const en = {
  drive: (where: string) => `Element ${where}: its mean and its variance`,
  driveDoc:
    'Move the prediction and the variance of the highlighted element (click a cell to pick another one) and watch both curves.',
  mean: (where: string) => `mean input${where}`,
  meanDoc: 'The predicted mean x of this element.',
  variance: (where: string) => `variance var${where}`,
  varianceDoc: (shared: boolean): string =>
    shared
      ? 'The predicted variance of this sample, shared by all its features (homoscedastic).'
      : 'The predicted variance of this one prediction (heteroscedastic).',
  lossVsX: 'Loss against the predicted mean x (y and var fixed)',
  gradVsX: 'Its gradient ∂ℓₙ/∂x = (x − y) / var',
  lossVsVar: 'Loss against the predicted variance (x and y fixed)',
  gradVsVar: 'Its gradient ∂ℓₙ/∂var',
  xAxis: 'input x: the predicted mean',
  varAxis: 'var: the predicted variance σ²',
  lossAxis: 'ℓₙ',
  minX: (y: string) => `minimum at x = y = ${y}`,
  minVar: (v: string) => `minimum at var = (x − y)² = ${v}`,
  minVarClamped: (v: string) => `(x − y)² = ${v} < eps: flat minimum for var ≤ eps`,
  zeroX: (y: string) => `∂ℓ/∂x = 0 at x = y = ${y}`,
  zeroVar: (v: string) => `∂ℓ/∂var = 0 at var = (x − y)² = ${v}`,
  clamped: 'var < eps: clamped to eps',
  point: (v: string) => `this element: ${v}`,
  summaryX: (x: string, y: string, v: string, l: string) =>
    `Parabola of the loss against the mean, lowest at x = y = ${y}. This element: x = ${x}, var = ${v}, loss ${l}.`,
  summaryGradX: (y: string, g: string) =>
    `The gradient against the mean: a straight line through 0 at x = y = ${y}, steeper for a smaller variance. This element: ${g}.`,
  summaryVar: (best: string, v: string, l: string) =>
    `Loss against the variance, lowest at var = (x − y)² = ${best}. This element: var = ${v}, loss ${l}.`,
  summaryGradVar: (best: string, g: string) =>
    `The gradient against the variance: negative below (x − y)² = ${best}, positive above. This element: ${g}.`,
  shapeName: 'var shape',
  shapeDoc:
    'Heteroscedastic: one variance per prediction, var shaped like input, so the model can be unsure of one feature and sure of another. Homoscedastic per sample: one variance shared by all features of a sample, var of shape (N, 1) or (N,); PyTorch broadcasts it along the last dimension. Switching copies the first feature’s variance into the shared one, or repeats the shared one over the features.',
  shapeSame: 'same as input',
  shapePerSample: 'one per sample',
  negativeVar:
    'A variance cannot be negative: var is σ², not σ. Make the network produce it with softplus or exp so it is always ≥ 0 (0 itself is allowed: it is clamped to eps).',
  varSize:
    'var must be shaped like input, or like input without its last dimension, or with that dimension set to 1 (one shared variance per sample). Other shapes are refused even when they would broadcast.',
};

export type GaussianStrings = typeof en;

const zh: GaussianStrings = {
  drive: (where: string) => `元素 ${where}：它的均值与方差`,
  driveDoc:
    '调节当前高亮元素的预测值与方差（点击某个单元格可换成别的元素），观察两条曲线如何变化。',
  mean: (where: string) => `均值 input${where}`,
  meanDoc: '这个元素的预测均值 x。',
  variance: (where: string) => `方差 var${where}`,
  varianceDoc: (shared: boolean): string =>
    shared
      ? '这个样本的预测方差，由它的所有特征共享（同方差）。'
      : '这一个预测值自己的预测方差（异方差）。',
  lossVsX: '损失随预测均值 x 的变化（y 与 var 固定）',
  gradVsX: '它的梯度 ∂ℓₙ/∂x = (x − y) / var',
  lossVsVar: '损失随预测方差的变化（x 与 y 固定）',
  gradVsVar: '它的梯度 ∂ℓₙ/∂var',
  xAxis: 'input x：预测的均值',
  varAxis: 'var：预测的方差 σ²',
  lossAxis: 'ℓₙ',
  minX: (y: string) => `最小值在 x = y = ${y}`,
  minVar: (v: string) => `最小值在 var = (x − y)² = ${v}`,
  minVarClamped: (v: string) => `(x − y)² = ${v} < eps：var ≤ eps 时都是最小值`,
  zeroX: (y: string) => `∂ℓ/∂x 在 x = y = ${y} 处为 0`,
  zeroVar: (v: string) => `∂ℓ/∂var 在 var = (x − y)² = ${v} 处为 0`,
  clamped: 'var < eps：被截断为 eps',
  point: (v: string) => `当前元素：${v}`,
  summaryX: (x: string, y: string, v: string, l: string) =>
    `损失随均值变化的抛物线，在 x = y = ${y} 处最低。当前元素：x = ${x}，var = ${v}，损失 ${l}。`,
  summaryGradX: (y: string, g: string) =>
    `梯度随均值的变化：一条在 x = y = ${y} 处穿过 0 的直线，方差越小越陡。当前元素：${g}。`,
  summaryVar: (best: string, v: string, l: string) =>
    `损失随方差的变化，在 var = (x − y)² = ${best} 处最低。当前元素：var = ${v}，损失 ${l}。`,
  summaryGradVar: (best: string, g: string) =>
    `梯度随方差的变化：在 (x − y)² = ${best} 以下为负，以上为正。当前元素：${g}。`,
  shapeName: 'var 的形状',
  shapeDoc:
    '异方差：每个预测值一个方差，var 与 input 形状相同，模型可以对某个特征没把握、对另一个很有把握。按样本同方差：一个样本的所有特征共享一个方差，var 的形状为 (N, 1) 或 (N,)，PyTorch 会沿最后一维广播。切换时，会把第一个特征的方差作为共享方差，或把共享方差复制到每个特征上。',
  shapeSame: '与 input 相同',
  shapePerSample: '每个样本一个',
  negativeVar:
    '方差不能为负：var 是 σ²，不是 σ。让网络用 softplus 或 exp 输出它，就能保证 ≥ 0（0 是允许的，会被截断为 eps）。',
  varSize:
    'var 的形状必须与 input 相同，或去掉 input 的最后一维，或把这一维设为 1（每个样本共享一个方差）。其他形状即使能广播也会被拒绝。',
};

export const GAUSSIAN_STRINGS: Record<Language, GaussianStrings> = { en, zh };

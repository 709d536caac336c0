import type { Language } from '../../i18n/language.ts';

const en = {
  lossPlot: 'Loss for one element, target y as a parameter',
  gradPlot: 'Its gradient ∂ℓₙ/∂xₙ (per element, before reduction)',
  xProbability: 'input x: the predicted probability that y = 1',
  xLogit: 'input x: the logit (raw score); σ(x) is the probability',
  lossAxis: 'ℓₙ',
  gradAxis: '∂ℓₙ / ∂xₙ',
  target: (y: string) => `target y = ${y}`,
  element: (i: number, y: string, v: string) => `element ${i} (y = ${y}): ${v}`,
  curvesUse: (i: number, w: string | null, p: string | null) =>
    `Curves drawn with the weights of element ${i}: ${[
      w === null ? null : `weight ${w}`,
      p === null ? null : `pos_weight ${p}`,
    ]
      .filter(Boolean)
      .join(', ')}. Dots of elements with other weights sit on their own, rescaled curves.`,
  lossSummary: (name: string, value: string) =>
    `${name} for target 0 and target 1 against the input, with a dot per example element. Current result: ${value}.`,
  gradSummary: (name: string, values: string) =>
    `Gradient of ${name} against the input, for target 0 and 1. Per-element gradients: ${values}.`,
  notProbability: (where: string, value: string) =>
    `${where} = ${value} is not a probability. BCELoss reads every input as the probability that the target is 1, so each must lie between 0 and 1. If these numbers are raw scores (logits), use BCEWithLogitsLoss, or apply torch.sigmoid first.`,
  shapeMismatch:
    'input and target must have exactly the same shape: every prediction needs its own label, and these losses do not broadcast one onto the other.',
  weightShape: (kw: string) =>
    `${kw} must broadcast onto input without making it bigger: give one value per element, one per class (the last dimension), or a single value.`,
};

export type BinaryStrings = typeof en;

const zh: BinaryStrings = {
  lossPlot: '单个元素的损失，以目标 y 为参数',
  gradPlot: '它的梯度 ∂ℓₙ/∂xₙ（逐元素，汇总之前）',
  xProbability: 'input x：预测 y = 1 的概率',
  xLogit: 'input x：logit（原始分数），σ(x) 才是概率',
  lossAxis: 'ℓₙ',
  gradAxis: '∂ℓₙ / ∂xₙ',
  target: (y: string) => `目标 y = ${y}`,
  element: (i: number, y: string, v: string) => `元素 ${i}（y = ${y}）：${v}`,
  curvesUse: (i: number, w: string | null, p: string | null) =>
    `曲线按元素 ${i} 的权重绘制：${[
      w === null ? null : `weight ${w}`,
      p === null ? null : `pos_weight ${p}`,
    ]
      .filter(Boolean)
      .join('，')}。权重不同的元素，其圆点落在各自缩放后的曲线上。`,
  lossSummary: (name: string, value: string) =>
    `${name} 在目标为 0 和 1 时随输入变化的曲线，每个示例元素一个圆点。当前结果：${value}。`,
  gradSummary: (name: string, values: string) =>
    `${name} 的梯度随输入变化的曲线，目标为 0 和 1。逐元素梯度：${values}。`,
  notProbability: (where: string, value: string) =>
    `${where} = ${value} 不是概率。BCELoss 把每个输入都当作“目标为 1 的概率”，所以它们必须在 0 到 1 之间。如果这些数是原始分数（logits），请改用 BCEWithLogitsLoss，或先做 torch.sigmoid。`,
  shapeMismatch:
    'input 和 target 的形状必须完全相同：每个预测都需要自己的标签，这两个损失函数不会把一个广播到另一个上。',
  weightShape: (kw: string) =>
    `${kw} 必须能广播到 input 上且不让它变大：每个元素一个值、每个类别（最后一维）一个值，或只给一个值。`,
};

export const BINARY_STRINGS: Record<Language, BinaryStrings> = { en, zh };

import type { Bilingual } from '../../../src/index.ts';

/** The MultiLabelSoftMarginLoss panel's own words, in both languages. */
export const MS = {
  logitsTitle: (n: number): Bilingual => ({
    en: `Logits x of sample ${n}: drag a bar, or focus it and use the arrow keys`,
    zh: `样本 ${n} 的 logits x：拖动柱子，或选中后用方向键调整`,
  }),
  termsTitle: (n: number): Bilingual => ({
    en: `Per-class terms of sample ${n}: w[c] · logistic loss of class c`,
    zh: `样本 ${n} 的逐类别项：w[c] · 类别 c 的逻辑损失`,
  }),
  termsSummary: (list: string, classes: number, loss: string): Bilingual => ({
    en: `Per-class terms: ${list}. Their mean over the C = ${classes} classes is the sample's loss, ${loss}.`,
    zh: `逐类别项：${list}。它们在 C = ${classes} 个类别上的平均就是该样本的损失 ${loss}。`,
  }),
  curvesTitle: {
    en: 'Each class on its own: the logistic loss of one logit, for y = 1 and y = 0',
    zh: '每个类别各自独立：单个 logit 的逻辑损失，分别对应 y = 1 和 y = 0',
  },
  curvesSummary: (points: string): Bilingual => ({
    en: `For y = 1 the loss is log(1 + e^(−x)), falling as x grows; for y = 0 it is log(1 + e^x), rising. Unweighted terms of the shown sample: ${points}`,
    zh: `y = 1 时损失为 log(1 + e^(−x))，随 x 增大而下降；y = 0 时为 log(1 + e^x)，随 x 增大而上升。所示样本各类别的未加权项：${points}`,
  }),
  curveName: (y: number): Bilingual => ({
    en: y === 1 ? 'y = 1: class present' : 'y = 0: class absent',
    zh: y === 1 ? 'y = 1：类别存在' : 'y = 0：类别不存在',
  }),
  logit: { en: 'logit x', zh: 'logit x' },
  softNote: {
    en: 'Some targets of this sample are neither 0 nor 1 (soft labels): their classes are not on either curve, and clicking one sets it to 1.',
    zh: '这个样本的部分目标既不是 0 也不是 1（软标签）：这些类别不在任何一条曲线上，点击后会设为 1。',
  },
  notSplit: {
    en: 'The per-class view needs a target shaped like the input and a weight of shape (C); PyTorch also broadcasts other shapes, and the result above is still exact.',
    zh: '逐类别视图要求 target 与 input 形状相同、weight 形状为 (C)；PyTorch 也会广播其他形状，上面的结果依然精确。',
  },
  division: (classes: number): Bilingual => ({
    en: `The per-class terms are averaged over the C = ${classes} classes inside the loss, so reduction='none' gives one number per sample, not one per class.`,
    zh: `逐类别项在损失内部对 C = ${classes} 个类别取平均，所以 reduction='none' 给出的是每个样本一个数，而不是每个类别一个数。`,
  }),
} as const;

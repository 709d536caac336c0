import type { Bilingual } from '../../../src/index.ts';

/** The CrossEntropyLoss panel's own strings. */
export const CE_TEXT = {
  targetKind: { en: 'Target given as', zh: '目标的形式' },
  classIndex: { en: 'class index', zh: '类别索引' },
  probabilities: { en: 'class probabilities', zh: '类别概率' },
  targetKindDoc: {
    en: 'PyTorch tells the two apart by shape: a target shaped exactly like the input holds a probability for every class; otherwise it holds one class index per sample.',
    zh: 'PyTorch 按形状区分两者：与 input 形状完全相同的目标给出每个类别的概率；否则每个样本给一个类别索引。',
  },
  logitsTitle: (n: number): Bilingual => ({
    en: `Logits x of sample ${n}: drag a bar, or focus it and use the arrow keys`,
    zh: `样本 ${n} 的 logits x：拖动柱子，或选中后用方向键调整`,
  }),
  logitsSummary: (values: string, target: string): Bilingual => ({
    en: `Logits: ${values}. Target: ${target}.`,
    zh: `logits：${values}。目标：${target}。`,
  }),
  probsTitle: {
    en: 'softmax(x): the probabilities the model predicts',
    zh: 'softmax(x)：模型预测的概率',
  },
  probsLegend: { en: 'softmax(x)', zh: 'softmax(x)' },
  probsSummary: (values: string): Bilingual => ({
    en: `softmax probabilities: ${values}.`,
    zh: `softmax 概率：${values}。`,
  }),
  targetOverlay: { en: 'target distribution (dashed)', zh: '目标分布（虚线框）' },
  smoothedOverlay: {
    en: 'target after label smoothing (dashed)',
    zh: '标签平滑后的目标（虚线框）',
  },
  targetProbsTitle: (n: number): Bilingual => ({
    en: `Target probabilities of sample ${n}: drag one bar and the others rescale to keep the sum 1`,
    zh: `样本 ${n} 的目标概率：拖动一根柱子，其余按比例调整，总和保持为 1`,
  }),
  stepsTitle: {
    en: 'Step by step: LogSoftmax, then NLLLoss',
    zh: '分步计算：先 LogSoftmax，再 NLLLoss',
  },
  step1: {
    en: 'LogSumExp: the log of softmax’s denominator, computed stably by PyTorch.',
    zh: 'LogSumExp：softmax 分母的对数，PyTorch 用数值稳定的方式计算。',
  },
  step2: {
    en: 'LogSoftmax: subtract it from every logit to get log-probabilities (exp gives p, which sums to 1).',
    zh: 'LogSoftmax：每个 logit 减去它，得到对数概率（取 exp 即得 p，总和为 1）。',
  },
  step3Class: {
    en: 'NLLLoss: minus the log-probability of the target class, times its weight.',
    zh: 'NLLLoss：取目标类别对数概率的相反数，再乘以该类别的权重。',
  },
  step3Smooth: {
    en: 'NLLLoss with label smoothing: most of the loss on the target class, ε spread evenly over all C classes.',
    zh: '带标签平滑的 NLLLoss：大部分损失来自目标类别，另有 ε 平均分给全部 C 个类别。',
  },
  step3Probs: {
    en: 'With probability targets: the cross-entropy −Σ q log p between the target q and the prediction p.',
    zh: '目标为概率时：目标 q 与预测 p 之间的交叉熵 −Σ q log p。',
  },
  step3Ignored: {
    en: 'This sample’s target equals ignore_index: its loss is 0, it gets no gradient, and the mean does not count it.',
    zh: '这个样本的目标等于 ignore_index：损失为 0，没有梯度，求平均时也不计入。',
  },
  stepReduction: { en: 'Reduction over the batch', zh: '对整个 batch 汇总' },
  curveTitle: (k: number): Bilingual => ({
    en: `Loss of this sample as its logit x[${k}] of class ${k} moves`,
    zh: `该样本的损失随类别 ${k} 的 logit x[${k}] 变化`,
  }),
  gradTitle: (k: number): Bilingual => ({
    en: `Its gradient ∂ℓ/∂x[${k}] (p − q at class ${k} when unweighted): it fades as the model grows confident`,
    zh: `梯度 ∂ℓ/∂x[${k}]（无权重时为类别 ${k} 的 p − q）：模型越有把握，梯度越小`,
  }),
  curveX: (k: number): Bilingual => ({ en: `logit x[${k}]`, zh: `logit x[${k}]` }),
  curveSummary: (k: number, x: string, loss: string, grad: string): Bilingual => ({
    en: `Loss of the shown sample against its class-${k} logit. At the current x[${k}] = ${x}: loss ${loss}, gradient ${grad}.`,
    zh: `所示样本的损失随类别 ${k} 的 logit 变化。当前 x[${k}] = ${x}：损失 ${loss}，梯度 ${grad}。`,
  }),
} as const;

import type { Bilingual } from '../../../src/index.ts';

/** The MultiMarginLoss panel's own words, in both languages. */
export const MM = {
  scoresTitle: (n: number): Bilingual => ({
    en: `Scores x of sample ${n}: drag a bar, or focus it and use the arrow keys`,
    zh: `样本 ${n} 的得分 x：拖动柱子，或选中后用方向键调整`,
  }),
  guide: { en: 'x[y] − margin', zh: 'x[y] − margin' },
  scoresNote: (line: string): Bilingual => ({
    en: `Dashed line at x[y] − margin = ${line}: every rival whose bar reaches above it pays.`,
    zh: `虚线位于 x[y] − margin = ${line}：柱子高过它的竞争类别都要付出代价。`,
  }),
  termsTitle: (n: number): Bilingual => ({
    en: `Hinge terms of sample ${n}, one per rival class i: w[y] · max(0, margin − x[y] + x[i])^p`,
    zh: `样本 ${n} 的合页项，每个竞争类别 i 一项：w[y] · max(0, margin − x[y] + x[i])^p`,
  }),
  leftOut: { en: '▲ y: left out', zh: '▲ y：不计入' },
  termsSummary: (list: string, classes: number, loss: string): Bilingual => ({
    en: `Hinge terms: ${list}. Their sum divided by C = ${classes} is the sample's loss, ${loss}.`,
    zh: `合页项：${list}。它们的和除以 C = ${classes}，就是该样本的损失 ${loss}。`,
  }),
  gradTitle: (n: number): Bilingual => ({
    en: `∂L/∂x of sample ${n}: gradient descent raises x[y] and lowers every rival that pays`,
    zh: `样本 ${n} 的 ∂L/∂x：梯度下降抬高 x[y]，压低每个付出代价的竞争类别`,
  }),
  division: (classes: number): Bilingual => ({
    en: `The sum is divided by C = ${classes}, the number of classes, the target's own included: not by C − 1 = ${classes - 1}, and not by the batch size.`,
    zh: `求和后除以 C = ${classes}，即类别总数（包括目标类别本身）：不是除以 C − 1 = ${classes - 1}，也不是除以 batch 大小。`,
  }),
  weightUsed: (y: number, w: string): Bilingual => ({
    en: `weight[y] = weight[${y}] = ${w} scales this whole sample. The other entries of weight play no part in it: they only matter for samples whose target is their class.`,
    zh: `weight[y] = weight[${y}] = ${w}，缩放的是整个样本。weight 的其他分量对这个样本毫无作用：它们只作用于目标恰为相应类别的样本。`,
  }),
  targetDoc: (n: number): Bilingual => ({
    en: `The target class y of sample ${n}: the one class that must lead all others by margin.`,
    zh: `样本 ${n} 的目标类别 y：唯一一个要领先其他所有类别 margin 的类别。`,
  }),
  pDoc: {
    en: 'The exponent of every hinge term. PyTorch accepts only 1 (linear hinge) and 2 (squared hinge, smooth at the kink).',
    zh: '每个合页项的指数。PyTorch 只接受 1（线性合页）和 2（平方合页，在拐点处光滑）。',
  },
  curveTitle: (y: number): Bilingual => ({
    en: `Loss of this sample as its target score x[${y}] moves`,
    zh: `该样本的损失随目标得分 x[${y}] 的变化`,
  }),
  curveX: (y: number): Bilingual => ({ en: `target score x[${y}]`, zh: `目标得分 x[${y}]` }),
  curveSummary: (y: number, x: string, loss: string, zero: string): Bilingual => ({
    en: `The loss falls as x[${y}] grows and is 0 from x[${y}] = ${zero} on (the largest rival plus margin). Now x[${y}] = ${x}, loss ${loss}.`,
    zh: `损失随 x[${y}] 增大而下降，从 x[${y}] = ${zero}（最大的竞争得分加 margin）起为 0。当前 x[${y}] = ${x}，损失 ${loss}。`,
  }),
  zeroFrom: { en: 'ℓ = 0 from here', zh: '从这里起 ℓ = 0' },
} as const;

import type { Bilingual } from '../../../src/index.ts';

/** The MultiLabelMarginLoss panel's own words, in both languages. */
export const MLM = {
  scoresTitle: (n: number): Bilingual => ({
    en: `Scores x of sample ${n}: drag a bar, or focus it and use the arrow keys`,
    zh: `样本 ${n} 的得分 x：拖动柱子，或选中后用方向键调整`,
  }),
  guide: { en: 'min x[target] − 1', zh: 'min x[目标] − 1' },
  scoresNote: (line: string): Bilingual => ({
    en: `Dashed line at the weakest target's score minus 1, ${line}: a non-target class reaching above it pays.`,
    zh: `虚线位于最弱目标类别的得分减 1，即 ${line}：高过它的非目标类别要付出代价。`,
  }),
  matrixTitle: {
    en: 'One hinge per (target, non-target) pair',
    zh: '每对（目标，非目标）一个合页项',
  },
  matrixCaption: {
    en: 'Cell = max(0, 1 − (x[j] − x[i])): how far target j falls short of beating class i by 1. Rows follow the index list, so a class listed twice has two rows.',
    zh: '单元格 = max(0, 1 − (x[j] − x[i]))：目标 j 距离以 1 的差距胜过类别 i 还差多少。行按索引列表排列，所以重复列出的类别会占两行。',
  },
  corner: { en: 'target j \\ other i', zh: '目标 j \\ 其他 i' },
  rowHead: (k: number, j: number): Bilingual => ({
    en: `y${sub(k)} = ${j}`,
    zh: `y${sub(k)} = ${j}`,
  }),
  colHead: (i: number): Bilingual => ({ en: `i = ${i}`, zh: `i = ${i}` }),
  total: (sum: string, classes: number, loss: string): Bilingual => ({
    en: `Σ = ${sum}; ℓ = Σ / C = ${sum} / ${classes} = ${loss}`,
    zh: `Σ = ${sum}；ℓ = Σ / C = ${sum} / ${classes} = ${loss}`,
  }),
  noTargets: {
    en: 'The index list starts with −1: no target classes, no pairs, so the loss is 0.',
    zh: '索引列表以 −1 开头：没有目标类别，也就没有任何一对，损失为 0。',
  },
  noOthers: {
    en: 'Every class is a target: there is no class to beat, so the loss is 0.',
    zh: '每个类别都是目标：没有需要胜过的类别，损失为 0。',
  },
  division: (classes: number): Bilingual => ({
    en: `The sum over the pairs is divided by C = ${classes}, the number of classes, not by the number of pairs.`,
    zh: `所有对的合页项之和除以 C = ${classes}（类别数），而不是除以对的数目。`,
  }),
} as const;

const SUBSCRIPTS = '₀₁₂₃₄₅₆₇₈₉';

/** A small index written as Unicode subscripts: 12 → ₁₂. */
export function sub(k: number): string {
  return String(k).replace(/\d/g, (d) => SUBSCRIPTS[Number(d)] ?? d);
}

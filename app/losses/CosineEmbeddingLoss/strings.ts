import type { Bilingual } from '../../../src/index.ts';

const sign = (y: number) => (y === 1 ? '1' : y === -1 ? '−1' : String(y).replace('-', '−'));

/** The CosineEmbeddingLoss panel's own words, in both languages. */
export const C = {
  title: { en: 'Two vectors, one angle', zh: '两个向量，一个夹角' },
  intro: {
    en: 'Drag the tips of x₁ and x₂. Only the angle θ between them matters: stretch a vector and nothing changes. The shading shows what the loss would be if x₂ pointed there, and the arrows at the tips show where gradient descent pushes each vector: always sideways, never along it.',
    zh: '拖动 x₁ 和 x₂ 的端点。只有两者的夹角 θ 起作用：把向量拉长或缩短，结果都不变。底色表示如果 x₂ 指向那里，损失会是多少；端点处的箭头表示梯度下降推动各个向量的方向：总是横向的，从不沿着向量本身。',
  },
  pairShown: { en: 'Pair shown', zh: '显示哪一对' },
  pairName: (n: number, y: number): Bilingual => ({
    en: `pair ${n} (y = ${sign(y)})`,
    zh: `第 ${n} 对（y = ${sign(y)}）`,
  }),
  tip: (which: 1 | 2, n: number): Bilingual => ({
    en: `x${which === 1 ? '₁' : '₂'} of pair ${n}`,
    zh: `第 ${n} 对的 x${which === 1 ? '₁' : '₂'}`,
  }),
  planeTitle: (n: number, y: number): Bilingual => ({
    en: `Pair ${n} in the plane (y = ${sign(y)})`,
    zh: `第 ${n} 对在平面上（y = ${sign(y)}）`,
  }),
  planeSummary: (cos: string, deg: string, loss: string, margin: string, y: number): Bilingual => ({
    en: `Vectors x₁ and x₂ at an angle of ${deg} degrees, cosine ${cos}, label ${sign(y)}, margin ${margin}: loss ${loss}. Shading: the loss for every direction of x₂.`,
    zh: `向量 x₁ 与 x₂ 的夹角为 ${deg} 度，余弦 ${cos}，标签 ${sign(y)}，margin 为 ${margin}：损失 ${loss}。底色：x₂ 指向各个方向时的损失。`,
  }),
  marginRay: {
    en: 'the directions where cos θ = margin: inside them y = −1 pays',
    zh: 'cos θ = margin 的两个方向：夹在中间时 y = −1 要付代价',
  },
  alongX1: {
    en: 'the only direction with ℓ = 0 for y = 1: along x₁',
    zh: 'y = 1 时唯一 ℓ = 0 的方向：沿着 x₁',
  },
  curveTitle: { en: 'Loss against cos θ', zh: '损失随 cos θ 的变化' },
  cosAxis: { en: 'cos θ (cosine similarity)', zh: 'cos θ（余弦相似度）' },
  curveSummary: (margin: string, points: string): Bilingual => ({
    en: `For y = 1 the loss is 1 − cos θ; for y = −1 it is max(0, cos θ − margin) with margin ${margin}. ${points}`,
    zh: `y = 1 时损失为 1 − cos θ；y = −1 时为 max(0, cos θ − margin)，margin 为 ${margin}。${points}`,
  }),
  pays: { en: 'y = −1 pays', zh: 'y = −1 付代价' },
  colon: { en: ': ', zh: '：' },
  legendShading: {
    en: 'shading: loss if x₂ pointed here, darker = larger',
    zh: '底色：若 x₂ 指向此处的损失，越深越大',
  },
  legendArrow: {
    en: '−gradient: where gradient descent pushes each tip',
    zh: '负梯度：梯度下降推动各端点的方向',
  },
  notTwoD: (d: number): Bilingual => ({
    en: `The picture needs 2-D vectors; these have ${d} components. The numbers above still hold.`,
    zh: `图示需要二维向量，而这里的向量有 ${d} 个分量。上面的数值依然成立。`,
  }),
  otherLabel: {
    en: 'This pair’s label is neither 1 nor −1, so PyTorch gives it loss 0 without complaint.',
    zh: '这一对的标签既不是 1 也不是 −1，PyTorch 会直接给它 0 损失，且不报错。',
  },
} as const;

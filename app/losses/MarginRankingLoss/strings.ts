import type { Bilingual } from '../../../src/index.ts';

/** The MarginRankingLoss panel's own words, in both languages. */
export const S = {
  planesTitle: {
    en: 'The loss over the (x₁, x₂) plane',
    zh: '(x₁, x₂) 平面上的损失',
  },
  planesIntro: {
    en: 'Each pair is a point (x₁, x₂) on the plane of its label. Shading is the loss there: it depends only on x₁ − x₂, so it is constant along every diagonal. The arrow on a point shows where gradient descent would move it.',
    zh: '每一对样本是其标签所在平面上的一个点 (x₁, x₂)。底色表示该处的损失：它只取决于 x₁ − x₂，所以沿每条对角线都不变。点上的箭头表示梯度下降会把它往哪里推。',
  },
  planeTitle: (y: number): Bilingual => ({
    en: `y = ${y === 1 ? '+1' : '−1'}: ${y === 1 ? 'x₁ should rank higher' : 'x₂ should rank higher'}`,
    zh: `y = ${y === 1 ? '+1' : '−1'}：${y === 1 ? 'x₁ 应排在前面' : 'x₂ 应排在前面'}`,
  }),
  pairLabel: (n: number, y: number): Bilingual => ({
    en: `pair ${n} (y = ${y === 1 ? '1' : '−1'})`,
    zh: `第 ${n} 对（y = ${y === 1 ? '1' : '−1'}）`,
  }),
  pairShort: (n: number): Bilingual => ({ en: `pair ${n}`, zh: `第 ${n} 对` }),
  tie: { en: 'x₁ = x₂', zh: 'x₁ = x₂' },
  zeroHere: { en: 'ℓ = 0 here', zh: '这里 ℓ = 0' },
  planeSummary: (
    y: number,
    margin: string,
    pairs: readonly { n: number; loss: string }[],
  ): Bilingual => {
    const side = y === 1 ? 'x₂ ≤ x₁ − margin' : 'x₂ ≥ x₁ + margin';
    const en = pairs.length
      ? `Pairs here: ${pairs.map((p) => `pair ${p.n}, loss ${p.loss}`).join('; ')}.`
      : 'No pair has this label.';
    const zh = pairs.length
      ? `此处的样本对：${pairs.map((p) => `第 ${p.n} 对，损失 ${p.loss}`).join('；')}。`
      : '没有样本对取这个标签。';
    return {
      en: `Loss for y = ${y} over the plane, margin ${margin}: zero where ${side}, growing linearly away from that line. ${en}`,
      zh: `y = ${y} 时平面上的损失，margin 为 ${margin}：在 ${side} 的区域为 0，离开这条线后线性增长。${zh}`,
    };
  },
  legendShading: { en: 'shading: loss ℓ, darker = larger', zh: '底色：损失 ℓ，越深越大' },
  legendBoundary: { en: 'where the loss reaches 0', zh: '损失降为 0 的边界' },
  legendTie: { en: 'tie, x₁ = x₂', zh: '平局线 x₁ = x₂' },
  legendBand: {
    en: 'margin band: right order, not far enough apart',
    zh: 'margin 带：顺序对了，但差距还不够',
  },
  legendArrow: {
    en: '−gradient: where gradient descent pushes the pair',
    zh: '负梯度：梯度下降推动这一对的方向',
  },
  notDrawn: (pairs: readonly number[]): Bilingual => ({
    en: `Not on either plane: pair ${pairs.join(', ')}, whose label is neither 1 nor −1 (see the pitfalls).`,
    zh: `第 ${pairs.join('、')} 对的标签既不是 1 也不是 −1，因此不在任何一个平面上（见“常见误区”）。`,
  }),
  notPairs: {
    en: 'The planes show pairs when input1, input2 and target have the same shape.',
    zh: '只有当 input1、input2 和 target 形状相同时，平面上才会画出样本对。',
  },
  gradFormula: { en: 'Gradient of this pair', zh: '这一对的梯度' },
} as const;

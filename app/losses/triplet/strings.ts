import type { Bilingual } from '../../../src/index.ts';

/** The words of the two triplet panels, in both languages. */
export const T = {
  title: { en: 'Anchor, positive, negative in the plane', zh: '平面上的锚点、正样本与负样本' },
  introPairwise: {
    en: 'Drag the three points. The solid outline is the p-norm ball around the anchor through the positive: everything on it is as far from a as p is (a diamond for p = 1, a circle for p = 2, a rounded square for large p). The dashed ring is margin farther out: a negative inside it costs loss, a negative outside it costs nothing. The shading shows the loss wherever the negative could be, and the arrows show which way gradient descent pushes each point.',
    zh: '拖动这三个点。实线轮廓是以锚点为中心、经过正样本的 p 范数球：轮廓上每一点到 a 的距离都和 p 一样（p = 1 时是菱形，p = 2 时是圆，p 很大时接近正方形）。虚线环再往外 margin：负样本落在环内就有损失，落在环外损失为 0。底色表示负样本在各处时的损失，箭头表示梯度下降把每个点往哪个方向推。',
  },
  introCosine: {
    en: 'With the cosine distance only directions count, so the points are vectors from the origin and the “balls” become wedges: the thin rays are the directions as far from the anchor’s direction as the positive’s, the dashed rays lie margin farther (in units of 1 − cos θ). A negative pointing inside the dashed wedge costs loss; slide a point along its ray and nothing changes.',
    zh: '使用余弦距离时只有方向起作用，所以这些点被看作从原点出发的向量，“球”变成了扇形：细射线是与锚点方向的距离等于正样本距离的方向，虚线射线再远 margin（以 1 − cos θ 为单位）。负样本指向虚线扇形内部时有损失；沿着射线拉长或缩短一个点，结果不会改变。',
  },
  triplet: { en: 'Triplet', zh: '三元组' },
  tripletName: (n: number): Bilingual => ({ en: `triplet ${n}`, zh: `第 ${n} 个三元组` }),
  pointName: (role: 'anchor' | 'positive' | 'negative', n: number): Bilingual => ({
    en: `${role} of triplet ${n}`,
    zh: `第 ${n} 个三元组的${role === 'anchor' ? '锚点' : role === 'positive' ? '正样本' : '负样本'}`,
  }),
  planeTitle: (n: number): Bilingual => ({
    en: `Triplet ${n}: drag a, p and n`,
    zh: `第 ${n} 个三元组：拖动 a、p、n`,
  }),
  planeSummary: (n: number, points: string, distances: string, loss: string): Bilingual => ({
    en: `Triplet ${n}: ${points}. ${distances}. Loss ${loss}. Shading: the loss for every position of the negative.`,
    zh: `第 ${n} 个三元组：${points}。${distances}。损失 ${loss}。底色：负样本位于各处时的损失。`,
  }),
  used: { en: 'used', zh: '被采用' },
  swapUses: (which: 'an' | 'pn' | 'tie'): Bilingual =>
    which === 'pn'
      ? {
          en: 'swap: the negative is nearer the positive, so d(p, n) is used',
          zh: 'swap：负样本离正样本更近，所以采用 d(p, n)',
        }
      : which === 'tie'
        ? {
            en: 'swap: d(a, n) = d(p, n), both count (the gradient is split)',
            zh: 'swap：d(a, n) = d(p, n)，两者都算（梯度各分一半）',
          }
        : {
            en: 'swap: the negative is nearer the anchor, so d(a, n) is used',
            zh: 'swap：负样本离锚点更近，所以采用 d(a, n)',
          },
  legendBall: {
    en: 'p-norm ball through the positive: distance d(a, p) from the anchor',
    zh: '经过正样本的 p 范数球：到锚点的距离为 d(a, p)',
  },
  legendRing: {
    en: 'margin ring, d(a, p) + margin: the negative must be outside',
    zh: 'margin 环，半径 d(a, p) + margin：负样本必须在环外',
  },
  legendSwapRing: {
    en: 'with swap, the same ring around the positive',
    zh: '开启 swap 时，正样本周围的同样一个环',
  },
  legendRays: {
    en: 'rays at the positive’s distance d(a, p) from the anchor’s direction',
    zh: '与锚点方向的距离等于 d(a, p) 的射线',
  },
  legendMarginRays: {
    en: 'rays at d(a, p) + margin: the negative must point outside them',
    zh: '距离为 d(a, p) + margin 的射线：负样本必须指向它们之外',
  },
  legendShading: {
    en: 'shading: the loss if the negative were here, darker = larger',
    zh: '底色：负样本在此处时的损失，越深越大',
  },
  legendArrow: {
    en: 'arrows: −gradient, where gradient descent moves each point (drawn to one scale, the longest a fifth of the plane)',
    zh: '箭头：负梯度，即梯度下降推动各点的方向（三者同一比例，最长的占平面的五分之一）',
  },
  everywhere: {
    en: 'd(a, p) + margin exceeds 2, the largest cosine distance: the negative pays whatever its direction.',
    zh: 'd(a, p) + margin 超过了余弦距离的最大值 2：无论负样本指向哪里都要付出损失。',
  },
  notTwoD: (d: number): Bilingual => ({
    en: `The picture needs 2-D embeddings; these have ${d} components. The numbers above still hold.`,
    zh: `图示需要二维嵌入，而这里的嵌入有 ${d} 个分量。上面的数值依然成立。`,
  }),
  notAligned: {
    en: 'anchor, positive and negative have different shapes, so PyTorch broadcasts them and the triplets no longer pair up row by row; the picture needs three tensors of one shape (N, 2).',
    zh: 'anchor、positive 与 negative 形状不同，PyTorch 会对它们做广播，三元组不再逐行对应；图示需要三个形状相同的 (N, 2) 张量。',
  },
  waiting: {
    en: 'The picture appears once PyTorch accepts the example tensors (see the message beside them).',
    zh: '等 PyTorch 接受示例张量后，这里就会出现图示（原因见张量旁的提示）。',
  },
  stepTitle: { en: 'Gradient descent, one step at a time', zh: '梯度下降，一步一步走' },
  step: { en: 'step', zh: '走一步' },
  stepDoc: {
    en: 'Moves every anchor, positive and negative of the batch by −lr × the gradient of the result L, along the arrows. Satisfied triplets have zero gradient and stay put.',
    zh: '把 batch 中每个锚点、正样本和负样本都沿箭头方向移动 −lr × 结果 L 的梯度。已满足条件的三元组梯度为 0，原地不动。',
  },
  lr: { en: 'learning rate lr', zh: '学习率 lr' },
  lrDoc: {
    en: 'Not a loss keyword: the step size of plain gradient descent, x ← x − lr · ∂L/∂x.',
    zh: '不是损失函数的参数：普通梯度下降的步长，x ← x − lr · ∂L/∂x。',
  },
  lastStep: (before: string, after: string): Bilingual => ({
    en: `Last step: L went from ${before} to ${after}.`,
    zh: `上一步：L 从 ${before} 变为 ${after}。`,
  }),
  resetPoints: { en: 'Back to the example points', zh: '恢复示例中的点' },
  lineTitle: { en: 'The same triplet on a line of distances', zh: '同一个三元组，画在距离轴上' },
  lineSummary: (dPos: string, ring: string, dNeg: string, loss: string): Bilingual => ({
    en: `d(a, p) = ${dPos}; d(a, p) + margin = ${ring}; the negative distance used is ${dNeg}; the loss is the part of the gap that is missing: ${loss}.`,
    zh: `d(a, p) = ${dPos}；d(a, p) + margin = ${ring}；采用的负样本距离为 ${dNeg}；损失就是还差的那一段：${loss}。`,
  }),
  lineAxis: { en: 'distance from the anchor', zh: '到锚点的距离' },
  shortfall: { en: 'loss', zh: '损失' },
  gradFormula: { en: 'Gradients of L for this triplet', zh: '这个三元组的 L 的梯度' },
  distanceFormula: { en: 'Distances of this triplet', zh: '这个三元组的距离' },
} as const;

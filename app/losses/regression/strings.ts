import type { Bilingual } from '../../../src/index.ts';

/** Text of the regression comparison and the outlier demonstration, in both languages. */
export const LAB = {
  title: {
    en: 'L1, MSE, SmoothL1 and Huber side by side',
    zh: '四种回归损失并排比较',
  },
  intro: {
    en: 'One residual x − y, four losses. Near zero, SmoothL1 and Huber follow a parabola like MSE; outside the shaded zone they become straight lines like L1. The gradient plot shows what that means for learning: the pull of MSE keeps growing with the error, the pull of the other three stops growing.',
    zh: '同一个残差 x − y，四种损失。在零附近，SmoothL1 和 Huber 像 MSE 一样是抛物线；走出阴影区，它们就像 L1 一样变成直线。梯度图说明了这对学习意味着什么：MSE 的拉力随误差一直增大，另外三个的拉力到一定程度就不再增长。',
  },
  shown: { en: 'Curves shown', zh: '显示的曲线' },
  thisPanel: { en: 'this page', zh: '本页' },
  betaDoc: {
    en: 'β of SmoothL1Loss in this comparison (the same value as on its own page).',
    zh: '本比较中 SmoothL1Loss 的 β（与它自己页面上的值相同）。',
  },
  deltaDoc: {
    en: 'δ of HuberLoss in this comparison (the same value as on its own page).',
    zh: '本比较中 HuberLoss 的 δ（与它自己页面上的值相同）。',
  },
  lossTitle: { en: 'Loss ℓ against x − y', zh: '损失 ℓ 随 x − y 的变化' },
  gradTitle: { en: 'Gradient ∂ℓ/∂x against x − y', zh: '梯度 ∂ℓ/∂x 随 x − y 的变化' },
  noneShown: {
    en: 'All curves are switched off: tick at least one above.',
    zh: '所有曲线都已关闭，请在上方至少勾选一条。',
  },
  zone: (symbol: 'β' | 'δ', value: string): Bilingual => ({
    en: `quadratic zone |x − y| < ${symbol} = ${value}`,
    zh: `二次区 |x − y| < ${symbol} = ${value}`,
  }),
  noZone: {
    en: 'β = 0: no quadratic zone, SmoothL1 is L1',
    zh: 'β = 0：没有二次区，SmoothL1 就是 L1',
  },
  lossSummary: (r: string, values: string): Bilingual => ({
    en: `Loss curves against the residual x − y. At x − y = ${r}: ${values}.`,
    zh: `各损失随残差 x − y 的曲线。在 x − y = ${r} 处：${values}。`,
  }),
  gradSummary: (r: string, values: string): Bilingual => ({
    en: `Gradient curves against the residual x − y. At x − y = ${r}: ${values}. L1 and SmoothL1 level off at 1, Huber at δ, MSE keeps growing.`,
    zh: `各梯度随残差 x − y 的曲线。在 x − y = ${r} 处：${values}。L1 与 SmoothL1 在 1 处封顶，Huber 在 δ 处封顶，MSE 一直增长。`,
  }),

  relationTitle: {
    en: 'Huber(δ) = δ · SmoothL1(β = δ), checked',
    zh: '验证 Huber(δ) = δ · SmoothL1(β = δ)',
  },
  relationIntro: {
    en: 'With β = δ the two losses bend at the same place, and Huber is SmoothL1 stretched δ times. The core evaluates both at a few residuals:',
    zh: '当 β = δ 时，两者在同一处由二次转为线性，Huber 就是把 SmoothL1 放大 δ 倍。下面由计算核心在几个残差处分别求值：',
  },
  where: { en: 'where', zh: '位置' },
  inside: { en: 'inside the zone', zh: '二次区内' },
  edge: { en: 'at the edge', zh: '边界上' },
  tail: { en: 'in the tail', zh: '线性段' },
  yourElement: (i: number): Bilingual => ({ en: `your element ${i}`, zh: `你的元素 ${i}` }),
  difference: { en: '|difference|', zh: '|差值|' },
  relationSame: {
    en: 'β = δ now, so the SmoothL1 curve above is exactly the Huber curve divided by δ.',
    zh: '现在 β = δ，所以上图中 SmoothL1 的曲线恰好是 Huber 曲线除以 δ。',
  },
  relationDiffers: (beta: string, delta: string): Bilingual => ({
    en: `The SmoothL1 curve above uses β = ${beta}, not δ = ${delta}; the identity needs β = δ (the table uses β = δ).`,
    zh: `上图中 SmoothL1 用的是 β = ${beta}，不等于 δ = ${delta}；这个恒等式要求 β = δ（表中已取 β = δ）。`,
  }),
  setBetaToDelta: { en: 'Set β = δ', zh: '令 β = δ' },
  relationTable: { en: 'Huber against δ × SmoothL1', zh: 'Huber 与 δ × SmoothL1 对照' },

  demoTitle: { en: 'An outlier: who chases it?', zh: '一个离群点：谁会被它拉走？' },
  demoIntro: {
    en: 'Seven ordinary points and one outlier. For each loss the core finds the constant (or the line) that makes the total loss over these eight points smallest. Drag the outlier with the mouse or a finger, or focus it and use the arrow keys (Shift for big steps). MSE’s constant is the mean and chases the outlier; L1’s is the median and barely moves; SmoothL1 and Huber land in between, nearer to L1 the smaller β or δ.',
    zh: '七个普通的数据点，外加一个离群点。对每种损失，计算核心求出使这八个点的总损失最小的常数（或直线）。用鼠标或手指拖动离群点，也可以先聚焦再用方向键（按住 Shift 步子更大）。MSE 的常数就是平均值，会追着离群点跑；L1 的常数是中位数，几乎不动；SmoothL1 和 Huber 落在两者之间，β 或 δ 越小越接近 L1。',
  },
  model: { en: 'Fit', zh: '拟合' },
  constant: { en: 'constant c', zh: '常数 c' },
  line: { en: 'line a + b·t', zh: '直线 a + b·t' },
  reset: { en: 'Reset the outlier', zh: '离群点复位' },
  outlier: { en: 'Outlier', zh: '离群点' },
  outlierText: (t: string, y: string): Bilingual => ({
    en: `t = ${t}, y = ${y}`,
    zh: `t = ${t}，y = ${y}`,
  }),
  tAxis: { en: 't (where the point was measured)', zh: 't（数据点的位置）' },
  yAxis: { en: 'y (target)', zh: 'y（目标值）' },
  scatterSummary: (outlier: string, fits: string): Bilingual => ({
    en: `Eight data points; the outlier is at ${outlier}. Best fits: ${fits}.`,
    zh: `八个数据点，离群点位于 ${outlier}。各损失的最优拟合：${fits}。`,
  }),
  announce: (outlier: string, fits: string): Bilingual => ({
    en: `Outlier at ${outlier}. ${fits}.`,
    zh: `离群点位于 ${outlier}。${fits}。`,
  }),
  bestConstant: { en: 'Best constant for each loss', zh: '各损失的最优常数' },
  bestLine: { en: 'Best line for each loss', zh: '各损失的最优直线' },
  theMean: { en: 'the mean', zh: '即平均值' },
  theMedian: { en: 'the median', zh: '即中位数' },
  anyBetween: (lo: string, hi: string): Bilingual => ({
    en: `every c in [${lo}, ${hi}] is equally good, we show the midpoint`,
    zh: `[${lo}, ${hi}] 内任一 c 都同样最优，这里取中点`,
  }),
  separator: { en: '; ', zh: '；' },
  aside: (note: string): Bilingual => ({ en: ` (${note})`, zh: `（${note}）` }),
  leastSquares: { en: 'least squares', zh: '即最小二乘' },
  flatBand: { en: 'equally good', zh: '同样最优' },
  pullsTitle: {
    en: 'Each point’s pull ∂ℓₙ/∂xₙ at that loss’s best fit',
    zh: '在各自的最优解处，每个点的拉力 ∂ℓₙ/∂xₙ',
  },
  pullsIntro: {
    en: "At its best fit, each loss's pulls balance: they add up to zero (that is what makes it the minimum). MSE's pull grows with the distance, so the outlier pulls hard and the fit must move toward it until the others pull back as much. For L1, SmoothL1 and Huber the pull is capped, so the outlier pulls no harder than any other point in the tail. A point above the fit has a negative gradient: gradient descent moves the prediction against the gradient, up toward the point. Shown with reduction='sum'; 'mean' divides every bar by 8.",
    zh: "在各自的最优解处，每种损失的拉力相互抵消，总和为零（这正是最小值的条件）。MSE 的拉力随距离增长，离群点拉得很猛，拟合结果只好向它靠拢，直到其他点的反向拉力与之相当。L1、SmoothL1 和 Huber 的拉力有上限，离群点并不比线性段里的其他点拉得更用力。位于拟合值上方的点梯度为负：梯度下降沿梯度的反方向移动预测值，也就是向上朝它靠近。图中按 reduction='sum' 显示；'mean' 会把每根柱子都除以 8。",
  },
  cap: (v: string): Bilingual => ({ en: `cap ±${v}`, zh: `上限 ±${v}` }),
  noCap: { en: 'no cap: 2(x − y)', zh: '无上限：2(x − y)' },
  pullsSummary: (name: string, outlier: string, lo: string, hi: string): Bilingual => ({
    en: `${name}: pulls at its best fit. The outlier pulls ${outlier}; the other points between ${lo} and ${hi}.`,
    zh: `${name}：在其最优解处的拉力。离群点为 ${outlier}；其他点介于 ${lo} 与 ${hi} 之间。`,
  }),
  point: (i: number): Bilingual => ({ en: `point ${i}`, zh: `第 ${i} 个点` }),
} as const;

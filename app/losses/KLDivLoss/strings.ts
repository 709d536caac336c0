import type { Bilingual } from '../../../src/index.ts';

/** The KLDivLoss panel's own strings. */
export const KL_TEXT = {
  pTitle: (n: number): Bilingual => ({
    en: `Target p of sample ${n}: drag a bar, the others rescale so p still sums to 1`,
    zh: `样本 ${n} 的目标分布 p：拖动一根柱子，其余按比例调整，p 的总和保持为 1`,
  }),
  qTitle: (n: number): Bilingual => ({
    en: `Model q = exp(input) of sample ${n}: drag a bar (the input stores log q)`,
    zh: `样本 ${n} 的模型分布 q = exp(input)：可拖动（input 中存的是 log q）`,
  }),
  pName: (path: string): Bilingual => ({ en: `p, target[${path}]`, zh: `p，target[${path}]` }),
  qName: (path: string): Bilingual => ({
    en: `q, exp(input[${path}])`,
    zh: `q，exp(input[${path}])`,
  }),
  qLegend: { en: 'q (model)', zh: 'q（模型）' },
  pOverlay: { en: 'p (target, dashed)', zh: 'p（目标，虚线框）' },
  summary: (what: string, values: string): Bilingual => ({
    en: `${what}: ${values}.`,
    zh: `${what}：${values}。`,
  }),
  termsTitle: {
    en: 'Pointwise terms ℓ = p·(log p − log q): some can be negative, their sum never is',
    zh: '逐项 ℓ = p·(log p − log q)：单项可以为负，但总和永远不会',
  },
  termsTitleLog: {
    en: 'Pointwise terms ℓ = e^y·(y − x): some can be negative, their sum never is',
    zh: '逐项 ℓ = e^y·(y − x)：单项可以为负，但总和永远不会',
  },
  rowTitle: { en: 'The shown sample', zh: '当前样本' },
  rowExplain: {
    en: 'Summing the terms of one sample gives its KL divergence from the model:',
    zh: '把一个样本的各项相加，就得到它相对模型的 KL 散度：',
  },
  targetNotDistribution: (n: number, sum: string): Bilingual => ({
    en: `The target of sample ${n} is not a distribution: its probabilities add up to ${sum}. With log_target=True the target must hold log-probabilities, with log_target=False plain probabilities; PyTorch checks neither.`,
    zh: `样本 ${n} 的目标不是概率分布：概率之和为 ${sum}。log_target=True 时目标应为对数概率，log_target=False 时应为普通概率；PyTorch 两者都不检查。`,
  }),
  convertToLog: { en: 'Convert target to log p', zh: '把目标换成 log p' },
  convertToProbs: { en: 'Convert target to p', zh: '把目标换成 p' },
  inputNotLog: (n: number, sum: string): Bilingual => ({
    en: `input of sample ${n} is not log-probabilities: exp(input) adds up to ${sum}, not 1. KLDivLoss does not check, and the number it returns is then not a divergence. Did you forget log_softmax?`,
    zh: `样本 ${n} 的 input 不是对数概率：exp(input) 之和为 ${sum}，而不是 1。KLDivLoss 不做检查，这时算出的数也就不是散度。是不是忘了 log_softmax？`,
  }),
  applyLogSoftmax: { en: 'Apply log_softmax to input', zh: '对 input 做 log_softmax' },
  reductionsTitle: { en: 'The four reductions, side by side', zh: '四种 reduction 对比' },
  reductionHow: {
    none: { en: 'every term ℓ[n, c], shape (N, C)', zh: '每一项 ℓ[n, c]，形状 (N, C)' },
    sum: { en: 'Σ over all N·C terms', zh: '全部 N·C 项求和' },
    batchmean: {
      en: 'sum / N: the average over samples of KL(pₙ ‖ qₙ), the true KL divergence',
      zh: '总和 / N：各样本 KL(pₙ ‖ qₙ) 的平均，这才是真正的 KL 散度',
    },
    mean: {
      en: 'sum / (N·C): divides by the classes too, so it is C times too small (PyTorch warns)',
      zh: '总和 / (N·C)：还除以了类别数，比真正的 KL 小 C 倍（PyTorch 会给出警告）',
    },
  } satisfies Record<string, Bilingual>,
  perSampleKl: (values: string): Bilingual => ({
    en: `Per-sample KL(pₙ ‖ qₙ): ${values}`,
    zh: `各样本的 KL(pₙ ‖ qₙ)：${values}`,
  }),
  colReduction: { en: 'reduction', zh: 'reduction' },
  colValue: { en: 'value', zh: '数值' },
  colMeaning: { en: 'what it is', zh: '含义' },
  asymTitle: { en: 'KL is not symmetric: swap the two', zh: 'KL 不对称：把两者交换' },
  asymExplain: {
    en: 'KLDivLoss(log q, p) measures KL(p ‖ q): it weighs each class by the target p, so it punishes q for missing mass where p has it. The reverse, KL(q ‖ p), weighs by q and punishes q for putting mass where p has none. The two numbers differ, and where p is 0 but q is not, the reverse is infinite.',
    zh: 'KLDivLoss(log q, p) 计算的是 KL(p ‖ q)：按目标 p 给各类别加权，所以 p 有概率而 q 没给到的地方会被重罚。反方向 KL(q ‖ p) 按 q 加权，重罚 q 在 p 为零处放置的概率。两个数一般不同；若某处 p 为 0 而 q 不为 0，反方向的 KL 会是无穷大。',
  },
  callForward: { en: 'your call: KL(p ‖ q)', zh: '你的调用：KL(p ‖ q)' },
  callSwapped: { en: 'swapped: KL(q ‖ p)', zh: '交换后：KL(q ‖ p)' },
  callNoLog: {
    en: 'input q without the log: not a divergence, can go below 0',
    zh: 'input 直接传 q（忘了取 log）：不是散度，可能小于 0',
  },
  swap: { en: 'Swap p and q', zh: '交换 p 和 q' },
  swapDisabled: {
    en: 'The target has a zero, so log p would be −∞: set every p above 0 to swap.',
    zh: '目标中有 0，log p 会是 −∞：把所有 p 调到大于 0 才能交换。',
  },
} as const;

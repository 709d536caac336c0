import type { LossContent } from '../types.ts';
import { example } from './example.ts';

export const content: LossContent = {
  formula: String.raw`\ell_n = \max\bigl\{ d(a_n, p_n) - d(a_n, n_n) + \text{margin},\; 0 \bigr\}, \qquad d(x_i, y_i) = \left\| x_i - y_i + \epsilon \right\|_p`,
  explanation: {
    en: 'TripletMarginLoss shapes an embedding space with triples: an anchor a, a positive p of the same identity, and a negative n of a different one. It asks that the anchor be closer to the positive than to the negative by at least margin; triples that already satisfy this give zero loss and zero gradient. Geometrically, the positive is pulled towards the anchor and the negative pushed away from it, each along the line joining them. PyTorch adds eps inside the norm, ‖a − p + ε‖_p, not to the distance, so two identical points are ε·D^{1/p} apart in D dimensions and the gradient stays finite. With swap=True the negative distance is the smaller of d(a, n) and d(p, n).',
    zh: 'TripletMarginLoss 用三元组来塑造嵌入空间：锚点 a、同一身份的正样本 p、不同身份的负样本 n。它要求锚点到正样本的距离比到负样本的距离至少小 margin；已经满足条件的三元组，损失和梯度都是 0。从几何上看，正样本沿连线被拉向锚点，负样本沿连线被推离锚点。PyTorch 把 eps 加在范数里面，即 ‖a − p + ε‖_p，而不是加在距离上，所以 D 维空间中两个重合的点相距 ε·D^{1/p}，梯度依然有限。swap=True 时，负样本的距离取 d(a, n) 与 d(p, n) 中较小的一个。',
  },
  pitfalls: [
    {
      en: 'Easy triples give no gradient. If most random triples are already satisfied, the loss falls to 0 while the embedding is still poor: mine hard or semi-hard negatives.',
      zh: '容易的三元组不产生梯度。如果随机抽到的三元组大多已经满足条件，损失会降到 0，而嵌入其实还很差：需要挖掘困难或半困难的负样本。',
    },
    {
      en: 'Because eps sits inside the norm, d(a, a) is not 0 but about ε·D^{1/p} (1.41e-6 for 2-D points with p = 2). A reimplementation that writes ‖a − p‖ + ε will differ slightly.',
      zh: '由于 eps 在范数内部，d(a, a) 并不是 0，而约为 ε·D^{1/p}（二维点、p = 2 时为 1.41e-6）。自己实现时若写成 ‖a − p‖ + ε，结果会略有不同。',
    },
    {
      en: 'Unnormalised embeddings can meet any margin just by growing: scale everything up and the gaps grow with it. L2-normalise the embeddings or choose margin relative to their scale.',
      zh: '未归一化的嵌入只要整体变大就能满足任意 margin：所有向量放大，距离差也跟着放大。请对嵌入做 L2 归一化，或按嵌入的尺度来选 margin。',
    },
    {
      en: 'The keyword p is the order of the norm; the p in d(a, p) is the positive sample. They only share a letter.',
      zh: '参数 p 是范数的阶；d(a, p) 里的 p 是正样本。两者只是碰巧用了同一个字母。',
    },
  ],
  example,
};

import type { LossContent } from '../types.ts';
import { example } from './example.ts';

export const content: LossContent = {
  formula: String.raw`\ell_n = \max\bigl\{ d(a_n, p_n) - d(a_n, n_n) + \text{margin},\; 0 \bigr\}, \qquad d = \text{distance\_function} \;\bigl(\text{default: } \| x - y + \epsilon \|_2,\ \epsilon = 10^{-6}\bigr)`,
  explanation: {
    en: 'TripletMarginWithDistanceLoss is the same triplet objective with a distance of your choosing: any function d(x, y) that returns one non-negative number per row, such as 1 − cosine similarity, an L1 distance or a learned metric. By default it uses pairwise_distance, the Euclidean distance with ε inside the norm, and then it matches TripletMarginLoss with p = 2. The distance decides the geometry: with the cosine distance only the angle between embeddings matters, and scaling a vector changes nothing. The class arrived in PyTorch 1.8, after the course notes.',
    zh: 'TripletMarginWithDistanceLoss 是同一个三元组目标，只是距离可以自己选：任何对每一行返回一个非负数的函数 d(x, y) 都行，例如 1 − 余弦相似度、L1 距离或学出来的度量。默认使用 pairwise_distance，即范数内加了 ε 的欧氏距离，此时它与 p = 2 的 TripletMarginLoss 完全一致。距离决定了几何：用余弦距离时，只有嵌入之间的夹角有意义，把向量放大缩小都不影响结果。这个类在 PyTorch 1.8 才加入，比课程笔记新。',
  },
  pitfalls: [
    {
      en: 'The distance function must return shape (N,), one distance per triple. torch.cdist returns an N × N matrix, which broadcasts into an N × N loss without any error.',
      zh: '距离函数必须返回形状 (N,)，即每个三元组一个距离。torch.cdist 返回的是 N × N 矩阵，会广播出一个 N × N 的损失，而且不报任何错误。',
    },
    {
      en: 'Pass a distance, not a similarity. Cosine similarity grows as points get closer, so using it directly pushes positives away; use 1 − cos instead.',
      zh: '要传距离，不能传相似度。余弦相似度在两点越近时越大，直接用它会把正样本推开；应改用 1 − cos。',
    },
    {
      en: 'There is no p or eps keyword here: put them in the function, e.g. lambda x, y: F.pairwise_distance(x, y, p=1).',
      zh: '这里没有 p 和 eps 参数：要把它们写进距离函数里，例如 lambda x, y: F.pairwise_distance(x, y, p=1)。',
    },
  ],
  example,
};

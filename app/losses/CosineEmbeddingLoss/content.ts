import type { LossContent } from '../types.ts';
import { example } from './example.ts';

export const content: LossContent = {
  formula: String.raw`\begin{gathered} \ell_n = \begin{cases} 1 - \cos(x_{1,n}, x_{2,n}), & \text{if } y_n = 1 \\ \max\bigl(0,\; \cos(x_{1,n}, x_{2,n}) - \text{margin}\bigr), & \text{if } y_n = -1 \end{cases} \\[6pt] \cos(a, b) = \frac{a \cdot b}{\|a\|\,\|b\|} \end{gathered}`,
  explanation: {
    en: 'CosineEmbeddingLoss compares directions, not lengths. For a similar pair (y = 1) it wants the two vectors to point the same way and charges 1 − cos θ; for a dissimilar pair (y = −1) it charges only while cos θ is above margin, that is, while the angle between them is smaller than arccos(margin). Since only the angle matters, scaling either vector changes nothing, which suits text and face embeddings compared by cosine similarity. With the default margin = 0 a dissimilar pair is satisfied once the vectors are at least orthogonal; margins between 0 and 0.5 are common.',
    zh: 'CosineEmbeddingLoss 比较的是方向，而不是长度。对相似的一对（y = 1），它希望两个向量指向同一方向，代价为 1 − cos θ；对不相似的一对（y = −1），只有当 cos θ 大于 margin，也就是两者夹角小于 arccos(margin) 时才有代价。由于只看夹角，把任一向量放大缩小都不影响结果，因此很适合用余弦相似度比较的文本嵌入和人脸嵌入。默认 margin = 0 时，不相似的一对只要夹角不小于 90° 就算满足；常用的 margin 在 0 到 0.5 之间。',
  },
  pitfalls: [
    {
      en: 'target holds one label per pair, shape (N,), and must be 1 or −1. A 0 label is not rejected: it silently contributes zero loss.',
      zh: 'target 是每对一个标签，形状为 (N,)，取值必须是 1 或 −1。标签为 0 不会报错，只会悄悄贡献 0 损失。',
    },
    {
      en: 'The gradient of cos θ is perpendicular to each vector, so this loss never changes vector lengths. It cannot stop embeddings from growing or shrinking; that needs normalisation or weight decay.',
      zh: 'cos θ 的梯度与各自的向量垂直，所以这个损失从不改变向量的长度，也就管不住嵌入变长或变短；这需要归一化或权重衰减来约束。',
    },
    {
      en: 'A zero vector has no direction. PyTorch adds 1e-12 to the squared norms, so cos is 0 instead of NaN, but that loss value carries no meaning.',
      zh: '零向量没有方向。PyTorch 会在平方范数上加 1e-12，所以 cos 是 0 而不是 NaN，但这个损失值没有实际意义。',
    },
    {
      en: 'margin should lie in [−1, 1]. With margin ≥ 1 every dissimilar pair is already satisfied; with margin = −1 they are pushed until they point in exactly opposite directions.',
      zh: 'margin 应在 [−1, 1] 之间。margin ≥ 1 时所有不相似的对都已满足条件；margin = −1 时，不相似的对会一直被推开，直到方向完全相反。',
    },
  ],
  example,
};

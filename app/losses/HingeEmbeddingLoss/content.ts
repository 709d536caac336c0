import type { LossContent } from '../types.ts';
import { example } from './example.ts';

export const content: LossContent = {
  formula: String.raw`\ell_n = \begin{cases} x_n, & \text{if } y_n = 1 \\ \max(0,\; \text{margin} - x_n), & \text{if } y_n = -1 \end{cases}`,
  explanation: {
    en: "HingeEmbeddingLoss takes a distance x between two things and a label saying whether they are similar (y = 1) or dissimilar (y = −1). Similar pairs pay their whole distance, so they are pulled together; dissimilar pairs pay only while they are closer than margin, so they are pushed apart until they reach it and are then left alone. This is the contrastive idea behind siamese networks in its simplest form. The input is usually a non-negative distance computed beforehand, such as ‖a − b‖₁; the notes' 'absolute difference of the two inputs' is one example of such a distance.",
    zh: 'HingeEmbeddingLoss 的输入是两样东西之间的距离 x，标签表示它们相似（y = 1）还是不相似（y = −1）。相似的一对要付出全部距离作为代价，因而被拉近；不相似的一对只有在距离小于 margin 时才付代价，被推到 margin 之外后就不再被管。这是孪生网络中对比学习思想最简单的形式。输入通常是事先算好的非负距离，例如 ‖a − b‖₁；笔记里说的“两个输入之差的绝对值”就是这种距离的一个例子。',
  },
  pitfalls: [
    {
      en: 'The loss does not compute a distance for you: pass distances, not raw embeddings. Negative inputs are accepted, and with y = 1 they give a negative loss that keeps rewarding "closer than zero".',
      zh: '这个损失不会替你计算距离：要传入距离，而不是原始的嵌入向量。负的输入也会被接受，y = 1 时得到负的损失，会不断奖励“比零还近”。',
    },
    {
      en: 'A label of 0 is not rejected: it counts as both "not 1" and "not −1", so that element pays x + max(0, margin − x). Map 0/1 labels to −1/1 first.',
      zh: '标签为 0 并不会报错：它同时被当作“不是 1”和“不是 −1”，于是该元素的损失成了 x + max(0, margin − x)。请先把 0/1 标签映射为 −1/1。',
    },
    {
      en: 'The y = 1 branch never flattens out: similar pairs are pulled until their distance is zero. If dissimilar pairs are rare, the whole embedding can collapse to a point.',
      zh: 'y = 1 这一支永远不会变平：相似的一对会一直被拉近，直到距离为 0。如果不相似的样本对很少，整个嵌入空间可能塌缩成一个点。',
    },
  ],
  example,
};

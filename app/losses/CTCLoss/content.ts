import type { LossContent } from '../types.ts';
import { example } from './example.ts';

export const content: LossContent = {
  // Frames and states are counted from 0, as in PyTorch's tensors and in the panel's lattice.
  formula: String.raw`\begin{gathered} \ell_n = -\log p(y_n \mid x_n) = -\log \sum_{\pi \in \mathcal{B}^{-1}(y_n)} \; \prod_{t=0}^{T_n - 1} p_t(\pi_t) \\ p_t(k) = e^{\,\text{log\_probs}[t,\,n,\,k]}, \qquad \text{mean} = \frac{1}{N} \sum_{n} \frac{\ell_n}{|y_n|} \end{gathered}`,
  explanation: {
    en: 'CTCLoss trains sequence models when you know what was said but not when: speech to text, handwriting to characters. For each of T frames the model outputs log-probabilities over C symbols, one of which is a special blank. An alignment π picks one symbol per frame; collapsing it with the map 𝓑 (merge adjacent repeats, then drop blanks) yields a label sequence, and the loss is −log of the total probability of every alignment that collapses to the target. A forward–backward recursion over the target with blanks inserted (2L + 1 states) adds up this enormous set in O(T·L) time.',
    zh: 'CTCLoss 用于“知道说了什么、却不知道在什么时候说”的序列任务，比如语音识别和手写识别。模型在 T 个时间帧上各输出一组 C 个符号的对数概率，其中一个是特殊的空白符（blank）。一条对齐路径 π 在每一帧选一个符号；用映射 𝓑 把它折叠（先合并相邻的重复，再删去空白）就得到一个标签序列。损失就是所有能折叠成目标序列的路径的总概率取 −log。在插入空白后的目标序列（共 2L + 1 个状态）上做前向–后向递推，可以在 O(T·L) 时间内把这个庞大的路径集合加总起来。',
  },
  pitfalls: [
    {
      en: 'log_probs must be log_softmax over the class dimension, with shape (T, N, C): time first. Raw logits are not rejected, but the "probabilities" then no longer sum to 1 and the loss can even turn negative.',
      zh: 'log_probs 必须是在类别维上做过 log_softmax 的结果，形状为 (T, N, C)，时间维在最前。传入原始 logits 不会报错，但“概率”之和不再为 1，损失甚至会变成负数。',
    },
    {
      en: 'Each sample needs enough frames: T ≥ L + the number of adjacent repeated labels, because the two l\'s in "hello" need a blank between them. Otherwise no alignment exists and the loss is inf; zero_infinity=True replaces it (and its gradient) with 0.',
      zh: '每个样本都需要足够的帧数：T ≥ L + 相邻重复标签的个数，因为 “hello” 里的两个 l 之间必须隔一个空白。帧数不够时不存在任何合法路径，损失为 inf；设 zero_infinity=True 会把这样的损失（及其梯度）置为 0。',
    },
    {
      en: 'The blank index (default 0) must never be used as a real label. PyTorch does not check this, so labels usually start at 1.',
      zh: '空白符的索引（默认为 0）绝不能当作真实标签使用。PyTorch 不会检查这一点，所以真实标签通常从 1 开始编号。',
    },
    {
      en: 'The loss adds up every alignment, so it is not a statement about any single one: greedy decoding (argmax per frame, then collapse) can read a different word while the loss is moderate, and the single most probable path need not collapse to the most probable word.',
      zh: 'CTC 损失把所有对齐路径的概率加在一起，并不针对其中某一条：损失不算大时，贪心解码（每帧取 argmax 再折叠）也可能读出别的词；概率最大的单条路径折叠出来的，也不一定是概率最大的词。',
    },
    {
      en: "reduction='mean' divides each sample's loss by its target length before averaging over the batch; 'sum' does not. Keep that in mind when comparing numbers across settings.",
      zh: "reduction='mean' 会先把每个样本的损失除以各自的目标长度，再对 batch 取平均；'sum' 则不会。比较不同设置下的数值时要注意这一点。",
    },
  ],
  example,
};

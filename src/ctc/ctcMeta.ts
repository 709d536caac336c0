import type { LossMeta } from '../core/meta.ts';

/** CTCLoss's catalog entry: its forward() arguments and constructor keywords. */
export const CTC_META: LossMeta = {
  name: 'CTCLoss',
  family: 'sequence',
  summary: {
    en: 'Connectionist Temporal Classification: the −log of the total probability of every frame-by-frame alignment that collapses to the target.',
    zh: '连接时序分类（CTC）：对所有能折叠成目标序列的逐帧对齐方式求概率之和，再取负对数。',
  },
  legacyReductionFlags: false,
  arguments: [
    {
      name: 'log_probs',
      role: 'prediction',
      shape: '(T, N, C) or (T, C)',
      doc: {
        en: 'Log-probabilities of the C classes (blank included) at each of T frames, e.g. log_softmax of a network’s outputs. The gradient shown is with respect to the logits before that log_softmax.',
        zh: '每一帧（共 T 帧）上 C 个类别（含 blank）的对数概率，通常是网络输出经过 log_softmax 的结果。显示的梯度是对 log_softmax 之前的 logits 求的。',
      },
    },
    {
      name: 'targets',
      role: 'target',
      shape: '(N, S) or (sum(target_lengths)), or (S) unbatched',
      integer: true,
      doc: {
        en: 'The label sequences, never containing blank: padded to (N, S) (only the first target_lengths[n] of each row are read), or all concatenated into one 1-D tensor.',
        zh: '目标标签序列，不应包含 blank：可以补齐成 (N, S)（每行只读取前 target_lengths[n] 个），也可以把所有序列首尾相接成一维张量。',
      },
    },
    {
      name: 'input_lengths',
      role: 'length',
      shape: '(N) or ()',
      integer: true,
      doc: {
        en: 'How many frames of each sequence are real (1 ≤ length ≤ T); later frames are ignored and get zero gradient.',
        zh: '每个序列实际使用的帧数（1 ≤ 长度 ≤ T）；之后的帧被忽略，梯度为零。',
      },
    },
    {
      name: 'target_lengths',
      role: 'length',
      shape: '(N) or ()',
      integer: true,
      doc: {
        en: 'How many labels each target has. With reduction=\u2019mean\u2019 each loss is divided by its target length before averaging.',
        zh: '每个目标序列的标签个数。reduction=\u2019mean\u2019 时，每个样本的损失先除以各自的目标长度再求平均。',
      },
    },
  ],
  keywords: [
    {
      name: 'blank',
      kind: 'number',
      default: 0,
      min: 0,
      max: 9,
      step: 1,
      integer: true,
      doc: {
        en: 'The class index of the blank symbol, which means “no new label here” and separates repeated labels.',
        zh: 'blank（空白符）的类别下标；它表示“这里不输出新标签”，也用来隔开相邻的重复标签。',
      },
    },
    {
      name: 'reduction',
      kind: 'reduction',
      default: 'mean',
      choices: ['none', 'mean', 'sum'],
      acceptsElementwiseMean: true,
      doc: {
        en: "'none' keeps one loss per sequence; 'sum' adds them; 'mean' divides each by its target length (at least 1) and then averages over the batch.",
        zh: "'none' 保留每个序列各自的损失；'sum' 求和；'mean' 先把每个损失除以其目标长度（至少为 1），再对批次求平均。",
      },
    },
    {
      name: 'zero_infinity',
      kind: 'boolean',
      default: false,
      doc: {
        en: 'Replace infinite losses (targets that no alignment can produce, e.g. too few frames) and their gradients by zero.',
        zh: '把无穷大的损失（没有任何对齐能产生目标，例如帧数太少）及其梯度置为零。',
      },
    },
  ],
};

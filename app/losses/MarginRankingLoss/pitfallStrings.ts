import type { Bilingual } from '../../../src/index.ts';
import type { BroadcastCase } from './broadcastCases.ts';

/** Words of the broadcasting demo, in both languages. */
export const P = {
  title: {
    en: 'Where the “n × n matrix” comes from: a shape bug',
    zh: '“n × n 矩阵”从哪里来：一个形状错误',
  },
  intro: {
    en: 'MarginRankingLoss compares pair n with label n, nothing else. A matrix of losses appears only when the shapes broadcast against each other. Try the three ways of passing the same example pairs:',
    zh: 'MarginRankingLoss 只拿第 n 对和第 n 个标签比较，不涉及其他。只有当张量形状互相广播时，才会冒出一个损失矩阵。用同一组示例数据试试下面三种传法：',
  },
  shapes: { en: 'Shapes passed', zh: '传入的形状' },
  caseName: {
    notes: { en: 'as in the notes', zh: '笔记里的写法' },
    matrix: { en: 'target reshaped to a row', zh: '把 target 变成一行' },
    elementwise: { en: 'all flat: correct', zh: '全部展平：正确写法' },
  } satisfies Record<BroadcastCase, Bilingual>,
  refused: { en: 'PyTorch refuses:', zh: 'PyTorch 拒绝执行：' },
  verdictNotes: {
    en: 'Today’s PyTorch refuses inputs and target of different ranks. Older versions broadcast this call silently into an N × N matrix: that is the “correlation-like matrix” the notes describe. It was never what the loss means.',
    zh: '如今的 PyTorch 会拒绝维数不同的输入和目标。旧版本会悄悄把这个调用广播成 N × N 矩阵，这正是笔记里说的“类似相关矩阵”的东西。它从来都不是这个损失本来的含义。',
  },
  verdictMatrix: (matrix: string, right: string, reduction: string): Bilingual => ({
    en: `This still runs today. Entry (i, j) judges pair i’s scores by pair j’s label, so only the outlined diagonal holds real losses. reduction='${reduction}' still returns one number, ${matrix} instead of the correct ${right}, and nothing warns you.`,
    zh: `这种写法如今仍能运行。第 (i, j) 项用第 j 对的标签去评判第 i 对的得分，所以只有加了边框的对角线才是真正的损失。reduction='${reduction}' 仍然只返回一个数：${matrix}，而正确结果是 ${right}，而且没有任何提示。`,
  }),
  verdictMatrixNone: {
    en: "This still runs today. Entry (i, j) judges pair i’s scores by pair j’s label, so only the outlined diagonal holds real losses. After a 'mean' or 'sum' you would get one plausible-looking number and no warning.",
    zh: "这种写法如今仍能运行。第 (i, j) 项用第 j 对的标签去评判第 i 对的得分，所以只有加了边框的对角线才是真正的损失。若再做 'mean' 或 'sum' 归约，你会得到一个看似合理的数，而且没有任何提示。",
  },
  verdictRight: {
    en: 'Element-wise, as intended: pair n against label n. These N losses are exactly the diagonal of the matrix in the middle case.',
    zh: '逐元素计算，符合本意：第 n 对只对应第 n 个标签。这 N 个损失恰好就是中间那种情况下矩阵的对角线。',
  },
  matrixCaption: {
    en: 'Losses after broadcasting: row i = pair i, column j = label j',
    zh: '广播后的损失：第 i 行是第 i 对，第 j 列是第 j 个标签',
  },
  row: (i: number): Bilingual => ({ en: `pair ${i}`, zh: `第 ${i} 对` }),
  column: (j: number, y: string): Bilingual => ({
    en: `label ${j}: y = ${y}`,
    zh: `标签 ${j}：y = ${y}`,
  }),
  losses: { en: 'losses', zh: '各对损失' },
} as const;

import type { Language } from '../../i18n/language.ts';
import type { PresetId } from './presets.ts';
import type { TargetProblem } from './alphabet.ts';
import type { LatticeView, Phase } from './animation.ts';

/** Every string of the CTC panel, in both languages. */
const en = {
  inputs: 'Inputs',
  target: 'target',
  targetLabel: 'Target text',
  targetHelp: (max: number) =>
    `Lowercase letters a–z, 1 to ${max} of them; repeats such as "hello" are welcome.`,
  targetProblem: (p: TargetProblem, max: number): string => {
    switch (p.kind) {
      case 'empty':
        return 'Type at least one letter: CTC needs something to align.';
      case 'badChar':
        return `"${p.char}" is not in this panel's alphabet: use lowercase letters a–z only.`;
      case 'tooLong':
        return `${p.length} letters is too long for a readable lattice: at most ${max}.`;
      case 'tooManyLetters':
        return `${p.count} different letters need ${p.count + 1} classes with the blank; this panel keeps C ≤ 8, so use at most 7 different letters.`;
    }
  },
  raisedFrames: (word: string, frames: number) =>
    `T was raised to ${frames}: "${word}" cannot fit in fewer frames.`,
  alphabet: 'Classes (index: symbol)',
  alphabetNote:
    'The letters of the target plus a couple of wrong letters a model might confuse them with. ε is the blank; the blank keyword says which class index it takes.',
  frames: 'T',
  framesDoc: (min: number) =>
    `Frames in log_probs (and input_lengths). This target needs at least ${min}.`,
  presets: 'Presets',
  preset: (id: PresetId | 'custom'): string =>
    ({
      confident: 'Confident and correct',
      uncertain: 'Uncertain',
      tooFew: 'Too few frames',
      wrongLabel: 'Wrong label favoured',
      custom: 'Edited by hand',
    })[id],
  presetDoc: (id: PresetId): string =>
    ({
      confident: 'Each frame puts 0.9 on one plausible labelling of the target.',
      uncertain: 'The same labelling with only 0.4 on it: many alignments now share the mass.',
      tooFew: 'One frame fewer than the target needs: no alignment exists.',
      wrongLabel: 'In the frames of the middle letter the model prefers a wrong letter.',
    })[id],
  tooFewDisabled: 'A one-letter target fits in one frame: there is no shorter T to show.',
  currentPreset: 'Current',
  heatmap: 'Frame probabilities p_t(k)',
  heatmapNote:
    'Rows are frames t, columns are classes k. Drag a cell up or down, or focus it and use + / − (PageUp / PageDown for steps of 0.1), or type a value and press Enter; arrow keys move between cells. Changing one class rescales the other classes of that frame so the row still sums to 1, as a softmax output must; log_probs is the log of these numbers.',
  heatmapCell: (t: number, symbol: string, k: number, p: string) =>
    `frame ${t}, class ${k} (${symbol}): ${p}`,
  editCell: (t: number, symbol: string) => `New probability for frame ${t}, ${symbol}`,
  badProbability: (text: string) => `"${text}" is not a probability between 0 and 1.`,
  lattice: 'The lattice',
  latticeNote:
    'Time runs left to right; the rows are the extended target l′: a blank before, between and after the letters (2L + 1 states). A path enters at one of the two start cells, moves one column per frame by staying, advancing one row, or skipping a blank between two different letters, and must leave from one of the two end cells.',
  latticeKeys:
    'Lattice: ← → step the animation, ↑ ↓ choose the state, Space plays or pauses, Home and End jump to the first and last step.',
  latticeSummary: (
    word: string,
    frames: number,
    states: number,
    shown: string,
    p: string,
    loss: string,
    count: string,
  ) =>
    `CTC lattice for "${word}": ${frames} frames × ${states} states. ${shown}. p(y|x) = ${p}, loss ${loss}, ${count} valid alignments.`,
  stepText: (phase: Phase, column: number | null, frames: number) =>
    phase === 'forward'
      ? `Forward pass: α for frame ${column ?? 0} (column ${(column ?? 0) + 1} of ${frames})`
      : phase === 'backward'
        ? `Backward pass: β for frame ${column ?? 0} (column ${frames - (column ?? 0)} of ${frames} from the right)`
        : 'Posteriors: every α and β known',
  view: 'Show',
  viewName: (v: LatticeView) =>
    ({ alpha: 'α forward', beta: 'β backward', posterior: 'γ posterior' })[v],
  viewDoc:
    'α sums the probability of every path prefix that ends in a cell, β of every suffix that starts there; γ = αβ / (p · p(y|x)) is the probability that the path passes through it.',
  scale: 'Scale',
  scaleDoc:
    'α and β shrink fast with t: the log scale keeps long lattices readable. Shading is relative to each column.',
  recursion: 'The recursions',
  legend: 'Legend',
  legendViterbi: 'Viterbi path',
  legendSample: 'selected sample',
  scaleProb: 'p',
  scaleLog: 'log p',
  viterbiToggle: 'Viterbi path',
  start: 'start',
  end: 'end',
  legendStay: 'stay',
  legendAdvance: 'advance one state',
  legendSkip: 'skip a blank',
  legendDead: 'on no complete path',
  notYet: 'not computed yet',
  blockedSkip: (symbol: string) =>
    `No skip into the second "${symbol}": between equal letters the blank is compulsory, otherwise "${symbol}${symbol}" would collapse to "${symbol}".`,
  impossible: (word: string, min: number, frames: number) =>
    `No path reaches an end cell: "${word}" needs at least ${min} frames and there are ${frames}. p(y|x) = 0, so −log p(y|x) = ∞.`,
  play: 'Play',
  pause: 'Pause',
  stepBack: 'Step back',
  stepForward: 'Step forward',
  toStart: 'First step',
  toEnd: 'Last step',
  scrubber: 'Animation step',
  speed: 'Speed',
  computing: 'Being computed',
  cellTitle: (t: number, s: number, symbol: string) => `t = ${t}, s = ${s} (${symbol})`,
  noSkipBlank: 'A blank row has no skip arrow: a path may not jump over a letter.',
  noSkipRepeat:
    'No skip: this letter equals the one two rows up, so the blank between them is compulsory.',
  startOnly: 'At t = 0 a path can only be in one of the two start cells.',
  endOnly: 'At the last frame a path must be in one of the two end cells.',
  posteriorNote:
    'γ is the share of p(y|x) carried by the paths through this cell; every column of γ sums to 1, because each path crosses each frame exactly once.',
  lossTitle: 'The loss',
  lossNote:
    'p(y|x) is the sum of α over the two end cells; the loss of this sequence is its negative log. reduction then decides what CTCLoss returns.',
  reductionTitle: 'reduction and zero_infinity',
  reductionNote:
    "Each cell is what CTCLoss returns for these tensors with that setting, computed by the same core. 'mean' divides by the target length |y| before averaging over the batch (here N = 1). When no alignment exists the loss is inf; zero_infinity=True turns that loss, and its gradient, into 0, so one impossible sample cannot make a whole batch's loss inf and its gradients NaN.",
  showImpossible: 'Show the impossible case',
  current: 'current setting',
  alignments: 'Alignments',
  alignmentCount: (count: string, word: string, all: string) =>
    `${count} frame labellings collapse to "${word}", out of ${all} possible ones. The loss adds up the probability of every one of them.`,
  viterbiTitle: 'Most probable alignment (Viterbi, drawn on the lattice)',
  noViterbi: 'None: no alignment fits in these frames.',
  greedyTitle: 'Greedy decoding (argmax per frame, ignores the target)',
  greedyDiffers:
    'Greedy decoding reads a different word than the target: the model is wrong, and the loss says so.',
  samplesTitle: 'Alignments drawn from the posterior p(π | y, x)',
  samplesNote:
    'Each line is one valid path: one symbol per frame, then merge repeats and drop ε. Select one to draw it on the lattice.',
  resample: 'Draw others',
  pathProb: 'p(π)',
  empty: '(empty)',
};

export type CtcStrings = typeof en;

const zh: CtcStrings = {
  inputs: '输入',
  target: 'target',
  targetLabel: '目标文本',
  targetHelp: (max: number) =>
    `小写字母 a–z，1 到 ${max} 个；欢迎输入 “hello” 这类带重复字母的词。`,
  targetProblem: (p: TargetProblem, max: number): string => {
    switch (p.kind) {
      case 'empty':
        return '请至少输入一个字母：CTC 需要有东西可以对齐。';
      case 'badChar':
        return `“${p.char}”不在本面板的字母表里：只能使用小写字母 a–z。`;
      case 'tooLong':
        return `${p.length} 个字母太长，格子图会看不清：最多 ${max} 个。`;
      case 'tooManyLetters':
        return `${p.count} 个不同的字母加上 blank 需要 ${p.count + 1} 个类别；本面板限定 C ≤ 8，所以最多用 7 个不同的字母。`;
    }
  },
  raisedFrames: (word: string, frames: number) => `T 已增加到 ${frames}：“${word}”放不进更少的帧。`,
  alphabet: '类别（下标：符号）',
  alphabetNote:
    '目标中的字母，再加上两个模型可能混淆的错误字母。ε 是空白符（blank），关键字 blank 决定它占哪个类别下标。',
  frames: 'T',
  framesDoc: (min: number) =>
    `log_probs 的帧数（也就是 input_lengths）。这个目标至少需要 ${min} 帧。`,
  presets: '预设',
  preset: (id: PresetId | 'custom'): string =>
    ({
      confident: '自信且正确',
      uncertain: '拿不准',
      tooFew: '帧数不够',
      wrongLabel: '偏向错误标签',
      custom: '手动修改过',
    })[id],
  presetDoc: (id: PresetId): string =>
    ({
      confident: '每一帧把 0.9 的概率放在目标的一种合理标注上。',
      uncertain: '同样的标注，只给 0.4：概率被许多条对齐路径分摊。',
      tooFew: '比目标所需少一帧：不存在任何合法对齐。',
      wrongLabel: '在中间那个字母的几帧里，模型更偏向一个错误的字母。',
    })[id],
  tooFewDisabled: '只有一个字母的目标一帧就够了，没有更短的 T 可以演示。',
  currentPreset: '当前',
  heatmap: '每帧概率 p_t(k)',
  heatmapNote:
    '行是帧 t，列是类别 k。上下拖动格子，或者选中后按 + / −（PageUp / PageDown 每次改 0.1），也可以直接输入数值再按回车；方向键在格子之间移动。改动一个类别时，同一帧的其他类别会按比例缩放，使这一行的和仍为 1，这正是 softmax 输出应有的样子；log_probs 就是这些数的对数。',
  heatmapCell: (t: number, symbol: string, k: number, p: string) =>
    `第 ${t} 帧，类别 ${k}（${symbol}）：${p}`,
  editCell: (t: number, symbol: string) => `第 ${t} 帧 ${symbol} 的新概率`,
  badProbability: (text: string) => `“${text}”不是 0 到 1 之间的概率。`,
  lattice: '格子图（lattice）',
  latticeNote:
    '时间从左到右；各行是扩展后的目标序列 l′：在字母之前、之间和之后各插入一个空白（共 2L + 1 个状态）。路径从两个起点格之一进入，每帧向右走一列：原地停留、下移一行，或在两个不同字母之间跳过空白；最后必须从两个终点格之一离开。',
  latticeKeys:
    '格子图：← → 逐步播放，↑ ↓ 选择状态，空格键播放或暂停，Home 和 End 跳到第一步和最后一步。',
  latticeSummary: (
    word: string,
    frames: number,
    states: number,
    shown: string,
    p: string,
    loss: string,
    count: string,
  ) =>
    `“${word}”的 CTC 格子图：${frames} 帧 × ${states} 个状态。${shown}。p(y|x) = ${p}，损失 ${loss}，共 ${count} 条合法对齐。`,
  stepText: (phase: Phase, column: number | null, frames: number) =>
    phase === 'forward'
      ? `前向计算：第 ${column ?? 0} 帧的 α（第 ${(column ?? 0) + 1} 列，共 ${frames} 列）`
      : phase === 'backward'
        ? `后向计算：第 ${column ?? 0} 帧的 β（从右数第 ${frames - (column ?? 0)} 列，共 ${frames} 列）`
        : '后验概率：所有 α 和 β 都已算出',
  view: '显示',
  viewName: (v: LatticeView) => ({ alpha: 'α 前向', beta: 'β 后向', posterior: 'γ 后验' })[v],
  viewDoc:
    'α 是所有在该格结束的路径前缀的概率之和，β 是所有从该格开始的路径后缀的概率之和；γ = αβ / (p · p(y|x)) 是路径经过该格的概率。',
  scale: '刻度',
  scaleDoc:
    'α 和 β 随 t 迅速变小：对数刻度让较长的格子图也能看清。颜色深浅按每一列内部的相对大小。',
  recursion: '递推公式',
  legend: '图例',
  legendViterbi: 'Viterbi 路径',
  legendSample: '选中的采样路径',
  scaleProb: 'p',
  scaleLog: 'log p',
  viterbiToggle: 'Viterbi 路径',
  start: '起点',
  end: '终点',
  legendStay: '停留',
  legendAdvance: '前进一个状态',
  legendSkip: '跳过空白',
  legendDead: '不在任何完整路径上',
  notYet: '尚未计算',
  blockedSkip: (symbol: string) =>
    `不能跳到第二个“${symbol}”：相同字母之间必须有空白，否则“${symbol}${symbol}”会被折叠成“${symbol}”。`,
  impossible: (word: string, min: number, frames: number) =>
    `没有路径能到达终点格：“${word}”至少需要 ${min} 帧，而这里只有 ${frames} 帧。p(y|x) = 0，所以 −log p(y|x) = ∞。`,
  play: '播放',
  pause: '暂停',
  stepBack: '后退一步',
  stepForward: '前进一步',
  toStart: '第一步',
  toEnd: '最后一步',
  scrubber: '动画进度',
  speed: '速度',
  computing: '正在计算',
  cellTitle: (t: number, s: number, symbol: string) => `t = ${t}，s = ${s}（${symbol}）`,
  noSkipBlank: '空白行没有跳跃箭头：路径不能越过一个字母。',
  noSkipRepeat: '不能跳跃：这个字母与上两行的字母相同，它们之间的空白必不可少。',
  startOnly: '在 t = 0 时，路径只能位于两个起点格之一。',
  endOnly: '在最后一帧，路径必须位于两个终点格之一。',
  posteriorNote:
    'γ 是经过这个格子的路径在 p(y|x) 中所占的比例；γ 的每一列之和都为 1，因为每条路径在每一帧恰好经过一个格子。',
  lossTitle: '损失',
  lossNote:
    'p(y|x) 是两个终点格上 α 的和，这个序列的损失就是它的负对数。CTCLoss 最终返回什么，再由 reduction 决定。',
  reductionTitle: 'reduction 与 zero_infinity',
  reductionNote:
    "每一格都是同一组张量在对应设置下 CTCLoss 的返回值，由同一个计算核心算出。'mean' 会先除以目标长度 |y|，再对 batch 求平均（这里 N = 1）。不存在任何对齐时损失为 inf；zero_infinity=True 会把这个损失及其梯度置为 0，避免一个不可能的样本让整个 batch 的损失变成 inf、梯度变成 NaN。",
  showImpossible: '演示不可能的情况',
  current: '当前设置',
  alignments: '对齐路径',
  alignmentCount: (count: string, word: string, all: string) =>
    `在全部 ${all} 种逐帧标注中，有 ${count} 种会折叠成“${word}”。损失把其中每一种的概率都加了进去。`,
  viterbiTitle: '概率最大的对齐（Viterbi，已画在格子图上）',
  noViterbi: '没有：这些帧放不下任何对齐。',
  greedyTitle: '贪心解码（每帧取 argmax，不看目标）',
  greedyDiffers: '贪心解码读出的词和目标不同：模型错了，损失也反映了这一点。',
  samplesTitle: '从后验 p(π | y, x) 中抽取的对齐',
  samplesNote:
    '每一行是一条合法路径：每帧一个符号，再合并重复、删去 ε。选中一行即可在格子图上画出它。',
  resample: '换一批',
  pathProb: 'p(π)',
  empty: '（空）',
};

export const CTC_STRINGS: Record<Language, CtcStrings> = { en, zh };

import type { Family } from '../../src/index.ts';
import type { Language } from './language.ts';

/** Every fixed string of the interface, in both languages. Per-loss teaching text lives with each loss. */
const en = {
  appName: 'Loss Lab',
  tagline: 'Every torch.nn loss function, interactive, exact to PyTorch.',
  language: 'Language',
  theme: 'Theme',
  themeLight: 'Light',
  themeDark: 'Dark',
  themeSystem: 'System',
  catalog: 'Loss functions',
  skipToPanel: 'Skip to the panel',
  dismiss: 'Dismiss',
  notices: 'Notices',
  formula: 'Formula',
  formulaLive: 'With your numbers',
  parameters: 'Parameters',
  examples: 'Example tensors',
  perElement: "Per element (reduction='none')",
  result: 'Result',
  plot: 'Loss and gradient',
  lossCurve: 'loss',
  gradCurve: 'gradient',
  code: 'PyTorch code',
  copy: 'Copy',
  copied: 'Copied',
  explanation: 'What it does',
  pitfalls: 'Pitfalls',
  arguments: 'Arguments',
  keyword: 'Keyword',
  defaultValue: 'Default',
  shape: 'Shape',
  description: 'Description',
  panelComingNote:
    'The interactive panel for this loss is still being built. Its formula, arguments and keywords are below, and the numbers already come from the exact compute core.',
  invalidNumber: (text: string) => `"${text}" is not a number; keeping the last valid value.`,
  editAsText: 'Edit as text',
  tensorAsText: (arg: string) => `${arg} as text`,
  tensorTextHint: (shape: string) =>
    `A Python list such as [[1, 2], [3, 4]], or rows split by ; or new lines with values split by commas or spaces. Shape ${shape}.`,
  batchRange: (min: number, max: number) => ` N is the batch: ${min} to ${max}.`,
  tensorHighRank: (rank: number) => `A ${rank}-d tensor: edit it as text.`,
  tensorText: {
    tooLong: (chars: string, max: string, values: string) =>
      `Refused: ${chars} characters is far more than an example needs (at most ${max} characters, about ${values} values).`,
    tooMany: (count: string, max: string) =>
      `Refused: ${count} values; an example tensor holds at most ${max}.`,
    empty: 'Type at least one number.',
    notNumber: (token: string) => `"${token}" is not a finite number.`,
    brackets: 'The brackets do not pair up.',
    ragged: 'The rows have different lengths; a tensor must be rectangular.',
    shape: (got: string, want: string) =>
      `That is a tensor of shape ${got}; here it must be ${want}.`,
    kept: ' The tensor keeps its last valid value.',
  },
  computeError: 'PyTorch would refuse this input:',
  element: 'element',
  highlight: 'Show this element in the formula',
  residual: 'x − y (prediction minus target)',
  valueAt: (x: string, loss: string, grad: string) => `at ${x}: loss ${loss}, gradient ${grad}`,
  plotSummary: (name: string, values: string, value: string) =>
    `${name} against x − y, with a dot per example element. Per-element losses: ${values}. Current result: ${value}.`,
  gradSummary: (name: string, reduction: string, values: string) =>
    `Gradient of ${name} with reduction='${reduction}' against x − y. Per-element gradients: ${values}.`,
  unknownLoss: (name: string) => `There is no loss called "${name}"; showing L1Loss instead.`,
  badParam: (key: string, value: string) =>
    `Ignored ${key}=${value} from the link: not a valid value; using the default.`,
  unknownParam: (key: string) => `Ignored unknown setting "${key}" from the link.`,
  repeatedParam: (key: string) =>
    `The link sets "${key}" more than once; the first value is used, the others are ignored.`,
  newerLink:
    'This link comes from a newer Loss Lab than the copy you have, so parts of it may be ignored. Open it again when you are online to get the new version.',
  discardedSave:
    'Your saved settings from an earlier visit could not be read, so they were discarded and the defaults are shown.',
  gradientOf: '∂L / ∂xₙ',
  none: 'None',
  panelCrashed: (name: string) => `The ${name} panel ran into a problem`,
  panelCrashedHelp:
    'The rest of Loss Lab still works. Resetting this panel restores its default settings and examples.',
  panelLoadFailed: (name: string) => `The ${name} panel could not be loaded`,
  panelLoadFailedHelp:
    'Its code did not arrive (the connection may have dropped, or the site was just updated). The rest of Loss Lab still works. Resetting this panel loads it again with its default settings.',
  resetPanel: 'Reset this panel',
  families: {
    regression: 'Regression',
    probabilistic: 'Probabilistic & classification',
    margin: 'Margin & ranking',
    embedding: 'Embedding',
    sequence: 'Sequence',
  } satisfies Record<Family, string>,
};

export type Strings = typeof en;

const zh: Strings = {
  appName: 'Loss Lab 损失函数实验室',
  tagline: 'torch.nn 的每一个损失函数，可交互，数值与 PyTorch 完全一致。',
  language: '语言',
  theme: '主题',
  themeLight: '浅色',
  themeDark: '深色',
  themeSystem: '跟随系统',
  catalog: '损失函数',
  skipToPanel: '跳到面板',
  dismiss: '关闭',
  notices: '提示',
  formula: '公式',
  formulaLive: '代入你的数值',
  parameters: '参数',
  examples: '示例张量',
  perElement: "逐元素损失（reduction='none'）",
  result: '结果',
  plot: '损失与梯度',
  lossCurve: '损失',
  gradCurve: '梯度',
  code: 'PyTorch 代码',
  copy: '复制',
  copied: '已复制',
  explanation: '它在做什么',
  pitfalls: '常见误区',
  arguments: '输入参数',
  keyword: '关键字',
  defaultValue: '默认值',
  shape: '形状',
  description: '说明',
  panelComingNote:
    '这个损失函数的交互面板还在制作中。下面先列出它的公式、输入和关键字参数；数值已经由精确的计算核心给出。',
  invalidNumber: (text: string) => `“${text}”不是数字，仍保留上一个有效值。`,
  editAsText: '以文本编辑',
  tensorAsText: (arg: string) => `${arg}（文本）`,
  tensorTextHint: (shape: string) =>
    `可以写成 Python 列表，如 [[1, 2], [3, 4]]；也可以用分号或换行分隔各行，用逗号或空格分隔数值。形状 ${shape}。`,
  batchRange: (min: number, max: number) => `N 是批大小，可取 ${min} 到 ${max}。`,
  tensorHighRank: (rank: number) => `这是 ${rank} 维张量，请以文本编辑。`,
  tensorText: {
    tooLong: (chars: string, max: string, values: string) =>
      `已拒绝：${chars} 个字符远超示例所需（最多 ${max} 个字符，约 ${values} 个数）。`,
    tooMany: (count: string, max: string) => `已拒绝：共 ${count} 个数，示例张量最多 ${max} 个。`,
    empty: '请至少输入一个数。',
    notNumber: (token: string) => `“${token}”不是有限的数。`,
    brackets: '方括号没有配对。',
    ragged: '各行长度不一致；张量必须是规整的矩形。',
    shape: (got: string, want: string) => `这是形状为 ${got} 的张量，这里需要 ${want}。`,
    kept: '张量保持上一个有效值。',
  },
  computeError: 'PyTorch 会拒绝这个输入：',
  element: '元素',
  highlight: '在公式中显示这个元素',
  residual: 'x − y（预测值减真实值）',
  valueAt: (x: string, loss: string, grad: string) => `在 ${x} 处：损失 ${loss}，梯度 ${grad}`,
  plotSummary: (name: string, values: string, value: string) =>
    `${name} 随 x − y 变化的曲线，每个示例元素一个点。逐元素损失：${values}。当前结果：${value}。`,
  gradSummary: (name: string, reduction: string, values: string) =>
    `reduction='${reduction}' 时 ${name} 的梯度随 x − y 变化的曲线。逐元素梯度：${values}。`,
  unknownLoss: (name: string) => `没有名为“${name}”的损失函数，已改为显示 L1Loss。`,
  badParam: (key: string, value: string) =>
    `链接中的 ${key}=${value} 不是有效值，已忽略并使用默认值。`,
  unknownParam: (key: string) => `已忽略链接中未知的设置“${key}”。`,
  repeatedParam: (key: string) => `链接中多次设置了“${key}”，只采用第一个值，其余已忽略。`,
  newerLink:
    '这个链接来自比你手上更新的 Loss Lab 版本，其中部分设置可能被忽略。联网后重新打开即可获取新版本。',
  discardedSave: '上次保存的设置无法读取，已丢弃，现在显示默认设置。',
  gradientOf: '∂L / ∂xₙ',
  none: 'None（不设置）',
  panelCrashed: (name: string) => `${name} 面板出了问题`,
  panelCrashedHelp: 'Loss Lab 的其他部分仍可正常使用。重置这个面板会恢复它的默认设置和示例。',
  panelLoadFailed: (name: string) => `${name} 面板未能加载`,
  panelLoadFailedHelp:
    '面板的代码没有加载成功（可能是网络中断，或网站刚刚更新）。Loss Lab 的其他部分仍可正常使用。重置这个面板会重新加载它，并恢复默认设置。',
  resetPanel: '重置这个面板',
  families: {
    regression: '回归',
    probabilistic: '概率与分类',
    margin: '间隔与排序',
    embedding: '嵌入',
    sequence: '序列',
  },
};

export const STRINGS: Record<Language, Strings> = { en, zh };

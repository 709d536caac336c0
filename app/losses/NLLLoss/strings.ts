import type { Bilingual } from '../../../src/index.ts';
import type { InputKind } from './inputKind.ts';

/** The NLLLoss panel's own strings. */
export const NLL_TEXT = {
  inputTitle: (n: number): Bilingual => ({
    en: `input of sample ${n} (should be log-probabilities): drag, or use the arrow keys`,
    zh: `样本 ${n} 的 input（应为对数概率）：可拖动，也可用方向键`,
  }),
  inputSummary: (values: string): Bilingual => ({
    en: `input entries: ${values}.`,
    zh: `input 各项：${values}。`,
  }),
  expTitle: (sum: string): Bilingual => ({
    en: `exp(input): the probabilities it stands for (sum ${sum})`,
    zh: `exp(input)：它所代表的概率（总和 ${sum}）`,
  }),
  kind: {
    logProbabilities: {
      en: '✓ These are log-probabilities: exp(input) sums to 1, so −input[y] really is −log p(y).',
      zh: '✓ 这是对数概率：exp(input) 的总和为 1，因此 −input[y] 确实是 −log p(y)。',
    },
    probabilities: {
      en: '✗ These look like probabilities, not their logs: NLLLoss returns −p(y), between −1 and 0, and its gradient never grows however wrong the model is. Take the log first.',
      zh: '✗ 这看起来是概率而不是对数概率：NLLLoss 会返回 −p(y)，介于 −1 和 0 之间，而且无论模型错得多离谱，梯度都不会变大。应先取对数。',
    },
    scores: {
      en: '✗ These are not log-probabilities (exp(input) does not sum to 1). NLLLoss does not check: it still returns −input[y], which is not a likelihood, has no lower bound, and can be negative.',
      zh: '✗ 这不是对数概率（exp(input) 的总和不为 1）。NLLLoss 不做检查，照样返回 −input[y]：这不是似然，没有下界，还可能为负。',
    },
  } satisfies Record<InputKind, Bilingual>,
  fixLogSoftmax: { en: 'Apply log_softmax to input', zh: '对 input 做 log_softmax' },
  fixLog: { en: 'Apply log to input', zh: '对 input 取 log' },
  compareTitle: {
    en: 'What goes wrong: three ways to hand the same scores z = input to NLLLoss',
    zh: '错在哪里：把同一组分数 z = input 交给 NLLLoss 的三种方式',
  },
  compareCaption: {
    en: 'Each row is NLLLoss with your weight, ignore_index and reduction; the first is the right one.',
    zh: '每一行都使用你设置的 weight、ignore_index 和 reduction；只有第一行是正确用法。',
  },
  youPass: { en: 'You pass', zh: '传入的是' },
  result: { en: 'NLLLoss gives', zh: 'NLLLoss 的结果' },
  verdict: { en: 'What it means', zh: '含义' },
  rowLogSoftmax: {
    en: 'right: the negative log-likelihood, equal to CrossEntropyLoss(z); never below 0',
    zh: '正确：负对数似然，等于 CrossEntropyLoss(z)；不会小于 0',
  },
  rowRaw: {
    en: 'raw logits: just −z[y]; raising z[y] lowers it without limit, so training pushes the logit to infinity',
    zh: '原始 logits：只是 −z[y]；z[y] 越大它越小且没有下限，训练会把 logit 推向无穷大',
  },
  rowSoftmax: {
    en: 'probabilities: −p(y), stuck between −1 and 0; a confident mistake costs almost nothing',
    zh: '概率：−p(y)，被困在 −1 和 0 之间；自信地犯错几乎没有代价',
  },
  same: {
    en: '(same as the first row: z is already log-probabilities)',
    zh: '（与第一行相同：z 本来就是对数概率）',
  },
  stepTitle: { en: 'The shown sample', zh: '当前样本' },
  stepClass: {
    en: 'NLLLoss only picks the target entry, flips its sign and multiplies by the class weight:',
    zh: 'NLLLoss 只是取出目标类别那一项，取相反数，再乘以该类别的权重：',
  },
  stepIgnored: {
    en: 'This sample’s target equals ignore_index: no loss, no gradient, and it does not count in the mean.',
    zh: '这个样本的目标等于 ignore_index：没有损失，没有梯度，也不计入平均。',
  },
  curveTitle: (k: number): Bilingual => ({
    en: `Loss of this sample as input[${k}] (its target entry) moves`,
    zh: `该样本的损失随 input[${k}]（目标类别那一项）变化`,
  }),
  curveX: (k: number): Bilingual => ({ en: `input[${k}]`, zh: `input[${k}]` }),
  seriesRaw: {
    en: 'NLLLoss(input): a straight line with no floor',
    zh: 'NLLLoss(input)：没有下限的直线',
  },
  seriesFixed: {
    en: 'NLLLoss(log_softmax(input)): bounded below by 0',
    zh: 'NLLLoss(log_softmax(input))：下限为 0',
  },
  curveSummary: (k: number, x: string, raw: string, fixed: string): Bilingual => ({
    en: `Loss of the shown sample against input[${k}]. At input[${k}] = ${x}: NLLLoss(input) = ${raw}, NLLLoss(log_softmax(input)) = ${fixed}.`,
    zh: `所示样本的损失随 input[${k}] 变化。在 input[${k}] = ${x} 处：NLLLoss(input) = ${raw}，NLLLoss(log_softmax(input)) = ${fixed}。`,
  }),
} as const;

import type { Bilingual } from '../../src/index.ts';

/** Strings shared by the panels of class-score losses (CrossEntropyLoss, NLLLoss, ...). */
export const CLASS_TEXT = {
  sample: { en: 'Sample', zh: '样本' },
  samplePicker: { en: 'Sample shown in the charts', zh: '图中显示的样本' },
  classLabel: (c: number): Bilingual => ({ en: `class ${c}`, zh: `类别 ${c}` }),
  targetMark: { en: '▲ target', zh: '▲ 目标' },
  showSample: (n: number): Bilingual => ({
    en: `Show sample ${n} in the charts and formulas`,
    zh: `在图和公式中显示样本 ${n}`,
  }),
  perSample: { en: "Per sample (reduction='none')", zh: "逐样本损失（reduction='none'）" },
  addSample: { en: '+ sample', zh: '+ 样本' },
  removeSample: { en: '− sample', zh: '− 样本' },
  addClass: { en: '+ class', zh: '+ 类别' },
  removeClass: { en: '− class', zh: '− 类别' },
  inPlainWords: { en: 'In plain words:', zh: '通俗地说：' },
  staleFigures: {
    en: 'The charts and steps show the last input PyTorch accepted.',
    zh: '图和计算步骤显示的是 PyTorch 最后一次接受的输入。',
  },
  targetPickerDoc: (n: number, ignoreIndex: number): Bilingual => ({
    en: `The target class of sample ${n}. Choosing ${ignoreIndex} (= ignore_index) leaves the sample out, as padding is marked in practice.`,
    zh: `样本 ${n} 的目标类别。选 ${ignoreIndex}（= ignore_index）会把这个样本排除在外，实际中常用它标记填充位置。`,
  }),
  nanTitle: { en: 'Why NaN?', zh: '为什么是 NaN？' },
  nanAllIgnored: {
    en: "Every target in this batch equals ignore_index, so 'mean' has nothing to average: it divides a sum of 0 by a total weight of 0, and 0 / 0 is NaN. This is PyTorch's answer, not an error. The gradient is all zeros here, but a NaN loss still poisons any running total or sum of losses it joins; batches made only of padding are best skipped, or reduced with 'sum'.",
    zh: "这个 batch 里所有目标都等于 ignore_index，'mean' 没有可以平均的对象：总损失 0 除以总权重 0，而 0 / 0 就是 NaN。这是 PyTorch 的正常结果，并不是报错。此时梯度全为 0，但 NaN 的损失值一旦被累加进总损失或与其他损失相加，就会把它们也变成 NaN；只含填充的 batch 最好直接跳过，或改用 'sum'。",
  },
  nanZeroWeight: {
    en: "The weights of the counted targets add up to 0, so 'mean' divides by 0 and gives NaN (and here the gradient is NaN too). A class weight of 0 removes that class from the average; if every target in the batch has such a class, nothing is left to average.",
    zh: "参与计算的目标类别权重之和为 0，'mean' 除以 0，结果是 NaN（此时梯度也是 NaN）。权重为 0 的类别不参与平均；如果 batch 里所有目标都属于这样的类别，就没有可平均的东西了。",
  },
  meanTitle: { en: 'The weighted mean, sample by sample', zh: '加权平均，逐个样本' },
  colTarget: { en: 'target yₙ', zh: '目标 yₙ' },
  colWeight: { en: 'weight w[yₙ]', zh: '权重 w[yₙ]' },
  colLoss: { en: 'loss ℓₙ', zh: '损失 ℓₙ' },
  colCounted: { en: 'in the mean?', zh: '计入平均？' },
  yes: { en: 'yes', zh: '是' },
  ignoredRow: { en: 'no: ignore_index', zh: '否：ignore_index' },
  total: { en: 'sum', zh: '合计' },
  meanRow: { en: 'mean = Σℓₙ / Σw[yₙ]', zh: 'mean = Σℓₙ / Σw[yₙ]' },
} as const;

import type { ArgumentMeta, KeywordMeta } from '../core/meta.ts';

/** `weight` of NLLLoss and CrossEntropyLoss: one rescaling factor per class. */
export const CLASS_WEIGHT_KEYWORD: KeywordMeta = {
  name: 'weight',
  kind: 'tensor',
  default: null,
  shape: '(C)',
  doc: {
    en: "A manual rescaling weight for each class. With reduction='mean' the result is divided by the summed weights of the targets, not by their count.",
    zh: "每个类别的手动缩放权重。reduction='mean' 时，结果除以各目标类别权重之和，而不是样本个数。",
  },
};

/** `ignore_index` of NLLLoss and CrossEntropyLoss. */
export const IGNORE_INDEX_KEYWORD: KeywordMeta = {
  name: 'ignore_index',
  kind: 'number',
  default: -100,
  min: -100,
  max: 9,
  step: 1,
  integer: true,
  doc: {
    en: "Targets equal to this value contribute nothing, neither loss nor gradient, and do not count in the 'mean' denominator.",
    zh: "等于该值的目标不产生损失也不产生梯度，也不计入 'mean' 的分母。",
  },
};

/** `input` of NLLLoss and CrossEntropyLoss: class scores along dim 1. */
export function classScoresArgument(what: { en: string; zh: string }): ArgumentMeta {
  return {
    name: 'input',
    role: 'prediction',
    shape: '(C), (N, C) or (N, C, d1, ..., dK)',
    doc: {
      en: `${what.en} The classes run along dim 1 (dim 0 when unbatched).`,
      zh: `${what.zh}类别位于第 1 维（无批次维时为第 0 维）。`,
    },
  };
}

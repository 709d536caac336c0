import type { Bilingual } from '../../src/index.ts';

type Explain = (m: RegExpMatchArray) => Bilingual;

/**
 * The core's refusals, in PyTorch's own terms, retold for a student. Each entry matches one
 * message of the core; a message without an entry is shown as it is.
 */
const RULES: readonly (readonly [RegExp, Explain])[] = [
  [
    /^Target (-?\d+) is out of bounds\. \(target must be a class index in \[0, (\d+)\] for (\d+) classes, or ignore_index=(-?\d+)\)/,
    (m) => ({
      en: `A target names a class by its index, from 0 to ${m[2]}. There is no class ${m[1]} among ${m[3]} classes, and ${m[1]} is not ignore_index (${m[4]}) either.`,
      zh: `目标用索引指明类别，只能取 0 到 ${m[2]}。${m[3]} 个类别里没有第 ${m[1]} 类，而 ${m[1]} 也不等于 ignore_index（${m[4]}）。`,
    }),
  ],
  [
    /^target must hold integers .*got (.+)$/,
    (m) => ({
      en: `A class-index target holds whole numbers, and ${m[1]} is not one. (For class probabilities, give the target the same shape as the input.)`,
      zh: `类别索引形式的目标只能是整数，${m[1]} 不是整数。（若想给出类别概率，目标要与输入形状相同。）`,
    }),
  ],
  [
    /^ignore_index is not supported for floating point target \(got ignore_index=(-?\d+)/,
    (m) => ({
      en: `With class-probability targets there is no class index to skip, so PyTorch refuses ignore_index=${m[1]}. Set ignore_index back to −100 (any negative value), or switch to class-index targets.`,
      zh: `目标是类别概率时，没有“类别索引”可以跳过，所以 PyTorch 拒绝 ignore_index=${m[1]}。请把 ignore_index 改回 −100（任意负数均可），或改用类别索引目标。`,
    }),
  ],
  [
    /^Expected input batch_size \((\d+)\) to match target batch_size \((.+)\)\./,
    (m) => ({
      en: `The input has ${m[1]} samples but the target has ${m[2]}: every sample needs exactly one target.`,
      zh: `输入有 ${m[1]} 个样本，目标却有 ${m[2]} 个：每个样本恰好需要一个目标。`,
    }),
  ],
  [
    /weight tensor should be defined either for all (\d+) classes or no classes but got weight tensor of shape: \[(.*)\]/,
    (m) => ({
      en: `weight gives one factor per class, so it needs exactly ${m[1]} numbers; it has shape [${m[2]}]. Switch weight to None and on again to start from ${m[1]} ones.`,
      zh: `weight 为每个类别给一个系数，因此恰好需要 ${m[1]} 个数，而它的形状是 [${m[2]}]。可以先把 weight 切换为 None 再打开，得到 ${m[1]} 个 1。`,
    }),
  ],
  [
    /^label_smoothing must be between 0\.0 and 1\.0\. Got: (.+)$/,
    (m) => ({
      en: `label_smoothing is the share of the target moved to the uniform distribution, so it lies between 0 and 1; ${m[1]} does not.`,
      zh: `label_smoothing 表示目标中分给均匀分布的比例，只能在 0 到 1 之间；${m[1]} 不在这个范围内。`,
    }),
  ],
  [
    /^The size of tensor a \((\d+)\) must match the size of tensor b \((\d+)\) at non-singleton dimension (\d+) \((?:.+: )?shapes (\[.*\]) and (\[.*\])\)/,
    (m) => ({
      en: `input ${m[4]} and target ${m[5]} must have the same shape (or shapes that broadcast): along dimension ${m[3]} one has ${m[1]} entries and the other ${m[2]}.`,
      zh: `input ${m[4]} 与 target ${m[5]} 的形状必须相同（或可以广播）：在第 ${m[3]} 维上，一个有 ${m[1]} 个元素，另一个有 ${m[2]} 个。`,
    }),
  ],
  [
    /^0D or 1D target tensor expected, multi-target not supported \(target has shape (\[.*\])\)/,
    (m) => ({
      en: `For an (N, C) input the target is one class index per sample, shape (N). A target of shape ${m[1]} is neither that nor a probability table shaped like the input.`,
      zh: `对 (N, C) 的输入，目标应是每个样本一个类别索引，形状为 (N)。形状为 ${m[1]} 的目标既不是这种形式，也不是与输入同形状的概率表。`,
    }),
  ],
  [
    /^only p == 1 and p == 2 supported \(got p=(.+)\)/,
    (m) => ({
      en: `MultiMarginLoss raises each hinge term to the power p, and PyTorch implements only p = 1 and p = 2; p = ${m[1]} is refused.`,
      zh: `MultiMarginLoss 把每个合页项取 p 次方，而 PyTorch 只实现了 p = 1 和 p = 2；p = ${m[1]} 会被拒绝。`,
    }),
  ],
  [
    /^target out of range: target (-?[\d.e+-]+) is not a class index in \[0, (\d+)\]/,
    (m) => ({
      en: `The target names the right class by its index, from 0 to ${m[2]}; ${m[1]} is not one of them. (This loss has no ignore_index.)`,
      zh: `目标用索引指明正确的类别，只能取 0 到 ${m[2]}；${m[1]} 不在其中。（这个损失没有 ignore_index。）`,
    }),
  ],
  [
    /^weight has (\d+) entries but target (\d+) needs weight\[\d+\] \(weight should hold one value per class, (\d+) here\)/,
    (m) => ({
      en: `A sample is scaled by the weight of its target class, so weight needs an entry for class ${m[2]}; it has only ${m[1]}. Give weight one number per class (${m[3]} here).`,
      zh: `每个样本按其目标类别的权重缩放，所以 weight 必须有类别 ${m[2]} 的那一项，而它只有 ${m[1]} 项。请为每个类别各给一个数（这里是 ${m[3]} 个）。`,
    }),
  ],
  [
    /^argument #2 'target' is out of range: (-?[\d.e+-]+) is neither a class index in \[0, (\d+)\] nor the -1 terminator/,
    (m) => ({
      en: `Every entry of a MultiLabelMarginLoss target is a class index from 0 to ${m[2]}, or −1 to end the list. ${m[1]} is neither, and PyTorch checks even the entries after the first −1.`,
      zh: `MultiLabelMarginLoss 目标里的每一项都必须是 0 到 ${m[2]} 的类别索引，或者表示列表结束的 −1。${m[1]} 两者都不是；而且 PyTorch 连第一个 −1 之后的项也会检查。`,
    }),
  ],
  [
    /^inconsistent size (\[.*\]) for argument #2 'target' \(input has shape (\[.*\])\)/,
    (m) => ({
      en: `The target must have exactly the input's shape ${m[2]}: one index-list row per sample, padded with −1 to C entries. It has shape ${m[1]}.`,
      zh: `目标的形状必须与输入完全相同，即 ${m[2]}：每个样本一行索引列表，用 −1 补齐到 C 项。而它的形状是 ${m[1]}。`,
    }),
  ],
  [
    /^All inputs should have same dimension but got (\d+)D, (\d+)D and (\d+)D inputs/,
    (m) => ({
      en: `anchor, positive and negative must have the same number of dimensions, usually (N, D) each; they have ${m[1]}, ${m[2]} and ${m[3]}.`,
      zh: `anchor、positive 与 negative 的维数必须相同，通常都是 (N, D)；而它们分别是 ${m[1]} 维、${m[2]} 维和 ${m[3]} 维。`,
    }),
  ],
  [
    /^cosine_similarity\((\w+), (\w+)\): Dimension out of range/,
    (m) => ({
      en: `The cosine distance compares rows along dim 1, so ${m[1]} and ${m[2]} need a batch dimension: shape (N, D), not (D).`,
      zh: `余弦距离沿第 1 维比较各行，所以 ${m[1]} 和 ${m[2]} 需要有 batch 维：形状应为 (N, D)，而不是 (D)。`,
    }),
  ],
];

/** A plain-words retelling of a core error message, or null when we have none for it. */
export function plainError(message: string): Bilingual | null {
  for (const [pattern, explain] of RULES) {
    const m = message.match(pattern);
    if (m) return explain(m);
  }
  return null;
}

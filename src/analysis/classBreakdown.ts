import { evaluateDefinition, readInputs } from '../core/evaluate.ts';
import { getLoss } from '../core/registry.ts';
import { tensorFromNested } from '../core/tensor.ts';
import { classLayout, rowStart } from '../losses/classLayout.ts';
import { logSoftmax as logSoftmaxRows } from '../losses/logSoftmax.ts';

/** One position (sample) of a CrossEntropyLoss or NLLLoss call, taken apart. */
export interface ClassPosition {
  /** The C scores at this position: logits for CrossEntropyLoss, the input as given for NLLLoss. */
  readonly scores: readonly number[];
  /** log Σ_c exp(score_c): what log_softmax subtracts (CrossEntropyLoss only, else null). */
  readonly logSumExp: number | null;
  /** log p: log_softmax(scores) for CrossEntropyLoss; the scores themselves for NLLLoss. */
  readonly logProbs: readonly number[];
  /** exp(log p). For NLLLoss these sum to 1 only if the input really holds log-probabilities. */
  readonly probs: readonly number[];
  /** The class index, or null for class-probability targets. */
  readonly target: number | null;
  /**
   * The distribution the loss compares with: the probability target, or the smoothed one-hot
   * (1 − ε)·onehot + ε/C under label smoothing, after smoothing in both cases; null otherwise.
   */
  readonly targetProbs: readonly number[] | null;
  /** True where target == ignore_index: no loss, no gradient, not in the denominator. */
  readonly ignored: boolean;
  /** w[target] (1 without a weight), 0 when ignored; what 'mean' adds up in its denominator. */
  readonly weight: number;
  /** −w[target] · log p[target] (class targets), 0 when ignored. */
  readonly nll: number;
  /** −Σ_c w_c · log p_c, the label-smoothing term (class targets), 0 when ignored. */
  readonly smooth: number;
  /** The loss of this position, as `reduction='none'` returns it. */
  readonly loss: number;
}

export interface ClassBreakdown {
  readonly positions: readonly ClassPosition[];
  readonly classes: number;
  readonly probabilityTargets: boolean;
  readonly labelSmoothing: number;
  /**
   * What reduction='mean' divides Σ loss by: the summed weight of the counted class targets
   * (0 when all are ignored, hence NaN), or the number of positions for probability targets.
   */
  readonly denominator: number;
  /** Σ loss over the positions: what 'sum' returns and the numerator of 'mean'. */
  readonly lossSum: number;
}

/**
 * CrossEntropyLoss or NLLLoss evaluated step by step for teaching: the log-softmax, the picked
 * entry, the weight and the smoothing term of every position, and the denominator of 'mean', so
 * that Σ loss / denominator is exactly the 'mean' result. Refuses (LossInputError) whatever the
 * loss itself refuses; each position's `loss` is the loss's own `reduction='none'` output.
 */
export function classBreakdown(
  name: 'CrossEntropyLoss' | 'NLLLoss',
  inputs: Readonly<Record<string, unknown>>,
  options: Readonly<Record<string, unknown>> = {},
): ClassBreakdown {
  const def = getLoss(name);
  const read = readInputs(def, inputs);
  const perPosition = evaluateDefinition(def, read, { ...options, reduction: 'none' }).output;
  const input = read.get('input');
  const target = read.get('target');
  const layout = classLayout(input.shape);
  const { classes: c, spatial: s } = layout;
  const fromLogits = name === 'CrossEntropyLoss';
  const probabilityTargets =
    fromLogits &&
    input.shape.length === target.shape.length &&
    input.shape.every((d, i) => d === target.shape[i]);
  const ignoreIndex = typeof options['ignore_index'] === 'number' ? options['ignore_index'] : -100;
  const eps =
    fromLogits && typeof options['label_smoothing'] === 'number'
      ? Math.max(0, options['label_smoothing'])
      : 0;
  const weightOption = options['weight'];
  const weights =
    weightOption === undefined || weightOption === null
      ? null
      : tensorFromNested(weightOption, 'weight').data;
  const w = (k: number) => (weights ? (weights[k] ?? 0) : 1);
  const logProbsAll = fromLogits ? logSoftmaxRows(input.data, layout) : input.data;
  // The NLLLoss quirk of a (C) input with a (C) target: only target[0] is read.
  const count = probabilityTargets
    ? layout.batch * s
    : Math.min(layout.batch * s, target.data.length);
  const positions: ClassPosition[] = [];
  let denominator = 0;
  for (let p = 0; p < count; p++) {
    const start = rowStart(layout, p);
    const at = (k: number) => start + k * s;
    const scores = Array.from({ length: c }, (_, k) => input.data[at(k)] ?? 0);
    const logProbs = Array.from({ length: c }, (_, k) => logProbsAll[at(k)] ?? 0);
    const loss = perPosition.data[p] ?? Number.NaN;
    const common = {
      scores,
      logSumExp: fromLogits ? (scores[0] ?? 0) - (logProbs[0] ?? 0) : null,
      logProbs,
      probs: logProbs.map(Math.exp),
      loss,
    };
    if (probabilityTargets) {
      const targetProbs = Array.from({ length: c }, (_, k) => {
        const t = target.data[at(k)] ?? 0;
        return eps > 0 ? t * (1 - eps) + eps / c : t;
      });
      positions.push({
        ...common,
        target: null,
        targetProbs,
        ignored: false,
        weight: 1,
        nll: loss,
        smooth: 0,
      });
      denominator += 1;
      continue;
    }
    const t = target.data[p] ?? 0;
    const ignored = t === ignoreIndex;
    const weight = ignored ? 0 : w(t);
    let smooth = 0;
    if (!ignored) for (let k = 0; k < c; k++) smooth -= w(k) * (logProbs[k] ?? 0);
    positions.push({
      ...common,
      target: t,
      targetProbs:
        eps > 0 ? Array.from({ length: c }, (_, k) => (k === t ? 1 - eps : 0) + eps / c) : null,
      ignored,
      weight,
      nll: ignored ? 0 : -weight * (logProbs[t] ?? 0),
      smooth,
    });
    denominator += weight;
  }
  const lossSum = positions.reduce((sum, p) => sum + p.loss, 0);
  return { positions, classes: c, probabilityTargets, labelSmoothing: eps, denominator, lossSum };
}

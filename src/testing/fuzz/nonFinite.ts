import type { LossCall } from '../generators.ts';
import {
  broadcastNumel,
  flatten,
  keywordMax,
  maxAbs,
  numelOf,
  overflows,
  shapeOf,
} from './values.ts';

/**
 * For each loss, the situations in which PyTorch itself may return a non-finite output or
 * gradient for a valid call. Outside them the fuzz test demands finite numbers everywhere.
 *
 * Most conditions are overflow bounds: a bound on the largest intermediate the formula forms,
 * from the largest |value| A of the inputs (and Y of the target, W of a weight, M of a margin)
 * and the number of summed terms. When the bound stays below ~1e306 nothing can overflow, in
 * PyTorch or here; when it does not, PyTorch may give inf or NaN (inf − inf, 0 · inf), and so
 * may we. The other conditions are the documented non-finite cases: a 'mean' over nothing
 * (0/0), all targets ignored, log(0), an impossible CTC alignment, exp beyond ~709.78.
 */
type Predicate = (call: LossCall) => boolean;

const reductionOf = (call: LossCall): unknown => call.options['reduction'] ?? 'mean';

/** A 'mean' (or KLDivLoss 'batchmean') over zero elements is 0/0 = NaN in PyTorch. */
function emptyMean(call: LossCall, n: number): boolean {
  const r = reductionOf(call);
  return n === 0 && (r === 'mean' || r === 'batchmean');
}

/** The pair losses: n elements after input and target broadcast, and their magnitudes. */
function pairStats(call: LossCall): { n: number; a: number; y: number } {
  return {
    n: broadcastNumel(call, 'input', 'target'),
    a: maxAbs(call, 'input', 'target'),
    y: maxAbs(call, 'target'),
  };
}

const num = (call: LossCall, name: string, fallback: number): number => {
  const v = call.options[name];
  return typeof v === 'number' ? v : fallback;
};

function maxOf(call: LossCall, arg: string): number {
  return flatten(call.inputs[arg]).reduce((m, v) => Math.max(m, v), Number.NEGATIVE_INFINITY);
}

/** |x − y| ≤ 2A per element, and n of them summed: only that sum can overflow (to +inf). */
const l1: Predicate = (call) => {
  const { n, a } = pairStats(call);
  return emptyMean(call, n) || overflows(2 * a * n);
};

/** (x − y)² ≤ 4A² per element; the gradient (2/n)(x − y) ≤ 4A. */
const mse: Predicate = (call) => {
  const { n, a } = pairStats(call);
  return emptyMean(call, n) || overflows(4 * a * a * n) || overflows(4 * a);
};

/**
 * Terms are at most |x − y| ≤ 2A, but the quadratic zone (|x − y| < beta) forms z·z first,
 * which overflows once min(2A, beta) passes ~1.3e154. Gradients are bounded by 1.
 */
const smoothL1: Predicate = (call) => {
  const { n, a } = pairStats(call);
  const z = Math.min(2 * a, num(call, 'beta', 1));
  return emptyMean(call, n) || overflows(2 * a * n) || overflows(0.5 * z * z);
};

/** 0.5·z² inside delta (z < delta), delta·(z − delta/2) ≤ delta·2A beyond it. */
const huber: Predicate = (call) => {
  const { n, a } = pairStats(call);
  const delta = num(call, 'delta', 1);
  const z = Math.min(2 * a, delta);
  const linear = 2 * a >= delta ? delta * 2 * a : 0;
  return emptyMean(call, n) || overflows(2 * a) || overflows(n * Math.max(0.5 * z * z, linear));
};

/**
 * log_input: exp(x) overflows beyond x ≈ 709.78 (then inf − y·x may even be NaN), y·x ≤ Y·A
 * and Stirling's y·log y ≤ 710·Y. Otherwise x − y·log(x + eps): a rate x + eps of exactly 0
 * gives log 0 = −inf (loss inf, or NaN for y = 0) and a gradient y/0, and y/(x + eps) can
 * overflow for tiny rates.
 */
const poisson: Predicate = (call) => {
  const { n, a, y } = pairStats(call);
  if (emptyMean(call, n)) return true;
  if (call.options['log_input'] !== false) {
    const top = maxOf(call, 'input');
    return top > 709.7 || overflows(n * (Math.exp(top) + y * a + 710 * y + 10));
  }
  const eps = num(call, 'eps', 1e-8);
  const minRate = flatten(call.inputs['input']).reduce((m, x) => Math.min(m, x + eps), Infinity);
  return (
    minRate === 0 ||
    overflows(a + eps) ||
    overflows(n * (a + eps + 1500 * y + 10)) ||
    overflows(y / minRate)
  );
};

/**
 * With v = max(var, eps): a v of 0 gives log 0 and d²/0. Otherwise d²/v ≤ (2A)²/v_min,
 * |log v| ≤ 745, and autograd forms 0.5/v (overflowing for a denormal v, then ·0 = NaN) and
 * (d²/v)/v for var's gradient.
 */
const gaussian: Predicate = (call) => {
  const n = broadcastNumel(call, 'input', 'target', 'var');
  const a = maxAbs(call, 'input', 'target');
  const eps = num(call, 'eps', 1e-6);
  const vMin = flatten(call.inputs['var']).reduce(
    (m, v) => Math.min(m, v < eps ? eps : v),
    Infinity,
  );
  const d2 = 4 * a * a;
  return (
    emptyMean(call, n) ||
    vMin === 0 ||
    overflows(n * (d2 / vMin + 750)) ||
    overflows(1 / vMin) ||
    overflows(d2 / vMin / vMin)
  );
};

/**
 * Probability targets: y·log y ≤ 710·Y and y·x ≤ Y·A, summed with mixed signs. Log targets:
 * e^y overflows beyond y ≈ 709.78 (inf · (y − x), NaN when y = x).
 */
const klDiv: Predicate = (call) => {
  const { n, a, y } = pairStats(call);
  if (emptyMean(call, n)) return true;
  if (call.options['log_target'] === true) {
    const top = maxOf(call, 'target');
    return top > 709.7 || overflows(n * Math.exp(top) * (y + a));
  }
  return overflows(n * (y * (a + 710) + 1));
};

/**
 * Both logs are clamped at −100, so a term is at most 100·(2Y + 1)·w; the gradient divides by
 * max((1 − x)·x, ~1e-12), so it is at most (1 + Y)·1e12·w. A huge weight (or target) can still
 * overflow them, and a zero weight then makes inf · 0 = NaN.
 */
const bce: Predicate = (call) => {
  const { n, y } = pairStats(call);
  const w = Math.max(keywordMax(call, 'weight'), 1);
  return (
    emptyMean(call, n) || overflows(n * 100 * (2 * y + 1) * w) || overflows((1 + y) * 1e12 * w)
  );
};

/**
 * The log-sum-exp form keeps every term within (1 − y)·x + (1 + (p − 1)·y)·(|x| + log 2), so
 * only huge logits times huge targets or weights overflow (with mixed signs: NaN possible).
 */
const bceWithLogits: Predicate = (call) => {
  const { n, a, y } = pairStats(call);
  const w = Math.max(keywordMax(call, 'weight'), 1);
  const p = keywordMax(call, 'pos_weight');
  return (
    emptyMean(call, n) ||
    overflows(n * w * ((1 + y) * a + (1 + (p + 1) * y) * (a + 1))) ||
    overflows(w * (2 * p * y + 1 + y))
  );
};

/** Each term is at most margin + 2A (with either sign), so only that sum can overflow. */
const hinge: Predicate = (call) => {
  const { n, a } = pairStats(call);
  return emptyMean(call, n) || overflows(n * (Math.abs(num(call, 'margin', 1)) + 2 * a));
};

/**
 * PyTorch evaluates log(1 + e^(−y·x)) literally: once −y·x passes ~709.78, e^(−y·x) is inf,
 * the loss inf and the gradient inf/inf = NaN. Below that every term is at most ~710.
 */
const softMargin: Predicate = (call) => {
  const xs = flatten(call.inputs['input']);
  const ys = flatten(call.inputs['target']);
  return xs.some((x, i) => -x * (ys.length === 1 ? (ys[0] ?? 0) : (ys[i] ?? 0)) > 709);
};

/**
 * max(0, −y·(x1 − x2) + margin) ≤ Y·2A + M: non-negative terms, so only their sum overflows,
 * or x1 − x2 itself, which a label y = 0 turns into 0 · inf = NaN.
 */
const marginRanking: Predicate = (call) => {
  const n = broadcastNumel(call, 'input1', 'input2', 'target');
  const a = maxAbs(call, 'input1', 'input2');
  const y = maxAbs(call, 'target');
  return overflows(2 * a) || overflows(n * (y * 2 * a + Math.abs(num(call, 'margin', 0))));
};

/** Rows (N or 1) and classes C of a (C) or (N, C) input. */
function rowsOf(call: LossCall): { rows: number; c: number } {
  const s = shapeOf(call.inputs['input']);
  return s.length === 2 ? { rows: s[0] ?? 0, c: s[1] ?? 1 } : { rows: 1, c: s[0] ?? 1 };
}

/** Every hinge 1 − x_j + x_i ≤ 1 + 2A, C² of them per row. */
const multiLabelMargin: Predicate = (call) => {
  const { rows, c } = rowsOf(call);
  return overflows(rows * c * c * (1 + 2 * maxAbs(call, 'input')));
};

/** (margin − x_y + x_i)^p · w_y: a zero weight against an overflowed square gives NaN. */
const multiMargin: Predicate = (call) => {
  const { rows, c } = rowsOf(call);
  const z = Math.abs(num(call, 'margin', 1)) + 2 * maxAbs(call, 'input') + 1;
  const w = Math.max(keywordMax(call, 'weight'), 1);
  return overflows(rows * c * w * z ** num(call, 'p', 1));
};

/** |log σ(±x)| ≤ |x| + log 2, times (|y| + |1 − y|) and the weight. */
const multiLabelSoftMargin: Predicate = (call) => {
  const { rows, c } = rowsOf(call);
  const a = maxAbs(call, 'input');
  const y = maxAbs(call, 'target');
  const w = Math.max(keywordMax(call, 'weight'), 1);
  return overflows(rows * c * w * (2 * y + 1) * (a + 1));
};

/**
 * log_softmax is finite while a row's range (≤ 2A) is, and then |log p| ≤ 2A + log C. Terms are
 * w·|log p| (C of them with label smoothing or probability targets). 'mean' over class indices
 * divides by the summed weight of the counted targets: 0 when every target is ignored (or
 * weighs 0) gives 0/0, and a tiny total can overflow the gradient's w/total.
 */
const classScores =
  (probabilitiesPossible: boolean): Predicate =>
  (call) => {
    const inShape = shapeOf(call.inputs['input']);
    const tShape = shapeOf(call.inputs['target']);
    const c = inShape.length <= 1 ? (inShape[0] ?? 1) : (inShape[1] ?? 1);
    const positions = numelOf(inShape) / c;
    const a = maxAbs(call, 'input');
    const weights = call.options['weight'] ? flatten(call.options['weight']) : null;
    const w = Math.max(keywordMax(call, 'weight'), 1);
    const logP = probabilitiesPossible ? 2 * a + Math.log(c) + 1 : a;
    if (overflows(2 * a) || overflows(positions * c * w * logP)) return true;
    const probabilities =
      probabilitiesPossible &&
      inShape.length === tShape.length &&
      inShape.every((d, i) => d === tShape[i]);
    if (probabilities || reductionOf(call) !== 'mean') return false;
    const ignore = num(call, 'ignore_index', -100);
    const total = flatten(call.inputs['target'])
      .filter((t) => t !== ignore)
      .reduce((s, t) => s + (weights ? (weights[t] ?? 0) : 1), 0);
    return (
      total === 0 ||
      overflows(total) ||
      overflows(w / total) ||
      overflows((positions * c * w * logP) / total)
    );
  };

/**
 * ‖a − b + eps‖_p: Σ|d|^p ≤ D·(2A + eps + 1)^p before the root (the p = ∞ norm is at most
 * 2A + eps); when both distances overflow, inf − inf is NaN. For p < 1 the gradient has
 * |d|^(p−1)·‖d‖^(1−p), which a denormal component can push past the range.
 */
function tripletBound(call: LossCall, p: number, eps: number): boolean {
  const s = shapeOf(call.inputs['anchor']);
  const d = s.at(-1) ?? 1;
  const rows = numelOf(s) / Math.max(d, 1);
  const a = maxAbs(call, 'anchor', 'positive', 'negative');
  const m = Math.abs(num(call, 'margin', 1));
  const reach = 2 * a + eps + 1;
  const sum = Number.isFinite(p) ? d * reach ** Math.max(p, 1) : reach;
  const norm = p < 1 ? d * d * reach : sum;
  return (
    overflows(sum) ||
    overflows(rows * (m + 2 * norm)) ||
    (p < 1 && overflows(4.5e161 * d * Math.sqrt(reach)))
  );
}

const tripletMargin: Predicate = (call) =>
  tripletBound(call, num(call, 'p', 2), num(call, 'eps', 1e-6));

/** The default distance is ‖a − b + 1e-6‖₂; the cosine one squares components for its norms. */
const tripletWithDistance: Predicate = (call) => tripletBound(call, 2, 1e-6);

/**
 * cos = x1·x2 / sqrt((‖x1‖² + ε)(‖x2‖² + ε)): the product of the squared norms, up to
 * (D·A² + 1)², must not overflow (then cos may be inf/inf); losses are at most 2 + |margin|.
 */
const cosineEmbedding: Predicate = (call) => {
  const s = shapeOf(call.inputs['input1']);
  const d = s.at(-1) ?? 1;
  const a = maxAbs(call, 'input1', 'input2');
  const mags = d * a * a + 1;
  return overflows(mags * mags) || overflows(numelOf(s) * (2 + Math.abs(num(call, 'margin', 0))));
};

/** Frames an alignment needs: one per label, plus a blank between equal neighbours. */
function minFrames(labels: readonly number[]): number {
  return labels.length + labels.filter((c, i) => i > 0 && c === labels[i - 1]).length;
}

/**
 * An impossible alignment (input length below what its target needs) is +inf with a NaN
 * gradient unless zero_infinity. A log-probability of −inf (a range overflow inside
 * log_softmax) makes PyTorch's gradient NaN. And once T·max|log p| passes ~1e15, the rounding
 * of PyTorch's log-space sums exceeds exp's range, so its occupancies may overflow.
 */
const ctc: Predicate = (call) => {
  const lp = flatten(call.inputs['log_probs']);
  if (lp.some((v) => !Number.isFinite(v))) return true;
  const t = shapeOf(call.inputs['log_probs'])[0] ?? 0;
  if (t * maxAbs(call, 'log_probs') > 1e15) return true;
  if (call.options['zero_infinity'] === true) return false;
  const inputLengths = flatten(call.inputs['input_lengths']);
  const targetLengths = flatten(call.inputs['target_lengths']);
  const targets = call.inputs['targets'];
  const concatenated = shapeOf(targets).length === 1 || !Array.isArray(targets);
  const flat = flatten(targets);
  let offset = 0;
  return targetLengths.some((len, b) => {
    const labels = concatenated
      ? flat.slice(offset, offset + len)
      : flatten((targets as unknown[])[b]).slice(0, len);
    offset += len;
    return (inputLengths[b] ?? 0) < minFrames(labels);
  });
};

export const MAY_BE_NON_FINITE: Readonly<Record<string, Predicate>> = {
  L1Loss: l1,
  MSELoss: mse,
  SmoothL1Loss: smoothL1,
  HuberLoss: huber,
  CrossEntropyLoss: classScores(true),
  NLLLoss: classScores(false),
  BCELoss: bce,
  BCEWithLogitsLoss: bceWithLogits,
  PoissonNLLLoss: poisson,
  GaussianNLLLoss: gaussian,
  KLDivLoss: klDiv,
  MarginRankingLoss: marginRanking,
  HingeEmbeddingLoss: hinge,
  SoftMarginLoss: softMargin,
  MultiLabelMarginLoss: multiLabelMargin,
  MultiLabelSoftMarginLoss: multiLabelSoftMargin,
  MultiMarginLoss: multiMargin,
  TripletMarginLoss: tripletMargin,
  TripletMarginWithDistanceLoss: tripletWithDistance,
  CosineEmbeddingLoss: cosineEmbedding,
  CTCLoss: ctc,
};

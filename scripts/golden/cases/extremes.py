"""Extreme values for every loss and every reduction: magnitudes near float64's limits (±1e300,
±1.7e308), denormals (±1e-310, 5e-324), exact zeros (and -0.0), exact 0 and 1 probabilities,
logits of ±1000, huge and tiny variances, margins and weights, zero vectors, and a few inf/nan
inputs. PyTorch's answer (finite, inf or nan, outputs and gradients) is the reference: where it
overflows we must overflow, where it stays finite we must too.

Sums are chosen so that no two huge terms of opposite signs meet in a reduction: the result of
such a sum depends on PyTorch's vectorised summation order, which is not part of the contract.
"""
import math
import sys, pathlib
sys.path.insert(0, str(pathlib.Path(__file__).parent))
from _helpers import REDUCTIONS, randn  # noqa: E402

INF = math.inf
NAN = math.nan
BIG = 1e300
MAX = 1.7e308
DEN = 1e-310
TINY = 5e-324  # the smallest denormal

CASES = []


def each(loss, name, inputs, options=None, reductions=REDUCTIONS, **extra):
    """One case per reduction."""
    for r in reductions:
        case = {"loss": loss, "name": f"{name} ({r})", "inputs": inputs, "options": {**(options or {}), "reduction": r}}
        case.update(extra)
        CASES.append(case)


# --- Element-wise regression losses -------------------------------------------------------------
PAIRS = [
    ("±1e300", [BIG, -BIG, BIG, 0.0], [-BIG, BIG, BIG, BIG]),
    ("difference overflows to inf", [MAX, -MAX], [-MAX, MAX]),
    ("difference 1e308 (2·d overflows, d·2/n does not)", [1e308, 0.0, 0.0, 0.0], [0.0, 0.0, 0.0, 0.0]),
    ("denormals", [DEN, -DEN, TINY, 0.0], [0.0, DEN, -TINY, -0.0]),
    ("exact zeros and -0.0", [0.0, -0.0, 0.0], [-0.0, 0.0, 0.0]),
    ("inf and nan inputs", [INF, -INF, NAN, INF, 1.0], [INF, 0.0, 0.0, 1.0, NAN]),
]
for loss in ["L1Loss", "MSELoss", "SmoothL1Loss", "HuberLoss"]:
    for name, x, y in PAIRS:
        each(loss, name, {"input": x, "target": y})
    each(loss, "0-d 1e300", {"input": BIG, "target": -1.0})
    each(loss, "broadcast 1e300 target over (2,3)", {"input": [[1.0, -1.0, 0.0], [DEN, 2.0, -BIG]], "target": [BIG]})

for beta in [0.0, DEN, TINY, BIG, INF, 1e-300]:
    each("SmoothL1Loss", f"beta={beta}", {"input": [DEN, 1e-300, 1.0, BIG, -BIG, 0.0], "target": [0.0, 0.0, 0.0, 0.0, 0.0, 0.0]}, {"beta": beta})
each("SmoothL1Loss", "beta and error both the smallest denormals", {"input": [TINY, 0.0, -TINY], "target": [0.0, 0.0, 0.0]}, {"beta": 2 * TINY})
each("HuberLoss", "delta and error both the smallest denormals", {"input": [TINY, 0.0, -TINY], "target": [0.0, 0.0, 0.0]}, {"delta": 2 * TINY})
for delta in [DEN, TINY, BIG, INF, 1e-300]:
    each("HuberLoss", f"delta={delta}", {"input": [DEN, 1e-300, 1.0, BIG, -BIG, 0.0], "target": [0.0, 0.0, 0.0, 0.0, 0.0, 0.0]}, {"delta": delta})

# --- Cross-entropy and NLL ----------------------------------------------------------------------
LOGITS = [[1000.0, -1000.0, 0.0], [-1000.0, 1000.0, 0.0], [0.0, 0.0, 0.0], [1000.0, 1000.0, -1000.0]]
for opts in [{}, {"weight": [1.0, 2.0, 0.5]}, {"label_smoothing": 0.1}, {"label_smoothing": 1.0},
             {"weight": [BIG, 1.0, DEN], "label_smoothing": 0.3}]:
    tag = ", ".join(f"{k}={v}" for k, v in opts.items()) or "plain"
    each("CrossEntropyLoss", f"logits ±1000, {tag}", {"input": LOGITS, "target": [0, 0, 2, 2]}, opts)
    each("CrossEntropyLoss", f"logits ±1000, wrong classes, {tag}", {"input": LOGITS, "target": [1, 2, 0, 2]}, opts)
    each("CrossEntropyLoss", f"logits ±1e300, {tag}", {"input": [[BIG, -BIG, 0.0], [0.0, BIG, DEN]], "target": [1, 1]}, opts)
    each("CrossEntropyLoss", f"logits ±1.7e308 (x − max overflows), {tag}", {"input": [[MAX, -MAX, 0.0]], "target": [1]}, opts)
    each("CrossEntropyLoss", f"probability targets with exact 0 and 1, {tag}", {"input": LOGITS, "target": [[1.0, 0.0, 0.0], [0.0, 1.0, 0.0], [0.0, 0.0, 1.0], [0.5, 0.5, 0.0]]}, opts)
    each("CrossEntropyLoss", f"probability targets against log p = -inf, {tag}", {"input": [[MAX, -MAX, 0.0], [0.0, 0.0, 0.0]], "target": [[1.0, 0.0, 0.0], [0.0, 0.0, 1.0]]}, opts)
each("CrossEntropyLoss", "denormal logits", {"input": [[DEN, -DEN, 0.0, TINY]], "target": [3]})
each("CrossEntropyLoss", "inf and nan logits", {"input": [[INF, 0.0, 0.0], [-INF, 0.0, 0.0], [NAN, 0.0, 1.0]], "target": [1, 1, 2]})
each("CrossEntropyLoss", "zero class weights (mean is 0/0)", {"input": LOGITS, "target": [0, 0, 2, 2]}, {"weight": [0.0, 0.0, 0.0]})
each("CrossEntropyLoss", "huge class weights", {"input": LOGITS, "target": [1, 0, 2, 2]}, {"weight": [BIG, BIG, BIG]})
each("CrossEntropyLoss", "every target ignored", {"input": LOGITS, "target": [1, 1, 1, 1]}, {"ignore_index": 1})
each("CrossEntropyLoss", "every target ignored, smoothing", {"input": LOGITS, "target": [1, 1, 1, 1]}, {"ignore_index": 1, "label_smoothing": 0.2})
each("CrossEntropyLoss", "K-dim logits ±1000", {"input": [[[1000.0, -1000.0], [-1000.0, 1000.0], [0.0, 0.0]]], "target": [[1, 0]]})
each("CrossEntropyLoss", "0-d target, logits ±1e300", {"input": [BIG, -BIG, 0.0], "target": 2})
each("CrossEntropyLoss", "probability targets 1e300 (not a distribution)", {"input": [[1.0, 2.0, 3.0]], "target": [[BIG, 0.0, 1.0]]})
each("CrossEntropyLoss", "probability targets denormal", {"input": [[1.0, 2.0, 3.0]], "target": [[DEN, TINY, 0.0]]})

LOGP = [[0.0, -2000.0, -1000.0], [-INF, 0.0, -INF], [-BIG, -1.0, -DEN], [-MAX, -MAX, 0.0]]
for opts in [{}, {"weight": [1.0, 2.0, 0.5]}, {"weight": [BIG, BIG, DEN]}, {"weight": [0.0, 0.0, 0.0]}]:
    tag = ", ".join(f"{k}={v}" for k, v in opts.items()) or "plain"
    each("NLLLoss", f"log_softmax values, right class, {tag}", {"input": LOGP, "target": [0, 1, 2, 2]}, opts)
    each("NLLLoss", f"log_softmax values, wrong class, {tag}", {"input": LOGP, "target": [1, 0, 0, 0]}, opts)
each("NLLLoss", "inputs ±1e300 (any numbers are accepted)", {"input": [[BIG, -BIG], [-BIG, BIG]], "target": [0, 0]})
each("NLLLoss", "denormal inputs", {"input": [[DEN, -DEN], [TINY, 0.0]], "target": [1, 0]})
each("NLLLoss", "inf and nan inputs", {"input": [[INF, 0.0], [NAN, 0.0], [0.0, -INF]], "target": [0, 0, 0]})
each("NLLLoss", "every target ignored", {"input": LOGP, "target": [1, 1, 1, 1]}, {"ignore_index": 1})
each("NLLLoss", "K-dim -inf log-probabilities", {"input": [[[0.0, -INF], [-INF, 0.0]]], "target": [[0, 0]]})

# --- Binary -------------------------------------------------------------------------------------
PROBS = [0.0, 1.0, 0.0, 1.0, DEN, 1.0 - 1e-16, 0.5, TINY, 1e-300]
PROB_T = [0.0, 1.0, 1.0, 0.0, 0.0, 1.0, 0.5, 1.0, 0.0]
for opts in [{}, {"weight": [BIG] * 9}, {"weight": [0.0, DEN, 1.0, 2.0, 0.0, 1.0, 1.0, 1.0, 1.0]}]:
    tag = "weighted" if opts else "plain"
    each("BCELoss", f"exact 0 and 1 probabilities, denormals, {tag}", {"input": PROBS, "target": PROB_T}, opts)
each("BCELoss", "targets outside [0, 1]", {"input": [0.5, 0.25, 0.0, 1.0], "target": [BIG, -BIG, 2.0, -1.0]})
each("BCELoss", "nan target", {"input": [0.5, 0.0], "target": [NAN, 1.0]})
each("BCELoss", "nan input is refused", {"input": [0.5, NAN], "target": [1.0, 1.0]})

LOGIT = [1000.0, -1000.0, BIG, -BIG, 0.0, DEN, -MAX, MAX, -0.0]
LOGIT_T = [0.0, 1.0, 0.0, 1.0, 0.5, 1.0, 0.0, 1.0, 0.0]
LOGIT_T2 = [1.0, 0.0, 1.0, 0.0, 1.0, 0.0, 1.0, 0.0, 1.0]
for opts in [{}, {"pos_weight": [0.0] * 9}, {"pos_weight": [BIG] * 9}, {"pos_weight": [DEN] * 9},
             {"weight": [BIG] * 9}, {"weight": [DEN] * 9, "pos_weight": [3.0] * 9}]:
    tag = ", ".join(f"{k}={v[0]}" for k, v in opts.items()) or "plain"
    each("BCEWithLogitsLoss", f"logits ±1000, ±1e300, ±1.7e308, {tag}", {"input": LOGIT, "target": LOGIT_T}, opts)
    each("BCEWithLogitsLoss", f"logits against the wrong label, {tag}", {"input": LOGIT, "target": LOGIT_T2}, opts)
each("BCEWithLogitsLoss", "inf and nan logits", {"input": [INF, -INF, INF, -INF, NAN], "target": [1.0, 0.0, 0.0, 1.0, 1.0]})
each("BCEWithLogitsLoss", "targets 1e300", {"input": [1.0, -1.0], "target": [BIG, -BIG]})

SIGNED = [1000.0, -1000.0, BIG, -BIG, 0.0, DEN, -0.0, 700.0, 710.0]
each("SoftMarginLoss", "scores ±1000, ±1e300 with y = 1", {"input": SIGNED, "target": [1.0] * 9})
each("SoftMarginLoss", "scores ±1000, ±1e300 with y = -1", {"input": SIGNED, "target": [-1.0] * 9})
each("SoftMarginLoss", "labels 0 and 1e300", {"input": [1.0, -1.0, 1e-300], "target": [0.0, BIG, BIG]})
each("SoftMarginLoss", "inf and nan scores", {"input": [INF, -INF, NAN], "target": [1.0, 1.0, -1.0]})

for margin in [0.0, BIG, -BIG, DEN]:
    each("MarginRankingLoss", f"scores ±1e300, margin={margin}", {"input1": [BIG, -BIG, 0.0, DEN, MAX], "input2": [-BIG, BIG, 0.0, -DEN, -MAX], "target": [1.0, 1.0, -1.0, 1.0, 0.0]}, {"margin": margin})
each("MarginRankingLoss", "N×N broadcast of huge scores", {"input1": [[BIG], [-BIG]], "input2": [[0.0], [1.0]], "target": [[1.0, -1.0]]})
each("MarginRankingLoss", "inf and nan scores", {"input1": [INF, NAN, INF], "input2": [INF, 0.0, 0.0], "target": [1.0, 1.0, -1.0]})

for margin in [0.0, 1.0, BIG, DEN, -BIG]:
    each("HingeEmbeddingLoss", f"distances ±1e300, margin={margin}", {"input": [BIG, -BIG, 0.0, DEN, MAX, 1.0], "target": [1.0, -1.0, -1.0, -1.0, -1.0, 0.0]}, {"margin": margin})
each("HingeEmbeddingLoss", "inf and nan distances", {"input": [INF, -INF, NAN, INF], "target": [1.0, -1.0, -1.0, 0.0]})

# --- Multi-class and multi-label margins ---------------------------------------------------------
SCORES = [[BIG, -BIG, 0.0], [0.0, 0.0, 0.0], [DEN, -DEN, TINY], [1000.0, -1000.0, MAX]]
for p in [1, 2]:
    for margin in [1.0, 0.0, BIG, -BIG, DEN]:
        each("MultiMarginLoss", f"scores ±1e300, p={p}, margin={margin}", {"input": SCORES, "target": [1, 0, 2, 0]}, {"p": p, "margin": margin})
    each("MultiMarginLoss", f"huge weights, p={p}", {"input": SCORES, "target": [1, 0, 2, 2]}, {"p": p, "weight": [BIG, DEN, BIG]})
each("MultiMarginLoss", "inf and nan scores", {"input": [[INF, 0.0], [NAN, 1.0], [0.0, INF]], "target": [1, 1, 0]})
each("MultiMarginLoss", "unbatched zero vector", {"input": [0.0, 0.0, 0.0], "target": 1})

LABELS = [[1, -1, 0], [0, 2, -1], [2, 0, 1], [-1, 0, 0]]
each("MultiLabelMarginLoss", "scores ±1e300", {"input": SCORES, "target": LABELS})
each("MultiLabelMarginLoss", "zero vectors", {"input": [[0.0, 0.0, 0.0], [-0.0, 0.0, 0.0]], "target": [[0, -1, 1], [2, 1, -1]]})
each("MultiLabelMarginLoss", "inf and nan scores", {"input": [[INF, 0.0, 1.0], [NAN, 1.0, 0.0]], "target": [[1, -1, 0], [0, -1, 0]]})
each("MultiLabelMarginLoss", "unbatched huge", {"input": [BIG, -BIG, MAX, -MAX], "target": [1, 2, -1, 0]})

MLS_X = [[1000.0, -1000.0, BIG], [-BIG, 0.0, DEN], [MAX, -MAX, -0.0]]
MLS_Y = [[1.0, 0.0, 0.0], [1.0, 1.0, 0.0], [0.0, 1.0, 0.5]]
for opts in [{}, {"weight": [BIG, 1.0, DEN]}, {"weight": [0.0, 0.0, 0.0]}]:
    tag = "weighted" if opts else "plain"
    each("MultiLabelSoftMarginLoss", f"logits ±1000, ±1e300, {tag}", {"input": MLS_X, "target": MLS_Y}, opts)
    each("MultiLabelSoftMarginLoss", f"logits against flipped labels, {tag}", {"input": MLS_X, "target": [[1.0 - v for v in row] for row in MLS_Y]}, opts)
each("MultiLabelSoftMarginLoss", "inf and nan logits", {"input": [[INF, -INF, NAN]], "target": [[1.0, 0.0, 1.0]]})

# --- Variance and rates -------------------------------------------------------------------------
for log_input in [True, False]:
    for full in [False, True]:
        if log_input:
            x = [1000.0, -1000.0, 709.0, 710.0, -BIG, 0.0, DEN, 50.0]
        else:
            x = [0.0, DEN, BIG, 1000.0, TINY, 1.0, 2.0, MAX]
        y = [0.0, 1.0, 2.0, BIG, 0.0, 1e300, DEN, 3.0]
        for eps in ([1e-8] if log_input else [1e-8, 0.0, DEN]):
            each("PoissonNLLLoss", f"log_input={log_input} full={full} eps={eps}", {"input": x, "target": y}, {"log_input": log_input, "full": full, "eps": eps})
each("PoissonNLLLoss", "inf and nan", {"input": [INF, -INF, NAN], "target": [1.0, 1.0, 0.0]})

GX = [[0.0, 1.0], [BIG, -BIG], [DEN, 0.0], [1.0, 2.0]]
GY = [[0.0, 0.0], [0.0, 0.0], [0.0, 0.0], [1.0, 2.0]]
for var, tag in [([[BIG, BIG], [BIG, BIG], [BIG, BIG], [BIG, BIG]], "var 1e300"),
                 ([[DEN, DEN], [DEN, DEN], [DEN, DEN], [DEN, DEN]], "var 1e-310"),
                 ([[0.0, 0.0], [0.0, 0.0], [0.0, 0.0], [0.0, 0.0]], "var 0"),
                 ([[TINY, 1.0], [BIG, 1e-300], [1.0, DEN], [0.0, MAX]], "mixed var")]:
    for eps in [1e-6, 0.0, DEN]:
        for full in [False, True]:
            each("GaussianNLLLoss", f"{tag}, eps={eps}, full={full}", {"input": GX, "target": GY, "var": var}, {"eps": eps, "full": full})
each("GaussianNLLLoss", "per-sample var, huge errors", {"input": [[MAX, -MAX], [1e200, 0.0]], "target": [[0.0, 0.0], [0.0, 0.0]], "var": [1e-300, 1e300]}, {"eps": 0.0})
each("GaussianNLLLoss", "inf and nan", {"input": [INF, NAN, 0.0], "target": [0.0, 0.0, 0.0], "var": [1.0, 1.0, INF]})

KL_REDUCTIONS = ["none", "batchmean", "sum", "mean"]
KL_X = [[-INF, 0.0, -1000.0], [-BIG, -DEN, 0.0], [-MAX, BIG, -1.0]]
KL_Y = [[0.0, 1.0, 0.5], [DEN, 0.0, 1.0], [0.0, 0.0, TINY]]
each("KLDivLoss", "log-probabilities -inf, -1e300 against probabilities 0 and 1", {"input": KL_X, "target": KL_Y}, reductions=KL_REDUCTIONS)
each("KLDivLoss", "-inf log-probability under a positive target", {"input": [[-INF, 0.0]], "target": [[0.5, 0.5]]}, reductions=KL_REDUCTIONS)
each("KLDivLoss", "log_target: -inf and -1e300 targets", {"input": [[-INF, 0.0, -1000.0], [0.0, -BIG, 0.0]], "target": [[0.0, -INF, -1000.0], [-BIG, 0.0, 1000.0]]}, {"log_target": True}, reductions=KL_REDUCTIONS)
each("KLDivLoss", "targets 1e300", {"input": [[-1.0, -2.0]], "target": [[BIG, 1.0]]}, reductions=KL_REDUCTIONS)
each("KLDivLoss", "nan target", {"input": [[-1.0, -2.0]], "target": [[NAN, 1.0]]}, reductions=KL_REDUCTIONS)

# --- Embeddings ---------------------------------------------------------------------------------
ZERO = [[0.0, 0.0, 0.0], [0.0, 0.0, 0.0]]
HUGE_A = [[BIG, -BIG, 0.0], [1e150, 1e150, 1e150]]
HUGE_P = [[-BIG, BIG, 0.0], [1e150, -1e150, 0.0]]
HUGE_N = [[BIG, BIG, BIG], [0.0, 0.0, 0.0]]
DEN_A = [[DEN, -DEN, TINY], [DEN, 0.0, 0.0]]
for p in [2.0, 1.0, 3.0, 0.5, INF]:
    for eps in [1e-6, 0.0]:
        base = {"p": p, "eps": eps}
        each("TripletMarginLoss", f"zero vectors p={p} eps={eps}", {"anchor": ZERO, "positive": ZERO, "negative": ZERO}, base)
        each("TripletMarginLoss", f"huge vectors p={p} eps={eps}", {"anchor": HUGE_A, "positive": HUGE_P, "negative": HUGE_N}, base)
        each("TripletMarginLoss", f"denormal vectors p={p} eps={eps}", {"anchor": DEN_A, "positive": ZERO, "negative": ZERO}, {**base, "swap": True})
for margin in [BIG, 0.0, DEN]:
    each("TripletMarginLoss", f"margin={margin}", {"anchor": DEN_A, "positive": ZERO, "negative": HUGE_N}, {"margin": margin})
for p in [2.0, 1.0, 3.0, 1.5, 0.5, INF]:
    each("TripletMarginLoss", f"inf and nan, p={p}", {"anchor": [[INF, 0.0], [NAN, 0.0], [INF, 1.0]], "positive": [[0.0, 0.0], [0.0, 0.0], [INF, 0.0]], "negative": [[INF, 1.0], [1.0, 1.0], [0.0, 0.0]]}, {"p": p})

for dist in [None, "cosine"]:
    for swap in [False, True]:
        opts = {"distance_function": dist, "swap": swap}
        each("TripletMarginWithDistanceLoss", f"{dist} zero vectors swap={swap}", {"anchor": ZERO, "positive": ZERO, "negative": ZERO}, opts)
        each("TripletMarginWithDistanceLoss", f"{dist} huge vectors swap={swap}", {"anchor": HUGE_A, "positive": HUGE_P, "negative": HUGE_N}, opts)
        each("TripletMarginWithDistanceLoss", f"{dist} denormal vectors swap={swap}", {"anchor": DEN_A, "positive": HUGE_N, "negative": ZERO}, opts)
    each("TripletMarginWithDistanceLoss", f"{dist} margin 1e300", {"anchor": HUGE_A, "positive": DEN_A, "negative": ZERO}, {"distance_function": dist, "margin": BIG})

COS_1 = [[0.0, 0.0, 0.0], [BIG, BIG, 0.0], [1e150, -1e150, 1e150], [DEN, DEN, 0.0], [1e200, 0.0, 0.0], [1.0, 2.0, 3.0]]
COS_2 = [[1.0, 2.0, 3.0], [BIG, -BIG, 1.0], [1e150, 1e150, 1e150], [DEN, -DEN, DEN], [1e200, 1.0, 0.0], [0.0, 0.0, 0.0]]
for margin in [0.0, 0.5, -1.0, BIG]:
    for target in [[1.0] * 6, [-1.0] * 6, [0.0, 1.0, -1.0, 0.0, 0.0, 1.0]]:
        each("CosineEmbeddingLoss", f"zero, huge and denormal vectors, margin={margin}, target={target[:3]}", {"input1": COS_1, "input2": COS_2, "target": target}, {"margin": margin})
each("CosineEmbeddingLoss", "unbatched zero vectors", {"input1": [0.0, 0.0], "input2": [0.0, 0.0], "target": 1.0})
each("CosineEmbeddingLoss", "inf and nan", {"input1": [[INF, 0.0], [NAN, 1.0]], "input2": [[1.0, 0.0], [1.0, 1.0]], "target": [1.0, -1.0]})

# --- CTC ----------------------------------------------------------------------------------------
CTC_ORDER = ["log_probs", "targets", "input_lengths", "target_lengths"]


def ctc(name, logits, targets, input_lengths, target_lengths, **options):
    each("CTCLoss", name, {"targets": targets, "input_lengths": input_lengths, "target_lengths": target_lengths},
         options, logits=logits, order=CTC_ORDER)


def spiky(frames, batch, classes, path, magnitude):
    """Logits of ±magnitude: +magnitude on path[t][b], -magnitude elsewhere."""
    return [[[magnitude if c == path[t][b] else -magnitude for c in range(classes)] for b in range(batch)] for t in range(frames)]


P = [[1, 2], [0, 2], [2, 0], [0, 1], [3, 0]]
for mag in [1000.0, BIG, DEN]:
    ctc(f"logits ±{mag}, the spikes spell the targets", spiky(5, 2, 4, P, mag), [[1, 2, 3], [2, 1, 0]], [5, 5], [3, 2])
    ctc(f"logits ±{mag}, the spikes miss the targets", spiky(5, 2, 4, P, mag), [[3, 3, 1], [1, 1, 0]], [5, 5], [3, 2])
    ctc(f"logits ±{mag}, zero_infinity", spiky(5, 2, 4, P, mag), [[3, 3, 1], [1, 1, 0]], [5, 5], [3, 2], zero_infinity=True)
ctc("logits ±1.7e308: log_softmax gives -inf (exact 0 probabilities)", spiky(5, 2, 4, P, MAX), [[1, 2, 3], [2, 1, 0]], [5, 5], [3, 2])
ctc("exact 0 probabilities off the only path", [[[0.0, -INF, -INF]], [[-INF, 0.0, -INF]], [[-INF, -INF, 0.0]]], [[1, 2]], [3], [2])
ctc("exact 0 probabilities, impossible", [[[0.0, -INF, -INF]], [[0.0, -INF, -INF]], [[0.0, -INF, -INF]]], [[1, 2]], [3], [2])
ctc("exact 0 probabilities, impossible, zero_infinity", [[[0.0, -INF, -INF]], [[0.0, -INF, -INF]], [[0.0, -INF, -INF]]], [[1, 2]], [3], [2], zero_infinity=True)
ctc("uniform zero logits, long target", [[[0.0] * 3] * 2] * 8, [[1, 2, 1, 2], [2, 2, 2, 0]], [8, 6], [4, 3])
ctc("unbatched logits ±1000", [[1000.0, -1000.0], [-1000.0, 1000.0], [1000.0, -1000.0]], [1], 3, 1)
ctc("empty target under logits ±1000", spiky(5, 2, 4, P, 1000.0), [[], []], [5, 3], [0, 0])
ctc("nan logits", [[[NAN, 0.0, 0.0]], [[0.0, 0.0, 0.0]]], [[1]], [2], [1])
ctc("inf logit", [[[INF, 0.0, 0.0]], [[0.0, 0.0, 0.0]]], [[1]], [2], [1])

# --- Extreme keyword values ---------------------------------------------------------------------
V = {"input": [[0.5, -1.0, 2.0], [DEN, BIG, 0.0]], "target": [[1.0, -1.0, 1.0], [-1.0, 1.0, -1.0]]}
for margin in [INF, -INF, MAX]:
    each("HingeEmbeddingLoss", f"margin={margin}", V, {"margin": margin})
    each("MarginRankingLoss", f"margin={margin}", {"input1": [1.0, -BIG, 0.0], "input2": [0.0, 1.0, DEN], "target": [1.0, -1.0, 1.0]}, {"margin": margin})
    each("MultiMarginLoss", f"margin={margin}", {"input": [[1.0, -1.0, 0.0], [BIG, 0.0, -BIG]], "target": [0, 2]}, {"margin": margin})
    each("TripletMarginLoss", f"margin={margin}", {"anchor": DEN_A, "positive": ZERO, "negative": HUGE_N}, {"margin": margin})
    each("TripletMarginWithDistanceLoss", f"margin={margin}", {"anchor": DEN_A, "positive": ZERO, "negative": HUGE_N}, {"margin": margin})
    each("CosineEmbeddingLoss", f"margin={margin}", {"input1": COS_1, "input2": COS_2, "target": [-1.0, -1.0, -1.0, -1.0, -1.0, -1.0]}, {"margin": margin})
for p in [1e300, -1e300, 1e-300, -INF, -2.0]:
    each("TripletMarginLoss", f"p={p}", {"anchor": [[0.5, -2.0], [3.0, 0.25]], "positive": [[1.5, 0.0], [0.0, 0.0]], "negative": [[-1.0, 1.0], [3.0, 1.0]]}, {"p": p})
for eps in [BIG, INF, DEN]:
    each("TripletMarginLoss", f"eps={eps}", {"anchor": [[0.5, -2.0]], "positive": [[1.5, 0.0]], "negative": [[-1.0, 1.0]]}, {"eps": eps})
    each("GaussianNLLLoss", f"eps={eps}", {"input": [1.0, 2.0], "target": [0.0, 0.0], "var": [0.5, 2.0]}, {"eps": eps})
    each("PoissonNLLLoss", f"eps={eps}", {"input": [1.0, 0.0], "target": [2.0, 3.0]}, {"eps": eps, "log_input": False})
for ls in [DEN, 1.0 - 1e-16]:
    each("CrossEntropyLoss", f"label_smoothing={ls}", {"input": LOGITS, "target": [0, 1, 2, 0]}, {"label_smoothing": ls})
for w in [INF, NAN]:
    each("BCELoss", f"weight {w}", {"input": [0.5, 0.0], "target": [1.0, 0.0]}, {"weight": [w, 1.0]})
    each("BCEWithLogitsLoss", f"weight {w}", {"input": [0.5, 1000.0], "target": [1.0, 0.0]}, {"weight": [w, 1.0]})
    each("BCEWithLogitsLoss", f"pos_weight {w}", {"input": [0.5, 1000.0], "target": [1.0, 0.0]}, {"pos_weight": [w, 1.0]})
    each("CrossEntropyLoss", f"class weight {w}", {"input": LOGITS, "target": [0, 1, 2, 0]}, {"weight": [w, 1.0, 1.0]})
    each("NLLLoss", f"class weight {w}", {"input": LOGP, "target": [0, 1, 2, 0]}, {"weight": [w, 1.0, 1.0]})
    each("MultiMarginLoss", f"class weight {w}", {"input": [[1.0, -1.0, 0.0], [BIG, 0.0, -BIG]], "target": [0, 2]}, {"weight": [w, 1.0, 1.0]})
    each("MultiLabelSoftMarginLoss", f"class weight {w}", {"input": MLS_X, "target": MLS_Y}, {"weight": [w, 1.0, 1.0]})
for ii in [10**20, 2**63, -2**63 - 2**11]:
    CASES.append({"loss": "CrossEntropyLoss", "name": f"ignore_index={ii} does not fit in int64", "inputs": {"input": LOGITS, "target": [0, 1, 2, 0]}, "options": {"ignore_index": ii}})
    CASES.append({"loss": "NLLLoss", "name": f"ignore_index={ii} does not fit in int64", "inputs": {"input": LOGP, "target": [0, 1, 2, 0]}, "options": {"ignore_index": ii}})
each("NLLLoss", "ignore_index=-2**63 fits", {"input": LOGP, "target": [0, 1, 2, 0]}, {"ignore_index": -2**63})

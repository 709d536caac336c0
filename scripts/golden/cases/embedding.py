"""Golden cases for the embedding losses: TripletMarginLoss, TripletMarginWithDistanceLoss,
CosineEmbeddingLoss. Shapes, every keyword and its edge values, broadcasting, kinks, refusals."""
import sys, pathlib
sys.path.insert(0, str(pathlib.Path(__file__).parent))
import torch  # noqa: E402
from _helpers import REDUCTIONS, randn  # noqa: E402

CASES = []


def case(loss, name, inputs, options=None):
    CASES.append({"loss": loss, "name": name, "inputs": inputs, "options": options or {}})


def triplet(n, d, scale=1.0):
    shape = (n, d) if n is not None else (d,)
    return {"anchor": randn(*shape, scale=scale), "positive": randn(*shape, scale=scale),
            "negative": randn(*shape, scale=scale)}


# ---------------------------------------------------------------- TripletMarginLoss
TM = "TripletMarginLoss"
for r in REDUCTIONS:
    case(TM, f"{r} (4,5)", triplet(4, 5), {"reduction": r})
    case(TM, f"swap {r} (4,3)", triplet(4, 3), {"reduction": r, "swap": True})
case(TM, "unbatched (D)", triplet(None, 4))
case(TM, "unbatched (D) none", triplet(None, 4), {"reduction": "none"})
case(TM, "0-d inputs", {"anchor": 0.3, "positive": -1.2, "negative": 0.9}, {"reduction": "none"})
case(TM, "3-D inputs reduce the last dim", {k: randn(2, 3, 4) for k in ("anchor", "positive", "negative")}, {"reduction": "none"})
case(TM, "larger batch (6,8) sum", triplet(6, 8), {"reduction": "sum"})
for p in [1.0, 3.0, 1.5, 0.5, 0.0, -1.0, -0.5, 2.5, 4.0]:
    case(TM, f"p={p}", triplet(3, 4), {"p": p, "reduction": "none", "margin": 2.0})
# PyTorch holds p as a float32 inside the norm kernel: for p < 1 that shifts the norm ~1e-6.
# A one-hot positive keeps d(a, p) = 4 for every p; the margin leaves a loss of 0.01, so the
# shift in d(a, n) shows at ~1e-5 relative.
for p in [0.3, 0.7, 0.1, 1.3]:
    neg = [1.0, 2.0, 0.5]
    margin = torch.linalg.vector_norm(torch.tensor(neg, dtype=torch.float64), p).item() - 4.0 + 0.01
    case(TM, f"p={p} is float32 inside the norm", {"anchor": [[0.0, 0.0, 0.0]], "positive": [[4.0, 0.0, 0.0]], "negative": [neg]}, {"p": p, "eps": 0.0, "margin": margin})
# Exactly zero differences (eps=0): the norm's gradient at 0 for every branch of norm_backward.
zero_diff = {"anchor": [[1.0, 2.0, 3.0], [1.0, 0.0, -2.0]], "positive": [[1.0, 2.0, 3.0], [0.0, 0.0, 1.0]],
             "negative": [[1.5, 2.0, 2.0], [1.0, 0.5, -2.0]]}
for p in [2.0, 1.0, 3.0, 1.5, 0.5, 0.0, -1.0]:
    case(TM, f"zero differences eps=0 p={p}", zero_diff, {"p": p, "eps": 0.0, "margin": 3.0, "reduction": "none"})
case(TM, "difference exactly -eps makes a zero component", {"anchor": [[0.0, 1.0]], "positive": [[0.5, 0.0]], "negative": [[2.0, 2.0]]}, {"eps": 0.5})
for eps in [0.0, 0.5, -1.0, 1e-3]:
    case(TM, f"eps={eps}", triplet(3, 4), {"eps": eps, "reduction": "none"})
for m in [0.0, -1.0, 2.5, 10.0]:
    case(TM, f"margin={m}", triplet(4, 3), {"margin": m, "reduction": "none"})
case(TM, "all triplets satisfied: zero loss and gradient", {"anchor": [[0.0, 0.0], [1.0, 1.0]], "positive": [[0.1, 0.0], [1.0, 1.2]], "negative": [[5.0, 5.0], [-4.0, 3.0]]}, {"reduction": "sum"})
case(TM, "kink: margin + d(a,p) - d(a,n) exactly 0 passes the gradient", {"anchor": [[0.0, 0.0]], "positive": [[0.0, 0.0]], "negative": [[1.0, 0.0]]}, {"eps": 0.0})
case(TM, "swap picks d(p,n) when smaller", {"anchor": [[0.0, 0.0]], "positive": [[2.0, 0.0]], "negative": [[2.5, 0.5]]}, {"swap": True, "margin": 3.0})
case(TM, "swap tie d(a,n) = d(p,n) splits the gradient", {"anchor": [[0.5, 0.0]], "positive": [[0.5, 0.0]], "negative": [[1.0, 2.0]]}, {"swap": True, "margin": 5.0})
case(TM, "swap with p=1", triplet(3, 4), {"swap": True, "p": 1.0, "reduction": "none", "margin": 2.0})
case(TM, "broadcast anchor (1,D) over the batch", {"anchor": randn(1, 4), "positive": randn(3, 4), "negative": randn(3, 4)}, {"reduction": "none"})
case(TM, "broadcast feature size 1", {"anchor": randn(3, 1), "positive": randn(3, 4), "negative": randn(3, 4)}, {"reduction": "sum"})
case(TM, "broadcast positive (1,D), negative (N,1)", {"anchor": randn(3, 4), "positive": randn(1, 4), "negative": randn(3, 1)}, {"reduction": "none", "swap": True})
# JSON cannot spell an empty (0, D) batch: [] reads back as shape (0), an empty vector.
case(TM, "[] is an empty vector: distance 0, loss is margin", triplet(None, 0))
case(TM, "[] none", triplet(None, 0), {"reduction": "none", "margin": 0.5})
case(TM, "D=0: distances are 0, loss is margin", triplet(2, 0), {"reduction": "none"})
case(TM, "legacy size_average=False", triplet(3, 2), {"size_average": False})
case(TM, "legacy reduce=False", triplet(3, 2), {"reduce": False})
case(TM, "large scale", triplet(3, 4, scale=1e3), {"reduction": "none", "margin": 100.0})
case(TM, "small scale", triplet(3, 4, scale=1e-4), {"reduction": "none"})
# Refusals.
case(TM, "ranks differ (D) vs (N,D)", {"anchor": randn(4), "positive": randn(3, 4), "negative": randn(3, 4)})
case(TM, "ranks differ negative 3-D", {"anchor": randn(3, 4), "positive": randn(3, 4), "negative": randn(1, 3, 4)})
case(TM, "batch sizes differ", {"anchor": randn(2, 4), "positive": randn(3, 4), "negative": randn(3, 4)})
case(TM, "feature sizes differ", {"anchor": randn(3, 4), "positive": randn(3, 4), "negative": randn(3, 5)})
case(TM, "swap: positive and negative batches differ", {"anchor": randn(1, 4), "positive": randn(2, 4), "negative": randn(3, 4)}, {"swap": True})
case(TM, "invalid reduction", triplet(2, 3), {"reduction": "avg"})

# ---------------------------------------------------- TripletMarginWithDistanceLoss
TD = "TripletMarginWithDistanceLoss"
for dist in [None, "pairwise", "cosine"]:
    for r in REDUCTIONS:
        case(TD, f"{dist} {r} (4,5)", triplet(4, 5), {"distance_function": dist, "reduction": r})
    case(TD, f"{dist} swap", triplet(4, 3), {"distance_function": dist, "swap": True, "reduction": "none"})
    for m in [0.0, -0.5, 2.0]:
        case(TD, f"{dist} margin={m}", triplet(3, 4), {"distance_function": dist, "margin": m, "reduction": "none"})
    case(TD, f"{dist} 3-D inputs", {k: randn(2, 3, 4) for k in ("anchor", "positive", "negative")}, {"distance_function": dist, "reduction": "none"})
    case(TD, f"{dist} anchor (D) broadcast over (N,D)", {"anchor": randn(4), "positive": randn(3, 4), "negative": randn(3, 4)}, {"distance_function": dist, "reduction": "none"})
    case(TD, f"{dist} [] (an empty vector)", triplet(None, 0), {"distance_function": dist})
    case(TD, f"{dist} feature sizes differ", {"anchor": randn(3, 4), "positive": randn(3, 5), "negative": randn(3, 4)}, {"distance_function": dist})
    case(TD, f"{dist} batch sizes differ", {"anchor": randn(3, 4), "positive": randn(3, 4), "negative": randn(2, 4)}, {"distance_function": dist})
case(TD, "default options", triplet(3, 4), {})
case(TD, "pairwise unbatched (D)", triplet(None, 4), {"reduction": "none"})
case(TD, "pairwise 0-d inputs", {"anchor": 1.0, "positive": 2.0, "negative": 0.5}, {})
case(TD, "pairwise mixed ranks broadcast to (2,2)", {"anchor": randn(3), "positive": randn(2, 2, 3), "negative": randn(2, 3)}, {"reduction": "none"})
case(TD, "pairwise identical anchor and positive", {"anchor": [[1.0, 2.0]], "positive": [[1.0, 2.0]], "negative": [[1.5, 2.5]]}, {})
case(TD, "pairwise swap tie splits the gradient", {"anchor": [[0.5, 0.0]], "positive": [[0.5, 0.0]], "negative": [[1.0, 2.0]]}, {"swap": True, "margin": 5.0})
case(TD, "cosine unbatched (D) is refused (dim 1)", triplet(None, 4), {"distance_function": "cosine"})
case(TD, "cosine 0-d is refused", {"anchor": 1.0, "positive": 2.0, "negative": 0.5}, {"distance_function": "cosine"})
case(TD, "cosine zero anchor (norm clamped at eps)", {"anchor": [[0.0, 0.0, 0.0], [1.0, 2.0, 2.0]], "positive": [[1.0, 0.0, 1.0], [0.0, 0.0, 0.0]], "negative": [[0.0, 1.0, 0.0], [2.0, 1.0, 0.0]]}, {"distance_function": "cosine", "reduction": "none", "margin": 2.0})
case(TD, "cosine tiny vectors below eps", {"anchor": [[1e-9, 2e-9], [3.0, 4.0]], "positive": [[3.0, 1.0], [1e-10, 0.0]], "negative": [[-1.0, 2.0], [2e-9, -1e-9]]}, {"distance_function": "cosine", "reduction": "none", "margin": 2.0})
case(TD, "cosine tiny vectors swap", {"anchor": [[1e-9, 2e-9], [3.0, 4.0]], "positive": [[3.0, 1.0], [1e-10, 0.0]], "negative": [[-1.0, 2.0], [2e-9, -1e-9]]}, {"distance_function": "cosine", "swap": True, "margin": 2.0})
case(TD, "cosine feature size 1", {"anchor": randn(3, 1), "positive": randn(3, 1), "negative": randn(3, 1)}, {"distance_function": "cosine", "reduction": "none", "margin": 2.5})
case(TD, "cosine parallel vectors", {"anchor": [[1.0, 2.0]], "positive": [[2.0, 4.0]], "negative": [[-1.0, 0.5]]}, {"distance_function": "cosine", "margin": 3.0})
case(TD, "cosine broadcast (1,D) anchor and (N,1) negative", {"anchor": randn(1, 3), "positive": randn(4, 3), "negative": randn(4, 1)}, {"distance_function": "cosine", "reduction": "none", "margin": 1.5, "swap": True})
case(TD, "cosine D=0", triplet(2, 0), {"distance_function": "cosine", "reduction": "none"})
case(TD, "large batch (8,6) cosine sum", triplet(8, 6), {"distance_function": "cosine", "reduction": "sum", "margin": 0.7})
case(TD, "invalid reduction", triplet(2, 3), {"reduction": "batchmean"})
case(TD, "no legacy size_average keyword", triplet(2, 3), {"size_average": False})
case(TD, "no legacy reduce keyword", triplet(2, 3), {"reduce": False})

# ------------------------------------------------------------- CosineEmbeddingLoss
CE = "CosineEmbeddingLoss"


def pairs(n, d, target, scale=1.0):
    shape = (n, d) if n is not None else (d,)
    return {"input1": randn(*shape, scale=scale), "input2": randn(*shape, scale=scale), "target": target}


Y = [1.0, -1.0, 1.0, -1.0, -1.0]
for r in REDUCTIONS:
    case(CE, f"{r} (5,4)", pairs(5, 4, Y), {"reduction": r})
for m in [0.0, 0.5, -0.5, 1.0, -1.0, 0.2]:
    case(CE, f"margin={m}", pairs(5, 3, Y), {"margin": m, "reduction": "none"})
case(CE, "unbatched (D) target 1", pairs(None, 4, 1.0), {})
case(CE, "unbatched (D) target -1", {"input1": [1.0, 2.0, 0.5], "input2": [0.5, 1.0, 1.0], "target": -1.0}, {"reduction": "none"})
case(CE, "integer (Long) targets", pairs(3, 4, torch.tensor([1, -1, 1])), {"reduction": "none"})
case(CE, "targets other than +-1 give 0", pairs(5, 3, [0.0, 2.0, 0.5, -2.0, 1.0]), {"reduction": "none"})
case(CE, "target 0 unbatched", pairs(None, 3, 0.0), {})
case(CE, "zero input1 vector", {"input1": [[0.0, 0.0], [0.0, 0.0]], "input2": [[3.0, 4.0], [1.0, -1.0]], "target": [1.0, -1.0]}, {"reduction": "none", "margin": -0.5})
case(CE, "both zero vectors", {"input1": [[0.0, 0.0]], "input2": [[0.0, 0.0]], "target": [1.0]}, {"reduction": "none"})
case(CE, "identical vectors: cos a hair below 1", {"input1": [[3.0, 4.0]], "input2": [[3.0, 4.0]], "target": [1.0]}, {"reduction": "none"})
case(CE, "opposite vectors", {"input1": [[1.0, -2.0]], "input2": [[-2.0, 4.0]], "target": [-1.0]}, {"reduction": "none", "margin": -0.9})
case(CE, "kink: orthogonal with margin 0 passes the gradient", {"input1": [[1.0, 0.0]], "input2": [[0.0, 1.0]], "target": [-1.0]}, {})
case(CE, "tiny vectors where EPSILON matters", pairs(3, 2, [1.0, -1.0, 1.0], scale=1e-6), {"reduction": "none", "margin": -0.5})
case(CE, "large vectors", pairs(3, 4, [1.0, -1.0, -1.0], scale=1e4), {"reduction": "none"})
case(CE, "input2 (1,D) broadcasts", {"input1": randn(3, 4), "input2": randn(1, 4), "target": [1.0, -1.0, 1.0]}, {"reduction": "none"})
case(CE, "input2 (N,1) broadcasts", {"input1": randn(3, 4), "input2": randn(3, 1), "target": [1.0, -1.0, -1.0]}, {"reduction": "none"})
case(CE, "input1 (1,D) broadcasts", {"input1": randn(1, 4), "input2": randn(3, 4), "target": [1.0, -1.0, 1.0]}, {"reduction": "sum"})
case(CE, "target (1) broadcasts", pairs(3, 4, [-1.0]), {"reduction": "none"})
case(CE, "target (N) over (1,D) inputs", {"input1": randn(1, 3), "input2": randn(1, 3), "target": [1.0, -1.0, 1.0, -1.0]}, {"reduction": "none"})
case(CE, "0-d target with (N,D) input2: PyTorch sums over dim 0", {"input1": randn(4), "input2": randn(2, 4), "target": 1.0}, {"reduction": "none"})
case(CE, "0-d target with 0-d input2", {"input1": randn(4), "input2": 2.0, "target": -1.0}, {"reduction": "none", "margin": -1.0})
case(CE, "1-D target with (K,N,D) input2", {"input1": randn(3, 3), "input2": randn(2, 3, 3), "target": [1.0, -1.0, 1.0]}, {"reduction": "none"})
case(CE, "[] inputs with a 0-d target: empty vectors, cosine 0", pairs(None, 0, 1.0), {})
case(CE, "[] inputs with a [] target are 1-D inputs for a 1-D target", pairs(None, 0, torch.zeros(0)), {})
case(CE, "D=0", pairs(3, 0, [1.0, -1.0, 1.0]), {"reduction": "none"})
case(CE, "legacy size_average=False", pairs(3, 2, [1.0, -1.0, 1.0]), {"size_average": False})
case(CE, "legacy reduce=False", pairs(3, 2, [1.0, -1.0, 1.0]), {"reduce": False})
case(CE, "larger batch (10,8) mean", pairs(10, 8, [1.0, -1.0] * 5), {"margin": 0.3})
# Refusals.
case(CE, "2-D target", pairs(3, 4, [[1.0, -1.0, 1.0]]), {})
case(CE, "0-d target with 2-D inputs", pairs(3, 4, 1.0), {})
case(CE, "1-D target with 1-D inputs", pairs(None, 4, [1.0]), {})
case(CE, "3-D input1", {"input1": randn(3, 4, 2), "input2": randn(3, 4, 2), "target": [1.0, -1.0, 1.0]}, {})
case(CE, "0-d input1", {"input1": 1.0, "input2": 1.0, "target": 1.0}, {})
case(CE, "input2 (D) with 1-D target: dim 1 out of range", {"input1": randn(3, 4), "input2": randn(4), "target": [1.0, -1.0, 1.0]}, {})
case(CE, "feature sizes differ", {"input1": randn(3, 4), "input2": randn(3, 5), "target": [1.0, -1.0, 1.0]}, {})
case(CE, "batch sizes differ", {"input1": randn(3, 4), "input2": randn(2, 4), "target": [1.0, -1.0, 1.0]}, {})
case(CE, "target length differs", pairs(3, 4, [1.0, -1.0]), {})
case(CE, "invalid reduction", pairs(3, 4, [1.0, -1.0, 1.0]), {"reduction": "max"})

# ------------------------------------------- Found by the differential fuzz against PyTorch
# Literal values only (no randn): these cases do not depend on the shared random generator.
INF, NAN = float("inf"), float("nan")
# p < 1: norm_backward masks |x|^(p-1) to 0 at x = 0 but still multiplies it by g·norm^(1-p),
# so where that norm is NaN or inf the zero component's gradient is 0·NaN = NaN.
for p in [0.5, 0.7]:
    case(TM, f"p={p}: zero component of a NaN distance gets NaN", {"anchor": [[0.0, NAN]], "positive": [[0.0, 1.0]], "negative": [[2.0, 2.0]]}, {"p": p, "eps": 0.0, "reduction": "none"})
case(TM, "p=0.5: zero component of an infinite distance gets NaN", {"anchor": [[0.0, INF]], "positive": [[0.0, 1.0]], "negative": [[2.0, 2.0]]}, {"p": 0.5, "eps": 0.0, "reduction": "none"})
# PyTorch's pow(x, -2) is 1/(x·x): it reaches 0 once x·x overflows, so p = -1 on differences of
# ~1e157 gives 0·inf = NaN where std::pow would give a denormal times inf = inf.
case(TM, "p=-1: x.pow(-2) is 1/(x*x), 0 once x*x overflows", {"anchor": [[-1e75, 1.0]], "positive": [[0.0, 0.0]], "negative": [[1e157]]}, {"p": -1.0, "margin": 1e300})
case(TM, "p=-1 on ordinary values", {"anchor": [[1.0, -2.0, 0.5]], "positive": [[0.5, 0.5, 0.5]], "negative": [[3.0, 1.0, -1.0]]}, {"p": -1.0, "margin": 2.0, "reduction": "none"})
# 1 - cosine_similarity's backward runs div -> sqrt -> sum -> pow(2) at the clamped norm: pow's
# 2*x overflows for |x| > ~9e307, so a row whose squared norm is inf gets 0*inf = NaN there.
for r in ["sum", "none"]:
    case(TD, f"cosine: |x| > 9e307 makes pow's 2*x overflow ({r})", {"anchor": [[1.0, 0.0]], "positive": [[1.0, 0.0]], "negative": [[1.0, 1.7e308]]}, {"distance_function": "cosine", "reduction": r})
case(TD, "cosine: norms overflow to inf, swap", {"anchor": [[1e200, 3.0], [1.0, 2.0]], "positive": [[1.0, -1e300]], "negative": [[-1e-300, 1.0], [1.7e308, -1.7e308]]}, {"distance_function": "cosine", "swap": True, "reduction": "none", "margin": 0.5})
# 'elementwise_mean' is the deprecated spelling of 'mean': PyTorch warns and takes it.
for loss, inputs, options in [
    (TM, {"anchor": [[0.0, 1.0], [2.0, 0.0]], "positive": [[0.5, 1.0], [2.0, 1.0]], "negative": [[1.0, 1.0], [0.0, 0.0]]}, {}),
    (TD, {"anchor": [[0.0, 1.0], [2.0, 0.0]], "positive": [[0.5, 1.0], [2.0, 1.0]], "negative": [[1.0, 1.0], [0.0, 0.0]]}, {"distance_function": "cosine"}),
    (CE, {"input1": [[0.0, 1.0], [2.0, 0.5]], "input2": [[0.5, 1.0], [2.0, 1.0]], "target": [1.0, -1.0]}, {}),
]:
    case(loss, "reduction='elementwise_mean' is 'mean'", inputs, {**options, "reduction": "elementwise_mean"})
case(TM, "legacy flags override even an invalid reduction", {"anchor": [[0.0, 1.0]], "positive": [[0.5, 1.0]], "negative": [[1.0, 1.0]]}, {"reduce": False, "reduction": "avg"})
case(CE, "legacy flags override even an invalid reduction", {"input1": [[0.0, 1.0]], "input2": [[0.5, 1.0]], "target": [-1.0]}, {"size_average": False, "reduction": None})
# NaN keywords are floats like any other to PyTorch. A NaN p gives NaN norms, except where
# std::pow(1, nan) = 1 keeps a distance of exactly 1 (Math.pow would say NaN).
case(TM, "margin=NaN is accepted", {"anchor": [[1.0, 2.0]], "positive": [[0.0, 1.0]], "negative": [[0.0, 1.0]]}, {"margin": NAN, "reduction": "none"})
case(TM, "eps=NaN is accepted", {"anchor": [[1.0, 2.0]], "positive": [[0.0, 1.0]], "negative": [[0.0, 1.0]]}, {"eps": NAN})
case(TM, "p=NaN is accepted", {"anchor": [[0.25, 1.0]], "positive": [[0.5, 2.0]], "negative": [[0.0, 3.0]]}, {"p": NAN, "eps": 0.0})
case(TM, "p=NaN: pow(1, nan) = 1 keeps a distance of exactly 1", {"anchor": [-4.6749419813420846e-39], "positive": [0.5], "negative": [0.0]}, {"p": NAN, "eps": 1.0})
case(TD, "margin=NaN is accepted", {"anchor": [[1.0, 2.0]], "positive": [[0.0, 1.0]], "negative": [[0.0, 1.0]]}, {"margin": NAN, "distance_function": "cosine", "reduction": "none"})
case(CE, "margin=NaN is accepted", {"input1": [[1.0, 2.0]], "input2": [[0.0, 1.0]], "target": [-1.0]}, {"margin": NAN})
# Autograd adds up each distance call's gradient on its own (summed over the broadcast first), so
# with positive = negative the anchor's two contributions cancel exactly. Interleaving them
# element by element left residues, 2.7e-9 in the cosine case where the norm is clamped to eps.
SAME = [[1.1, 0.4, -0.9], [0.2, 2.5, 1.3], [0.7, 0.1, 0.5]]
case(TM, "positive = negative, anchor (1,D) broadcast: anchor gradient exactly 0", {"anchor": [[0.3, -1.7, 2.2]], "positive": SAME, "negative": SAME}, {"p": 3.0})
case(TD, "cosine, positive = negative, anchor norm below eps: anchor gradient exactly 0", {"anchor": [[-1.4365628435932095e-133, 1.0617885009818589e-14, -6.090855339363142e-76]], "positive": [[-2.2585252555394604e-290, 7.813389875461472e+71, -0.0]], "negative": [[-2.2585252555394604e-290, 7.813389875461472e+71, -0.0]]}, {"distance_function": "cosine"})
case(TD, "cosine, positive = negative, anchor (1,D) broadcast", {"anchor": [[0.3, -1.7, 2.2]], "positive": SAME, "negative": SAME}, {"distance_function": "cosine", "reduction": "sum"})
# PyTorch's 2-norm accumulates the squares with fused multiply-adds. Here margin is chosen so the
# hinge is exactly 0 in PyTorch's arithmetic (the gradient passes); plainly rounded squares make
# it -4.4e-16 and block the gradient.
case(TM, "hinge exactly 0 through the FMA-accumulated 2-norm", {"anchor": [[0.427, 0.325, -1.366]], "positive": [[-0.277, -0.426, 0.892]], "negative": [[1.979, 1.798, 0.177]]}, {"margin": 0.15647685539710565, "eps": 0.0})
# Loss.cpp's EPSILON is a float: 1e-12 becomes 9.999999960041972e-13. Next to a zero vector the
# gradient is ~1/sqrt(EPSILON), and here two such terms of 1e6 cancel to 1.8e-6.
case(CE, "zero input2: gradients of order 1/sqrt(EPSILON), EPSILON a float", {"input1": [[0.0, 0.0], [3.0, 4.0]], "input2": [[3.0, 4.0], [0.0, 0.0]], "target": [1.0, -1.0]}, {"margin": -0.5, "reduction": "none"})
case(CE, "zero input2 broadcast: 1e6-sized terms cancel", {"input1": [[-1.5], [0.5], [-1.5]], "input2": [[0.0]], "target": [0.0, 1.0, 1.0]}, {"reduction": "sum"})
# The general p-norm is pow(sum of pow(|x|, p), 1/p) through glibc's std::pow, correctly rounded
# where V8's Math.pow is an ulp off in one case in ten: an ulp moves the hinge off an exact tie.
case(TM, "p=2.5: hinges exactly at 0 decided by correctly rounded pow", {"anchor": [[0.0], [0.5], [1.0], [0.5]], "positive": [[-1.5], [1.0], [-2.0], [0.5]], "negative": [[-0.5], [2.0], [-0.5], [0.0]]}, {"p": 2.5, "reduction": "none"})
case(TM, "p=-0.5 with swap: a tie decided by pow(0.5, -0.5)", {"anchor": 4.7734678671999003e-281, "positive": 4.7734678671999003e-281, "negative": 0.5}, {"p": -0.5, "eps": 0.0, "margin": 0.5, "swap": True, "reduction": "sum"})

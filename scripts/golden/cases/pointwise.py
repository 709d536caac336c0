"""SmoothL1Loss, HuberLoss, PoissonNLLLoss, GaussianNLLLoss and KLDivLoss: every keyword and its
edge values, every reduction, the shapes and broadcasts PyTorch accepts, and what it refuses."""
import math
import sys, pathlib
sys.path.insert(0, str(pathlib.Path(__file__).parent))
import torch  # noqa: E402
from _helpers import GEN, REDUCTIONS, rand, randn  # noqa: E402

NAN, INF = math.nan, math.inf
CASES = []


def f(values):
    """A float64 tensor even when every literal is a whole number (JSON cannot tell 1 from 1.0)."""
    return torch.tensor(values, dtype=torch.float64)


def case(loss, name, inputs, **options):
    CASES.append({"loss": loss, "name": name, "inputs": inputs, "options": options})


def log_softmax(*shape):
    return randn(*shape).log_softmax(-1)


def softmax(*shape):
    return randn(*shape).softmax(-1)


# --- SmoothL1Loss and HuberLoss: the same shape of curve, two scalings ----------------------------
for loss, kw in [("SmoothL1Loss", "beta"), ("HuberLoss", "delta")]:
    for r in REDUCTIONS:
        case(loss, f"{r} 2x3 errors on both sides of the kink", {"input": randn(2, 3, scale=2), "target": randn(2, 3)}, reduction=r)
        case(loss, f"{r} K-dim 2x3x4", {"input": randn(2, 3, 4, scale=2), "target": randn(2, 3, 4)}, reduction=r)
    for v in [0.05, 0.5, 2.0, 10.0]:
        for r in ["none", "mean"]:
            case(loss, f"{kw}={v} {r}", {"input": randn(3, 5, scale=3), "target": randn(3, 5)}, reduction=r, **{kw: v})
    case(loss, "0-d", {"input": 1.5, "target": -0.25})
    case(loss, "0-d inside the quadratic zone", {"input": 0.25, "target": -0.25}, reduction="sum")
    case(loss, "unbatched (5,)", {"input": randn(5, scale=2), "target": randn(5)}, reduction="none")
    case(loss, f"|x - y| exactly {kw}", {"input": f([1.5, -0.5, 1.5, 0.5]), "target": f([1.0, 0.0, 2.0, 0.0])}, reduction="none", **{kw: 0.5})
    case(loss, f"|x - y| exactly {kw}=1 (default)", {"input": f([2.0, 0.0, 3.0]), "target": f([1.0, 1.0, 3.0])}, reduction="sum")
    case(loss, "ties give zero gradient", {"input": f([1.0, 2.0, -3.0]), "target": f([1.0, 2.5, -3.0])}, reduction="none")
    case(loss, "nan input propagates", {"input": f([NAN, 1.0]), "target": f([0.0, 0.0])}, reduction="none")
    case(loss, "inf error is linear", {"input": f([INF, 1.0, INF]), "target": f([0.0, -INF, INF])}, reduction="none")
    case(loss, "broadcast target (3,) against (2,3)", {"input": randn(2, 3), "target": randn(3)}, reduction="mean")
    case(loss, "broadcast input (2,1) against (2,3)", {"input": randn(2, 1, scale=2), "target": randn(2, 3)}, reduction="none")
    case(loss, "broadcast 0-d target", {"input": randn(2, 3, scale=2), "target": 0.5}, reduction="sum")
    case(loss, "empty mean is nan", {"input": randn(0), "target": randn(0)}, reduction="mean")
    case(loss, "empty sum is zero", {"input": randn(0, 3), "target": randn(0, 3)}, reduction="sum")
    case(loss, "shapes that do not broadcast", {"input": randn(2, 3), "target": randn(4)})
    case(loss, "unknown reduction", {"input": randn(3), "target": randn(3)}, reduction="batchmean")

case("SmoothL1Loss", "beta=0 is L1 (forward)", {"input": randn(2, 4, scale=2), "target": randn(2, 4)}, beta=0.0, reduction="none")
case("SmoothL1Loss", "beta=0 mean", {"input": randn(2, 4, scale=2), "target": randn(2, 4)}, beta=0.0, reduction="mean")
case("SmoothL1Loss", "beta=0 tie: gradient -1, not L1's 0", {"input": f([1.0, 2.0, 3.0, 0.0]), "target": f([1.0, 1.0, 4.0, 0.0])}, beta=0.0, reduction="none")
case("SmoothL1Loss", "beta=0 tie, many elements (vectorised kernel)", {"input": f([0.0] * 9 + [1.0, -1.0]), "target": f([0.0] * 11)}, beta=0.0, reduction="sum")
case("SmoothL1Loss", "beta=-0.0 counts as zero", {"input": f([1.0, 2.0]), "target": f([1.0, 0.5])}, beta=-0.0, reduction="none")
case("SmoothL1Loss", "beta=1e-300 is nearly L1", {"input": f([0.0, 2.0, 1.0]), "target": f([1.0, 1.0, 1.0])}, beta=1e-300, reduction="none")
case("SmoothL1Loss", "negative beta refused", {"input": randn(3), "target": randn(3)}, beta=-0.5)
case("SmoothL1Loss", "legacy size_average=False", {"input": randn(4, scale=2), "target": randn(4)}, size_average=False)
case("SmoothL1Loss", "legacy reduce=False", {"input": randn(4, scale=2), "target": randn(4)}, reduce=False)
case("HuberLoss", "delta=0 refused", {"input": randn(3), "target": randn(3)}, delta=0.0)
case("HuberLoss", "negative delta refused", {"input": randn(3), "target": randn(3)}, delta=-1.0)
case("HuberLoss", "no legacy size_average keyword", {"input": randn(3), "target": randn(3)}, size_average=False)
case("HuberLoss", "tiny delta", {"input": f([0.0, 2.0, 1.0]), "target": f([1.0, 1.0, 1.0 + 1e-12])}, delta=1e-9, reduction="none")

# --- PoissonNLLLoss --------------------------------------------------------------------------------


def counts(*shape):
    """Poisson-distributed counts, as float64 (PyTorch's targets here are real tensors)."""
    return torch.poisson(rand(*shape, low=0.0, high=4.0), generator=GEN)


for log_input in [True, False]:
    for full in [False, True]:
        for r in REDUCTIONS:
            x = randn(3, 4) if log_input else rand(3, 4, low=0.05, high=4.0)
            case("PoissonNLLLoss", f"log_input={log_input} full={full} {r}", {"input": x, "target": counts(3, 4)}, log_input=log_input, full=full, reduction=r)
stirling_targets = f([0.0, 0.5, 1.0, 1.0 + 1e-9, 1.5, 2.0, 7.0, 100.0, -2.0])
case("PoissonNLLLoss", "Stirling term only where target > 1", {"input": randn(9), "target": stirling_targets}, full=True, reduction="none")
case("PoissonNLLLoss", "Stirling term, log_input=False", {"input": rand(9, low=0.1, high=3.0), "target": stirling_targets}, full=True, log_input=False, reduction="none")
case("PoissonNLLLoss", "fractional targets", {"input": randn(2, 3), "target": rand(2, 3, high=5.0)}, full=True, reduction="none")
case("PoissonNLLLoss", "negative target is not refused", {"input": randn(3), "target": f([-1.0, -3.5, 2.0])}, reduction="none")
case("PoissonNLLLoss", "nan target", {"input": f([0.5, 0.5]), "target": f([NAN, 2.0])}, full=True, reduction="none")
case("PoissonNLLLoss", "large log-rate", {"input": f([30.0, -30.0]), "target": f([2.0, 2.0])}, reduction="none")
case("PoissonNLLLoss", "rate 0 with eps default", {"input": f([0.0, 0.0]), "target": f([0.0, 3.0])}, log_input=False, reduction="none")
case("PoissonNLLLoss", "rate 0 with eps=0 gives nan/inf", {"input": f([0.0, 0.0, 1.0]), "target": f([0.0, 3.0, 2.0])}, log_input=False, eps=0.0, reduction="none")
case("PoissonNLLLoss", "eps=0.5", {"input": rand(5, low=0.0, high=2.0), "target": counts(5)}, log_input=False, eps=0.5, reduction="none")
case("PoissonNLLLoss", "eps ignored when log_input=True", {"input": randn(4), "target": counts(4)}, eps=0.5, reduction="none")
case("PoissonNLLLoss", "negative eps is accepted", {"input": f([0.5, 1.0, 2.0]), "target": f([0.0, 2.0, 1.0])}, log_input=False, eps=-1.0, reduction="none")
case("PoissonNLLLoss", "negative rate gives nan, finite gradient", {"input": f([-1.0, -1e-8, 0.5]), "target": f([1.0, 0.0, 1.0])}, log_input=False, reduction="none")
case("PoissonNLLLoss", "0-d", {"input": 0.5, "target": 2.0})
case("PoissonNLLLoss", "0-d full", {"input": 0.5, "target": 3.0}, full=True)
case("PoissonNLLLoss", "K-dim 2x2x3", {"input": randn(2, 2, 3), "target": counts(2, 2, 3)}, full=True, reduction="mean")
case("PoissonNLLLoss", "broadcast input (2,1) against target (3,)", {"input": randn(2, 1), "target": f([0.0, 2.0, 3.0])}, full=True, reduction="none")
case("PoissonNLLLoss", "broadcast target (2,3) against input (3,)", {"input": randn(3), "target": counts(2, 3)}, reduction="sum")
case("PoissonNLLLoss", "broadcast, log_input=False", {"input": rand(2, 1, low=0.5, high=2.0), "target": counts(2, 3)}, log_input=False, full=True, reduction="mean")
case("PoissonNLLLoss", "shapes that do not broadcast", {"input": randn(3), "target": counts(2)})
case("PoissonNLLLoss", "empty mean is nan", {"input": randn(0), "target": randn(0)})
case("PoissonNLLLoss", "legacy size_average=False", {"input": randn(4), "target": counts(4)}, size_average=False)
case("PoissonNLLLoss", "legacy reduce=False", {"input": randn(4), "target": counts(4)}, reduce=False, full=True)
case("PoissonNLLLoss", "unknown reduction", {"input": randn(3), "target": counts(3)}, reduction="batchmean")

# --- GaussianNLLLoss -------------------------------------------------------------------------------
G = "GaussianNLLLoss"
for full in [False, True]:
    for r in REDUCTIONS:
        case(G, f"heteroscedastic (4,3) full={full} {r}", {"input": randn(4, 3), "target": randn(4, 3), "var": rand(4, 3, low=0.1, high=2.0)}, full=full, reduction=r)
for r in REDUCTIONS:
    case(G, f"var (N,) one per sample {r}", {"input": randn(4, 3), "target": randn(4, 3), "var": rand(4, low=0.1, high=2.0)}, reduction=r)
    case(G, f"var (N,1) one per sample {r}", {"input": randn(4, 3), "target": randn(4, 3), "var": rand(4, 1, low=0.1, high=2.0)}, reduction=r)
case(G, "K-dim (2,3,4), var same shape", {"input": randn(2, 3, 4), "target": randn(2, 3, 4), "var": rand(2, 3, 4, low=0.1, high=2.0)}, reduction="none")
case(G, "K-dim (2,3,4), var (2,3)", {"input": randn(2, 3, 4), "target": randn(2, 3, 4), "var": rand(2, 3, low=0.1, high=2.0)}, reduction="none")
case(G, "K-dim (2,3,4), var (2,3,1)", {"input": randn(2, 3, 4), "target": randn(2, 3, 4), "var": rand(2, 3, 1, low=0.1, high=2.0)}, reduction="mean")
case(G, "unbatched (3,), var (3,)", {"input": randn(3), "target": randn(3), "var": rand(3, low=0.1, high=2.0)}, reduction="none")
case(G, "unbatched (3,), var 0-d", {"input": randn(3), "target": randn(3), "var": 0.7}, reduction="none")
case(G, "unbatched (3,), var (1,)", {"input": randn(3), "target": randn(3), "var": f([0.7])}, reduction="sum")
case(G, "0-d everything", {"input": 1.0, "target": 0.5, "var": 0.5}, reduction="none")
case(G, "0-d input, var (1,)", {"input": 1.0, "target": 0.5, "var": f([0.5])}, reduction="none")
case(G, "input (2,1), var (2,)", {"input": randn(2, 1), "target": randn(2, 1), "var": f([0.5, 1.0])}, reduction="none")
case(G, "var (1,3) for input (2,3) refused", {"input": randn(2, 3), "target": randn(2, 3), "var": rand(1, 3, low=0.1)})
case(G, "var 0-d for input (2,3) refused", {"input": randn(2, 3), "target": randn(2, 3), "var": 0.5})
case(G, "var (2,1,1) for input (2,3) refused", {"input": randn(2, 3), "target": randn(2, 3), "var": rand(2, 1, 1, low=0.1)})
case(G, "var (3,1) for input (3,) refused", {"input": randn(3), "target": randn(3), "var": rand(3, 1, low=0.1)})
case(G, "var (1,) for input (2,1) refused", {"input": randn(2, 1), "target": randn(2, 1), "var": f([0.5])})
case(G, "var (3,) for input (4,3) refused", {"input": randn(4, 3), "target": randn(4, 3), "var": rand(3, low=0.1)})
case(G, "negative var refused", {"input": randn(3), "target": randn(3), "var": f([0.5, -1e-3, 1.0])})
case(G, "var of zeros is clamped to eps", {"input": f([1.0, 0.5, 0.5]), "target": f([0.5, 0.5, 0.0]), "var": f([0.0, 0.0, 1e-7])}, reduction="none")
case(G, "var exactly eps", {"input": f([1.0]), "target": f([0.5]), "var": f([1e-6])}, reduction="none")
case(G, "large eps clamps var, gradient passes as if unclamped", {"input": randn(5), "target": randn(5), "var": f([0.1, 0.5, 0.99, 1.0, 3.0])}, eps=1.0, reduction="none")
case(G, "large eps, var (N,) unsqueezed", {"input": randn(3, 2), "target": randn(3, 2), "var": f([0.2, 1.5, 0.0])}, eps=0.5, reduction="sum")
case(G, "eps=0, var 0: log(0)", {"input": f([1.0, 0.5]), "target": f([0.5, 0.5]), "var": f([0.0, 0.0])}, eps=0.0, reduction="none")
case(G, "negative eps leaves var 0 unclamped", {"input": f([1.0, 2.0]), "target": f([0.5, 0.5]), "var": f([0.0, 3.0])}, eps=-1.0, reduction="none")
case(G, "nan var", {"input": f([1.0, 2.0]), "target": f([0.5, 0.5]), "var": f([0.5, NAN])}, reduction="none")
case(G, "target (3,) broadcasts against input (2,3)", {"input": randn(2, 3), "target": randn(3), "var": rand(2, 3, low=0.1, high=2.0)}, reduction="none")
case(G, "target (2,1) broadcasts, var (2,)", {"input": randn(2, 3), "target": randn(2, 1), "var": rand(2, low=0.1, high=2.0)}, reduction="mean")
case(G, "target (2,2) larger than input (2,)", {"input": randn(2), "target": randn(2, 2), "var": rand(2, low=0.1, high=2.0)}, reduction="none")
case(G, "target that does not broadcast", {"input": randn(2), "target": randn(3), "var": rand(2, low=0.1)})
case(G, "empty batch", {"input": randn(0, 2), "target": randn(0, 2), "var": randn(0)})
case(G, "empty batch sum", {"input": randn(0, 2), "target": randn(0, 2), "var": randn(0, 1)}, reduction="sum")
case(G, "batchmean is not a reduction here", {"input": randn(3), "target": randn(3), "var": rand(3, low=0.1)}, reduction="batchmean")
case(G, "no legacy reduce keyword", {"input": randn(3), "target": randn(3), "var": rand(3, low=0.1)}, reduce=False)
case(G, "far from the mean with small var", {"input": f([10.0, -10.0]), "target": f([0.0, 0.0]), "var": f([0.01, 100.0])}, full=True, reduction="none")

# --- KLDivLoss -------------------------------------------------------------------------------------
K = "KLDivLoss"
for log_target in [False, True]:
    for r in ["none", "batchmean", "sum", "mean"]:
        t = log_softmax(3, 4) if log_target else softmax(3, 4)
        case(K, f"log_target={log_target} {r}", {"input": log_softmax(3, 4), "target": t}, reduction=r, log_target=log_target)
case(K, "default reduction is mean", {"input": log_softmax(2, 5), "target": softmax(2, 5)})
case(K, "same distribution gives zero", {"input": f([[0.25, 0.75]]).log(), "target": f([[0.25, 0.75]])}, reduction="batchmean")
case(K, "target 0 contributes 0 (xlogy)", {"input": f([-1.0, -2.0, -0.5]), "target": f([0.5, 0.0, 0.5])}, reduction="none")
case(K, "target 0 against input -inf is nan", {"input": f([-INF, -1.0]), "target": f([0.0, 1.0])}, reduction="none")
case(K, "negative target is nan, gradient still -target", {"input": f([-0.5, -1.0]), "target": f([-0.5, 1.5])}, reduction="none")
case(K, "nan target", {"input": f([-0.5, -1.0]), "target": f([NAN, 0.5])}, reduction="sum")
case(K, "tiny target", {"input": f([-1.0]), "target": f([1e-300])}, reduction="none")
case(K, "unnormalised input and target", {"input": randn(2, 3), "target": rand(2, 3, high=3.0)}, reduction="none")
case(K, "log_target with -inf target", {"input": f([-1.0, -2.0]), "target": f([-INF, 0.0])}, log_target=True, reduction="none")
case(K, "log_target with +inf target", {"input": f([-1.0, -2.0]), "target": f([INF, 0.0])}, log_target=True, reduction="none")
case(K, "log_target equals exp'd target", {"input": log_softmax(2, 3), "target": log_softmax(2, 3)}, log_target=True, reduction="batchmean")
case(K, "batchmean on 0-d does not divide", {"input": -1.0, "target": 0.5}, reduction="batchmean")
case(K, "batchmean 0-d input, (2,) target", {"input": -1.0, "target": f([0.5, 0.25])}, reduction="batchmean")
case(K, "batchmean 1-d divides by length", {"input": log_softmax(4), "target": softmax(4)}, reduction="batchmean")
case(K, "batchmean K-dim (2,3,4) divides by 2", {"input": log_softmax(2, 3, 4), "target": softmax(2, 3, 4)}, reduction="batchmean")
case(K, "mean K-dim (2,3,4) divides by 24", {"input": log_softmax(2, 3, 4), "target": softmax(2, 3, 4)}, reduction="mean")
case(K, "batchmean empty batch is nan", {"input": randn(0, 3), "target": randn(0, 3)}, reduction="batchmean")
case(K, "mean empty is nan", {"input": randn(0, 3), "target": randn(0, 3)}, reduction="mean")
case(K, "sum empty is 0", {"input": randn(0, 3), "target": randn(0, 3)}, reduction="sum")
case(K, "target (4,) broadcasts against input (3,4)", {"input": log_softmax(3, 4), "target": softmax(4)}, reduction="batchmean")
case(K, "input (4,) broadcasts against target (3,4): batchmean divides by 4", {"input": log_softmax(4), "target": softmax(3, 4)}, reduction="batchmean")
case(K, "input (4,) broadcasts against target (3,4): mean divides by 12", {"input": log_softmax(4), "target": softmax(3, 4)}, reduction="mean")
case(K, "input (2,1) against target (3,), log_target", {"input": randn(2, 1), "target": log_softmax(3)}, log_target=True, reduction="batchmean")
case(K, "shapes that do not broadcast", {"input": log_softmax(2, 3), "target": softmax(2, 4)})
case(K, "legacy size_average=False", {"input": log_softmax(2, 3), "target": softmax(2, 3)}, size_average=False)
case(K, "legacy reduce=False overrides batchmean", {"input": log_softmax(2, 3), "target": softmax(2, 3)}, reduce=False, reduction="batchmean")
case(K, "legacy size_average=True replaces batchmean by mean", {"input": log_softmax(2, 3), "target": softmax(2, 3)}, size_average=True, reduction="batchmean")
case(K, "unknown reduction", {"input": log_softmax(3), "target": softmax(3)}, reduction="avg")

# ------------------------------------------- Found by the differential fuzz against PyTorch
# Literal values only (no randn): these cases do not depend on the shared random generator.
P = "PoissonNLLLoss"
# exp(input) and log(input + eps) run on input's own shape before target broadcasts, so autograd
# sums the upstream gradient over the broadcast first: (-5 + -0)/0 = -inf, not 0/0 = NaN.
case(P, "rate 0, eps=0, broadcast over targets 5 and 0: -inf, not NaN", {"input": [0.0], "target": f([[5.0], [0.0], [1.0]])}, log_input=False, eps=0.0, reduction="sum")
case(P, "rate -eps broadcast over targets", {"input": [-1e-8], "target": f([[5.0], [0.0], [1.0]])}, log_input=False, reduction="none")
# An empty broadcast leaves 0 * exp(x) for the exp path: NaN once exp(x) overflows.
case(P, "empty broadcast: 0 * exp(710) is NaN", {"input": f([[1.0], [710.0]]), "target": f([[], []])}, reduction="mean")
case(P, "empty broadcast: 0 / (x + eps) is NaN at x = -eps", {"input": f([[1.0], [0.0]]), "target": f([[], []])}, log_input=False, eps=0.0, reduction="sum")
G = "GaussianNLLLoss"
# log(var) runs on var's own shape: over an empty broadcast its gradient is 0 / v, NaN where v
# is NaN or (eps = 0) zero.
case(G, "empty broadcast: var's gradient is 0/v, NaN for a NaN var", {"input": f([[], []]), "target": f([[], []]), "var": f([[NAN], [1.0]])}, reduction="mean")
case(G, "empty broadcast: 0-d var 0 with eps=0 gets 0/0", {"input": f([]), "target": f([]), "var": 0.0}, eps=0.0, reduction="none")
case(G, "var (N,1) shared along the last dim, target broadcast", {"input": f([[1.0, 2.0, 3.0], [0.5, -1.0, 2.0]]), "target": f([[0.0, 2.5, 1.0]]), "var": f([[0.5], [2.0]])}, reduction="sum", full=True)
# 'elementwise_mean' is the deprecated spelling of 'mean'. Most losses take it; PoissonNLLLoss and
# GaussianNLLLoss check reduction against the three current names and refuse it, unless (Poisson)
# the legacy flags replace reduction before anyone looks at it.
for loss, kw in [("SmoothL1Loss", "beta"), ("HuberLoss", "delta")]:
    case(loss, "reduction='elementwise_mean' is 'mean'", {"input": [1.0, -2.0, 0.5], "target": [0.0, 0.0, 1.0]}, reduction="elementwise_mean", **{kw: 0.5})
case("SmoothL1Loss", "legacy flags override even an invalid reduction", {"input": [1.0, -2.0, 0.5], "target": [0.0, 0.0, 1.0]}, size_average=False, reduction="avg")
case(P, "reduction='elementwise_mean' is refused", {"input": [0.5, 1.0], "target": [1.0, 2.0]}, reduction="elementwise_mean")
case(P, "legacy flags replace even 'elementwise_mean'", {"input": [0.5, 1.0], "target": [1.0, 2.0]}, size_average=False, reduction="elementwise_mean")
case(G, "reduction='elementwise_mean' is refused", {"input": [0.5, 1.0], "target": [1.0, 2.0], "var": [1.0, 2.0]}, reduction="elementwise_mean")
# NaN keywords: PyTorch accepts a NaN eps; its checks beta >= 0 and delta > 0 refuse NaN.
case("SmoothL1Loss", "beta=NaN fails beta >= 0", {"input": [1.0, -2.0], "target": [0.0, 0.0]}, beta=NAN)
case("HuberLoss", "delta=NaN fails delta > 0", {"input": [1.0, -2.0], "target": [0.0, 0.0]}, delta=NAN)
case(P, "eps=NaN is accepted", {"input": [0.5, 1.0], "target": [1.0, 2.0]}, log_input=False, eps=NAN, reduction="none")
case(G, "eps=NaN is accepted: the clamp leaves var as it is", {"input": [1.0, 2.0], "target": [0.0, 0.0], "var": [1.0, 1e-9]}, eps=NAN, reduction="none")

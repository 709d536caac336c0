"""BCELoss, BCEWithLogitsLoss, SoftMarginLoss, HingeEmbeddingLoss, MarginRankingLoss."""
import sys, pathlib
sys.path.insert(0, str(pathlib.Path(__file__).parent))
import torch  # noqa: E402
from _helpers import REDUCTIONS, rand, randn  # noqa: E402

INF, NAN = float("inf"), float("nan")


def T(values):
    """A float64 tensor, so that labels like [1, -1] are not read as a Long tensor."""
    return torch.tensor(values, dtype=torch.float64)


def uniform(*shape, **kw):
    """rand() that also makes 0-d tensors (torch.rand() wants at least one size)."""
    return rand(*shape, **kw) if shape else rand(1, **kw).reshape(())


def normal(*shape, **kw):
    return randn(*shape, **kw) if shape else randn(1, **kw).reshape(())


def signs(*shape):
    """Random labels in {1, -1}."""
    return torch.where(uniform(*shape) < 0.5, T(-1.0), T(1.0))


def bits(*shape):
    """Random hard labels in {0, 1}."""
    return (uniform(*shape) < 0.5).double()


SHAPES = [(5,), (2, 3), (2, 3, 4), ()]
CASES = []


def add(loss, name, inputs, **options):
    CASES.append({"loss": loss, "name": name, "inputs": inputs, "options": options})


# ---------------------------------------------------------------- BCELoss
L = "BCELoss"
for shape in SHAPES:
    for r in REDUCTIONS:
        add(L, f"{r} {shape}", {"input": uniform(*shape, low=0.02, high=0.98), "target": bits(*shape)}, reduction=r)
for r in REDUCTIONS:
    add(L, f"{r} input exactly 0 and 1 against targets 0, 1, 0.5 (log clamped at -100, grad over max(x(1-x), eps))",
        {"input": T([0.0, 0.0, 0.0, 1.0, 1.0, 1.0]), "target": T([0.0, 1.0, 0.5, 0.0, 1.0, 0.5])}, reduction=r)
add(L, "input within 1e-50 of 0 and 1e-16 of 1: log clamp and eps floor",
    {"input": T([1e-50, 1e-50, 1 - 1e-16, 1e-300, 0.5]), "target": T([1.0, 0.0, 0.0, 1.0, 0.5])}, reduction="none")
add(L, "soft targets", {"input": rand(2, 4, low=0.05, high=0.95), "target": rand(2, 4)}, reduction="none")
add(L, "targets outside [0, 1] are not checked", {"input": T([0.3, 0.6, 0.9]), "target": T([2.0, -1.0, 0.5])}, reduction="none")
add(L, "larger batch (10, 7)", {"input": rand(10, 7, low=0.01, high=0.99), "target": bits(10, 7)}, reduction="mean")
for r in REDUCTIONS:
    add(L, f"{r} weight (3,) broadcast against (2, 3)", {"input": rand(2, 3, low=0.05, high=0.95), "target": bits(2, 3)},
        reduction=r, weight=[0.5, 2.0, 1.0])
add(L, "weight same shape", {"input": rand(2, 3, low=0.05, high=0.95), "target": bits(2, 3)},
    weight=[[1.0, 2.0, 3.0], [0.0, -1.0, 0.5]], reduction="none")
add(L, "weight (2, 1) against (2, 3)", {"input": rand(2, 3, low=0.05, high=0.95), "target": bits(2, 3)},
    weight=[[2.0], [0.25]], reduction="sum")
add(L, "0-d weight", {"input": rand(4, low=0.05, high=0.95), "target": bits(4)}, weight=3.0, reduction="mean")
add(L, "0-d input with 0-d weight", {"input": 0.3, "target": 1.0}, weight=2.0)
add(L, "weight at input exactly 0", {"input": T([0.0, 1.0]), "target": T([1.0, 1.0])}, weight=[0.5, 4.0], reduction="sum")
add(L, "weight (1,) would enlarge a 0-d input", {"input": 0.3, "target": 1.0}, weight=[2.0])
add(L, "weight (2, 3) would enlarge input (3,)", {"input": T([0.2, 0.5, 0.7]), "target": T([0.0, 1.0, 1.0])},
    weight=[[1.0, 2.0, 3.0], [4.0, 5.0, 6.0]])
add(L, "weight (4,) does not broadcast to (2, 3)", {"input": rand(2, 3), "target": bits(2, 3)}, weight=[1.0, 2.0, 3.0, 4.0])
add(L, "target (1, 2) against input (2,)", {"input": T([0.5, 0.2]), "target": T([[1.0, 0.0]])})
add(L, "target (3,) against input (2, 3) is not broadcast", {"input": rand(2, 3), "target": bits(3)})
add(L, "target 0-d against input (1,)", {"input": T([0.5]), "target": 1.0})
add(L, "input above 1", {"input": T([0.5, 1.5]), "target": T([1.0, 0.0])})
add(L, "input below 0", {"input": T([[0.5, 0.1], [-0.01, 0.3]]), "target": T([[1.0, 0.0], [0.0, 1.0]])})
add(L, "NaN input", {"input": T([0.5, NAN]), "target": T([1.0, 0.0])})
add(L, "0-d input above 1", {"input": 1.0000001, "target": 1.0})
add(L, "empty mean is nan", {"input": rand(0), "target": rand(0)}, reduction="mean")
add(L, "empty sum is 0", {"input": rand(0, 3), "target": rand(0, 3)}, reduction="sum")
add(L, "legacy reduce=False", {"input": rand(3, low=0.1, high=0.9), "target": bits(3)}, reduce=False)
add(L, "legacy size_average=False", {"input": rand(3, low=0.1, high=0.9), "target": bits(3)}, size_average=False)

# ---------------------------------------------------------------- BCEWithLogitsLoss
L = "BCEWithLogitsLoss"
for shape in SHAPES:
    for r in REDUCTIONS:
        add(L, f"{r} {shape}", {"input": normal(*shape, scale=2.0), "target": bits(*shape)}, reduction=r)
extreme = {"input": T([800.0, -800.0, 800.0, -800.0, 40.0, -40.0, 0.0, 709.0, -745.0]),
           "target": T([0.0, 1.0, 1.0, 0.0, 1.0, 0.0, 1.0, 0.0, 1.0])}
for r in REDUCTIONS:
    add(L, f"{r} logits of +-800 stay finite and exact", extreme, reduction=r)
add(L, "extreme logits with soft targets", {"input": T([800.0, -800.0, 30.0, -30.0]), "target": T([0.25, 0.75, 0.5, 0.5])}, reduction="none")
add(L, "soft targets", {"input": randn(3, 4, scale=3.0), "target": rand(3, 4)}, reduction="none")
add(L, "targets outside [0, 1] are not checked", {"input": T([0.0, 1.0, -2.0]), "target": T([2.0, -1.0, 3.0])}, reduction="none")
add(L, "infinite logits give nan where 0 * inf appears", {"input": T([INF, -INF, INF, -INF]), "target": T([1.0, 1.0, 0.0, 0.0])}, reduction="none")
for r in REDUCTIONS:
    add(L, f"{r} pos_weight (3,) along the class dimension of (4, 3)", {"input": randn(4, 3, scale=2.0), "target": bits(4, 3)},
        reduction=r, pos_weight=[1.0, 2.0, 5.0])
add(L, "pos_weight with soft targets", {"input": randn(2, 3), "target": rand(2, 3)}, pos_weight=[0.5, 3.0, 1.0], reduction="none")
add(L, "pos_weight (1,)", {"input": randn(2, 3), "target": bits(2, 3)}, pos_weight=[3.0], reduction="sum")
add(L, "0-d pos_weight", {"input": randn(5), "target": bits(5)}, pos_weight=2.5, reduction="none")
add(L, "pos_weight (2, 1) per row", {"input": randn(2, 3), "target": bits(2, 3)}, pos_weight=[[2.0], [0.5]], reduction="none")
add(L, "pos_weight (4,) on (2, 3, 4)", {"input": randn(2, 3, 4), "target": bits(2, 3, 4)}, pos_weight=[1.0, 2.0, 3.0, 4.0], reduction="mean")
add(L, "pos_weight 0 and negative", {"input": randn(2, 3), "target": bits(2, 3)}, pos_weight=[0.0, -1.0, 1.0], reduction="none")
add(L, "pos_weight with logits of +-800", extreme, pos_weight=3.0, reduction="none")
add(L, "pos_weight on 0-d input", {"input": 0.3, "target": 1.0}, pos_weight=3.0)
for r in REDUCTIONS:
    add(L, f"{r} weight and pos_weight together", {"input": randn(3, 4), "target": rand(3, 4)}, reduction=r,
        weight=[[1.0], [2.0], [0.5]], pos_weight=[1.0, 2.0, 3.0, 0.5])
add(L, "weight (3,) against (2, 3)", {"input": randn(2, 3), "target": bits(2, 3)}, weight=[0.0, 1.0, 2.0], reduction="none")
add(L, "weight same shape", {"input": randn(2, 3), "target": bits(2, 3)}, weight=[[1.0, 2.0, 3.0], [-1.0, 0.5, 4.0]], reduction="sum")
add(L, "0-d weight with 0-d input", {"input": 0.3, "target": 1.0}, weight=2.0, pos_weight=3.0)
add(L, "weight (2, 3) would enlarge input (1, 3)", {"input": randn(1, 3), "target": bits(1, 3)}, weight=[[1.0, 2.0, 3.0], [4.0, 5.0, 6.0]])
add(L, "pos_weight (2, 3) would enlarge input (1, 3)", {"input": randn(1, 3), "target": bits(1, 3)}, pos_weight=[[1.0, 2.0, 3.0], [4.0, 5.0, 6.0]])
add(L, "pos_weight (2,) does not broadcast to (1, 3)", {"input": randn(1, 3), "target": bits(1, 3)}, pos_weight=[1.0, 2.0])
add(L, "pos_weight (2,) would enlarge a 0-d input", {"input": 0.3, "target": 1.0}, pos_weight=[3.0, 1.0])
add(L, "target (1, 2) against input (2,)", {"input": randn(2), "target": T([[1.0, 0.0]])})
add(L, "target (3,) against input (2, 3) is not broadcast", {"input": randn(2, 3), "target": bits(3)})
add(L, "empty mean is nan", {"input": randn(0), "target": randn(0)}, reduction="mean")
add(L, "legacy size_average=False", {"input": randn(4), "target": bits(4)}, size_average=False)

# ---------------------------------------------------------------- SoftMarginLoss
L = "SoftMarginLoss"
for shape in SHAPES:
    for r in REDUCTIONS:
        add(L, f"{r} {shape}", {"input": normal(*shape, scale=2.0), "target": signs(*shape)}, reduction=r)
big = {"input": T([800.0, -800.0, 800.0, -800.0, 40.0, -40.0, 710.0, -710.0, 709.0]),
       "target": T([1.0, 1.0, -1.0, -1.0, 1.0, 1.0, -1.0, -1.0, -1.0])}
for r in REDUCTIONS:
    add(L, f"{r} PyTorch 1.13 overflows to inf (grad nan) once -y*x > 709.78", big, reduction=r)
add(L, "large but finite margins", {"input": T([700.0, -700.0, 36.0, -36.0, 1e-8]), "target": T([-1.0, 1.0, 1.0, -1.0, 1.0])}, reduction="none")
add(L, "labels other than +-1 are used as they are", {"input": T([1.0, 2.0, 3.0, -1.0]), "target": T([0.0, 0.5, 3.0, -2.0])}, reduction="none")
for r in REDUCTIONS:
    add(L, f"{r} target (3,) broadcast onto input (2, 3)", {"input": randn(2, 3), "target": T([1.0, -1.0, 1.0])}, reduction=r)
add(L, "target (2, 1) broadcast onto input (2, 3)", {"input": randn(2, 3), "target": T([[1.0], [-1.0]])}, reduction="mean")
add(L, "0-d target broadcast onto input (4,)", {"input": randn(4), "target": -1.0}, reduction="none")
add(L, "target (2, 3) would enlarge input (3,)", {"input": randn(3), "target": signs(2, 3)}, reduction="none")
add(L, "target (1,) would enlarge a 0-d input", {"input": 1.0, "target": T([1.0])}, reduction="none")
add(L, "shapes that do not broadcast", {"input": randn(2), "target": signs(3)})
add(L, "empty mean is nan", {"input": randn(0), "target": randn(0)}, reduction="mean")
add(L, "legacy reduce=False", {"input": randn(3), "target": signs(3)}, reduce=False)

# ---------------------------------------------------------------- HingeEmbeddingLoss
L = "HingeEmbeddingLoss"
for shape in SHAPES:
    for r in REDUCTIONS:
        add(L, f"{r} {shape}", {"input": uniform(*shape, low=0.0, high=2.0), "target": signs(*shape)}, reduction=r)
for m in [0.0, 0.5, 2.0, -1.0]:
    add(L, f"margin={m}", {"input": T([0.0, 0.25, 0.5, 1.0, 1.5, 2.5, -0.5]), "target": T([-1.0, -1.0, -1.0, -1.0, -1.0, -1.0, -1.0])},
        margin=m, reduction="none")
add(L, "kink x == margin (default 1) passes the gradient", {"input": T([1.0, 1.0, 0.999, 1.001]), "target": T([-1.0, 1.0, -1.0, -1.0])}, reduction="sum")
add(L, "kink x == margin=0.5", {"input": T([0.5, 0.5]), "target": T([-1.0, -1.0])}, margin=0.5, reduction="mean")
add(L, "labels neither 1 nor -1 get both terms", {"input": T([0.5, 0.5, 1.0, 2.0, 0.25]), "target": T([0.0, 2.0, 0.5, 0.0, -2.0])}, reduction="none")
add(L, "negative distances with y=1 give negative loss", {"input": T([-1.0, -0.5, 0.5]), "target": T([1.0, 1.0, 1.0])}, reduction="none")
add(L, "nan target counts as neither label", {"input": T([0.5, 0.25]), "target": T([NAN, 1.0])}, reduction="none")
for r in REDUCTIONS:
    add(L, f"{r} target (3,) against input (2, 3)", {"input": rand(2, 3, high=2.0), "target": T([1.0, -1.0, 1.0])}, reduction=r)
for r in REDUCTIONS:
    add(L, f"{r} input (3,) against target (2, 3): output grows, grad summed", {"input": T([1.0, 0.0, 3.0]),
        "target": T([[1.0, -1.0, 1.0], [-1.0, -1.0, -1.0]])}, reduction=r)
add(L, "input (2, 1) against target (1, 3)", {"input": T([[0.5], [1.5]]), "target": T([[1.0, -1.0, 0.0]])}, reduction="none")
add(L, "0-d target against input (4,)", {"input": rand(4, high=2.0), "target": -1.0}, reduction="sum")
add(L, "0-d input against target (3,)", {"input": 0.4, "target": T([1.0, -1.0, -1.0])}, margin=0.75, reduction="none")
add(L, "shapes that do not broadcast", {"input": rand(2), "target": signs(3)})
add(L, "empty mean is nan", {"input": rand(0), "target": rand(0)}, reduction="mean")
add(L, "legacy size_average=False", {"input": rand(4), "target": signs(4)}, size_average=False, margin=0.5)

# ---------------------------------------------------------------- MarginRankingLoss
L = "MarginRankingLoss"
for shape in SHAPES:
    for r in REDUCTIONS:
        add(L, f"{r} {shape}", {"input1": normal(*shape), "input2": normal(*shape), "target": signs(*shape)}, reduction=r)
pairs = {"input1": T([1.0, 2.0, 3.0, 1.0, 0.0, -1.0]), "input2": T([2.0, 2.0, 1.0, 1.0, 0.5, 0.25]), "target": T([1.0, 1.0, 1.0, -1.0, -1.0, 1.0])}
for m in [0.0, 0.5, 1.0, -1.0]:
    add(L, f"margin={m}", pairs, margin=m, reduction="none")
add(L, "kink at margin 0 (x1 == x2) passes the gradient", {"input1": T([2.0, 1.0]), "input2": T([2.0, 1.0]), "target": T([1.0, -1.0])}, reduction="sum")
add(L, "kink at margin 1", {"input1": T([3.0, 1.0, 2.0]), "input2": T([2.0, 2.0, 2.5]), "target": T([1.0, -1.0, 1.0])}, margin=1.0, reduction="none")
add(L, "labels other than +-1", {"input1": T([1.0, 2.0, 3.0, 0.0]), "input2": T([2.0, 2.0, 2.0, 1.0]), "target": T([0.0, 2.0, 0.5, -3.0])},
    margin=0.5, reduction="none")
for r in REDUCTIONS:
    add(L, f"{r} (N,1) vs (1,N) with target (1,N) broadcasts to NxN", {"input1": T([[1.0], [2.0], [3.0]]), "input2": T([[2.0, 2.0, 1.0]]),
        "target": T([[1.0, 1.0, -1.0]])}, reduction=r)
add(L, "(N,1) inputs with target (1,N) broadcast to NxN", {"input1": T([[1.0], [2.0], [3.0]]), "input2": T([[2.0], [2.0], [1.0]]),
    "target": T([[1.0, 1.0, -1.0]])}, reduction="none", margin=0.5)
add(L, "input2 (1,) broadcast against (N,)", {"input1": randn(4), "input2": T([0.1]), "target": signs(4)}, reduction="mean")
add(L, "(N,1) inputs with an (N,) target: different ranks refused", {"input1": T([[1.0], [2.0], [3.0]]), "input2": T([[2.0], [2.0], [1.0]]),
    "target": T([1.0, 1.0, -1.0])}, reduction="none")
add(L, "(1,) input1 with 0-d input2 and target: different ranks refused", {"input1": T([1.0]), "input2": 2.0, "target": 1.0})
add(L, "0-d target with (N,) inputs refused", {"input1": randn(3), "input2": randn(3), "target": 1.0})
add(L, "shapes that do not broadcast", {"input1": randn(2), "input2": randn(3), "target": signs(3)})
add(L, "empty mean is nan", {"input1": randn(0), "input2": randn(0), "target": randn(0)}, reduction="mean")
add(L, "legacy reduce=False", {"input1": randn(3), "input2": randn(3), "target": signs(3)}, reduce=False, margin=0.2)

# ---------------------------------------------------------------- leading size-1 dimensions
# A (1, 3) operand applied in place onto a (3,) result would add a dimension: refused.
add("BCELoss", "weight (1, 3) would add a dimension to input (3,)", {"input": T([0.2, 0.5, 0.7]), "target": T([0.0, 1.0, 1.0])},
    weight=[[1.0, 2.0, 3.0]])
add("BCEWithLogitsLoss", "pos_weight (1, 3) would add a dimension to input (3,)", {"input": T([0.2, 0.5, 0.7]), "target": T([0.0, 1.0, 1.0])},
    pos_weight=[[1.0, 2.0, 3.0]])
add("SoftMarginLoss", "target (1, 3) would add a dimension to input (3,)", {"input": T([0.2, 0.5, 0.7]), "target": T([[1.0, -1.0, 1.0]])})
# HingeEmbeddingLoss broadcasts out of place, so the same shapes are fine there.
add("HingeEmbeddingLoss", "input (3,) against target (1, 3) gains a dimension", {"input": T([0.2, 0.5, 0.7]), "target": T([[1.0, -1.0, 1.0]])},
    reduction="none")
add("HingeEmbeddingLoss", "input (2, 1) against an empty target broadcasts to (2, 0)", {"input": T([[0.2], [0.5]]), "target": T([])},
    reduction="none")
add("HingeEmbeddingLoss", "sum over an empty broadcast is 0", {"input": T([[0.2], [0.5]]), "target": T([])}, reduction="sum")

# ------------------------------------------- Found by the differential fuzz against PyTorch
# Literal values only (no randn): these cases do not depend on the shared random generator.
# 'elementwise_mean' is the deprecated spelling of 'mean': PyTorch warns and takes it.
for loss, inputs in [
    ("BCELoss", {"input": [0.25, 0.5, 0.875], "target": [0.0, 1.0, 1.0]}),
    ("BCEWithLogitsLoss", {"input": [-1.0, 0.5, 3.0], "target": [0.0, 1.0, 1.0]}),
    ("SoftMarginLoss", {"input": [-1.0, 0.5, 3.0], "target": [1.0, -1.0, 1.0]}),
    ("HingeEmbeddingLoss", {"input": [0.25, 0.5, 3.0], "target": [1.0, -1.0, -1.0]}),
    ("MarginRankingLoss", {"input1": [0.25, 0.5, 3.0], "input2": [1.0, -1.0, 2.0], "target": [1.0, -1.0, 1.0]}),
]:
    CASES.append({"loss": loss, "name": "reduction='elementwise_mean' is 'mean'", "inputs": inputs, "options": {"reduction": "elementwise_mean"}})
    # _Loss.__init__ replaces reduction by the legacy flags' reading without checking it.
    CASES.append({"loss": loss, "name": "legacy flags override even an invalid reduction", "inputs": inputs, "options": {"reduce": False, "reduction": "avg"}})
# A NaN margin is a float like any other to PyTorch: accepted, and the hinge's clamp then blocks
# every gradient it guards (NaN >= 0 is false).
NAN = float("nan")
CASES.append({"loss": "MarginRankingLoss", "name": "margin=NaN is accepted", "inputs": {"input1": [1.0, 2.0], "input2": [0.0, 0.0], "target": [1.0, -1.0]}, "options": {"margin": NAN, "reduction": "none"}})
CASES.append({"loss": "HingeEmbeddingLoss", "name": "margin=NaN is accepted", "inputs": {"input": [1.0, 2.0], "target": [1.0, -1.0]}, "options": {"margin": NAN, "reduction": "none"}})

"""Golden cases for the classification losses: CrossEntropyLoss, NLLLoss, MultiMarginLoss,
MultiLabelMarginLoss, MultiLabelSoftMarginLoss.

Class-index targets are Long tensors (randint / integer lists); class-probability targets are
float. JSON cannot tell 1 from 1.0, so no case relies on a float tensor holding whole numbers.
Nor can a nested list keep the trailing sizes of an empty tensor: a (0, C) input is recorded as
[], i.e. shape (0). The empty-batch cases below are kept only where PyTorch gives the same result
for that (0)-shaped reading; MultiMarginLoss and MultiLabelMarginLoss refuse a (0) input, so their
empty batches cannot be expressed through the contract at all.
"""
import sys, pathlib
sys.path.insert(0, str(pathlib.Path(__file__).parent))
import torch  # noqa: E402
from _helpers import REDUCTIONS, rand, randint, randn  # noqa: E402

CASES = []


def case(loss, name, inputs, **options):
    CASES.append({"loss": loss, "name": name, "inputs": inputs, "options": options})


def probs(*shape, dim=1):
    return torch.softmax(randn(*shape, scale=2.0), dim=dim)


def long(values):
    return torch.tensor(values, dtype=torch.long)


# Shapes of class scores and their class-index targets: unbatched, batched, 1-D, 2-D and 3-D spatial.
INDEX_SHAPES = {
    "(C)": ((5,), ()),
    "(N,C)": ((4, 5), (4,)),
    "(N,C,d1)": ((3, 4, 2), (3, 2)),
    "(N,C,d1,d2)": ((2, 3, 2, 3), (2, 2, 3)),
    "(N,C,d1,d2,d3)": ((2, 3, 2, 1, 2), (2, 2, 1, 2)),
}


def index_target(input_shape, target_shape, ignore=None):
    c = input_shape[0] if len(input_shape) == 1 else input_shape[1]
    t = randint(c, *target_shape)
    if ignore is not None and t.numel() > 1:
        t.view(-1)[1] = ignore
    return t


# ---------------------------------------------------------------- CrossEntropyLoss and NLLLoss
for loss in ["CrossEntropyLoss", "NLLLoss"]:
    scale = 3.0 if loss == "CrossEntropyLoss" else 1.0
    for label, (ishape, tshape) in INDEX_SHAPES.items():
        for r in REDUCTIONS:
            case(loss, f"{label} {r}", {"input": randn(*ishape, scale=scale), "target": index_target(ishape, tshape)}, reduction=r)
        c = ishape[0] if len(ishape) == 1 else ishape[1]
        w = rand(c, low=0.2, high=2.0).tolist()
        for r in REDUCTIONS:
            case(loss, f"{label} weight {r}", {"input": randn(*ishape, scale=scale), "target": index_target(ishape, tshape)}, weight=w, reduction=r)
        for r in ["none", "mean"]:
            case(loss, f"{label} ignore_index=1 {r}", {"input": randn(*ishape, scale=scale), "target": index_target(ishape, tshape, ignore=1)}, ignore_index=1, reduction=r)
        case(loss, f"{label} default ignore_index -100 with weight mean", {"input": randn(*ishape, scale=scale), "target": index_target(ishape, tshape, ignore=-100)}, weight=w)
    case(loss, "ignore_index=-1 skips -1 targets", {"input": randn(4, 3), "target": long([0, -1, 2, -1])}, ignore_index=-1, reduction="mean")
    case(loss, "ignore_index out of class range (7)", {"input": randn(3, 3), "target": long([7, 7, 1])}, ignore_index=7, reduction="none")
    case(loss, "all targets ignored: mean is nan", {"input": randn(3, 4), "target": long([-100, -100, -100])})
    case(loss, "all targets ignored: sum is 0", {"input": randn(3, 4), "target": long([-100, -100, -100])}, reduction="sum")
    case(loss, "all targets ignored weighted mean is nan", {"input": randn(3, 4), "target": long([2, 2, 2])}, ignore_index=2, weight=[1.0, 2.0, 3.0, 4.0])
    case(loss, "all spatial targets ignored mean is nan", {"input": randn(2, 3, 2, 2), "target": torch.full((2, 2, 2), -100, dtype=torch.long)})
    case(loss, "unbatched target ignored mean is nan", {"input": randn(4), "target": long(-100)})
    case(loss, "zero weights on every target: mean is nan", {"input": randn(3, 4), "target": long([0, 1, 3])}, weight=[0.0, 0.0, 1.0, 0.0])
    case(loss, "negative weight", {"input": randn(3, 4), "target": long([0, 1, 3])}, weight=[-1.0, 0.5, 1.0, 2.0])
    case(loss, "weight mean divides by sum of target weights", {"input": randn(5, 3), "target": long([0, 0, 1, 2, 2])}, weight=[1.0, 10.0, 0.1])
    case(loss, "empty batch mean is nan", {"input": randn(0, 4), "target": torch.zeros(0, dtype=torch.long)})
    case(loss, "empty batch sum is 0", {"input": randn(0, 4), "target": torch.zeros(0, dtype=torch.long)}, reduction="sum")
    case(loss, "single class", {"input": randn(3, 1), "target": long([0, 0, 0])}, reduction="none")
    case(loss, "legacy size_average=False", {"input": randn(3, 4), "target": long([0, 1, 3])}, size_average=False)
    case(loss, "legacy reduce=False", {"input": randn(3, 4), "target": long([0, 1, 3])}, reduce=False)
    # Refusals.
    case(loss, "target 5 out of bounds for 4 classes", {"input": randn(3, 4), "target": long([0, 5, 1])})
    case(loss, "target 4 out of bounds for 4 classes", {"input": randn(3, 4), "target": long([0, 4, 1])}, reduction="none")
    case(loss, "negative target -3 out of bounds", {"input": randn(3, 4), "target": long([0, -3, 1])})
    case(loss, "target -100 out of bounds with ignore_index=-1", {"input": randn(3, 4), "target": long([0, -100, 1])}, ignore_index=-1)
    case(loss, "spatial target out of bounds", {"input": randn(2, 3, 2), "target": long([[0, 3], [1, 1]])})
    case(loss, "unbatched target out of bounds", {"input": randn(3), "target": long(3)})
    case(loss, "batch size mismatch", {"input": randn(3, 4), "target": long([0, 1])})
    case(loss, "2-D target for 2-D input", {"input": randn(3, 4), "target": long([[0, 1], [1, 1], [2, 2]])})
    case(loss, "1-D target for 3-D input", {"input": randn(3, 4, 2), "target": long([0, 1, 2])})
    case(loss, "1-D target for 4-D input", {"input": randn(3, 4, 2, 2), "target": long([0, 1, 2])})
    case(loss, "wrong spatial target size 4-D", {"input": randn(2, 4, 2, 2), "target": torch.zeros(2, 2, 3, dtype=torch.long)})
    case(loss, "wrong spatial target size 5-D", {"input": randn(2, 4, 2, 2, 2), "target": torch.zeros(2, 2, 3, 2, dtype=torch.long)})
    case(loss, "unbatched target of size 1 for 3 classes", {"input": randn(3), "target": long([2])})
    case(loss, "0-d input", {"input": 1.5, "target": long(0)})
    case(loss, "weight of 3 for 4 classes", {"input": randn(3, 4), "target": long([0, 1, 3])}, weight=[1.0, 1.0, 1.0])
    case(loss, "weight of 3 for 4 classes, spatial", {"input": randn(2, 4, 2, 2), "target": torch.zeros(2, 2, 2, dtype=torch.long)}, weight=[1.0, 1.0, 1.0])
    case(loss, "2-D weight for (N,C) input", {"input": randn(3, 4), "target": long([0, 1, 3])}, weight=[[1.0, 2.0], [3.0, 4.0]])
    case(loss, "2-D weight holding C values, spatial input", {"input": randn(2, 4, 2, 2), "target": randint(4, 2, 2, 2)}, weight=[[1.0, 2.0], [3.0, 4.0]])
    case(loss, "class index target with fractions", {"input": randn(2, 3), "target": torch.tensor([0.5, 1.5], dtype=torch.float64)})

# NLLLoss specifics.
case("NLLLoss", "log_softmax input", {"input": torch.log_softmax(randn(4, 5, scale=2.0), 1), "target": long([4, 0, 2, 2])})
case("NLLLoss", "positive inputs give negative loss", {"input": rand(3, 4, low=0.5, high=3.0), "target": long([0, 1, 3])}, reduction="none")
case("NLLLoss", "quirk: (C) input with (C) target reads target[0]", {"input": torch.tensor([1.0, 2.0, 3.0], dtype=torch.float64), "target": long([2, 0, 9])})
case("NLLLoss", "quirk: (C) input with (C) target, none, weighted", {"input": torch.tensor([1.0, 2.0, 3.0], dtype=torch.float64), "target": long([1, 0, 1])}, reduction="none", weight=[1.0, 2.0, 5.0])
case("NLLLoss", "quirk: (C) input with (C) target, target[0] ignored", {"input": torch.tensor([1.0, 2.0, 3.0], dtype=torch.float64), "target": long([-100, 0, 9])})
case("NLLLoss", "quirk: (C) input with (C) target, target[0] out of bounds", {"input": torch.tensor([1.0, 2.0, 3.0], dtype=torch.float64), "target": long([5, 0, 1])})
case("NLLLoss", "infinite log-probability", {"input": torch.tensor([[float("-inf"), 0.0], [0.0, -1.0]], dtype=torch.float64), "target": long([0, 1])}, reduction="none")

# CrossEntropyLoss: label smoothing with class-index targets, every combination.
CE = "CrossEntropyLoss"
for ls in [0.1, 0.5, 1.0]:
    for label, (ishape, tshape) in INDEX_SHAPES.items():
        c = ishape[0] if len(ishape) == 1 else ishape[1]
        for r in REDUCTIONS:
            case(CE, f"label_smoothing={ls} {label} {r}", {"input": randn(*ishape, scale=3.0), "target": index_target(ishape, tshape)}, label_smoothing=ls, reduction=r)
        if ls == 0.1 or label in ("(N,C)", "(N,C,d1,d2)"):
            w = rand(c, low=0.2, high=2.0).tolist()
            for r in REDUCTIONS:
                case(CE, f"label_smoothing={ls} weight ignore_index=0 {label} {r}", {"input": randn(*ishape, scale=3.0), "target": index_target(ishape, tshape, ignore=0)}, label_smoothing=ls, weight=w, ignore_index=0, reduction=r)
                case(CE, f"label_smoothing={ls} weight {label} {r}", {"input": randn(*ishape, scale=3.0), "target": index_target(ishape, tshape)}, label_smoothing=ls, weight=w, reduction=r)
                case(CE, f"label_smoothing={ls} ignore_index=-100 {label} {r}", {"input": randn(*ishape, scale=3.0), "target": index_target(ishape, tshape, ignore=-100)}, label_smoothing=ls, reduction=r)
case(CE, "label_smoothing negative is ignored by PyTorch", {"input": randn(3, 4), "target": long([0, 1, 3])}, label_smoothing=-0.1)
case(CE, "label_smoothing negative with weight", {"input": randn(3, 4), "target": long([0, 1, 3])}, label_smoothing=-0.5, weight=[1.0, 2.0, 3.0, 4.0])
case(CE, "label_smoothing 1.1 refused", {"input": randn(3, 4), "target": long([0, 1, 3])}, label_smoothing=1.1)
case(CE, "label_smoothing all ignored mean is nan", {"input": randn(3, 4), "target": long([-100, -100, -100])}, label_smoothing=0.2)
case(CE, "label_smoothing weighted all ignored mean is nan", {"input": randn(3, 4), "target": long([-100, -100, -100])}, label_smoothing=0.2, weight=[1.0, 2.0, 3.0, 4.0])
case(CE, "label_smoothing zero target weights mean is nan", {"input": randn(3, 4), "target": long([0, 1, 3])}, label_smoothing=0.2, weight=[0.0, 0.0, 1.0, 0.0])
case(CE, "label_smoothing empty batch mean is nan", {"input": randn(0, 4), "target": torch.zeros(0, dtype=torch.long)}, label_smoothing=0.1)
case(CE, "label_smoothing (C,1) weight spatial sum", {"input": randn(2, 4, 3), "target": randint(4, 2, 3)}, label_smoothing=0.1, weight=[[1.0], [2.0], [0.5], [1.5]], reduction="sum")
case(CE, "label_smoothing (C,1) weight spatial none", {"input": randn(2, 4, 3), "target": randint(4, 2, 3)}, label_smoothing=0.1, weight=[[1.0], [2.0], [0.5], [1.5]], reduction="none")
case(CE, "label_smoothing (C,1) weight spatial mean refused", {"input": randn(2, 4, 3), "target": randint(4, 2, 3)}, label_smoothing=0.1, weight=[[1.0], [2.0], [0.5], [1.5]])
case(CE, "label_smoothing (2,2) weight spatial refused", {"input": randn(2, 4, 3), "target": randint(4, 2, 3)}, label_smoothing=0.1, weight=[[1.0, 2.0], [0.5, 1.5]], reduction="sum")
case(CE, "label_smoothing 2 classes", {"input": randn(5, 2), "target": randint(2, 5)}, label_smoothing=0.3)
case(CE, "label_smoothing out of bounds target", {"input": randn(3, 4), "target": long([0, 4, 1])}, label_smoothing=0.3)

# CrossEntropyLoss: stability and extreme logits.
case(CE, "huge logits stay finite", {"input": torch.tensor([[1000.0, -1000.0, 0.0], [-800.0, 800.0, 799.0]], dtype=torch.float64), "target": long([1, 2])}, reduction="none")
case(CE, "huge logits with label smoothing", {"input": torch.tensor([[1000.0, -1000.0, 0.0], [-800.0, 800.0, 799.0]], dtype=torch.float64), "target": long([0, 2])}, label_smoothing=0.2, reduction="none")
case(CE, "equal logits give log C", {"input": torch.zeros(2, 5, dtype=torch.float64), "target": long([0, 3])})
case(CE, "infinite logit gives nan", {"input": torch.tensor([[1.0, float("inf"), 0.0]], dtype=torch.float64), "target": long([1])})
case(CE, "many classes", {"input": randn(3, 50, scale=4.0), "target": randint(50, 3)})

# CrossEntropyLoss: class-probability targets (target shaped like input).
PROB_SHAPES = {"(C)": (6,), "(N,C)": (4, 5), "(N,C,d1)": (3, 4, 2), "(N,C,d1,d2)": (2, 3, 2, 2)}
for label, shape in PROB_SHAPES.items():
    dim = 0 if len(shape) == 1 else 1
    c = shape[dim]
    w = rand(c, low=0.2, high=2.0).tolist()
    for r in REDUCTIONS:
        case(CE, f"probabilities {label} {r}", {"input": randn(*shape, scale=2.0), "target": probs(*shape, dim=dim)}, reduction=r)
        case(CE, f"probabilities {label} weight {r}", {"input": randn(*shape, scale=2.0), "target": probs(*shape, dim=dim)}, weight=w, reduction=r)
        case(CE, f"probabilities {label} label_smoothing=0.2 {r}", {"input": randn(*shape, scale=2.0), "target": probs(*shape, dim=dim)}, label_smoothing=0.2, reduction=r)
    case(CE, f"probabilities {label} weight label_smoothing=0.4 mean", {"input": randn(*shape, scale=2.0), "target": probs(*shape, dim=dim)}, weight=w, label_smoothing=0.4)
case(CE, "probabilities label_smoothing=1 is uniform", {"input": randn(3, 4), "target": probs(3, 4)}, label_smoothing=1.0, reduction="none")
case(CE, "probabilities unnormalised and negative targets", {"input": randn(3, 4), "target": randn(3, 4)}, reduction="none")
case(CE, "probabilities one-hot equals index target", {"input": randn(3, 4), "target": torch.eye(4, dtype=torch.float64)[[0, 2, 3]]})
case(CE, "probabilities with ignore_index=-1 accepted", {"input": randn(3, 4), "target": probs(3, 4)}, ignore_index=-1)
case(CE, "probabilities with ignore_index=0 refused", {"input": randn(3, 4), "target": probs(3, 4)}, ignore_index=0)
case(CE, "probabilities with ignore_index=3 refused", {"input": randn(3, 4), "target": probs(3, 4)}, ignore_index=3, reduction="sum")
case(CE, "probabilities label_smoothing=1.5 refused", {"input": randn(3, 4), "target": probs(3, 4)}, label_smoothing=1.5)
case(CE, "probabilities label_smoothing negative ignored", {"input": randn(3, 4), "target": probs(3, 4)}, label_smoothing=-0.3)
case(CE, "probabilities weight of 3 for 4 classes", {"input": randn(3, 4), "target": probs(3, 4)}, weight=[1.0, 1.0, 1.0])
case(CE, "probabilities 2-D weight refused", {"input": randn(3, 4), "target": probs(3, 4)}, weight=[[1.0, 1.0], [1.0, 1.0]])
case(CE, "probabilities spatial 2-D weight refused", {"input": randn(2, 4, 3), "target": probs(2, 4, 3)}, weight=[[1.0, 1.0], [1.0, 1.0]])
case(CE, "probabilities wrong shape (3,3) for (3,4)", {"input": randn(3, 4), "target": probs(3, 3)})
case(CE, "0-d input and 0-d target", {"input": 0.5, "target": 0.25})
case(CE, "probabilities huge logits", {"input": torch.tensor([[900.0, -900.0, 0.0]], dtype=torch.float64), "target": torch.tensor([[0.2, 0.3, 0.5]], dtype=torch.float64)}, reduction="none")

# ---------------------------------------------------------------- MultiMarginLoss
MM = "MultiMarginLoss"
for p in [1, 2]:
    for r in REDUCTIONS:
        case(MM, f"p={p} (N,C) {r}", {"input": randn(4, 5), "target": randint(5, 4)}, p=p, reduction=r)
        case(MM, f"p={p} (C) {r}", {"input": randn(5), "target": randint(5)}, p=p, reduction=r)
        case(MM, f"p={p} weight (N,C) {r}", {"input": randn(4, 5), "target": randint(5, 4)}, p=p, weight=rand(5, low=0.1, high=3.0).tolist(), reduction=r)
    for margin in [0.0, 0.5, 2.0, -1.0]:
        case(MM, f"p={p} margin={margin}", {"input": randn(4, 5), "target": randint(5, 4)}, p=p, margin=margin, reduction="none")
    case(MM, f"p={p} exactly at the hinge (z = 0)", {"input": torch.tensor([[1.0, 0.0, 2.0], [0.0, 1.0, 1.0]], dtype=torch.float64), "target": long([0, 2])}, p=p, reduction="sum")
    case(MM, f"p={p} hinge at margin 0.5", {"input": torch.tensor([[1.0, 0.5, 2.0, 0.25]], dtype=torch.float64), "target": long([0])}, p=p, margin=0.5, reduction="none")
case(MM, "p=2.0 float accepted", {"input": randn(3, 4), "target": randint(4, 3)}, p=2.0)
case(MM, "weight with negative entries", {"input": randn(3, 4), "target": long([0, 1, 3])}, weight=[-1.0, 2.0, 0.0, 1.0], reduction="none")
case(MM, "(1,C) input with 0-d target none", {"input": randn(1, 4), "target": long(2)}, reduction="none")
case(MM, "(1,C) input with 0-d target mean", {"input": randn(1, 4), "target": long(2)})
case(MM, "(C) input with (1) target none", {"input": randn(4), "target": long([1])}, reduction="none")
case(MM, "0-d input", {"input": 0.5, "target": long(0)}, reduction="none")
case(MM, "0-d input with (1) target", {"input": 0.5, "target": long([0])}, reduction="none")
case(MM, "single class", {"input": randn(3, 1), "target": long([0, 0, 0])}, reduction="none")
case(MM, "confident correct predictions give 0", {"input": torch.tensor([[5.0, 0.0, 1.0], [0.0, -2.0, 4.0]], dtype=torch.float64), "target": long([0, 2])}, reduction="none")
case(MM, "weight of 3 for 4 classes: unchecked, weight[y] read", {"input": randn(3, 4), "target": long([0, 2, 1])}, weight=[0.5, 2.0, 3.0], reduction="none")
case(MM, "weight of 6 for 4 classes: unchecked, weight[y] read", {"input": randn(3, 4), "target": long([3, 2, 1])}, weight=[0.5, 2.0, 3.0, 1.5, 9.0, 9.0])
case(MM, "legacy reduce=False", {"input": randn(3, 4), "target": randint(4, 3)}, reduce=False)
# Refusals.
case(MM, "p=3 refused", {"input": randn(3, 4), "target": randint(4, 3)}, p=3)
case(MM, "p=0 refused", {"input": randn(3, 4), "target": randint(4, 3)}, p=0)
case(MM, "p=1.5 refused", {"input": randn(3, 4), "target": randint(4, 3)}, p=1.5)
case(MM, "target 4 out of range for 4 classes", {"input": randn(3, 4), "target": long([0, 4, 1])})
case(MM, "target -1 out of range", {"input": randn(3, 4), "target": long([0, -1, 1])})
case(MM, "unbatched target out of range", {"input": randn(4), "target": long(7)})
case(MM, "target batch mismatch", {"input": randn(3, 4), "target": long([0, 1])})
case(MM, "2-D target", {"input": randn(3, 4), "target": long([[0], [1], [2]])})
case(MM, "(C) input with (2) target", {"input": randn(4), "target": long([0, 1])})
case(MM, "3-D input", {"input": randn(2, 2, 2), "target": long([0, 1])})
case(MM, "zero classes", {"input": randn(2, 0), "target": long([0, 0])})
case(MM, "empty (0) input", {"input": randn(0), "target": long(0)})
case(MM, "2-D weight", {"input": randn(3, 4), "target": randint(4, 3)}, weight=[[1.0, 1.0], [1.0, 1.0]])

# ---------------------------------------------------------------- MultiLabelMarginLoss
MLM = "MultiLabelMarginLoss"
for r in REDUCTIONS:
    case(MLM, f"docs example {r}", {"input": torch.tensor([[0.1, 0.2, 0.4, 0.8]], dtype=torch.float64), "target": long([[3, 0, -1, 1]])}, reduction=r)
    case(MLM, f"(N,C) {r}", {"input": randn(3, 5), "target": long([[1, 3, -1, 0, 0], [4, -1, 2, 2, 2], [0, 1, 2, 3, -1]])}, reduction=r)
    case(MLM, f"(C) {r}", {"input": randn(5), "target": long([2, 0, -1, -1, -1])}, reduction=r)
    case(MLM, f"(N,C) without -1 {r}", {"input": randn(2, 4), "target": long([[0, 1, 2, 3], [2, 1, 3, 0]])}, reduction=r)
    case(MLM, f"larger margins {r}", {"input": randn(4, 6, scale=0.3), "target": long([[5, -1, 0, 0, 0, 0], [0, 1, -1, 5, 5, 5], [2, 4, 3, -1, 1, 1], [-1, 0, 0, 0, 0, 0]])}, reduction=r)
case(MLM, "first entry -1: no targets, loss 0", {"input": randn(2, 4), "target": long([[-1, 1, 2, 3], [0, -1, 1, 1]])}, reduction="none")
case(MLM, "duplicated target counts twice", {"input": torch.tensor([[0.1, 0.2, 0.4, 0.8]], dtype=torch.float64), "target": long([[1, 1, -1, 1]])}, reduction="none")
case(MLM, "entries after -1 are ignored", {"input": randn(2, 4), "target": long([[1, -1, 0, 3], [2, -1, 2, 2]])}, reduction="none")
case(MLM, "exactly at the hinge", {"input": torch.tensor([[1.0, 0.0, 2.0], [0.5, 1.5, -0.5]], dtype=torch.float64), "target": long([[0, -1, 0], [1, -1, -1]])}, reduction="sum")
case(MLM, "0-d input", {"input": 0.3, "target": long(0)}, reduction="none")
case(MLM, "0-d input with (1) target", {"input": 0.3, "target": long([0])}, reduction="none")
case(MLM, "(1,C) mean", {"input": randn(1, 4), "target": long([[2, -1, 0, 0]])})
case(MLM, "legacy size_average=False", {"input": randn(2, 3), "target": long([[0, -1, 0], [2, 1, -1]])}, size_average=False)
# Refusals.
case(MLM, "-2 after the terminator is out of range", {"input": randn(1, 4), "target": long([[3, 0, -1, -2]])})
case(MLM, "4 after the terminator is out of range", {"input": randn(1, 4), "target": long([[3, 0, -1, 4]])})
case(MLM, "index 4 out of range for 4 classes", {"input": randn(2, 4), "target": long([[4, -1, 0, 0], [0, -1, 0, 0]])})
case(MLM, "index -3 out of range", {"input": randn(4), "target": long([-3, -1, 0, 0])})
case(MLM, "target (N) for input (N,C)", {"input": randn(2, 3), "target": long([0, 1])})
case(MLM, "target (1,C) for input (C)", {"input": randn(3), "target": long([[0, 1, -1]])})
case(MLM, "target (2,3) for input (2,4)", {"input": randn(2, 4), "target": long([[0, -1, 0], [1, -1, 0]])})
case(MLM, "3-D input", {"input": randn(2, 2, 2), "target": torch.zeros(2, 2, 2, dtype=torch.long)})
case(MLM, "zero classes", {"input": randn(2, 0), "target": torch.zeros(2, 0, dtype=torch.long)})

# ---------------------------------------------------------------- MultiLabelSoftMarginLoss
MLS = "MultiLabelSoftMarginLoss"
multi_hot = lambda *s: (rand(*s) > 0.5).double()  # noqa: E731
for r in REDUCTIONS:
    case(MLS, f"(N,C) {r}", {"input": randn(4, 5, scale=2.0), "target": multi_hot(4, 5)}, reduction=r)
    case(MLS, f"(C) {r}", {"input": randn(5, scale=2.0), "target": multi_hot(5)}, reduction=r)
    case(MLS, f"(N,C) weight {r}", {"input": randn(4, 5, scale=2.0), "target": multi_hot(4, 5)}, weight=rand(5, low=0.1, high=3.0).tolist(), reduction=r)
    case(MLS, f"(N,C,d) sums the last dim {r}", {"input": randn(2, 3, 4), "target": multi_hot(2, 3, 4)}, reduction=r)
    case(MLS, f"soft targets {r}", {"input": randn(3, 4, scale=2.0), "target": rand(3, 4)}, reduction=r)
case(MLS, "(N,C) weight per element", {"input": randn(3, 4), "target": multi_hot(3, 4)}, weight=rand(3, 4).tolist(), reduction="none")
case(MLS, "weight (1) broadcasts", {"input": randn(3, 4), "target": multi_hot(3, 4)}, weight=[2.5])
case(MLS, "weight (N,1) broadcasts", {"input": randn(3, 4), "target": multi_hot(3, 4)}, weight=[[1.0], [0.5], [2.0]], reduction="none")
case(MLS, "weight (4,1,C) grows the output", {"input": randn(2, 3), "target": multi_hot(2, 3)}, weight=rand(4, 1, 3).tolist(), reduction="none")
case(MLS, "target (C) broadcasts over the batch", {"input": randn(2, 3), "target": torch.tensor([1.0, 0.0, 1.0], dtype=torch.float64)}, reduction="none")
case(MLS, "input (C) against target (N,C) sums over dim 0", {"input": randn(3), "target": multi_hot(2, 3)}, reduction="none")
case(MLS, "input (N,1) against target (N,C): C is 1", {"input": randn(2, 1), "target": multi_hot(2, 3)}, reduction="none")
case(MLS, "targets outside [0, 1]", {"input": randn(2, 3), "target": torch.tensor([[2.0, -1.0, 0.5], [1.5, -0.5, 3.0]], dtype=torch.float64)}, reduction="none")
case(MLS, "logits of +-800 stay finite", {"input": torch.tensor([[800.0, -800.0, 30.0, -40.0]], dtype=torch.float64), "target": torch.tensor([[0.0, 1.0, 1.0, 0.0]], dtype=torch.float64)}, reduction="none")
case(MLS, "confident and right gives ~0", {"input": torch.tensor([[40.0, -40.0]], dtype=torch.float64), "target": torch.tensor([[1.0, 0.0]], dtype=torch.float64)}, reduction="none")
case(MLS, "zero logits give log 2", {"input": torch.zeros(2, 3, dtype=torch.float64), "target": multi_hot(2, 3)})
case(MLS, "empty batch mean is nan", {"input": randn(0, 3), "target": rand(0, 3)})
case(MLS, "legacy reduce=False", {"input": randn(2, 3), "target": multi_hot(2, 3)}, reduce=False)
# Refusals.
case(MLS, "0-d input", {"input": 0.5, "target": 1.0})
case(MLS, "target that does not broadcast", {"input": randn(2, 3), "target": torch.tensor([1.0, 0.0], dtype=torch.float64)})
case(MLS, "weight that does not broadcast", {"input": randn(2, 3), "target": multi_hot(2, 3)}, weight=[1.0, 2.0])

# NaN keywords PyTorch takes without a word: label_smoothing NaN is neither > 1 (refused) nor > 0
# (smoothed), so it is plain cross entropy; a NaN margin makes every hinge term's z NaN, and
# z > 0 fails, so the loss is 0.
NAN = float("nan")
NAN_X = torch.tensor([[0.5, -1.0, 2.0, 0.0], [1.0, 0.25, -0.5, 3.0], [-2.0, 1.5, 0.0, 0.75]], dtype=torch.float64)
case(CE, "label_smoothing NaN is no smoothing", {"input": NAN_X, "target": long([0, 3, 1])}, label_smoothing=NAN)
case(CE, "label_smoothing NaN with weight, none", {"input": NAN_X, "target": long([0, 3, 1])}, label_smoothing=NAN, weight=[1.0, 2.0, 0.5, 3.0], reduction="none")
case(CE, "label_smoothing NaN with probabilities, sum", {"input": NAN_X, "target": torch.softmax(NAN_X.flip(1), 1)}, label_smoothing=NAN, reduction="sum")
for p in [1, 2]:
    case(MM, f"p={p} margin NaN gives 0", {"input": NAN_X, "target": long([0, 3, 1])}, p=p, margin=NAN, reduction="none")
    case(MM, f"p={p} margin NaN with weight, mean", {"input": NAN_X, "target": long([0, 3, 1])}, p=p, margin=NAN, weight=[1.0, 2.0, 0.5, 3.0])

# label_smoothing masks an ignored position's smoothing term to 0, but autograd multiplies that 0
# by every class weight: an infinite or NaN weight makes the ignored row's gradient NaN.
INF = float("inf")
for w in [[INF, 1.0], [NAN, 1.0]]:
    for r in REDUCTIONS:
        case(CE, f"label_smoothing, weight {w[0]}, ignored row {r}", {"input": torch.tensor([[0.0, 0.0], [1.0, 2.0]], dtype=torch.float64), "target": long([1, 0])}, weight=w, ignore_index=1, label_smoothing=0.5, reduction=r)

# NLLLoss empty batch: (0, C) is recorded as [], and PyTorch crashes on the literal (0)-shaped
# reading, so the core reads [] as the empty batch; 'none' gives [] and a weight of C is accepted.
EMPTY_T = torch.zeros(0, dtype=torch.long)
case("NLLLoss", "empty batch none is []", {"input": torch.zeros(0, 4, dtype=torch.float64), "target": EMPTY_T}, reduction="none")
for r in REDUCTIONS:
    case("NLLLoss", f"empty batch with weight {r}", {"input": torch.zeros(0, 4, dtype=torch.float64), "target": EMPTY_T}, weight=[1.0, 2.0, 0.5, 3.0], reduction=r)

# With size_average or reduce set, _Loss.__init__ replaces reduction without looking at it: even
# an invalid reduction is accepted (and ignored).
LEG_X = torch.tensor([[0.5, -1.0, 2.0], [1.0, 0.25, -0.5]], dtype=torch.float64)
case(MLS, "legacy reduce=True ignores an invalid reduction", {"input": LEG_X, "target": torch.tensor([[1.0, 0.0, 1.0], [0.0, 0.0, 1.0]], dtype=torch.float64)}, reduction="elementwise_mean", reduce=True)
case(MM, "legacy size_average=False ignores reduction='foo'", {"input": LEG_X, "target": long([2, 0])}, reduction="foo", size_average=False)
case("NLLLoss", "legacy reduce=False ignores reduction='batchmean'", {"input": LEG_X, "target": long([2, 0])}, reduction="batchmean", reduce=False)
case(MLS, "invalid reduction without legacy flags is refused", {"input": LEG_X, "target": torch.tensor([[1.0, 0.0, 1.0], [0.0, 0.0, 1.0]], dtype=torch.float64)}, reduction="foo")

# The deprecated reduction='elementwise_mean' is still 'mean' wherever the functional goes through
# _Reduction.get_enum (KLDivLoss included, whose other cases live in pointwise.py); MultiLabel-
# SoftMarginLoss compares the string itself and refuses it.
case(CE, "reduction='elementwise_mean' is 'mean'", {"input": LEG_X, "target": long([2, 0])}, reduction="elementwise_mean")
case("NLLLoss", "reduction='elementwise_mean' is 'mean'", {"input": LEG_X, "target": long([2, 0])}, reduction="elementwise_mean", weight=[1.0, 2.0, 0.5])
case(MM, "reduction='elementwise_mean' is 'mean'", {"input": LEG_X, "target": long([2, 0])}, reduction="elementwise_mean")
case(MLM, "reduction='elementwise_mean' is 'mean'", {"input": LEG_X, "target": long([[2, -1, 0], [0, 1, -1]])}, reduction="elementwise_mean")
case("KLDivLoss", "reduction='elementwise_mean' is 'mean'", {"input": torch.log_softmax(LEG_X, 1), "target": torch.softmax(LEG_X.flip(1), 1)}, reduction="elementwise_mean")
case(MLS, "reduction='elementwise_mean' is refused", {"input": LEG_X, "target": torch.tensor([[1.0, 0.0, 1.0], [0.0, 0.0, 1.0]], dtype=torch.float64)}, reduction="elementwise_mean")

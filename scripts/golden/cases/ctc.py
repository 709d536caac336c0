"""CTCLoss cases. Each gives logits: the generator feeds log_softmax(logits) to the loss and
records d sum(output) / d logits under grads['log_probs'] (see generate.py)."""
import sys, pathlib
sys.path.insert(0, str(pathlib.Path(__file__).parent))
import torch  # noqa: E402
from _helpers import REDUCTIONS, randn, randint  # noqa: E402

ORDER = ["log_probs", "targets", "input_lengths", "target_lengths"]
CASES = []


def add(name, logits, targets, input_lengths, target_lengths, **options):
    CASES.append({
        "loss": "CTCLoss",
        "name": name,
        "logits": logits,
        "inputs": {"targets": targets, "input_lengths": input_lengths, "target_lengths": target_lengths},
        "options": options,
        "order": ORDER,
    })


def labels(n, classes, blank=0):
    """n labels drawn from the classes other than blank."""
    others = [c for c in range(classes) if c != blank]
    return [others[i] for i in randint(len(others), n).tolist()]


# Batched, padded (N, S): lengths differ, frames past input_lengths get zero gradient.
padded = [[1, 3, 3, 2], [4, 2, 0, 0], [2, 2, 1, 0]]
x = randn(6, 3, 5)
for r in REDUCTIONS:
    add(f"padded (6,3,5) {r}", x, padded, [6, 5, 6], [4, 2, 3], reduction=r)
# The same sequences concatenated into one 1-D targets tensor.
for r in REDUCTIONS:
    add(f"concatenated {r}", x, [1, 3, 3, 2, 4, 2, 2, 2, 1], [6, 5, 6], [4, 2, 3], reduction=r)
add("padding may hold any value, even out of range", x, [[1, 3, 3, 2], [4, 2, -1, 99], [2, 2, 1, 7]], [6, 5, 6], [4, 2, 3], reduction="none")
add("lengths as (N, 1) tensors", x, padded, [[6], [5], [6]], [[4], [2], [3]], reduction="sum")
add("every sequence uses all frames", randn(7, 2, 4), [[1, 2, 3], [3, 3, 1]], [7, 7], [3, 3], reduction="none")

# Unbatched: log_probs (T, C), targets (S), 0-d lengths; 'none' gives a 0-d loss.
u = randn(6, 4)
for r in REDUCTIONS:
    add(f"unbatched {r}", u, [1, 3, 2], 6, 3, reduction=r)
add("unbatched with padded (1, S) targets", u, [[1, 3, 2, 0]], 6, 3, reduction="none")
add("unbatched with (1,) lengths", u, [1, 3], [5], [2], reduction="none")
add("unbatched T=1, one label", randn(1, 3), [2], 1, 1, reduction="none")
add("unbatched T=1, empty target", randn(1, 3), [[]], 1, 0, reduction="none")

# Repeated labels need a blank between them: "1 1" needs 3 frames, "1 2" only 2.
for r in REDUCTIONS:
    add(f"repeat needs a blank: 2 frames are too few ({r})", randn(2, 3), [1, 1], 2, 2, reduction=r)
add("repeat in exactly 3 frames (one path)", randn(3, 3), [1, 1], 3, 2, reduction="none")
add("no repeat: 2 frames suffice", randn(2, 3), [1, 2], 2, 2, reduction="none")
add("repeat, zero_infinity", randn(2, 3), [1, 1], 2, 2, reduction="none", zero_infinity=True)
add("triple repeat in 5 frames", randn(5, 3), [2, 2, 2], 5, 3, reduction="none")

# Impossible alignments: +inf loss and NaN gradient, unless zero_infinity.
imp = randn(5, 3, 4)
imp_t = [[1, 2, 3, 1], [2, 2, 0, 0], [3, 1, 1, 0]]
for zi in (False, True):
    for r in REDUCTIONS:
        add(f"one impossible sequence, zero_infinity={zi}, {r}", imp, imp_t, [3, 5, 5], [4, 2, 3], reduction=r, zero_infinity=zi)
add("all impossible, mean", imp, imp_t, [2, 2, 2], [4, 2, 3], reduction="mean")
add("zero_infinity changes nothing when finite", imp, imp_t, [5, 5, 5], [3, 2, 3], reduction="mean", zero_infinity=True)

# blank elsewhere than 0.
b = randn(6, 2, 5)
add("blank = C - 1", b, [[0, 1, 2], [3, 0, 0]], [6, 4], [3, 2], blank=4, reduction="none")
add("blank = 2 in the middle", b, [[0, 1, 3], [4, 4, 0]], [6, 6], [3, 2], blank=2, reduction="mean")
add("blank = 2, sum", b, [0, 1, 3, 4, 4], [6, 6], [3, 2], blank=2, reduction="sum")

# Labels equal to blank: documented as forbidden, but PyTorch computes something; we match it.
h = randn(6, 4)
add("label equal to blank in the middle", h, [1, 0, 2], 6, 3, reduction="none")
add("label equal to blank at the end", h, [2, 0], 6, 2, reduction="none")
add("label equal to blank at the start", h, [0, 3], 6, 2, reduction="none")
add("target made only of blanks", h, [0, 0], 6, 2, reduction="none")
add("label equal to blank = 3", h, [[1, 3, 3]], 6, 3, blank=3, reduction="none")

# Empty targets: the loss is -sum log p(blank); 'mean' divides by max(target_length, 1).
e = randn(5, 3, 4)
add("an empty target in the batch, mean", e, [[1, 2], [0, 0], [3, 3]], [5, 4, 5], [2, 0, 2], reduction="mean")
add("an empty target in the batch, none", e, [[1, 2], [0, 0], [3, 3]], [5, 4, 5], [2, 0, 2], reduction="none")
add("all targets empty, (N, 0) padded", e, [[], [], []], [5, 3, 1], [0, 0, 0], reduction="mean")
add("all targets empty, concatenated", e, [], [5, 3, 1], [0, 0, 0], reduction="sum")
add("only the blank class (C = 1)", randn(4, 2, 1), [[], []], [4, 2], [0, 0], reduction="none")
add("input length 1", e, [[1, 2], [3, 0], [0, 0]], [1, 1, 1], [1, 1, 0], reduction="none")

# Bigger random batches, and very confident (peaky) outputs far from uniform.
big_t = [labels(10, 8) for _ in range(4)]
add("random (30,4,8), mean", randn(30, 4, 8), big_t, [30, 25, 28, 30], [10, 7, 9, 4], reduction="mean")
add("random (30,4,8), none", randn(30, 4, 8), big_t, [30, 25, 28, 30], [10, 7, 9, 4], reduction="none")
add("peaky logits x20", randn(40, 2, 6, scale=20.0), [labels(12, 6), labels(12, 6)], [40, 35], [12, 8], reduction="none")
add("extreme logits x400", randn(40, 2, 6, scale=400.0), [labels(12, 6), labels(12, 6)], [40, 35], [12, 8], reduction="none")
add("extreme logits x400, zero_infinity", randn(20, 2, 6, scale=400.0), [labels(12, 6), labels(12, 6)], [20, 20], [12, 8], reduction="sum", zero_infinity=True)
add("long sequence (200,1,5)", randn(200, 1, 5), [labels(60, 5)], [200], [60], reduction="none")
add("tight fit: input length == target length", randn(8, 1, 10), [[1, 2, 3, 4, 5, 6, 7, 8]], [8], [8], reduction="none")

# What PyTorch refuses.
add("blank = C is out of range", x, padded, [6, 5, 6], [4, 2, 3], blank=5)
add("negative blank", x, padded, [6, 5, 6], [4, 2, 3], blank=-1)
add("input_lengths larger than T", x, padded, [7, 5, 6], [4, 2, 3])
add("input_lengths with the wrong count", x, padded, [6, 5], [4, 2, 3])
add("target_lengths with the wrong count", x, padded, [6, 5, 6], [4, 2, 3, 1])
add("target_lengths longer than S", x, padded, [6, 5, 6], [5, 2, 3])
add("concatenated targets do not sum up", x, [1, 3, 3, 2, 4, 2, 2, 2], [6, 5, 6], [4, 2, 3])
add("unbatched 1-D targets longer than target_length", u, [1, 3, 2], 6, 2)
add("padded targets with the wrong number of rows", x, padded[:2], [6, 5, 6], [4, 2, 3])
add("0-d targets", x, 1, [6, 5, 6], [1, 1, 1])
add("3-D targets", x, [[[1]], [[2]], [[3]]], [6, 5, 6], [1, 1, 1])
add("1-D log_probs", randn(6), [1], 6, 1)
add("4-D log_probs", randn(6, 1, 1, 5), [[1]], [6], [1])
add("non-integral input_lengths", x, padded, [5.5, 5, 6], [4, 2, 3])
add("non-integral target_lengths", x, padded, [6, 5, 6], [1.5, 2, 3])
add("unknown reduction", x, padded, [6, 5, 6], [4, 2, 3], reduction="avg")
add("no legacy size_average flag on CTCLoss", x, padded, [6, 5, 6], [4, 2, 3], size_average=False)

# A NaN logit makes its whole log_softmax row NaN. Past input_lengths (and everywhere in a sequence
# whose infinite loss zero_infinity zeroes) the kernel's gradient is 0, but log_softmax's backward
# then gives 0 - exp(NaN) * 0 = NaN for that row's logits.
NAN = float("nan")
nan_late = [[[0.5, -1.0, 2.0], [1.0, 0.0, -0.5]], [[0.0, 1.5, -2.0], [NAN, 0.3, 0.1]], [[NAN, 0.0, 1.0], [0.2, 0.2, 0.2]]]
add("NaN logit past input_lengths: its row's gradient is NaN", nan_late, [[1, 2], [2, 0]], [2, 1], [2, 1], reduction="none")
add("NaN logit past input_lengths, mean", nan_late, [1, 2, 2], [2, 1], [2, 1], reduction="mean")
add("NaN logit past input_lengths, unbatched", [[0.0, 0.0], [NAN, 0.0]], [1], 1, 1, reduction="sum")
add("zero_infinity zeroes an impossible sequence, but not its NaN row", [[0.0, 0.0], [NAN, 0.0]], [1, 1], 1, 2, reduction="sum", zero_infinity=True)

# A batch of N = 0 sequences: (T, 0, C) is recorded as T empty lists, and the core reads them
# (with empty length lists) as the empty batch PyTorch answers, not as zero classes it refuses.
EMPTY = torch.zeros(0, dtype=torch.long)
for r in REDUCTIONS:
    add(f"empty batch (5, 0, 4) {r}", torch.zeros(5, 0, 4, dtype=torch.float64), EMPTY, EMPTY, EMPTY, reduction=r)
add("empty batch (3, 0, 4), (0, 2) targets, blank 3, zero_infinity", torch.zeros(3, 0, 4, dtype=torch.float64), torch.zeros(0, 2, dtype=torch.long), EMPTY, EMPTY, blank=3, zero_infinity=True, reduction="sum")

# The deprecated reduction='elementwise_mean' is 'mean' (F.ctc_loss goes through get_enum).
add("reduction='elementwise_mean' is 'mean'", [[0.5, -1.0, 2.0], [1.0, 0.25, -0.5], [0.0, 1.5, -2.0]], [1, 2], 3, 2, reduction="elementwise_mean")

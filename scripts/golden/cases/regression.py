import sys, pathlib
sys.path.insert(0, str(pathlib.Path(__file__).parent))
from _helpers import REDUCTIONS, randn  # noqa: E402

CASES = []
for loss in ["L1Loss", "MSELoss"]:
    def add(name, inputs, options=None):
        CASES.append({"loss": loss, "name": name, "inputs": inputs, "options": options or {}})

    for r in REDUCTIONS:
        add(f"{r} 2x3", {"input": randn(2, 3), "target": randn(2, 3)}, {"reduction": r})
        add(f"{r} 3-d 2x2x3", {"input": randn(2, 2, 3), "target": randn(2, 2, 3)}, {"reduction": r})
        add(f"{r} 1-d of 7", {"input": randn(7, scale=10), "target": randn(7)}, {"reduction": r})
        add(f"{r} 0-d", {"input": 1.5, "target": -0.25}, {"reduction": r})
        add(f"{r} 0-d input against a vector target", {"input": 0.5, "target": randn(4)}, {"reduction": r})
        add(f"{r} vector input against a 0-d target", {"input": randn(4), "target": 2.0}, {"reduction": r})
    add("ties give zero gradient", {"input": [1.0, 2.0, -0.0], "target": [1.0, 3.0, 0.0]}, {"reduction": "sum"})
    add("broadcast target (3,) against (2,3)", {"input": randn(2, 3), "target": randn(3)}, {"reduction": "mean"})
    add("broadcast input (2,1) against (2,3)", {"input": randn(2, 1), "target": randn(2, 3)}, {"reduction": "none"})
    add("broadcast (N,1) against (N,) becomes N x N", {"input": randn(3, 1), "target": randn(3)}, {"reduction": "none"})
    add("large magnitudes", {"input": [1e150, -1e150, 3e-200], "target": [-1e150, 1e150, -3e-200]}, {"reduction": "sum"})
    add("empty mean is nan", {"input": randn(0), "target": randn(0)}, {"reduction": "mean"})
    add("empty sum is zero", {"input": randn(0), "target": randn(0)}, {"reduction": "sum"})
    add("legacy size_average=False", {"input": randn(4), "target": randn(4)}, {"size_average": False})
    add("legacy reduce=False", {"input": randn(4), "target": randn(4)}, {"reduce": False})
    add("legacy reduce=True, size_average=True", {"input": randn(4), "target": randn(4)}, {"reduce": True, "size_average": True})
    add("shapes that do not broadcast", {"input": randn(2, 3), "target": randn(4)})
    add("bad reduction", {"input": randn(2), "target": randn(2)}, {"reduction": "avg"})

# ------------------------------------------- Found by the differential fuzz against PyTorch
# Literal values only (no randn): these cases do not depend on the shared random generator.
# 'elementwise_mean' is the deprecated spelling of 'mean': PyTorch warns and takes it.
for loss in ["L1Loss", "MSELoss"]:
    CASES.append({"loss": loss, "name": "reduction='elementwise_mean' is 'mean'", "inputs": {"input": [1.0, -2.0, 0.5], "target": [0.0, 0.0, 1.0]}, "options": {"reduction": "elementwise_mean"}})
    # _Loss.__init__ replaces reduction by the legacy flags' reading without checking it.
    CASES.append({"loss": loss, "name": "legacy flags override even an invalid reduction", "inputs": {"input": [1.0, -2.0, 0.5], "target": [0.0, 0.0, 1.0]}, "options": {"size_average": False, "reduction": "avg"}})

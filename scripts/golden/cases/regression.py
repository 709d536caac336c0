import sys, pathlib
sys.path.insert(0, str(pathlib.Path(__file__).parent))
from _helpers import REDUCTIONS, randn  # noqa: E402

CASES = []
for loss in ["L1Loss", "MSELoss"]:
    for r in REDUCTIONS:
        CASES.append({"loss": loss, "name": f"{r} 2x3", "inputs": {"input": randn(2, 3), "target": randn(2, 3)}, "options": {"reduction": r}})
    CASES.append({"loss": loss, "name": "0-d", "inputs": {"input": 1.5, "target": -0.25}, "options": {}})
    CASES.append({"loss": loss, "name": "ties give zero gradient", "inputs": {"input": [1.0, 2.0], "target": [1.0, 3.0]}, "options": {"reduction": "sum"}})
    CASES.append({"loss": loss, "name": "broadcast target (3,) against (2,3)", "inputs": {"input": randn(2, 3), "target": randn(3)}, "options": {"reduction": "mean"}})
    CASES.append({"loss": loss, "name": "broadcast input (2,1) against (2,3)", "inputs": {"input": randn(2, 1), "target": randn(2, 3)}, "options": {"reduction": "none"}})
    CASES.append({"loss": loss, "name": "empty mean is nan", "inputs": {"input": randn(0), "target": randn(0)}, "options": {"reduction": "mean"}})
    CASES.append({"loss": loss, "name": "legacy size_average=False", "inputs": {"input": randn(4), "target": randn(4)}, "options": {"size_average": False}})
    CASES.append({"loss": loss, "name": "shapes that do not broadcast", "inputs": {"input": randn(2, 3), "target": randn(4)}, "options": {}})

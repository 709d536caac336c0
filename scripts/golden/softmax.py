#!/usr/bin/python3
"""log_softmax, softmax and logsumexp of a few vectors, from real PyTorch, for the tests of
src/analysis/softmax.ts (the numbers the CrossEntropyLoss panel shows step by step).

Run with Debian's python3-torch:  /usr/bin/python3 scripts/golden/softmax.py
"""
import json
import math
import pathlib

import torch

ROOT = pathlib.Path(__file__).resolve().parents[2]
OUT = ROOT / "src" / "fixtures" / "softmax.json"

VECTORS = [
    [2.0, 1.0, 0.1],
    [0.5, 2.5, 0.3],
    [0.0],
    [1000.0, 0.0, -1000.0],
    [-800.0, -801.0, -802.5],
    [3.0, 3.0, 3.0, 3.0],
    [-0.3567, -1.6094, -2.3026],
    [1e-8, -1e-8, 40.0, -40.0, 7.25],
    [float("-inf"), 0.0, 1.0],
]


def encode(v):
    if isinstance(v, list):
        return [encode(x) for x in v]
    if not math.isfinite(v):
        return "NaN" if math.isnan(v) else ("Infinity" if v > 0 else "-Infinity")
    return v


cases = []
for v in VECTORS:
    t = torch.tensor(v, dtype=torch.float64)
    cases.append(
        {
            "vector": encode(v),
            "logSoftmax": encode(torch.log_softmax(t, 0).tolist()),
            "softmax": encode(torch.softmax(t, 0).tolist()),
            "logSumExp": encode(torch.logsumexp(t, 0).item()),
        }
    )
OUT.write_text(json.dumps({"torch": torch.__version__, "cases": cases}, indent=1) + "\n")
print(f"wrote {OUT} ({len(cases)} cases)")

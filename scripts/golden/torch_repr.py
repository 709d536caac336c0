#!/usr/bin/python3
"""How PyTorch prints tensors, for app/code/torchRepr.test.ts.

Run: /usr/bin/python3 scripts/golden/torch_repr.py
The PyTorch code we show ends with print() calls whose output we write as comments; this
fixture keeps our formatter honest about widths, int mode, wrapping and rounding.
"""
import json
import math
import pathlib

import torch

torch.set_default_dtype(torch.float64)
torch.set_printoptions(precision=4, sci_mode=False)

CASES = [
    1.1875, 0.0, -0.0, 3.0, math.inf, [0.25, 4.0, 0.25, 0.25], [-0.25, 1.0, 0.25, -0.25],
    [[1.5, -2.25], [0.125, 3.0]], [1.0, 2.0, math.nan], [123456.789, 0.001],
    [[[1.0, 2.0], [3.0, 4.0]], [[5.0, 6.0], [7.0, 8.5]]], [0.1 * i for i in range(25)], -0.00001,
    [1.03125, 2.00005, -1.03125], [0.0, 0.0], [1e9, 2.0], [-math.inf, 0.5],
    [[0.3333333, -12.5, 7.0]], [1e-5, 2e-5], [0.00015, 1.0], [-2.5, -0.5, 1.5],
    # From 1e21 on, JS's toFixed switches to an exponent; Python's format never does.
    [1e22, 4.0, 9e24, 16.0], 2.2525e24, [-1e22, 0.5],
]


def encode(v):
    if isinstance(v, list):
        return [encode(x) for x in v]
    if isinstance(v, float) and not math.isfinite(v):
        return "NaN" if math.isnan(v) else ("Infinity" if v > 0 else "-Infinity")
    return v


out = [{"value": encode(c), "repr": repr(torch.tensor(c))} for c in CASES]
path = pathlib.Path(__file__).resolve().parents[2] / "app" / "code" / "__fixtures__" / "torchRepr.json"
path.write_text(json.dumps(out, allow_nan=False, indent=1) + "\n")
print(f"wrote {len(out)} cases to {path}")

#!/usr/bin/python3
"""Golden fixtures for the sigmoid-then-BCELoss stability view, from real PyTorch in float64.

Run with Debian's python3-torch:  /usr/bin/python3 scripts/golden/stability.py
Writes src/fixtures/stability/sigmoidBce.json:
  sigmoid: torch.sigmoid at logits from -800 to 800, around the point (z ~ 36.74) where it
           rounds to exactly 1, and where exp(-z) overflows (z < -709.78);
  pipeline: for target 0 and 1, BCELoss(sigmoid(z), y) and BCEWithLogitsLoss(z, y) per element,
           with the gradient of each with respect to the logit z (autograd through the sigmoid).
The tests read only the JSON, so CI needs no Python.
"""
import json
import math
import pathlib

import torch
import torch.nn as nn

ROOT = pathlib.Path(__file__).resolve().parents[2]
OUT = ROOT / "src" / "fixtures" / "stability" / "sigmoidBce.json"


def encode(values):
    return [v if math.isfinite(v) else ("NaN" if math.isnan(v) else ("Infinity" if v > 0 else "-Infinity")) for v in values]


def sigmoid_points():
    grid = torch.linspace(-800, 800, 641, dtype=torch.float64).tolist()
    edges = [36.0, 36.5, 36.73, 36.7368, 36.73681, 36.74, 37.0, 40.0, -709.0, -709.78, -709.79, -745.0, -746.0, 0.0, -0.0, 1e-300, 20.0, 30.0]
    return grid + edges


def pipeline(target):
    z = torch.tensor(
        [-800.0, -746.0, -150.0, -101.0, -100.0, -99.0, -40.0, -28.0, -10.0, -1.0, 0.0, 1.0, 10.0, 20.0, 28.0, 30.0, 35.0, 36.0, 36.7, 37.0, 40.0, 99.0, 100.0, 101.0, 150.0, 800.0],
        dtype=torch.float64,
    )
    y = torch.full_like(z, target)
    naive_z = z.clone().requires_grad_(True)
    naive = nn.BCELoss(reduction="none")(torch.sigmoid(naive_z), y)
    naive.sum().backward()
    fused_z = z.clone().requires_grad_(True)
    fused = nn.BCEWithLogitsLoss(reduction="none")(fused_z, y)
    fused.sum().backward()
    return {
        "target": target,
        "logits": z.tolist(),
        "probability": encode(torch.sigmoid(z).tolist()),
        "naiveLoss": encode(naive.detach().tolist()),
        "naiveGrad": encode(naive_z.grad.tolist()),
        "fusedLoss": encode(fused.detach().tolist()),
        "fusedGrad": encode(fused_z.grad.tolist()),
    }


def main():
    xs = torch.tensor(sigmoid_points(), dtype=torch.float64)
    data = {
        "meta": {"generator": "scripts/golden/stability.py", "torch": torch.__version__},
        "sigmoid": {"x": xs.tolist(), "y": encode(torch.sigmoid(xs).tolist())},
        "pipeline": [pipeline(0.0), pipeline(1.0)],
    }
    OUT.parent.mkdir(parents=True, exist_ok=True)
    OUT.write_text(json.dumps(data, allow_nan=False) + "\n")
    print(f"wrote {OUT.relative_to(ROOT)}")


if __name__ == "__main__":
    main()

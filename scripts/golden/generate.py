#!/usr/bin/python3
"""Golden fixtures from real PyTorch for the core's tests.

Run with Debian's python3-torch:  /usr/bin/python3 scripts/golden/generate.py
Every module in cases/ defines CASES: a list of dicts
  {"loss": "SmoothL1Loss", "name": "...", "inputs": {...}, "options": {...}}
where inputs are torch tensors (float tensors are promoted to float64) or plain numbers.
For each case we run the nn module, then backward on output.sum(), and write
src/fixtures/golden/<module>.json with the outputs and the gradient of every prediction-side
input, or the error PyTorch raised. Tests read only the JSON, so CI needs no Python.
"""
import importlib.util
import json
import zlib
import math
import pathlib
import sys
import warnings

import torch
import torch.nn as nn
import torch.nn.functional as F

ROOT = pathlib.Path(__file__).resolve().parents[2]
OUT = ROOT / "src" / "fixtures" / "golden"
PREDICTION_ARGS = {"input", "input1", "input2", "anchor", "positive", "negative", "var"}

# Named distance functions for TripletMarginWithDistanceLoss, as the core spells them.
DISTANCES = {
    None: None,  # PyTorch's own default (nn.PairwiseDistance()), passed as None
    "pairwise": None,
    "cosine": lambda a, b: 1.0 - F.cosine_similarity(a, b),
}


def encode(value):
    """Nested lists with non-finite numbers spelled as strings, since JSON has no inf/nan."""
    if isinstance(value, list):
        return [encode(v) for v in value]
    if isinstance(value, float) and not math.isfinite(value):
        return "NaN" if math.isnan(value) else ("Infinity" if value > 0 else "-Infinity")
    return value


def as_tensor(value):
    t = value if isinstance(value, torch.Tensor) else torch.tensor(value)
    if t.is_floating_point() and not isinstance(value, torch.Tensor):
        # Built straight in float64: a float32 detour would turn 1e300 into inf and 1e-310 into 0.
        t = torch.tensor(value, dtype=torch.float64)
    return t.double() if t.is_floating_point() else t


def build_module(loss, options):
    kwargs = {}
    for key, value in options.items():
        if key in ("weight", "pos_weight") and value is not None:
            kwargs[key] = torch.tensor(value, dtype=torch.float64)
        elif key == "distance_function":
            kwargs[key] = DISTANCES[value]
        else:
            kwargs[key] = value
    return getattr(nn, loss)(**kwargs)


def run_case(case):
    loss, options = case["loss"], case.get("options", {})
    raw_inputs = case["inputs"]
    # Options may hold inf (beta, delta, p), spelled as strings like any other non-finite number.
    record = {"loss": loss, "name": case["name"], "options": {k: encode(v) for k, v in options.items()}}
    tensors, logits = {}, None
    for key, value in raw_inputs.items():
        t = as_tensor(value)
        if key in PREDICTION_ARGS and t.is_floating_point():
            t = t.clone().requires_grad_(True)
        tensors[key] = t
    if loss == "CTCLoss" and "logits" in case:
        # CTC cases give logits; the loss sees log_softmax(logits) and we report d/d logits.
        logits = as_tensor(case["logits"]).clone().requires_grad_(True)
        tensors["log_probs"] = logits.log_softmax(-1)
    record["inputs"] = {
        k: encode(v.detach().tolist() if isinstance(v, torch.Tensor) else v) for k, v in tensors.items()
    }
    try:
        module = build_module(loss, options)
        order = case.get("order") or list(tensors.keys())
        out = module(*[tensors[k] for k in order])
        out.sum().backward()
    except Exception as exc:  # PyTorch refused: the core must refuse too.
        record["error"] = f"{type(exc).__name__}: {exc}"
        return record
    record["output"] = encode(out.detach().tolist())
    grads = {}
    for key, t in tensors.items():
        if key in PREDICTION_ARGS and t.requires_grad:
            grads[key] = encode(t.grad.tolist()) if t.grad is not None else encode(torch.zeros_like(t).tolist())
    if logits is not None:
        grads["log_probs"] = encode(logits.grad.tolist())
    record["grads"] = grads
    if "expect_error" in case:
        raise SystemExit(f"case {case['name']} expected an error but PyTorch accepted it")
    return record


def main():
    warnings.simplefilter("ignore")  # broadcasting and legacy-flag warnings are expected here
    OUT.mkdir(parents=True, exist_ok=True)
    only = set(sys.argv[1:])
    cases_dir = pathlib.Path(__file__).parent / "cases"
    sys.path.insert(0, str(cases_dir))
    import _helpers  # the generator every case module draws its random tensors from

    for path in sorted(cases_dir.glob("[!_]*.py")):
        if only and path.stem not in only:
            continue
        # Each module starts from its own seed, so that its JSON depends on nothing but its own
        # cases: adding a case to one family, or generating one family alone, leaves the others
        # byte for byte as they were.
        seed = zlib.crc32(path.stem.encode())
        _helpers.GEN.manual_seed(seed)
        torch.manual_seed(seed)
        spec = importlib.util.spec_from_file_location(path.stem, path)
        module = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(module)
        records = [run_case(c) for c in module.CASES]
        meta = {"generator": "scripts/golden/generate.py", "torch": torch.__version__}
        text = json.dumps({"meta": meta, "cases": records}, allow_nan=False)
        (OUT / f"{path.stem}.json").write_text(text + "\n")
        errors = sum(1 for r in records if "error" in r)
        print(f"{path.stem}: {len(records)} cases ({errors} refused by PyTorch)")


if __name__ == "__main__":
    main()

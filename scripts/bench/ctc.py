#!/usr/bin/python3
"""PyTorch's CPU CTC loss, forward + backward, one thread, float64: the baseline for
scripts/bench/ctc.ts. Prints a JSON list of {"shape": [T, N, C, S], "ms": median}."""
import json
import statistics
import time

import torch
import torch.nn.functional as F

SHAPES = [(50, 1, 5, 10), (200, 8, 30, 50), (500, 8, 40, 100)]


def bench(T, N, C, S, repeats):
    gen = torch.Generator().manual_seed(0)
    log_probs = torch.randn(T, N, C, generator=gen, dtype=torch.float64).log_softmax(-1)
    targets = torch.randint(1, C, (N, S), generator=gen)
    input_lengths = torch.full((N,), T, dtype=torch.long)
    target_lengths = torch.full((N,), S, dtype=torch.long)
    times = []
    for _ in range(repeats + 2):
        lp = log_probs.clone().requires_grad_(True)
        start = time.perf_counter()
        F.ctc_loss(lp, targets, input_lengths, target_lengths, reduction="sum").backward()
        times.append((time.perf_counter() - start) * 1000)
    return statistics.median(times[2:])  # the first runs warm up allocators and caches


def main():
    torch.set_num_threads(1)
    results = [{"shape": list(s), "ms": bench(*s, repeats=30 if s[0] < 500 else 11)} for s in SHAPES]
    print(json.dumps(results))


if __name__ == "__main__":
    main()

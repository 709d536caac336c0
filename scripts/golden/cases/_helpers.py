"""Shared helpers for case modules (this file is skipped by the generator: it has no CASES)."""
import torch

GEN = torch.Generator().manual_seed(1234)


def randn(*shape, scale=1.0):
    return torch.randn(*shape, generator=GEN, dtype=torch.float64) * scale


def rand(*shape, low=0.0, high=1.0):
    return low + (high - low) * torch.rand(*shape, generator=GEN, dtype=torch.float64)


def randint(high, *shape):
    return torch.randint(0, high, shape, generator=GEN)


REDUCTIONS = ["none", "mean", "sum"]

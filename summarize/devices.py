"""Choosing where a model runs."""

from __future__ import annotations

from summarize.errors import ModelError


def pick_device(name: str):
    """Map --device (cpu, cuda, auto) to a torch.device; "auto" takes CUDA when there is one."""
    import torch

    if name == "auto":
        return torch.device("cuda" if torch.cuda.is_available() else "cpu")
    if name == "cuda" and not torch.cuda.is_available():
        raise ModelError("--device cuda was asked for but torch sees no CUDA GPU; use --device cpu or auto")
    if name not in ("cpu", "cuda"):
        raise ModelError(f"unknown device '{name}': use cpu, cuda or auto")
    return torch.device(name)

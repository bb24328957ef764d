"""Choosing where a model runs, for any engine: each engine says whether it sees a CUDA GPU."""

from __future__ import annotations

import os
from collections.abc import Callable

from summarize.errors import ModelError


def pick_device(name: str, engine: str, cuda_available: Callable[[], bool]) -> str:
    """Map --device (cpu, cuda, auto) to "cpu" or "cuda"; "auto" takes CUDA when ``engine`` sees a GPU."""
    if name not in ("auto", "cpu", "cuda"):
        raise ModelError(f"unknown device '{name}': use cpu, cuda or auto")
    if name == "cpu":
        return "cpu"
    if cuda_available():
        return "cuda"
    if name == "cuda":
        raise ModelError(
            f"--device cuda was asked for but {engine} sees no CUDA GPU; use --device cpu or auto"
        )
    return "cpu"


def cpu_cores() -> int:
    """The CPU cores this process may run on (a container's or taskset's share, not the machine's)."""
    return len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count() or 1

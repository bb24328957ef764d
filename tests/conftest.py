"""Shared fixtures: the tiny checkpoints (built on first use into models/tiny) and the sample articles."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

# The suite never reaches the network: models come from models/tiny, built here.
os.environ["HF_HUB_OFFLINE"] = "1"

SHARED = Path(__file__).resolve().parents[2] / "shared"
SAMPLES = sorted((SHARED / "samples").glob("*.txt"))


@pytest.fixture(scope="session")
def tiny():
    """tiny("marian") -> the folder of that tiny model, built the first time it is asked for."""
    import build_tiny  # models/ is on pytest's pythonpath

    return build_tiny.ensure


@pytest.fixture
def sample_paths() -> list[Path]:
    assert SAMPLES, f"no sample articles under {SHARED / 'samples'}"
    return SAMPLES

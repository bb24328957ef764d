"""Shared fixtures: the tiny checkpoints (built on first use into models/tiny) and the sample articles."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

# The suite never reaches the network: models come from models/tiny, built here.
os.environ["HF_HUB_OFFLINE"] = "1"

SHARED = Path(__file__).resolve().parents[2] / "shared"
SAMPLES = sorted((SHARED / "samples").glob("*.txt"))


@pytest.fixture(autouse=True)
def empty_hub_cache(tmp_path_factory, monkeypatch):
    """An empty Hugging Face cache, so that a developer's cached models never change what tests see."""
    from huggingface_hub import constants

    monkeypatch.setattr(constants, "HF_HUB_CACHE", str(tmp_path_factory.mktemp("hub-cache")))


@pytest.fixture(scope="session")
def tiny():
    """tiny("marian") -> the folder of that tiny model, built the first time it is asked for."""
    import build_tiny  # models/ is on pytest's pythonpath

    return build_tiny.ensure


@pytest.fixture
def sample_paths() -> list[Path]:
    assert SAMPLES, f"no sample articles under {SHARED / 'samples'}"
    return SAMPLES


class TaggingTranslator:
    """A stand-in translator for tests of pipeline logic only: "EN<source>", with a character limit.

    It records every batch it is given, so tests can see what the pipeline asked for.
    """

    def __init__(self, max_chars: int = 10_000):
        from summarize.document import ModelInfo

        self.model = ModelInfo(id="tagging", family="test")
        self.max_chars = max_chars
        self.calls: list[list[str]] = []

    def too_long(self, sentence: str) -> bool:
        return len(sentence) > self.max_chars

    def translate(self, sentences):
        self.calls.append(list(sentences))
        return [f"EN<{s}>" for s in sentences]


@pytest.fixture
def tagging():
    return TaggingTranslator

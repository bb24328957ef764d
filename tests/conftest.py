"""Shared fixtures: the tiny checkpoints (built on first use into models/tiny) and the sample articles."""

from __future__ import annotations

import os
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import pytest
from hypothesis import settings

from tests.stubs import TaggingTranslator

# The suite never reaches the network: models come from models/tiny, built here.
os.environ["HF_HUB_OFFLINE"] = "1"

# Property tests draw the same examples on every run (the suite is deterministic); a developer hunting
# for new failures runs them with HYPOTHESIS_PROFILE=explore.
settings.register_profile("deterministic", derandomize=True, database=None)
settings.register_profile("explore", derandomize=False)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "deterministic"))

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


@pytest.fixture
def tagging():
    """The stub translator class (see tests/stubs.py), for tests of pipeline logic only."""
    return TaggingTranslator


@pytest.fixture
def stub(monkeypatch) -> TaggingTranslator:
    """Every pipeline of this test translates with one TaggingTranslator, returned to inspect."""
    import summarize.pipeline

    translator = TaggingTranslator()
    monkeypatch.setattr(summarize.pipeline, "load_translator", lambda options: translator)
    return translator


@dataclass
class Ran:
    code: int
    stdout: str
    stderr: str


@pytest.fixture
def cli(capsys) -> Callable[..., Ran]:
    """cli("a.txt", "-o", out) runs the summarize command in this process: exit code, stdout, stderr."""
    from summarize.cli import main

    def run(*args: object) -> Ran:
        capsys.readouterr()
        try:
            main([str(a) for a in args])
        except SystemExit as done:
            code = done.code if isinstance(done.code, int) else 1
        else:
            code = 0
        out = capsys.readouterr()
        return Ran(code, out.out, out.err)

    return run


@pytest.fixture(autouse=True)
def private_cache_home(request, tmp_path_factory, monkeypatch):
    """Each test's summarize cache (translations, converted models) is its own, never the developer's
    (~/.cache/summarize): an engine chosen by "auto" must not depend on what a developer converted.
    A module that sets ``SHARES_SUMMARIZE_CACHE = True`` shares one among its tests instead, set by a
    fixture of its own (so that a model is converted once)."""
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path_factory.mktemp("cache-home")))
    if not getattr(request.module, "SHARES_SUMMARIZE_CACHE", False):
        monkeypatch.setenv("SUMMARIZE_CACHE", str(tmp_path_factory.mktemp("summarize-cache")))


def briefs_in(folder: Path) -> list[str]:
    """The names of the brief files in a folder, sorted (not the run's digest, state or failures)."""
    return sorted(p.name for p in folder.iterdir() if ".brief." in p.name and not p.name.startswith("."))


def error_lines(stderr: str) -> list[str]:
    """The error lines of a run's stderr (not its progress or summary lines)."""
    return [line for line in stderr.splitlines() if line.startswith("summarize: error:")]

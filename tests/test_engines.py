"""Engines: batch shapes, output bounds, device choice, and which engine ``--engine auto`` takes."""

from __future__ import annotations

import random

import pytest

from summarize.devices import pick_device
from summarize.engines import Checkpoint, Decoding, load_engine, output_limit, token_batches
from summarize.errors import ModelError
from summarize.hub import read_config
from summarize.options import Options


@pytest.fixture(autouse=True)
def empty_conversion_cache(tmp_path, monkeypatch):
    monkeypatch.setenv("SUMMARIZE_CACHE", str(tmp_path / "ct2-cache"))


@pytest.mark.parametrize("seed", range(5))
def test_token_batches_keep_both_budgets_and_hold_every_source_once(seed):
    rng = random.Random(seed)
    lengths = [rng.randint(1, 300) for _ in range(rng.randint(1, 200))]
    decoding = Decoding(batch_size=16, batch_tokens=1024)
    batches = list(token_batches(lengths, decoding))
    assert sorted(i for batch in batches for i in batch) == list(range(len(lengths)))
    for batch in batches:
        width = max(lengths[i] for i in batch)
        assert len(batch) <= 16
        assert width * len(batch) <= 1024 or len(batch) == 1  # a source over budget goes alone
    # Longest first, and each batch's sources no longer than the previous batch's.
    widths = [[lengths[i] for i in batch] for batch in batches]
    assert all(row == sorted(row, reverse=True) for row in widths)
    assert all(a[-1] >= b[0] for a, b in zip(widths, widths[1:], strict=False))


def test_short_sentences_share_big_batches_long_ones_small():
    decoding = Decoding(batch_size=64, batch_tokens=512)
    assert [len(b) for b in token_batches([8] * 100, decoding)] == [64, 36]
    assert [len(b) for b in token_batches([200] * 5, decoding)] == [2, 2, 1]
    assert list(token_batches([], decoding)) == []


def test_output_bound():
    assert output_limit(10, 256) == 36
    assert output_limit(200, 256) == 256
    # Tokens to generate: the bound less the start token, unless the decoding fixes it.
    assert Decoding().limit(10, 256) == 35
    assert Decoding(max_tokens=7).limit(10, 256) == 7


def test_devices():
    assert pick_device("cpu", "torch", lambda: True) == "cpu"
    assert pick_device("auto", "torch", lambda: True) == "cuda"
    assert pick_device("auto", "torch", lambda: False) == "cpu"
    with pytest.raises(ModelError, match="CTranslate2 sees no CUDA GPU"):
        pick_device("cuda", "CTranslate2", lambda: False)


def test_auto_takes_ct2_once_the_model_is_converted(tiny):
    from summarize.engines.ct2 import CT2Engine, convert
    from summarize.engines.torch import TorchEngine

    folder = tiny("indictrans")
    checkpoint = Checkpoint(folder, str(folder), read_config(folder, frozenset({"IndicTrans"})))
    options = Options(translator=str(folder), device="cpu")
    assert isinstance(load_engine(checkpoint, options), TorchEngine)
    convert(checkpoint, "int8", announce=False)
    engine = load_engine(checkpoint, options)
    assert isinstance(engine, CT2Engine)
    assert engine.library.startswith("ctranslate2 4.") and engine.library.endswith(" int8")
    # Converted for int8 only: asking for float32 on auto finds nothing ready, so torch runs.
    assert isinstance(load_engine(checkpoint, Options(device="cpu", compute_type="float32")), TorchEngine)

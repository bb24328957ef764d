"""Engines: what turns source token ids into target token ids for a seq2seq checkpoint.

A translator is text processing (IndicTrans2: IndicProcessor and our tokenizer; other families: their
Hugging Face tokenizer and language codes) over an engine. The engine sees only token ids, so one
translator runs on any engine, and one engine serves every translator:

- ``torch``: the checkpoint as PyTorch runs it (our IndicTrans2 classes, or transformers' Auto classes);
- ``ct2``: CTranslate2, on a converted copy of the checkpoint (int8 on a CPU, float16 on a GPU).

Adding an engine is one module here with a class of the ``Engine`` shape, and one line in ``ENGINES``.
Batches are formed here, once for every engine (``token_batches``): sentences sorted by length, cut into
batches within a token budget, so that long sentences go in small batches and short ones in large.
"""

from __future__ import annotations

import importlib
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Protocol

from summarize.errors import ModelError
from summarize.options import Options

# --engine name -> "module:class", imported only when chosen; "auto" tries them in this order.
ENGINES = {"ct2": "summarize.engines.ct2:CT2Engine", "torch": "summarize.engines.torch:TorchEngine"}
# Model types our own code runs (summarize.indictrans); transformers runs the others.
NATIVE_TYPES = frozenset({"IndicTrans"})


@dataclass(frozen=True)
class Checkpoint:
    """A model folder about to be run: where it is, what the user called it, and its checked config."""

    path: Path
    model_id: str
    config: dict[str, Any]

    @property
    def indictrans(self) -> bool:
        """Whether our own IndicTrans2 classes run it (else transformers' seq2seq classes)."""
        return self.config["model_type"] in NATIVE_TYPES

    @property
    def positions(self) -> int:
        """How many tokens the decoder can hold: the bound on any output."""
        config = self.config
        return int(config.get("max_target_positions") or config.get("max_position_embeddings") or 1024)


@dataclass(frozen=True)
class Decoding:
    """How to search and how to batch; every engine reads the same settings the same way."""

    beams: int = 5
    batch_size: int = 8  # most sentences in one batch
    batch_tokens: int = 4096  # most source tokens in one batch, padding included
    # Most tokens to generate for one output (an end token counts); None: ``output_limit`` of each
    # batch's longest source.
    max_tokens: int | None = None
    # Fewest tokens to generate: the end token is barred before. Benchmarks set it to ``max_tokens`` so
    # that every engine and setting decodes exactly as much.
    min_tokens: int = 0

    @classmethod
    def of(cls, options: Options) -> Decoding:
        return cls(beams=options.beams, batch_size=options.batch_size, batch_tokens=options.batch_tokens)

    def limit(self, longest_source: int, positions: int) -> int:
        """Most tokens to generate for a batch whose longest source has ``longest_source`` tokens."""
        return self.max_tokens or output_limit(longest_source, positions) - 1


class Engine(Protocol):
    # What runs and in which number format, for the brief: "ctranslate2 4.8.5 int8".
    library: str

    def generate(
        self, sources: Sequence[Sequence[int]], decoding: Decoding, prefix: Sequence[int] = ()
    ) -> list[list[int]]:
        """Target ids for each source's ids (which end with the end token), in input order.

        Each output starts with ``prefix`` (a target language token, say) and holds neither the decoder's
        start token nor the end token.
        """
        ...


def token_batches(lengths: Sequence[int], decoding: Decoding) -> Iterator[list[int]]:
    """Index batches of sources of similar length, longest first, within both of the decoding's budgets.

    Sorting keeps padding (wasted work) low; longest first surfaces out-of-memory errors on the first
    batch rather than the last. A batch holds at most ``batch_size`` sources and, counted as its longest
    source times its size, at most ``batch_tokens`` tokens (a source longer than that goes alone).
    Callers put results back by index.
    """
    order = sorted(range(len(lengths)), key=lambda i: lengths[i], reverse=True)
    batch: list[int] = []
    for i in order:
        # Sorted longest first, so the batch's first source sets its width.
        width = lengths[batch[0]] if batch else lengths[i]
        if batch and (len(batch) >= decoding.batch_size or width * (len(batch) + 1) > decoding.batch_tokens):
            yield batch
            batch = []
        batch.append(i)
    if batch:
        yield batch


def output_limit(source_tokens: int, positions: int) -> int:
    """The most tokens an output may hold, start token included, for a source of ``source_tokens``.

    A translation is never much longer than its source; the bound also stops a degenerate model from
    repeating itself up to the model's ``positions``.
    """
    return min(positions, 2 * source_tokens + 16)


def load_engine(checkpoint: Checkpoint, options: Options) -> Engine:
    """The engine ``options.engine`` names for the checkpoint; ``auto``: the first of ``ENGINES`` ready."""
    if options.engine != "auto":
        return _engine_class(options.engine)(checkpoint, options)
    for name in ENGINES:
        engine = _engine_class(name, missing_ok=True)
        if engine is not None and engine.ready(checkpoint, options):
            return engine(checkpoint, options)
    raise ModelError(f"no engine can run {checkpoint.model_id}: install torch or ctranslate2")


def _engine_class(name: str, missing_ok: bool = False) -> Any:
    module, _, attribute = ENGINES[name].partition(":")
    try:
        return getattr(importlib.import_module(module), attribute)
    except ImportError as exc:
        if missing_ok:
            return None
        raise ModelError(
            f"--engine {name} needs {exc.name}, which is not installed: pip install {exc.name}"
        ) from None

"""Translation backends.

A backend is one class with ``translate(sentences) -> sentences`` (same count, same order), a
``too_long(sentence)`` check against the model's input limit, and a ``model`` attribute describing
what it runs. ``load_translator`` picks the backend from the checkpoint's
``config.json`` (its ``model_type``), so adding a model family is one new file here plus one line in
``_BACKENDS``; every other model type runs on the generic Hugging Face seq2seq backend.
"""

from __future__ import annotations

import importlib
from collections.abc import Iterator, Sequence
from typing import Protocol

from summarize.document import ModelInfo
from summarize.hub import read_config, resolve_model
from summarize.options import Options


class Translator(Protocol):
    model: ModelInfo

    def translate(self, sentences: Sequence[str]) -> list[str]:
        """Translate sentences to English: one output per input, in input order."""
        ...

    def too_long(self, sentence: str) -> bool:
        """Whether the sentence exceeds the model's input length (the caller then splits it)."""
        ...


def batches_by_length(texts: Sequence[str], batch_size: int) -> Iterator[list[int]]:
    """Yield index batches of texts of similar length, longest first.

    Sorting by length keeps padding (wasted compute) low; longest first surfaces out-of-memory
    errors on the first batch rather than the last. Callers put results back by index.
    """
    order = sorted(range(len(texts)), key=lambda i: len(texts[i]), reverse=True)
    for start in range(0, len(order), batch_size):
        yield order[start : start + batch_size]


def output_limit(source_tokens: int, positions: int) -> int:
    """The most tokens to generate for a batch whose longest source has ``source_tokens`` tokens.

    A translation is never much longer than its source; the bound also stops a degenerate model from
    repeating itself up to the model's ``positions``.
    """
    return min(positions, 2 * source_tokens + 16)


# config.json model_type -> "module:class"; imported only when chosen, so torch loads lazily.
_BACKENDS = {"IndicTrans": "summarize.translators.indictrans:IndicTransTranslator"}
_DEFAULT_BACKEND = "summarize.translators.seq2seq:Seq2SeqTranslator"


def load_translator(options: Options) -> Translator:
    """Find the translation model named in ``options`` and load the backend that runs it."""
    path = resolve_model(options.translator)
    model_type = read_config(path, native_types=frozenset(_BACKENDS))["model_type"]
    module, _, name = _BACKENDS.get(model_type, _DEFAULT_BACKEND).partition(":")
    backend = getattr(importlib.import_module(module), name)
    return backend(path, options)

"""Translation backends.

A backend is one class with ``translate(sentences) -> sentences`` (same count, same order), a
``too_long(sentence)`` check against the model's input limit, and a ``model`` attribute describing
what it runs. A backend is text processing only (its tokenizer, language codes, placeholders) over an
engine from ``summarize.engines`` (``--engine torch|ct2|auto``), which maps token ids to token ids and
decides batch shapes. ``load_translator`` picks the backend from the checkpoint's ``config.json`` (its
``model_type``), so adding a model family is one new file here plus one line in ``_BACKENDS``; every
other model type runs on the generic Hugging Face seq2seq backend.
"""

from __future__ import annotations

import importlib
from collections.abc import Sequence
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

"""IndicTrans2 without remote code: model and tokenizer for the published checkpoints, and text processing.

Importing this package loads nothing heavy; torch, transformers and IndicTransToolkit are imported by the
functions and submodules that need them.
"""

from __future__ import annotations

import functools
import importlib.machinery
import importlib.util
from typing import Any

from summarize.errors import ModelError


def new_processor() -> Any:
    """A fresh ``IndicProcessor(inference=True)`` from IndicTransToolkit, for one batch.

    The processor keeps the placeholder maps of ``preprocess_batch`` (URLs, dates, numbers -> ``<ID1>``...)
    in a queue that the next ``postprocess_batch`` consumes; a processor of its own per batch keeps one
    batch's maps from ever reaching another's sentences (and costs well under a millisecond).
    """
    return _processor_class()(inference=True)


@functools.cache
def _processor_class() -> type:
    """``IndicTransToolkit.processor.IndicProcessor``, imported without the package's ``__init__``.

    That ``__init__`` also imports the toolkit's data collator, which needs an import transformers 5
    removed, so ``import IndicTransToolkit`` fails; the compiled processor module itself works. We load
    that module straight from the package folder.
    """
    package = importlib.util.find_spec("IndicTransToolkit")
    spec = package and importlib.machinery.PathFinder.find_spec(
        "processor", package.submodule_search_locations
    )
    if spec is None or spec.loader is None:
        raise ModelError("IndicTransToolkit's processor is not installed: pip install indictranstoolkit")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module.IndicProcessor


def register_auto() -> None:
    """Make ``AutoConfig``/``AutoModelForSeq2SeqLM`` build our classes for ``model_type: "IndicTrans"``.

    With the type registered locally, the Auto classes prefer it to the checkpoint's ``auto_map`` (unless
    the caller explicitly opts into remote code), so they too load the published folders without it.
    """
    from transformers import AutoConfig, AutoModelForSeq2SeqLM

    from summarize.indictrans.modeling import IndicTransConfig, IndicTransForConditionalGeneration

    AutoConfig.register(IndicTransConfig.model_type, IndicTransConfig, exist_ok=True)
    AutoModelForSeq2SeqLM.register(IndicTransConfig, IndicTransForConditionalGeneration, exist_ok=True)

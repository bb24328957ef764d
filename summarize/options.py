"""Every knob of a run, in one frozen value passed from the CLI (or a caller) down to each stage.

An ``Options`` is checked when it is made: a value out of range is a ``UsageError`` naming the
command-line option and its bounds, before any article is read or model loaded.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from summarize.errors import UsageError

DEFAULT_TRANSLATOR = "ai4bharat/indictrans2-indic-en-dist-200M"
DEVICES = ("auto", "cpu", "cuda")
ENGINES = ("auto", "torch", "ct2")
COMPUTE_TYPES = ("int8", "int8_float16", "int8_float32", "float16", "bfloat16", "float32")
# FLORES-200 codes: ISO 639-3 language, underscore, ISO 15924 script ("hin_Deva").
_FLORES_CODE = re.compile(r"[a-z]{3}_[A-Z][a-z]{3}")

# Bounds of the numeric options: (command-line name, lowest, highest). The highs are far beyond any
# useful setting; they stop a typo (--beams 50000) from asking for memory no machine has.
BOUNDS = {
    "beams": ("--beams", 1, 32),
    "batch_size": ("--batch-size", 1, 1024),
    "batch_tokens": ("--batch-tokens", 16, 1_000_000),
    "workers": ("--workers", 1, 64),
    "sentences": ("--sentences", 1, 50),
}


@dataclass(frozen=True)
class Options:
    # Translation model: a Hugging Face Hub id (read from the local cache, never downloaded
    # implicitly) or a local folder holding a checkpoint.
    translator: str = DEFAULT_TRANSLATOR
    # "extractive" (no model weights) or a Hub id / folder of a seq2seq summarization model.
    summarizer: str = "extractive"
    # FLORES-200 code of the article's language; each backend maps it to its own convention.
    src_lang: str = "hin_Deva"
    # "cpu", "cuda" or "auto" (cuda when available).
    device: str = "auto"
    # What runs the translation model: "torch", "ct2" (CTranslate2), or "auto" (ct2 when it is
    # installed and the model has a converted form, else torch).
    engine: str = "auto"
    # CTranslate2 weight type; None takes the device's default (int8 on a CPU, float16 on a GPU).
    compute_type: str | None = None
    # Beam width for generation; 1 is greedy search.
    beams: int = 5
    # Most sentences in one translation batch; batches are formed from sentences of similar length.
    batch_size: int = 8
    # Most tokens (padding included) in one translation batch: long sentences go in smaller batches.
    batch_tokens: int = 4096
    # Translation batches run at once (CTranslate2's inter_threads); more only pays with more cores.
    workers: int = 1
    # Extractive summary length in sentences (abstractive summaries are bounded by their model).
    sentences: int = 3
    # Output formats, each a key of the writer registry ("md", "json").
    formats: tuple[str, ...] = ("md",)
    # Keep what the clean stage would drop as page furniture (related-article links, promotions,
    # author boxes, date lines, repeated lines) in the brief's text instead of listing it as dropped.
    keep_boilerplate: bool = False

    def __post_init__(self) -> None:
        for field, (flag, low, high) in BOUNDS.items():
            value = getattr(self, field)
            if type(value) is not int or not low <= value <= high:
                raise UsageError(f"{flag} {value!r}: must be a whole number from {low} to {high}")
        _one_of("--device", self.device, DEVICES)
        _one_of("--engine", self.engine, ENGINES)
        if self.compute_type is not None:
            _one_of("--compute-type", self.compute_type, COMPUTE_TYPES)
        if not isinstance(self.src_lang, str) or not _FLORES_CODE.fullmatch(self.src_lang):
            raise UsageError(
                f"--src-lang {self.src_lang!r}: not a FLORES-200 code such as hin_Deva (language_Script)"
            )
        for name, value in (("--translator", self.translator), ("--summarizer", self.summarizer)):
            if not isinstance(value, str) or not value.strip():
                raise UsageError(f"{name}: give a Hub id or a model folder")
        from summarize.writers import WRITERS  # here, not at the top: the writers import these options

        if not self.formats or not set(self.formats) <= set(WRITERS):
            raise UsageError(
                f"--format {','.join(self.formats) or '(none)'}: choose from {', '.join(WRITERS)} or all"
            )


def _one_of(flag: str, value: object, choices: tuple[str, ...]) -> None:
    if value not in choices:
        raise UsageError(f"{flag} {value!r}: choose from {', '.join(choices)}")

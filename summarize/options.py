"""Every knob of a run, in one frozen value passed from the CLI (or a caller) down to each stage."""

from __future__ import annotations

from dataclasses import dataclass

DEFAULT_TRANSLATOR = "ai4bharat/indictrans2-indic-en-dist-200M"


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
    # Beam width for generation; 1 is greedy search.
    beams: int = 5
    # Sentences per translation batch; batches are formed from sentences of similar length.
    batch_size: int = 8
    # Extractive summary length in sentences (abstractive summaries are bounded by their model).
    sentences: int = 3
    # Output formats, each a key of the writer registry ("md", "json").
    formats: tuple[str, ...] = ("md",)
    # Keep what the clean stage would drop as page furniture (related-article links, promotions,
    # author boxes, date lines, repeated lines) in the brief's text instead of listing it as dropped.
    keep_boilerplate: bool = False

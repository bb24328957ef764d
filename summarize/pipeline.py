"""One article, top to bottom: clean -> split -> translate -> summarize, from a ``Source`` to a ``Brief``.

``Pipeline`` holds the options and the models, loaded once (on first use, or all at once by
``load_models``) and kept for every article of a run; ``summarize_file`` is the one-call entry point
for a single article. Many articles, their files and their failures are ``summarize.runner``'s.
"""

from __future__ import annotations

import logging
import time
from dataclasses import replace
from pathlib import Path

from summarize import __version__
from summarize.cleaning import clean
from summarize.document import Article, Brief, Source
from summarize.errors import InputError
from summarize.language import ENGLISH, article_language
from summarize.options import Options
from summarize.reading import read_source
from summarize.splitting import split
from summarize.summarizers import Summarizer, load_summarizer
from summarize.translation import translate
from summarize.translators import Translator, load_translator

log = logging.getLogger("summarize")


class Pipeline:
    """A run's options and models. Backends may be passed in; otherwise they load on first use."""

    def __init__(
        self,
        options: Options | None = None,
        translator: Translator | None = None,
        summarizer: Summarizer | None = None,
    ):
        self.options = options or Options()
        self._translator = translator
        self._summarizer = summarizer

    @property
    def translator(self) -> Translator:
        if self._translator is None:
            log.info("loading translator %s", self.options.translator)
            self._translator = load_translator(self.options)
        return self._translator

    @property
    def summarizer(self) -> Summarizer:
        if self._summarizer is None:
            log.info("loading summarizer %s", self.options.summarizer)
            self._summarizer = load_summarizer(self.options)
        return self._summarizer

    def load_models(self) -> None:
        """Load every model the options name now, so that a bad one fails before the first article."""
        _ = self.translator, self.summarizer

    def brief(self, source: Source) -> Brief:
        """Clean, split, translate and summarize one article that has been read.

        The article's script decides its language: an English article is summarized as it is and
        no translator is loaded for it; one in a script ``src_lang`` does not use is an InputError.
        """
        timings: dict[str, float] = {}

        def timed(stage, function, *args):
            start = time.perf_counter()
            result = function(*args)
            timings[stage] = round(time.perf_counter() - start, 4)
            return result

        cleaned = timed("clean", clean, source, self.options.keep_boilerplate)
        if not cleaned.blocks:
            raise InputError(
                f"{source.path}: all {len(cleaned.dropped)} lines are page furniture (related links, "
                "promotions, dates), no story; --keep-boilerplate keeps them"
            )
        text = " ".join(block.text for block in cleaned.blocks)
        language = article_language(text, self.options.src_lang, source.path)
        cleaned = replace(cleaned, metadata=replace(cleaned.metadata, language=language))
        article = timed("split", split, cleaned, language)
        if language == ENGLISH:
            article, model = _as_english(article), None
        else:
            # Models load on the first article only; timed apart so stage timings compare across articles.
            translator = timed("load_translator", lambda: self.translator)
            article, model = timed("translate", translate, article, translator), translator.model
        summarizer = timed("load_summarizer", lambda: self.summarizer)
        summary = timed("summarize", summarizer.summarize, article)
        log.info("%s: %d sentences, stages %s", source.path, len(article.sentences), timings)
        return Brief(article, summary, model, self.options, timings, __version__)


def summarize_file(path: str | Path, options: Options | None = None) -> Brief:
    """Read one article and return its brief (nothing is written)."""
    return Pipeline(options).brief(read_source(str(path)))


def _as_english(article: Article) -> Article:
    """An English article as its own translation: each sentence's English is its source."""
    paragraphs = tuple(
        replace(p, sentences=tuple(replace(s, english=s.source) for s in p.sentences))
        for p in article.paragraphs
    )
    return replace(article, paragraphs=paragraphs)

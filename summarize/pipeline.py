"""One article, top to bottom: clean -> split -> translate -> summarize, from a ``Source`` to a ``Brief``.

``Pipeline`` holds the options and the models, loaded once (on first use, or all at once by
``load_models``) and kept for every article of a run; ``summarize_file`` is the one-call entry point
for a single article. Many articles, their files and their failures are ``summarize.runner``'s.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import TypeVar

from summarize import __version__
from summarize.cleaning import clean
from summarize.document import Article, Brief, Source
from summarize.errors import InputError
from summarize.language import ENGLISH, article_language, language_note
from summarize.options import Options
from summarize.reading import read_source
from summarize.splitting import split
from summarize.summarizers import Summarizer, load_summarizer
from summarize.translation import translate_articles
from summarize.translators import Translator, load_translator

log = logging.getLogger("summarize")
T = TypeVar("T")


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

    @translator.setter
    def translator(self, translator: Translator) -> None:
        """Put another translator in the loaded one's place (a cache around it, say)."""
        self._translator = translator

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
        """Clean, split, translate and summarize one article that has been read."""
        prepared = self.prepare(source)
        return self.finish(prepared, self.translate([prepared])[0])

    def prepare(self, source: Source, furniture: frozenset[str] = frozenset()) -> Prepared:
        """Clean and split an article, and tell its language: everything before the models.

        ``furniture`` is the lines a batch run saw repeated across many articles of the article's site
        (see ``summarize.runner``): the clean stage drops them. The article's script decides its
        language: an English article is summarized as it is and never translated; one in a script
        ``src_lang`` does not use is an InputError.
        """
        timings: dict[str, float] = {}
        cleaned = _timed(
            timings, "clean", lambda: clean(source, self.options.keep_boilerplate, furniture=furniture)
        )
        if not cleaned.blocks:
            raise InputError(
                f"{source.path}: all {len(cleaned.dropped)} lines are page furniture (related links, "
                "promotions, dates), no story; --keep-boilerplate keeps them"
            )
        text = " ".join(block.text for block in cleaned.blocks)
        language = article_language(text, self.options.src_lang, source.path)
        cleaned = replace(cleaned, metadata=replace(cleaned.metadata, language=language))
        article = _timed(timings, "split", split, cleaned, language)
        note = language_note(text, language)
        return Prepared(replace(article, notes=(note,)) if note else article, timings)

    def translate(self, articles: Sequence[Prepared]) -> list[Article]:
        """The articles with every sentence in English, all in one call to the translator.

        Each article's ``translate`` timing is its share, by sentences, of the call's time.
        """
        foreign = [p for p in articles if p.article.metadata.language != ENGLISH]
        start = time.perf_counter()
        done = iter(translate_articles([p.article for p in foreign], self.translator) if foreign else ())
        seconds = time.perf_counter() - start
        total = sum(len(p.article.sentences) for p in foreign) or 1
        for p in foreign:
            p.timings["translate"] = round(seconds * len(p.article.sentences) / total, 4)
        return [
            next(done) if p.article.metadata.language != ENGLISH else _as_english(p.article) for p in articles
        ]

    def finish(self, prepared: Prepared, article: Article) -> Brief:
        """Summarize a translated article and put its brief together."""
        timings = prepared.timings
        summary = _timed(timings, "summarize", self.summarizer.summarize, article)
        english = article.metadata.language == ENGLISH
        log.info("%s: %d sentences, stages %s", article.source.path, len(article.sentences), timings)
        return Brief(
            article, summary, None if english else self.translator.model, self.options, timings, __version__
        )


@dataclass
class Prepared:
    """An article cleaned and split, waiting for translation, with the time its stages took so far."""

    article: Article
    timings: dict[str, float] = field(default_factory=dict)  # seconds per stage, in stage order


def _timed(timings: dict[str, float], stage: str, function: Callable[..., T], *args: object) -> T:
    """``function(*args)``, its duration written into ``timings[stage]``."""
    start = time.perf_counter()
    result = function(*args)
    timings[stage] = round(time.perf_counter() - start, 4)
    return result


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

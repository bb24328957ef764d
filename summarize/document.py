"""The typed values handed from stage to stage: read -> clean -> split -> translate -> summarize -> write.

Each stage takes the previous stage's value and returns a new one; none mutates what it was given.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal

from summarize.options import Options

# "foreign": story text in another script than the article's (an English tweet quoted in a Hindi
# story), kept in its place and split into sentences, but not to be translated from the article's language.
ParagraphKind = Literal["headline", "heading", "text", "caption", "foreign"]


@dataclass(frozen=True)
class Metadata:
    """What is known about an article beyond its text; every field is optional."""

    headline: str | None = None
    date: str | None = None  # ISO 8601 when found
    place: str | None = None  # dateline place, e.g. "कानपुर"
    byline: str | None = None
    section: str | None = None
    site: str | None = None
    url: str | None = None
    language: str | None = None  # FLORES code of the article's detected language


@dataclass(frozen=True)
class Source:
    """An article as read: its text (decoded, or extracted from a page), BOM stripped, LF line endings."""

    path: str  # where it came from, as the user named it ("-" for stdin, "day.jsonl:3" for a JSONL line)
    name: str  # file stem used to name the brief ("article" for article.txt, "day-<id>" for a JSONL line)
    text: str
    # Metadata the input carried beside the text (a page's <meta> tags, a JSONL record's title, url
    # and date); the clean stage completes it from the text and prefers it to what the text suggests.
    given: Metadata = field(default_factory=Metadata)


@dataclass(frozen=True)
class Dropped:
    """A line the clean stage removed, kept so that nothing of an article is lost silently."""

    line: int  # 1-based line number in the source text
    text: str
    reason: str


@dataclass(frozen=True)
class Cleaned:
    """The clean stage's output: the article's text blocks, with what was dropped and what was learnt."""

    source: Source
    blocks: tuple[Block, ...]
    metadata: Metadata = field(default_factory=Metadata)
    dropped: tuple[Dropped, ...] = ()


@dataclass(frozen=True)
class Block:
    """A run of text the cleaner kept: a paragraph, a heading or a caption, before sentence splitting."""

    text: str
    kind: ParagraphKind = "text"
    lines: tuple[int, ...] = ()  # 1-based source lines it was made from, so every line can be traced


@dataclass(frozen=True)
class Sentence:
    """One source sentence and, after the translate stage, its English."""

    id: str  # "p3.s2": third paragraph, second sentence; stable across output formats
    source: str
    english: str | None = None
    notes: tuple[str, ...] = ()  # what the translator did beyond the plain case, e.g. a split for length


@dataclass(frozen=True)
class Paragraph:
    id: str  # "p3"
    kind: ParagraphKind
    sentences: tuple[Sentence, ...]


@dataclass(frozen=True)
class Article:
    """An article split into paragraphs of sentences; after the translate stage every sentence has English."""

    source: Source
    metadata: Metadata
    paragraphs: tuple[Paragraph, ...]
    dropped: tuple[Dropped, ...] = ()
    notes: tuple[str, ...] = ()  # what a reader should know about the article as a whole

    @property
    def sentences(self) -> tuple[Sentence, ...]:
        return tuple(s for p in self.paragraphs for s in p.sentences)

    @property
    def headline(self) -> Sentence | None:
        """The headline sentence, or None when the clean stage found none: a line borrowed from near
        the top (a subheading, a label, the first sentence) would be presented as what it is not."""
        return next((p.sentences[0] for p in self.paragraphs if p.kind == "headline" and p.sentences), None)


@dataclass(frozen=True)
class ModelInfo:
    """Which model ran a stage, for the brief's metadata."""

    id: str  # as the user named it: Hub id, folder, or "extractive"
    family: str  # e.g. "marian", "m2m_100", "IndicTrans", "extractive"
    revision: str | None = None  # Hub commit of a cached snapshot
    library: str | None = None  # e.g. "transformers 5.23.0"


@dataclass(frozen=True)
class SummaryPoint:
    """One line of the summary and the source sentences it stands on."""

    english: str
    source_ids: tuple[str, ...]  # ids of the article sentences it came from, in article order


@dataclass(frozen=True)
class Summary:
    points: tuple[SummaryPoint, ...]
    model: ModelInfo
    notes: tuple[str, ...] = ()  # e.g. "summarized in 3 chunks"


@dataclass(frozen=True)
class Brief:
    """Everything the writers need: the translated article, its summary, and how they were made."""

    article: Article
    summary: Summary
    translator: ModelInfo | None  # None when nothing was translated: the article is in English
    options: Options
    timings: dict[str, float]  # seconds per stage, in stage order
    version: str  # summarize's version

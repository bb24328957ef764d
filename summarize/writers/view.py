"""What every brief format shows the same way: summary points joined to their source sentences, and the
metadata rows. The formats differ only in how they lay these out."""

from __future__ import annotations

from dataclasses import dataclass, fields

from summarize.document import Brief, Metadata, ModelInfo, Sentence
from summarize.options import Options


@dataclass(frozen=True)
class PointView:
    """One summary line with the article sentences it came from, in article order."""

    english: str
    sources: tuple[Sentence, ...]


def summary_points(brief: Brief) -> list[PointView]:
    sentences = {s.id: s for s in brief.article.sentences}
    return [PointView(p.english, tuple(sentences[i] for i in p.source_ids)) for p in brief.summary.points]


def metadata_rows(brief: Brief) -> list[tuple[str, str]]:
    """(label, value) rows: the source, the metadata found (the headline is shown apart), the models."""
    meta = brief.article.metadata
    rows = [("Source", brief.article.source.path)]
    rows += [(field.name.title(), getattr(meta, field.name)) for field in fields(Metadata)]
    rows = [(k, v) for k, v in rows if v and k != "Headline"]
    rows += [("Note", note) for note in brief.article.notes]
    rows += [
        ("Translator", describe_model(brief.translator)),
        ("Summarizer", describe_model(brief.summary.model)),
        ("Options", _describe_options(brief.options)),
        ("Tool", f"summarize {brief.version}"),
    ]
    return [(k, str(v)) for k, v in rows]


def describe_model(model: ModelInfo | None) -> str:
    if model is None:
        return "none: the article is in English"
    revision = f" @ {model.revision[:12]}" if model.revision else ""
    return f"{model.id} ({model.family}{revision})"


def _describe_options(options: Options) -> str:
    described = f"beams {options.beams}, batch size {options.batch_size}, src-lang {options.src_lang}"
    return described + (", boilerplate kept" if options.keep_boilerplate else "")

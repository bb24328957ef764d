"""Write stage: a registry of brief formats behind ``--format``, and atomic file writes.

A writer is a function ``Brief -> str`` registered under its format name, which is also the file
extension. Files are written to a temporary file beside the target and renamed into place, so a
failed run never leaves a half-written brief or clobbers a good one.
"""

from __future__ import annotations

import json
import os
import tempfile
from collections.abc import Callable
from dataclasses import asdict, fields
from pathlib import Path

from summarize.document import (
    Article,
    Brief,
    Dropped,
    Metadata,
    ModelInfo,
    Paragraph,
    Sentence,
    Source,
    Summary,
    SummaryPoint,
)
from summarize.errors import OutputError
from summarize.options import Options

SCHEMA = "summarize-brief/1"

Writer = Callable[[Brief], str]
WRITERS: dict[str, Writer] = {}


def writer(name: str) -> Callable[[Writer], Writer]:
    def register(function: Writer) -> Writer:
        WRITERS[name] = function
        return function

    return register


def get_writer(name: str) -> Writer:
    if name not in WRITERS:
        raise OutputError(f"unknown format '{name}': choose from {', '.join(sorted(WRITERS))} or all")
    return WRITERS[name]


def brief_path(brief: Brief, out_dir: Path, fmt: str) -> Path:
    return out_dir / f"{brief.article.source.name}.brief.{fmt}"


def write_brief(brief: Brief, out_dir: Path, formats: tuple[str, ...]) -> list[Path]:
    """Render every format first, then write each atomically; returns the paths written."""
    rendered = [(brief_path(brief, out_dir, fmt), get_writer(fmt)(brief)) for fmt in formats]
    for path, text in rendered:
        write_atomically(path, text)
    return [path for path, _ in rendered]


def write_atomically(path: Path, text: str) -> None:
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        handle, temp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    except OSError as exc:
        raise OutputError(f"cannot write to {path.parent}: {exc.strerror}") from None
    try:
        with os.fdopen(handle, "w", encoding="utf-8") as out:
            out.write(text)
        os.replace(temp, path)
    except OSError as exc:
        Path(temp).unlink(missing_ok=True)
        raise OutputError(f"cannot write {path}: {exc.strerror}") from None


# ---- JSON: the whole brief, machine-readable; the README documents its shape.


@writer("json")
def render_json(brief: Brief) -> str:
    return json.dumps(brief_to_dict(brief), ensure_ascii=False, indent=2) + "\n"


def brief_to_dict(brief: Brief) -> dict:
    article = brief.article
    sentences = {s.id: s for s in article.sentences}
    headline = article.headline
    return {
        "schema": SCHEMA,
        "tool": {"name": "summarize", "version": brief.version},
        "source": {"path": article.source.path, "name": article.source.name},
        "metadata": asdict(article.metadata),
        "headline": headline and {"id": headline.id, "source": headline.source, "english": headline.english},
        "summary": {
            "model": asdict(brief.summary.model),
            "notes": list(brief.summary.notes),
            "points": [
                {
                    "english": p.english,
                    "source_ids": list(p.source_ids),
                    "source": [sentences[i].source for i in p.source_ids],
                }
                for p in brief.summary.points
            ],
        },
        "translator": asdict(brief.translator) if brief.translator else None,  # None: English, not translated
        "options": {**asdict(brief.options), "formats": list(brief.options.formats)},
        "paragraphs": [
            {
                "id": p.id,
                "kind": p.kind,
                "sentences": [
                    {"id": s.id, "source": s.source, "english": s.english, "notes": list(s.notes)}
                    for s in p.sentences
                ],
            }
            for p in article.paragraphs
        ],
        "dropped": [asdict(d) for d in article.dropped],
        "timings": brief.timings,
    }


def brief_from_dict(data: dict) -> Brief:
    """Rebuild a brief from its JSON (the source text itself is not stored, so it comes back empty)."""
    if data.get("schema") != SCHEMA:
        raise OutputError(f"not a {SCHEMA} document (schema: {data.get('schema')!r})")
    paragraphs = tuple(
        Paragraph(
            p["id"],
            p["kind"],
            tuple(Sentence(s["id"], s["source"], s["english"], tuple(s["notes"])) for s in p["sentences"]),
        )
        for p in data["paragraphs"]
    )
    article = Article(
        source=Source(path=data["source"]["path"], name=data["source"]["name"], text=""),
        metadata=Metadata(**data["metadata"]),
        paragraphs=paragraphs,
        dropped=tuple(Dropped(**d) for d in data["dropped"]),
    )
    summary = Summary(
        points=tuple(SummaryPoint(p["english"], tuple(p["source_ids"])) for p in data["summary"]["points"]),
        model=ModelInfo(**data["summary"]["model"]),
        notes=tuple(data["summary"]["notes"]),
    )
    # Options added since a brief was written take their defaults.
    options = {f.name: data["options"][f.name] for f in fields(Options) if f.name in data["options"]}
    return Brief(
        article=article,
        summary=summary,
        translator=ModelInfo(**data["translator"]) if data["translator"] else None,
        options=Options(**{**options, "formats": tuple(options["formats"])}),
        timings=data["timings"],
        version=data["tool"]["version"],
    )


# ---- Markdown: for people; headline, metadata, bilingual summary, aligned full translation.


@writer("md")
def render_markdown(brief: Brief) -> str:
    article = brief.article
    sentences = {s.id: s for s in article.sentences}
    headline = article.headline
    lines = [f"# {headline.english}" if headline else "# (no headline)"]
    if headline and headline.source != headline.english:
        lines += ["", f"*{headline.source}*"]
    lines += ["", "| | |", "|---|---|", *(f"| {k} | {v} |" for k, v in _metadata_rows(brief))]
    lines += ["", "## Summary", ""]
    for number, point in enumerate(brief.summary.points, start=1):
        lines.append(f"{number}. {point.english}")
        lines += [f"   > {sentences[i].source} `{i}`" for i in point.source_ids]
    # An English article is not translated: each sentence is its own English, and is shown once.
    lines += ["", "## Full translation" if brief.translator else "## Full text"]
    for paragraph in article.paragraphs:
        lines.append("")
        if paragraph.kind in ("headline", "heading"):
            s = paragraph.sentences[0]
            lines += (
                [f"### {s.english}", f"*{s.source}* `{s.id}`"]
                if s.english != s.source
                else [f"### {s.source} `{s.id}`"]
            )
            continue
        for s in paragraph.sentences:
            prefix = "*Caption:* " if paragraph.kind == "caption" else ""
            lines += (
                [f"`{s.id}` {prefix}{s.source}  ", f"{s.english}", ""]
                if s.english != s.source
                else [f"`{s.id}` {prefix}{s.source}", ""]
            )
        lines.pop()
    if article.dropped:
        lines += [
            "",
            "## Dropped lines",
            "",
            "Page furniture the clean stage removed from the text, and why.",
            "",
        ]
        lines += [f"- line {d.line}: {d.text} — *{d.reason}*" for d in article.dropped]
    return "\n".join(lines) + "\n"


def _metadata_rows(brief: Brief) -> list[tuple[str, str]]:
    meta = brief.article.metadata
    options = brief.options
    rows = [("Source", brief.article.source.path)]
    rows += [(field.name.title(), getattr(meta, field.name)) for field in fields(Metadata)]
    rows = [(k, v) for k, v in rows if v and k != "Headline"]
    rows += [
        ("Translator", _describe(brief.translator)),
        ("Summarizer", _describe(brief.summary.model)),
        ("Options", _describe_options(options)),
        ("Tool", f"summarize {brief.version}"),
    ]
    return [(k, str(v).replace("|", "\\|")) for k, v in rows]


def _describe_options(options: Options) -> str:
    described = f"beams {options.beams}, batch size {options.batch_size}, src-lang {options.src_lang}"
    return described + (", boilerplate kept" if options.keep_boilerplate else "")


def _describe(model: ModelInfo | None) -> str:
    if model is None:
        return "none: the article is in English"
    revision = f" @ {model.revision[:12]}" if model.revision else ""
    return f"{model.id} ({model.family}{revision})"

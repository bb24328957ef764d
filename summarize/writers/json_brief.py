"""The JSON brief: the whole brief, machine-readable; the README documents its shape."""

from __future__ import annotations

import json
from dataclasses import asdict, fields

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
from summarize.writers import writer
from summarize.writers.view import summary_points

SCHEMA = "summarize-brief/1"


@writer("json")
def render_json(brief: Brief) -> str:
    return json.dumps(brief_to_dict(brief), ensure_ascii=False, indent=2) + "\n"


def brief_to_dict(brief: Brief) -> dict:
    article = brief.article
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
                    "source_ids": [s.id for s in p.sources],
                    "source": [s.source for s in p.sources],
                }
                for p in summary_points(brief)
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
        "notes": list(article.notes),
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
        notes=tuple(data.get("notes", ())),  # absent from briefs written before notes existed
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

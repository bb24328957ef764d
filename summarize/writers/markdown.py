"""The Markdown brief, for people: headline, metadata, bilingual summary, aligned full translation."""

from __future__ import annotations

from dataclasses import fields

from summarize.document import Brief, Metadata, ModelInfo
from summarize.options import Options
from summarize.writers import writer


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

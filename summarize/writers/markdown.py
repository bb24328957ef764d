"""The Markdown brief, for people: headline, metadata, bilingual summary, aligned full translation."""

from __future__ import annotations

from summarize.document import Brief
from summarize.writers import writer
from summarize.writers.view import metadata_rows, summary_points


@writer("md")
def render_markdown(brief: Brief) -> str:
    article = brief.article
    headline = article.headline
    lines = [f"# {headline.english}" if headline else "# (no headline)"]
    if headline and headline.source != headline.english:
        lines += ["", f"*{headline.source}*"]
    lines += ["", "| | |", "|---|---|", *(f"| {k} | {_cell(v)} |" for k, v in metadata_rows(brief))]
    lines += ["", "## Summary", ""]
    for number, point in enumerate(summary_points(brief), start=1):
        lines.append(f"{number}. {point.english}")
        lines += [f"   > {s.source} `{s.id}`" for s in point.sources]
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
            notes = f" *({'; '.join(s.notes)})*" if s.notes else ""  # e.g. split into parts for length
            lines += (
                [f"`{s.id}` {prefix}{s.source}  ", f"{s.english}{notes}", ""]
                if s.english != s.source
                else [f"`{s.id}` {prefix}{s.source}{notes}", ""]
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


def _cell(value: str) -> str:
    """A Markdown table cell: a "|" in the value would end the cell."""
    return value.replace("|", "\\|")

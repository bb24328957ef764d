"""The HTML brief, for reading in a browser or on a phone: the Markdown brief's content as one page.

A page is one self-contained file (inline style, no fonts, images or scripts from anywhere else, and a
Content-Security-Policy that forbids loading any), so it opens offline and can be mailed as it is.
Every piece of article text is scraped web content, so all of it goes through ``html.escape``.
The digest (``summarize/digest.py``) builds its page with the same ``page`` shell and style.
"""

from __future__ import annotations

from html import escape

from summarize.document import Brief, Paragraph
from summarize.writers import writer
from summarize.writers.view import metadata_rows, summary_points

# System fonts only: phones and desktops all ship a Devanagari face, so none is embedded. The
# Devanagari names come first in their own list so that Latin text keeps the platform's UI face.
FONTS = (
    'system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", "Noto Sans Devanagari", '
    '"Kohinoor Devanagari", "Nirmala UI", Mangal, "Lohit Devanagari", sans-serif'
)
# Nothing may be fetched: inline style and script only, images only as data: URLs.
CSP = "default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'; img-src data:"
STYLE = f"""
:root {{ color-scheme: light dark; --bg: #fbfaf7; --fg: #1d1d1f; --muted: #5f6368; --line: #e2ded6;
  --card: #ffffff; --accent: #a4361b; --hi: #3b3b40; }}
@media (prefers-color-scheme: dark) {{
  :root {{ --bg: #16171a; --fg: #ececee; --muted: #a0a4ab; --line: #33353b; --card: #1f2024;
    --accent: #f08a6a; --hi: #d4d4d8; }}
}}
* {{ box-sizing: border-box; }}
body {{ margin: 0; background: var(--bg); color: var(--fg); font: 17px/1.55 {FONTS};
  -webkit-text-size-adjust: 100%; }}
main {{ max-width: 46rem; margin: 0 auto; padding: 1.25rem 1rem 3rem; }}
h1 {{ font-size: 1.6rem; line-height: 1.25; margin: 0.5rem 0 0.25rem; }}
h2 {{ font-size: 1.2rem; line-height: 1.3; margin: 2rem 0 0.75rem; }}
h3 {{ font-size: 1.05rem; margin: 1.25rem 0 0.25rem; }}
a {{ color: var(--accent); }}
[lang="hi"] {{ line-height: 1.7; }}
.hi {{ color: var(--hi); }}
.muted, .id {{ color: var(--muted); font-size: 0.85rem; }}
.id {{ font-family: ui-monospace, Menlo, Consolas, monospace; white-space: nowrap; }}
dl.meta {{ display: grid; grid-template-columns: max-content 1fr; gap: 0.2rem 1rem; font-size: 0.9rem;
  margin: 1rem 0; padding: 0.75rem 1rem; background: var(--card); border: 1px solid var(--line);
  border-radius: 8px; }}
dl.meta dt {{ color: var(--muted); }}
dl.meta dd {{ margin: 0; overflow-wrap: anywhere; }}
ol.summary li, ul.summary li {{ margin-bottom: 0.75rem; }}
blockquote {{ margin: 0.25rem 0 0; padding-left: 0.75rem; border-left: 3px solid var(--line); }}
.pair {{ margin: 0 0 0.9rem; }}
.pair p {{ margin: 0; }}
.caption {{ font-style: italic; }}
details {{ margin-top: 2rem; }}
summary {{ cursor: pointer; font-weight: 600; }}
"""


def page(title: str, body: str, *, style: str = "", script: str = "") -> str:
    """A whole HTML document around ``body`` (already escaped HTML); ``title`` is plain text.

    ``style`` is added to the shared style sheet; ``script`` runs once the page has loaded.
    """
    script_tag = f"<script>{script}</script>\n" if script else ""
    return (
        "<!doctype html>\n"
        '<html lang="en">\n<head>\n<meta charset="utf-8">\n'
        '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
        f'<meta http-equiv="Content-Security-Policy" content="{CSP}">\n'
        f"<title>{escape(title)}</title>\n<style>{STYLE}{style}</style>\n</head>\n"
        f"<body>\n<main>\n{body}</main>\n{script_tag}</body>\n</html>\n"
    )


def source_lang(brief: Brief) -> str | None:
    """The HTML ``lang`` of the article's own text: it picks the font and line breaking for Hindi."""
    language = brief.article.metadata.language or brief.options.src_lang
    return "hi" if language == "hin_Deva" else None


def original(text: str, lang: str | None, tag: str = "span") -> str:
    """Text in the article's language, set apart from the English."""
    attribute = f' lang="{lang}"' if lang else ""
    return f'<{tag}{attribute} class="hi">{escape(text)}</{tag}>'


def sentence_id(sentence_id: str) -> str:
    return f'<span class="id">{escape(sentence_id)}</span>'


@writer("html")
def render_html(brief: Brief) -> str:
    article = brief.article
    lang = source_lang(brief)
    headline = article.headline
    english = (headline.english if headline else None) or "(no headline)"
    parts = [f"<h1>{escape(english)}</h1>"]
    if headline and headline.source != headline.english:
        parts.append(original(headline.source, lang, "p"))
    rows = "".join(f"<dt>{escape(k)}</dt><dd>{escape(v)}</dd>" for k, v in metadata_rows(brief))
    parts.append(f'<dl class="meta">{rows}</dl>')
    parts.append("<h2>Summary</h2>")
    parts.append(summary_list(brief, "ol"))
    # An English article is not translated: each sentence is its own English, and is shown once.
    parts.append("<h2>Full translation</h2>" if brief.translator else "<h2>Full text</h2>")
    parts += [_paragraph(p, lang) for p in article.paragraphs]
    if article.dropped:
        items = "".join(
            f"<li>line {d.line}: {original(d.text, lang)} — <em>{escape(d.reason)}</em></li>"
            for d in article.dropped
        )
        parts.append(
            f"<details><summary>Dropped lines ({len(article.dropped)})</summary>"
            '<p class="muted">Page furniture the clean stage removed from the text, and why.</p>'
            f"<ul>{items}</ul></details>"
        )
    return page(english, "\n".join(parts) + "\n")


def summary_list(brief: Brief, tag: str) -> str:
    """The summary as an ``ol`` or ``ul``: each English line over its source sentences and their ids."""
    lang = source_lang(brief)
    items = []
    for point in summary_points(brief):
        sources = "".join(
            f"<div>{original(s.source, lang)} {sentence_id(s.id)}</div>"
            for s in point.sources
            if s.source != point.english  # an English article's line is its own source
        )
        quote = f"<blockquote>{sources}</blockquote>" if sources else ""
        items.append(f"<li>{escape(point.english)}{quote}</li>")
    return f'<{tag} class="summary">{"".join(items)}</{tag}>'


def _paragraph(paragraph: Paragraph, lang: str | None) -> str:
    if paragraph.kind in ("headline", "heading"):
        s = paragraph.sentences[0]
        if s.english == s.source:
            return f"<h3>{escape(s.source)} {sentence_id(s.id)}</h3>"
        return f"<h3>{escape(s.english or '')}</h3><p>{original(s.source, lang)} {sentence_id(s.id)}</p>"
    css = "pair caption" if paragraph.kind == "caption" else "pair"
    label = "<strong>Caption:</strong> " if paragraph.kind == "caption" else ""
    pairs = []
    for s in paragraph.sentences:
        text = original(s.source, lang) if s.english != s.source else escape(s.source)
        english = f"<p>{escape(s.english or '')}</p>" if s.english != s.source else ""
        notes = f'<p class="note">{escape("; ".join(s.notes))}</p>' if s.notes else ""
        pairs.append(f'<div class="{css}"><p>{sentence_id(s.id)} {label}{text}</p>{english}{notes}</div>')
    return "<section>" + "".join(pairs) + "</section>"

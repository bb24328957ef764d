"""Saved news pages: the story's text and the page's metadata, extracted with trafilatura.

trafilatura finds the main text by the page's structure, leaving out navigation, advertisements,
sidebars, comments and most related-link lists, and reads the metadata that pages publish for
search engines and social media (``<meta property="article:published_time">``, ``og:title``,
``og:site_name``, JSON-LD). What it lets through is the clean stage's to recognise, as in any text.
It is imported only when a page is read, so plain-text runs do not pay for it.

trafilatura drops the text of ``<figcaption>`` (with images included or not), so before it runs each
caption is moved where it is kept: into its figure's image's alt text, which it writes as a Markdown
image and the clean stage keeps as a caption; a caption without an image becomes a paragraph.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from summarize import boilerplate
from summarize.dates import parse_date
from summarize.document import Metadata
from summarize.errors import InputError

if TYPE_CHECKING:
    from lxml.html import HtmlElement

# htmldate's (trafilatura's date finder) output format: the date-time with its UTC offset.
_DATE_FORMAT = "%Y-%m-%dT%H:%M:%S%z"


def read_page(page: bytes, path: str) -> tuple[str, Metadata]:
    """The story of a saved page as text, one element (paragraph, heading, image) a paragraph."""
    import trafilatura
    from trafilatura.utils import load_html

    tree = load_html(page)  # decoded as trafilatura would, whatever the page's encoding
    if tree is None:
        raise InputError(
            f"{path}: not an HTML page that can be read; save the page again, or its text as .txt"
        )
    _captions_as_alt_text(tree)
    extracted = trafilatura.bare_extraction(
        tree,
        with_metadata=True,
        include_comments=False,
        include_images=True,  # written as Markdown images, whose alt text the clean stage keeps as captions
        date_extraction_params={"outputformat": _DATE_FORMAT, "original_date": True},
    )
    text = extracted and extracted.text
    if not text or not text.strip():
        raise InputError(
            f"{path}: no article text found in the page; save the article's own page, or its text as .txt"
        )
    # trafilatura writes an element a line; the clean stage joins lines that are not separated by a
    # blank line (hard-wrapped text), so a blank line keeps each element a paragraph of its own.
    text = "\n\n".join(line for line in text.splitlines() if line.strip())
    metadata = Metadata(
        headline=extracted.title,
        date=_page_date(extracted.date),
        byline=_author(extracted.author),
        site=extracted.sitename or extracted.hostname,
        url=extracted.url,
    )
    return text, metadata


def _captions_as_alt_text(tree: HtmlElement) -> None:
    for caption in list(tree.iter("figcaption")):
        text = " ".join(caption.text_content().split())
        figure = next((e for e in caption.iterancestors() if e.tag == "figure"), None)
        image = next(figure.iter("img"), None) if figure is not None else None
        if image is None:
            caption.tag = "p"
            continue
        alt = " ".join((image.get("alt") or "").split())
        # The alt text is the image described, the caption what the page prints under it; both are
        # kept unless one holds the other.
        image.set("alt", text if alt in text else alt if text in alt else f"{alt} — {text}")
        caption.drop_tree()


def _author(value: str | None) -> str | None:
    # trafilatura may take an author box ("ABOUT THE AUTHOR ...view details") for the author's name.
    return None if value and boilerplate.AUTHOR_MARKER.search(value) else value


def _page_date(value: str | None) -> str | None:
    # htmldate prints a date found without a time as that day's midnight without a time zone: a
    # time the page never gave, so only the day is kept.
    if value and value.endswith("T00:00:00"):
        value = value.removesuffix("T00:00:00")
    return parse_date(value) if value else None

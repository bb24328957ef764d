"""Saved news pages: the story's text and the page's metadata, extracted with trafilatura.

trafilatura finds the main text by the page's structure, leaving out navigation, advertisements,
sidebars, comments and most related-link lists, and reads the metadata that pages publish for
search engines and social media (``<meta property="article:published_time">``, ``og:title``,
``og:site_name``, JSON-LD). What it lets through is the clean stage's to recognise, as in any text.
It is imported only when a page is read, so plain-text runs do not pay for it.
"""

from __future__ import annotations

from summarize import boilerplate
from summarize.dates import parse_date
from summarize.document import Metadata
from summarize.errors import InputError

# htmldate's (trafilatura's date finder) output format: the date-time with its UTC offset.
_DATE_FORMAT = "%Y-%m-%dT%H:%M:%S%z"


def read_page(page: bytes, path: str) -> tuple[str, Metadata]:
    """The story of a saved page as text, one element (paragraph, heading, image) a paragraph."""
    import trafilatura

    extracted = trafilatura.bare_extraction(
        page,
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


def _author(value: str | None) -> str | None:
    # trafilatura may take an author box ("ABOUT THE AUTHOR ...view details") for the author's name.
    return None if value and boilerplate.AUTHOR_MARKER.search(value) else value


def _page_date(value: str | None) -> str | None:
    # htmldate prints a date found without a time as that day's midnight without a time zone: a
    # time the page never gave, so only the day is kept.
    if value and value.endswith("T00:00:00"):
        value = value.removesuffix("T00:00:00")
    return parse_date(value) if value else None

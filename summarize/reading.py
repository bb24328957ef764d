"""Read stage: an input (a file, or ``-`` for standard input) to the articles it holds, as ``Source`` values.

Inputs are plain-text articles (``.txt``, and any file of another name), saved web pages (``.html``,
``.htm``: story and metadata extracted by ``summarize.html``) and JSON Lines files (``.jsonl``: one
article a line). Standard input has no name to go by, so its first character tells: ``<`` a page,
``{`` JSON Lines, anything else text. Text is UTF-8 with or without BOM, line endings become LF.
Whatever is wrong is an ``InputError`` whose one-line message names the file (and the line of a JSONL
file) and the fix.
"""

from __future__ import annotations

import json
import re
import sys
import unicodedata
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urlsplit

from summarize.boilerplate import site_of_url
from summarize.dates import parse_date
from summarize.document import Metadata, Source
from summarize.errors import InputError

# News articles are kilobytes; a file this big is a dump or the wrong file, and translating it would
# take hours, so it is refused up front. Each article of a JSONL file is held to it too.
MAX_BYTES = 1_000_000


@dataclass(frozen=True)
class _Format:
    limit: int  # bytes
    too_big: str  # what to say about a file over the limit


FORMATS = {
    "text": _Format(MAX_BYTES, "too big for one news article; split it into articles"),
    # Saved pages carry scripts, styles and inline images around a few kilobytes of story.
    "page": _Format(20 * MAX_BYTES, "too big for a saved news page; save the article's page alone"),
    "jsonl": _Format(200 * MAX_BYTES, "too big for one JSON Lines file; split it into several"),
}
SUFFIXES = {".txt": "text", ".html": "page", ".htm": "page", ".jsonl": "jsonl"}
# A headline given beside the text (a page's title, a JSONL "title") is looked for in this many
# first lines of the text before it is put on top of it.
HEADLINE_SEARCH = 10
# The fields a JSONL record may carry beside its required "text".
JSONL_FIELDS = ("title", "url", "date", "id")
# A JSONL id ends the brief's file name; file names are at most 255 bytes on common file systems.
MAX_ID_BYTES = 120
_SURROGATE = re.compile("[\ud800-\udfff]")


def read_sources(path: str) -> list[Source | InputError]:
    """Every article an input holds, in order, each as a ``Source`` or as the error that stopped it.

    An input that cannot be read at all is one error. A JSONL line that is not an article is an
    error in its place, and the other lines are still read: one bad record does not cost the day.
    """
    try:
        if path == "-":
            data = sys.stdin.buffer.read(max(f.limit for f in FORMATS.values()) + 1)
            return _sources(data, _sniff(data), path, "stdin")
        file = Path(path)
        fmt = SUFFIXES.get(file.suffix.lower(), "text")
        return _sources(_read_file(file, path, FORMATS[fmt].limit), fmt, path, file.stem or file.name)
    except InputError as error:
        return [error]


def read_source(path: str) -> Source:
    """Read an input that holds one article (a text file, a page, stdin); raise its error if it fails."""
    items = read_sources(path)
    if len(items) > 1:
        raise InputError(f"{path}: holds {len(items)} articles, not one; brief them all with Pipeline.run")
    if isinstance(items[0], InputError):
        raise items[0]
    return items[0]


def _read_file(file: Path, path: str, limit: int) -> bytes:
    if not file.exists():
        raise InputError(f"{path}: no such file")
    if not file.is_file():
        raise InputError(f"{path}: not a regular file")
    try:
        with file.open("rb") as handle:
            return handle.read(limit + 1)
    except OSError as exc:
        raise InputError(f"{path}: cannot be read ({exc.strerror})") from None


def _sniff(data: bytes) -> str:
    start = data.removeprefix(b"\xef\xbb\xbf").lstrip()[:1]
    return {b"<": "page", b"{": "jsonl"}.get(start, "text")


def _sources(data: bytes, fmt: str, path: str, name: str) -> list[Source | InputError]:
    if len(data) > FORMATS[fmt].limit:
        raise InputError(f"{path}: over {FORMATS[fmt].limit // 1_000_000} MB, {FORMATS[fmt].too_big}")
    if b"\x00" in data:
        raise InputError(f"{path}: binary data (NUL bytes), not a text article")
    if fmt == "jsonl":
        return _jsonl_sources(_decode(data, path), path, name)
    if fmt == "page":
        from summarize.html import read_page  # trafilatura loads only when a page is read

        text, given = read_page(data, path)
        return [Source(path, name, _with_headline(given.headline, text), given)]
    return [Source(path, name, _text(_decode(data, path), path))]


def _decode(data: bytes, path: str) -> str:
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise InputError(
            f"{path}: not UTF-8 text (byte 0x{data[exc.start]:02x} at offset {exc.start}); "
            "convert it first, e.g. `iconv -f latin1 -t utf-8`"
        ) from None


def _text(text: str, where: str) -> str:
    """Line endings as LF; an article must have some text."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    if not text.strip():
        raise InputError(f"{where}: empty, no text to summarize")
    return text


def _with_headline(headline: str | None, text: str) -> str:
    """The text under its given headline, unless its first lines already show it.

    The headline then is a line of the article like any other: cleaned, translated, and found by the
    clean stage as the headline.
    """
    if not headline:
        return text
    wanted = " ".join(headline.split())
    first = [" ".join(line.split()) for line in text.split("\n") if line.strip()][:HEADLINE_SEARCH]
    return text if any(wanted in line for line in first) else f"{wanted}\n\n{text}"


def _jsonl_sources(text: str, path: str, stem: str) -> list[Source | InputError]:
    items: list[Source | InputError] = []
    names: dict[str, int] = {}  # brief name from an id -> the line that gave it
    for number, line in enumerate(text.split("\n"), start=1):
        if not line.strip():
            continue
        try:
            source = _jsonl_source(line, path, number, stem)
            # Two records with one id are one article twice, or a mistake: either way the user's to
            # settle. A line without an id is named by its number, and the runner keeps such names
            # apart from an id that happens to be a number.
            if source.name != f"{stem}-{number}":
                if source.name in names:
                    raise InputError(
                        f"{path}: line {number}: id repeats line {names[source.name]}'s; "
                        "ids name the briefs, so each must be unique"
                    )
                names[source.name] = number
            items.append(source)
        except InputError as error:
            items.append(error)
    if not items:
        raise InputError(f"{path}: empty, no articles (one JSON object a line)")
    return items


def _jsonl_source(line: str, path: str, number: int, stem: str) -> Source:
    """One JSONL record as a ``Source``: ``text`` required; ``title``, ``url``, ``date``, ``id`` optional."""
    where = f"{path}: line {number}"
    if len(line.encode()) > MAX_BYTES:
        raise InputError(f"{where}: over {MAX_BYTES // 1_000_000} MB, {FORMATS['text'].too_big}")
    record = _record(line, where)
    printed, url = record.get("date"), record.get("url")
    date = parse_date(printed) if printed else None
    if printed and not date:
        raise InputError(
            f'{where}: "date" {printed[:40]!r} is not a date; give ISO 8601, e.g. 2022-01-11T11:27:00+05:30'
        )
    given = Metadata(headline=record.get("title"), date=date, url=url, site=_site(url, where))
    name = f"{stem}-{_id_name(record.get('id'), where) or number}"
    return Source(
        f"{path}:{number}", name, _with_headline(given.headline, _text(record["text"], where)), given
    )


def _record(line: str, where: str) -> dict:
    """The line's JSON object, its fields checked: every error the JSON can hold is an ``InputError``."""
    try:
        record = json.loads(line)
    except json.JSONDecodeError as exc:
        raise InputError(
            f"{where}: not valid JSON ({exc.msg} at column {exc.colno}); fix or remove the line"
        ) from None
    except RecursionError:
        raise InputError(
            f'{where}: JSON nested too deeply to be an article; give one flat object, e.g. {{"text": "..."}}'
        ) from None
    except ValueError as exc:  # a number beyond Python's digit limit for int()
        raise InputError(f"{where}: not readable JSON ({str(exc).partition(':')[0]}); fix the line") from None
    if not isinstance(record, dict):
        raise InputError(f'{where}: not a JSON object; each line must be one article, e.g. {{"text": "..."}}')
    if not isinstance(record.get("text"), str):
        raise InputError(f'{where}: no "text" string; each line needs the article\'s text under "text"')
    for key in ("text", *JSONL_FIELDS):
        _check_field(key, record.get(key), where)
    return record


def _check_field(key: str, value: object, where: str) -> None:
    if value is None:
        return
    # bool is a subclass of int, and "id": true would name a brief "day-True".
    if not isinstance(value, str) and not (key == "id" and type(value) is int):
        wanted = "a string or an integer" if key == "id" else "a string"
        raise InputError(f'{where}: "{key}" must be {wanted}, not {_json_type(value)}')
    # A lone surrogate escape ("\ud800", half of a UTF-16 pair, left by a scraper that cut an emoji
    # in two) decodes to a str that cannot be written as UTF-8, so the brief would fail at the end.
    # It is rejected here rather than replaced: the text is never changed behind the user's back.
    if isinstance(value, str) and (surrogate := _SURROGATE.search(value)):
        raise InputError(
            f'{where}: "{key}" holds a lone surrogate escape (\\u{ord(surrogate.group()):04x} at character '
            f"{surrogate.start()}), not a character; fix the escape (a pair, or the character itself)"
        )


def _json_type(value: object) -> str:
    return {bool: "a boolean", int: "a number", float: "a number", list: "a list", dict: "an object"}.get(
        type(value), type(value).__name__
    )


def _site(url: str | None, where: str) -> str | None:
    """The site a record's ``url`` names: a known site's name (``summarize/sites.json``), else its host
    without "www."."""
    if not url:
        return None
    try:
        host = urlsplit(url).hostname
    except ValueError as exc:  # "http://[::1": a bracketed host that is not an IPv6 address
        raise InputError(f'{where}: "url" {url[:60]!r} is not a URL ({exc}); fix or remove it') from None
    return site_of_url(url) or (host.removeprefix("www.") if host else None)


def _id_name(record_id: str | int | None, where: str) -> str:
    """The record's id as the end of a brief's file name ("" if it has none, or none of it is usable).

    What is not a letter (with its marks: Hindi ids keep their vowel signs), digit, ".", "_" or "-"
    is replaced by "-".
    """
    if record_id is None:
        return ""
    suffix = "".join(
        ch if ch in "._-" or unicodedata.category(ch)[0] in "LMN" else " " for ch in str(record_id)
    )
    suffix = "-".join(suffix.split()).strip("-.")
    if len(suffix.encode()) > MAX_ID_BYTES:
        raise InputError(
            f'{where}: "id" is too long to name a file ({len(suffix.encode())} bytes of UTF-8, '
            f"at most {MAX_ID_BYTES}); shorten it"
        )
    return suffix

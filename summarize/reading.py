"""Read stage: bytes from a file (or stdin) to a ``Source`` of clean Unicode text, or one clear error."""

from __future__ import annotations

import sys
from pathlib import Path

from summarize.document import Source
from summarize.errors import InputError

# News articles are kilobytes; a file this big is a dump or the wrong file, and translating it would
# take hours, so it is refused up front.
MAX_BYTES = 1_000_000


def read_source(path: str) -> Source:
    """Read an article: UTF-8 with or without BOM, CRLF or LF; ``-`` reads standard input."""
    if path == "-":
        return _decode(sys.stdin.buffer.read(MAX_BYTES + 1), path, "stdin")
    file = Path(path)
    if not file.exists():
        raise InputError(f"{path}: no such file")
    if not file.is_file():
        raise InputError(f"{path}: not a regular file")
    try:
        with file.open("rb") as handle:
            data = handle.read(MAX_BYTES + 1)
    except OSError as exc:
        raise InputError(f"{path}: cannot be read ({exc.strerror})") from None
    return _decode(data, path, file.name.removesuffix(file.suffix) or file.name)


def _decode(data: bytes, path: str, name: str) -> Source:
    if len(data) > MAX_BYTES:
        raise InputError(
            f"{path}: over {MAX_BYTES // 1_000_000} MB, too big for one news article; split it into articles"
        )
    if b"\x00" in data:
        raise InputError(f"{path}: binary data (NUL bytes), not a text article")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise InputError(
            f"{path}: not UTF-8 text (byte 0x{data[exc.start]:02x} at offset {exc.start}); "
            "convert it first, e.g. `iconv -f latin1 -t utf-8`"
        ) from None
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    if not text.strip():
        raise InputError(f"{path}: empty, no text to summarize")
    return Source(path=path, name=name, text=text)

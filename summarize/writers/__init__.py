"""Write stage: a registry of brief formats behind ``--format``, and atomic file writes.

A writer is a function ``Brief -> str`` registered under its format name, which is also the file
extension; each format is one module of this package. Files are written to a temporary file beside
the target and renamed into place, so a failed or killed run never leaves a half-written brief or
clobbers a good one; a temporary file left by a killed run is removed by the next run.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path

from summarize.document import Brief
from summarize.errors import OutputError

Writer = Callable[[Brief], str]
WRITERS: dict[str, Writer] = {}
# A temporary file is ".<target name>.<pid>.tmp": hidden, beside its target, and naming the process
# that writes it, so that a later run can tell a dead run's leftovers from a live run's file.
TEMP_SUFFIX = ".tmp"


def writer(name: str) -> Callable[[Writer], Writer]:
    def register(function: Writer) -> Writer:
        WRITERS[name] = function
        return function

    return register


def get_writer(name: str) -> Writer:
    if name not in WRITERS:
        raise OutputError(f"unknown format '{name}': choose from {', '.join(WRITERS)} or all")
    return WRITERS[name]


def brief_path(name: str, out_dir: Path, fmt: str) -> Path:
    return out_dir / f"{name}.brief.{fmt}"


def write_brief(brief: Brief, out_dir: Path, formats: tuple[str, ...], name: str | None = None) -> list[Path]:
    """Render every format first, then write each atomically; returns the paths written.

    ``name`` is the brief's file name stem, by default the article's own (``Source.name``).
    """
    stem = name or brief.article.source.name
    rendered = [(brief_path(stem, out_dir, fmt), get_writer(fmt)(brief)) for fmt in formats]
    try:
        out_dir.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise OutputError(f"cannot make the output folder {out_dir}: {exc.strerror}") from None
    for path, text in rendered:
        write_atomically(path, text)
    return [path for path, _ in rendered]


def write_atomically(path: Path, text: str) -> None:
    """Write ``text`` to ``path`` through a temporary file and a rename; on any failure, neither is left.

    A new file gets the user's umask; a file replaced keeps its mode.
    """
    try:
        data = text.encode("utf-8")
    except UnicodeEncodeError as exc:
        raise OutputError(f"cannot write {path}: the text holds {exc.reason}") from None
    temp = path.with_name(f".{path.name}.{os.getpid()}{TEMP_SUFFIX}")
    try:
        handle = os.open(temp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o666)  # the umask applies
        try:
            with os.fdopen(handle, "wb") as out:
                out.write(data)
            if path.is_file():
                os.chmod(temp, path.stat().st_mode & 0o7777)
            os.replace(temp, path)
        except BaseException:  # also Ctrl-C and SIGTERM mid-write: the partial file goes
            temp.unlink(missing_ok=True)
            raise
    except OSError as exc:
        what = "the file name is too long" if exc.errno == 36 else exc.strerror or type(exc).__name__
        raise OutputError(f"cannot write {path}: {what}") from None


def remove_stale_temps(folder: Path) -> list[Path]:
    """Remove the temporary files that runs no longer alive left in ``folder`` (briefs, a digest, a
    run's state); return them. Only hidden ``.<name>.<pid>.tmp`` files of a dead process are taken."""
    removed = []
    for temp in folder.glob(f".*.*{TEMP_SUFFIX}"):
        target, _, pid = temp.name.removesuffix(TEMP_SUFFIX).rpartition(".")
        if pid.isdigit() and target.startswith(".") and not _alive(int(pid)):
            temp.unlink(missing_ok=True)
            removed.append(temp)
    return removed


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:  # someone else's live process
        return True
    return True


# Each format registers itself on import; importing them here makes the registry complete.
from summarize.writers import html_page, json_brief, markdown  # noqa: E402, F401  (registration)
from summarize.writers.json_brief import SCHEMA, brief_from_dict, brief_to_dict, render_json  # noqa: E402
from summarize.writers.markdown import render_markdown  # noqa: E402

__all__ = [
    "SCHEMA",
    "WRITERS",
    "brief_from_dict",
    "brief_to_dict",
    "get_writer",
    "remove_stale_temps",
    "render_json",
    "render_markdown",
    "write_atomically",
    "write_brief",
    "writer",
]

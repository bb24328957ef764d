"""Batch runs: inputs in, a brief for each article out, and every failure an article's own.

``Runner`` owns what one article's ``Pipeline.brief`` does not: finding the articles (folders, globs),
checking before the first article everything a run needs (options, the output folders, the models),
naming the briefs so that no two inputs share one, and a guard around each article. After the check
an article's failure is its own (one line, the others still written); only a model error, which would
fail every article alike, stops the run.
"""

from __future__ import annotations

import glob
import hashlib
import logging
import os
import tempfile
import traceback
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

from summarize.document import Brief
from summarize.errors import InputError, ModelError, SummarizeError, UsageError
from summarize.options import Options
from summarize.pipeline import Pipeline
from summarize.reading import SUFFIXES, read_sources
from summarize.writers import remove_stale_temps, write_brief

log = logging.getLogger("summarize")

# A brief's file name is "<name>.brief.<format>" and its temporary file adds a dot, the process id and
# ".tmp"; names are held to this many bytes so that both stay under the 255-byte limit of file systems.
NAME_BYTES = 180
_GLOB_CHARACTERS = frozenset("*?[")


@dataclass
class Outcome:
    """What happened to one article: the files written, or the error that stopped it."""

    path: str  # the input, or for one article of a JSONL file the file and line ("day.jsonl:3")
    written: list[Path] = field(default_factory=list)
    error: SummarizeError | None = None
    brief: Brief | None = None  # the brief written, for run-level outputs such as a digest


class BugError(SummarizeError):
    """An exception nobody planned for: a bug in summarize or a library, reported with its traceback."""


class Runner:
    """Brief many inputs with one ``Pipeline``: check first, then each article under its own guard."""

    def __init__(
        self, options: Options | None = None, output: Path | None = None, pipeline: Pipeline | None = None
    ):
        self.options = options or Options()
        self.output = output  # None: each brief beside its input (stdin's in the current folder)
        self.pipeline = pipeline or Pipeline(self.options)
        self._names: dict[Path, set[str]] = {}  # output folder -> brief names taken in this run

    def run(self, paths: list[str]) -> Iterator[Outcome]:
        """Check the run (raising ``UsageError``/``ModelError`` before any article is read), then brief.

        The check runs when this is called; the articles are done as the returned iterator is read.
        """
        inputs = self.check(paths)
        return self._brief_all(inputs)

    def check(self, paths: list[str]) -> list[str]:
        """Everything a run needs, before the first article: the inputs exist as names, the output
        folders take files, and every model named loads. Returns the inputs, folders expanded."""
        if not paths:
            raise UsageError("no articles given: name files, folders or - for standard input")
        inputs = find_inputs(paths, exclude=self.output)
        for folder in sorted({self._target(path) for path in inputs}):
            check_writable(folder, given=self.output is not None)
            for temp in remove_stale_temps(folder):
                log.info("removed %s, left by a run that was killed", temp)
        self.pipeline.load_models()
        return inputs

    def _brief_all(self, inputs: list[str]) -> Iterator[Outcome]:
        for path in inputs:
            target = self._target(path)
            for source in read_sources(path):
                if isinstance(source, InputError):
                    yield Outcome(path, error=source)
                    continue
                yield self._brief_one(source, target)

    def _brief_one(self, source, target: Path) -> Outcome:
        """One article, read to written, under one guard."""
        try:
            brief = self.pipeline.brief(source)
            name = self._name(target, source.name)
            return Outcome(source.path, write_brief(brief, target, self.options.formats, name), brief=brief)
        except ModelError:
            raise  # the model fails every article alike: the run stops
        except SummarizeError as error:
            return Outcome(source.path, error=error)
        except Exception as exc:  # noqa: BLE001 - the guard: one article's bug must not cost the others
            return Outcome(source.path, error=report_bug(exc, source.path))

    def _target(self, path: str) -> Path:
        if self.output is not None:
            return self.output
        return Path.cwd() if path == "-" else Path(path).parent

    def _name(self, folder: Path, name: str) -> str:
        """A brief name no other article of this run has in ``folder``: the article's own when free,
        else the same with "-2", "-3"... (inputs are taken in a fixed order, so reruns agree)."""
        taken = self._names.setdefault(folder, set())
        name = _short(name)
        candidate, number = name, 1
        while candidate.casefold() in taken:
            number += 1
            candidate = f"{name}-{number}"
        taken.add(candidate.casefold())
        return candidate


def find_inputs(paths: list[str], exclude: Path | None = None) -> list[str]:
    """Expand folders (recursively, in name order) and glob patterns into the articles they hold.

    Other paths pass as given, so that a missing file is reported as that input's failure. Briefs and
    digests (``*.brief.*``), hidden files and the output folder ``exclude`` are never inputs.
    """
    inputs: list[str] = []
    for path in paths:
        if path != "-" and Path(path).is_dir():
            found = _articles_in(Path(path), exclude)
            if not found:
                raise UsageError(f"{path}: folder holds no articles ({', '.join(SUFFIXES)} files)")
            inputs += found
        elif path != "-" and not os.path.lexists(path) and _GLOB_CHARACTERS & set(path):
            found = sorted(p for p in glob.glob(path, recursive=True) if not Path(p).is_dir())
            if not found:
                raise UsageError(f"{path}: no file matches this pattern")
            inputs += found
        else:
            inputs.append(path)
    return inputs


def _articles_in(folder: Path, exclude: Path | None) -> list[str]:
    skip = exclude.resolve() if exclude else None
    found = []
    for root, folders, files in os.walk(folder):
        folders[:] = sorted(
            f for f in folders if not f.startswith(".") and (Path(root) / f).resolve() != skip
        )
        for name in sorted(files):
            if name.startswith(".") or ".brief." in name or Path(name).suffix.lower() not in SUFFIXES:
                continue
            found.append(str(Path(root) / name))  # a broken link too: reported as unreadable, not skipped
    return found


def check_writable(folder: Path, given: bool) -> None:
    """Make ``folder`` if need be and prove that a file can be made in it; else a ``UsageError``."""
    try:
        folder.mkdir(parents=True, exist_ok=True)
        with tempfile.NamedTemporaryFile(dir=folder, prefix=".summarize-check-", suffix=".tmp"):
            pass
    except OSError as exc:
        fix = "choose another --output folder" if given else "pass --output with a folder you can write to"
        raise UsageError(f"cannot write briefs in {folder}: {exc.strerror or exc}; {fix}") from None


def report_bug(exc: BaseException, where: str) -> BugError:
    """Save the traceback of an unexpected exception to a file and return the one-line error naming it."""
    text = "".join(traceback.format_exception(exc))
    handle, path = tempfile.mkstemp(prefix="summarize-bug-", suffix=".txt")
    with os.fdopen(handle, "w", encoding="utf-8") as out:
        out.write(f"{where}\n{text}")
    log.info("%s", text)
    detail = str(exc).strip().splitlines()[0][:200] if str(exc).strip() else "no detail"
    return BugError(
        f"{where}: a bug in summarize ({type(exc).__name__}: {detail}); the traceback is in {path}, "
        "please report it with that file"
    )


def _short(name: str) -> str:
    """The name itself when it fits in ``NAME_BYTES``, else its start and a hash of the whole."""
    if len(name.encode()) <= NAME_BYTES:
        return name
    digest = hashlib.sha1(name.encode()).hexdigest()[:10]
    start = name.encode()[: NAME_BYTES - 11].decode(errors="ignore")
    return f"{start}-{digest}"

"""Batch runs: inputs in, a brief for each article out, a digest of them all, and every failure an
article's own.

``Runner`` owns what one article's ``Pipeline`` does not: finding the articles (folders, globs),
checking before the first article everything a run needs (options, the output folders, the models),
naming the briefs so that no two inputs share one, a guard around each article, the order of work,
the translation cache, resuming, and the run's own files. Articles are taken in windows: each
window's articles are cleaned and split, all their sentences go to the translator in one call (so
batches are full and sorted by length across articles), and then each article is summarized and
written, so briefs appear while the run goes on and memory stays bounded however many articles come.
After the check an article's failure is its own; only a model error, which would fail every article
alike, stops the run.

With an output folder, the run keeps a state file per brief in ``OUT/.summarize/`` (the key of
everything the brief was made from, the files written, the brief itself): a rerun skips an article
whose key and files are unchanged, and rebuilds the digest from the state of all the run's articles.
"""

from __future__ import annotations

import glob
import hashlib
import json
import logging
import os
import tempfile
import traceback
from collections import Counter, defaultdict
from collections.abc import Callable, Iterator
from dataclasses import asdict, dataclass, field
from pathlib import Path
from urllib.parse import urlsplit

from summarize import __version__
from summarize.cache import CachedTranslator, TranslationCache, model_key
from summarize.cleaning import furniture_key
from summarize.document import Brief, Source
from summarize.errors import InputError, ModelError, SummarizeError, UsageError
from summarize.options import Options
from summarize.pipeline import Pipeline, Prepared
from summarize.reading import SUFFIXES, read_sources
from summarize.writers import (
    brief_from_dict,
    brief_to_dict,
    remove_stale_temps,
    write_atomically,
    write_brief,
)

log = logging.getLogger("summarize")

# A brief's file name is "<name>.brief.<format>" and its temporary file adds a dot, the process id and
# ".tmp"; names are held to this many bytes so that both stay under the 255-byte limit of file systems.
NAME_BYTES = 180
_GLOB_CHARACTERS = frozenset("*?[")
# A window holds at most this many articles, or characters of text (about 2,000 sentences): enough
# for full translation batches, few enough that briefs appear steadily and memory stays small.
WINDOW_ARTICLES = 64
WINDOW_CHARACTERS = 400_000
STATE_FOLDER = ".summarize"
# A line is a site's furniture when it has at most this many words and repeats in at least this many
# of the site's articles in a window (and in half of them).
SHARED_MAX_WORDS = 20
SHARED_MIN_ARTICLES = 3
FAILURES = "failures.jsonl"
DIGEST_STAMP = "digest.key"  # in the state folder: the briefs the digest in the output folder was made of
# Options that change how fast a brief is made, not what it says: a rerun with other values of
# these still finds its briefs done.
_SPEED_OPTIONS = ("batch_size", "batch_tokens", "workers")


@dataclass(frozen=True)
class RunOptions:
    """How a batch run handles files, apart from what goes into each brief (``Options``)."""

    # Folder for the briefs, the digest and the run's state; None puts each brief beside its input
    # (stdin's in the current folder), with no digest and no resuming.
    output: Path | None = None
    # SQLite file of the translation cache; None translates every sentence afresh.
    cache: Path | None = None
    # Redo every article, even one whose brief in the output folder is up to date.
    force: bool = False
    # Most articles translated together in one window (1 translates article by article).
    window: int = WINDOW_ARTICLES


@dataclass
class Outcome:
    """What happened to one article: the files written, or the error that stopped it."""

    path: str  # the input, or for one article of a JSONL file the file and line ("day.jsonl:3")
    written: list[Path] = field(default_factory=list)
    error: SummarizeError | None = None
    brief: Brief | None = None  # the brief written (or found done), for run-level outputs and counts
    skipped: bool = False  # its brief was already done, from the same inputs
    key: str | None = None  # the hash of everything its brief was made from


class BugError(SummarizeError):
    """An exception nobody planned for: a bug in summarize or a library, reported with its traceback."""


@dataclass
class _Job:
    """An article read and named, with the key of everything its brief is made from."""

    source: Source
    folder: Path
    name: str
    key: str


class Runner:
    """Brief many inputs with one ``Pipeline``: check first, then each article under its own guard."""

    def __init__(
        self, options: Options | None = None, run: RunOptions | None = None, pipeline: Pipeline | None = None
    ):
        self.options = options or Options()
        self.settings = run or RunOptions()
        self.output = self.settings.output
        self.pipeline = pipeline or Pipeline(self.options)
        self.total = 0  # articles the inputs hold, known after the check (JSONL lines counted)
        self._names: dict[Path, set[str]] = {}  # output folder -> brief names taken in this run
        self._models = ""  # identity of the models, part of every brief's key

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
            for temp in remove_stale_temps(folder) + remove_stale_temps(folder / STATE_FOLDER):
                log.info("removed %s, left by a run that was killed", temp)
        self.pipeline.load_models()
        cache = self._open_cache()
        translator = self.pipeline.translator
        translator_key = model_key(translator.model, self.options, cache)
        self._models = json.dumps([translator_key, asdict(self.pipeline.summarizer.model)])
        if cache is not None and not isinstance(translator, CachedTranslator):  # a second run: cached already
            self.pipeline.translator = CachedTranslator(translator, cache, translator_key)
        self.total = sum(count_articles(path) for path in inputs)
        return inputs

    def _open_cache(self) -> TranslationCache | None:
        if self.settings.cache is None:
            return None
        try:
            return TranslationCache(self.settings.cache)
        except Exception as exc:  # noqa: BLE001 - sqlite3 and the file system; the cache only saves time
            log.warning(
                "translation cache %s cannot be opened (%s): running without it", self.settings.cache, exc
            )
            return None

    def _brief_all(self, inputs: list[str]) -> Iterator[Outcome]:
        """Every article's outcome, in input order, a window at a time; then the run's own files."""
        done: list[Outcome] = []
        window: list[_Job | Outcome] = []
        articles = characters = 0  # of the window's articles still to do
        for item in self._jobs(inputs):
            window.append(item)
            if isinstance(item, _Job):
                articles, characters = articles + 1, characters + len(item.source.text)
            # Outcomes already known (found done, unreadable) count too, so that a rerun of thousands
            # of finished articles still goes a window at a time.
            full = articles >= self.settings.window or len(window) >= 4 * self.settings.window
            if full or characters > WINDOW_CHARACTERS:
                done += self._brief_window(window)
                yield from done[-len(window) :]
                window, articles, characters = [], 0, 0
        done += self._brief_window(window)
        yield from done[len(done) - len(window) :]
        self._finish(done)

    def _jobs(self, inputs: list[str]) -> Iterator[_Job | Outcome]:
        """Each article read and named; an unreadable one, or one already done, as its outcome."""
        for path in inputs:
            folder = self._target(path)
            for source in read_sources(path):
                if isinstance(source, InputError):
                    yield Outcome(path, error=source)
                    continue
                name = self._name(folder, source.name)
                job = _Job(source, folder, name, self._key(source, name))
                yield self._done_before(job) or job

    def _brief_window(self, window: list[_Job | Outcome]) -> list[Outcome]:
        """Prepare each article, translate all of them in one call, then finish and write each.

        Items that are outcomes already (unreadable, or done before) keep their place in the order.
        """
        prepared: dict[int, Prepared] = {}
        outcomes: dict[int, Outcome | None] = {}
        furniture = shared_lines([job.source for job in window if isinstance(job, _Job)])
        for index, job in enumerate(window):
            if isinstance(job, _Job):
                lines = furniture.get(_site(job.source), frozenset())
                outcomes[index] = self._guard(
                    job,
                    lambda job=job, i=index, lines=lines: prepared.__setitem__(
                        i, self.pipeline.prepare(job.source, lines)
                    ),
                )
        try:
            english = dict(zip(prepared, self.pipeline.translate(list(prepared.values())), strict=True))
        except ModelError:
            raise
        except Exception:  # noqa: BLE001 - one article broke the shared call: each is tried alone below
            english = {}
        for index, ready in prepared.items():
            job = window[index]

            def finish(job: _Job = job, ready: Prepared = ready, index: int = index) -> Outcome:
                article = english[index] if index in english else self.pipeline.translate([ready])[0]
                brief = self.pipeline.finish(ready, article)
                written = write_brief(brief, job.folder, self.options.formats, job.name)
                self._save_state(job, brief, written)
                return Outcome(job.source.path, written, brief=brief, key=job.key)

            outcomes[index] = self._guard(job, finish)
        return [item if isinstance(item, Outcome) else outcomes[index] for index, item in enumerate(window)]

    def _guard(self, job: _Job, work: Callable[[], Outcome | None]) -> Outcome | None:
        """Run one article's work: its failure becomes its outcome; a model error stops the run."""
        try:
            return work()
        except ModelError:
            raise  # the model fails every article alike
        except SummarizeError as error:
            return Outcome(job.source.path, error=error)
        except Exception as exc:  # noqa: BLE001 - the guard: one article's bug must not cost the others
            return Outcome(job.source.path, error=report_bug(exc, job.source.path))

    def _key(self, source: Source, name: str) -> str:
        """A hash of everything a brief is made from: text, given metadata, options, models, version."""
        options = {k: v for k, v in asdict(self.options).items() if k not in _SPEED_OPTIONS}
        made_from = [__version__, source.path, source.text, asdict(source.given), options, self._models, name]
        return hashlib.sha256(json.dumps(made_from, ensure_ascii=False, default=str).encode()).hexdigest()

    def _state_file(self, job: _Job) -> Path | None:
        return self.output / STATE_FOLDER / f"{job.name}.json" if self.output is not None else None

    def _done_before(self, job: _Job) -> Outcome | None:
        """The outcome of an article whose brief is in the output folder, made from the same inputs."""
        state_file = self._state_file(job)
        if self.settings.force or state_file is None or not state_file.is_file():
            return None
        try:
            state = json.loads(state_file.read_text(encoding="utf-8"))
            files = [job.folder / name for name in state["files"]]
            if state["key"] != job.key or not all(path.is_file() for path in files):
                return None
            brief = brief_from_dict(state["brief"])
            return Outcome(job.source.path, files, brief=brief, skipped=True, key=job.key)
        except (OSError, ValueError, KeyError, TypeError, SummarizeError):
            return None  # unreadable state: the article is simply done again

    def _save_state(self, job: _Job, brief: Brief, written: list[Path]) -> None:
        state_file = self._state_file(job)
        if state_file is None:
            return
        state = {"key": job.key, "files": [path.name for path in written], "brief": brief_to_dict(brief)}
        state_file.parent.mkdir(exist_ok=True)
        write_atomically(state_file, json.dumps(state, ensure_ascii=False))

    def _finish(self, outcomes: list[Outcome]) -> None:
        """The run's own files in the output folder: the digest of its briefs, and its failures."""
        if self.output is None:
            return
        failures = [{"path": o.path, "error": str(o.error)} for o in outcomes if o.error]
        path = self.output / FAILURES
        if failures:
            write_atomically(path, "".join(json.dumps(f, ensure_ascii=False) + "\n" for f in failures))
        else:
            path.unlink(missing_ok=True)  # it told of an earlier run
        from summarize.digest import (
            DIGEST_FILES,
            DigestEntry,
            write_digest,
        )  # scikit-learn: only for a digest

        entries = [DigestEntry(o.brief, tuple(o.written)) for o in outcomes if o.brief]
        if len(entries) < 2:
            return
        # A rerun that found every brief done, the same ones as the digest there was made of, leaves
        # it: grouping stories is most of what such a rerun would cost.
        made_of = hashlib.sha256(json.dumps(sorted(o.key for o in outcomes if o.key)).encode()).hexdigest()
        stamp = self.output / STATE_FOLDER / DIGEST_STAMP
        current = stamp.is_file() and stamp.read_text(encoding="utf-8") == made_of
        if (
            all(o.skipped for o in outcomes)
            and current
            and all((self.output / f).is_file() for f in DIGEST_FILES)
        ):
            return
        write_digest(entries, self.output)
        write_atomically(stamp, made_of)

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


def shared_lines(sources: list[Source]) -> dict[str, frozenset[str]]:
    """Per site, the short lines that most of its articles in ``sources`` carry: its furniture.

    A site's navigation, prompts and credits repeat in every article it publishes, while a story's
    sentences do not; only lines of at most ``SHARED_MAX_WORDS`` words, in at least
    ``SHARED_MIN_ARTICLES`` articles and at least half of the site's, count, so that a background
    sentence a few follow-up stories share is kept.
    """
    articles: dict[str, list[Source]] = defaultdict(list)
    for source in sources:
        articles[_site(source)].append(source)
    furniture = {}
    for site, group in articles.items():
        seen = Counter(
            key
            for source in group
            for key in {furniture_key(line) for line in source.text.split("\n")}
            if key and len(key.split()) <= SHARED_MAX_WORDS
        )
        least = max(SHARED_MIN_ARTICLES, (len(group) + 1) // 2)
        furniture[site] = frozenset(key for key, count in seen.items() if count >= least)
    return furniture


def _site(source: Source) -> str:
    """Which site an article is from, as far as a run can tell: its given site or host, else its file
    (a JSONL file) or folder (a day's pages of one site are usually saved together)."""
    if source.given.site:
        return source.given.site
    if source.given.url and (host := urlsplit(source.given.url).hostname):
        return host.removeprefix("www.")
    path = source.path.rpartition(":")[0] if source.path.rpartition(":")[2].isdigit() else source.path
    return path if path.endswith(".jsonl") else str(Path(path).parent)


def count_articles(path: str) -> int:
    """How many articles an input holds (a JSONL file's non-blank lines), for progress; 1 if unsure."""
    if Path(path).suffix.lower() != ".jsonl":
        return 1
    try:
        with open(path, "rb") as handle:
            return max(1, sum(1 for line in handle if line.strip()))
    except OSError:
        return 1


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

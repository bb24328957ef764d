"""A translation cache: a sentence translated once by a model is never translated again by it.

Reruns, a lead repeated in a teaser, and a boilerplate sentence shared by a site's articles then cost
nothing. Entries live in SQLite (write-ahead log, so two runs can share the file) under a key of the
translation's every input: the model's identity (Hub revision, or a hash of a local folder's files),
the engine and its weights, the source language, the beam width, and the sentence (NFC, spaces
collapsed). A cache that cannot be opened or written is left out with a warning: it only saves time.
"""

from __future__ import annotations

import hashlib
import json
import logging
import sqlite3
import unicodedata
from collections.abc import Iterable, Sequence
from pathlib import Path

from summarize.document import ModelInfo
from summarize.hub import summarize_cache
from summarize.options import Options
from summarize.translators import Translator

log = logging.getLogger("summarize")

# SQLite limits the parameters of one statement; look-ups go in chunks of this many.
_CHUNK = 500


def default_path() -> Path:
    """``translations.sqlite3`` in summarize's cache folder (``summarize.hub.summarize_cache``)."""
    return summarize_cache() / "translations.sqlite3"


class TranslationCache:
    """The SQLite file: translations by (model key, sentence), and local folders' content hashes."""

    def __init__(self, path: Path):
        self.path = path
        path.parent.mkdir(parents=True, exist_ok=True)
        self.db = sqlite3.connect(path, timeout=30, isolation_level=None)
        self.db.execute("PRAGMA journal_mode=WAL")
        self.db.execute(
            "CREATE TABLE IF NOT EXISTS translation (model TEXT, source TEXT, english TEXT, "
            "PRIMARY KEY (model, source)) WITHOUT ROWID"
        )
        self.db.execute("CREATE TABLE IF NOT EXISTS folder (signature TEXT PRIMARY KEY, digest TEXT)")

    def get(self, model: str, sources: Iterable[str]) -> dict[str, str]:
        wanted = list(dict.fromkeys(sources))
        found: dict[str, str] = {}
        for start in range(0, len(wanted), _CHUNK):
            chunk = wanted[start : start + _CHUNK]
            marks = ",".join("?" * len(chunk))
            query = f"SELECT source, english FROM translation WHERE model = ? AND source IN ({marks})"
            rows = self.db.execute(query, [model, *chunk])
            found.update(rows)
        return found

    def put(self, model: str, pairs: Iterable[tuple[str, str]]) -> None:
        with self.db:  # one transaction: a killed run stores a batch whole or not at all
            self.db.execute("BEGIN")
            self.db.executemany(
                "INSERT OR REPLACE INTO translation VALUES (?, ?, ?)", ((model, s, e) for s, e in pairs)
            )

    def folder_digest(self, folder: Path) -> str:
        """``folder_digest(folder)``, remembered by the files' names, sizes and times."""
        signature = json.dumps([str(folder.resolve()), *_file_stats(folder)])
        row = self.db.execute("SELECT digest FROM folder WHERE signature = ?", (signature,)).fetchone()
        if row:
            return row[0]
        digest = folder_digest(folder)
        self.db.execute("INSERT OR REPLACE INTO folder VALUES (?, ?)", (signature, digest))
        return digest

    def close(self) -> None:
        self.db.close()


def folder_digest(folder: Path) -> str:
    """A hash of the names and contents of every file in a model folder."""
    digest = hashlib.sha256()
    for name, _, _ in _file_stats(folder):
        digest.update(name.encode() + b"\0")
        with (folder / name).open("rb") as handle:
            while block := handle.read(1 << 20):
                digest.update(block)
    return digest.hexdigest()


def _file_stats(folder: Path) -> list[tuple[str, int, int]]:
    files = sorted(p for p in folder.rglob("*") if p.is_file() and not p.name.startswith("."))
    return [(str(p.relative_to(folder)), p.stat().st_size, p.stat().st_mtime_ns) for p in files]


def model_key(model: ModelInfo, options: Options, cache: TranslationCache | None) -> str:
    """Everything about a translator that changes its output, as one string.

    A local folder is known by a hash of its files (remembered in ``cache`` when there is one), so
    a checkpoint replaced in the same folder is a different model.
    """
    folder = Path(model.id).expanduser()
    if model.revision:
        identity = f"{model.id}@{model.revision}"
    elif folder.is_dir():
        identity = f"sha256:{cache.folder_digest(folder) if cache else folder_digest(folder)}"
    else:
        identity = model.id  # an injected backend: its id is all there is
    return json.dumps([identity, model.family, model.library, options.src_lang, options.beams])


class CachedTranslator:
    """A ``Translator`` that asks its inner translator only for sentences the cache does not hold.

    Sentences repeated within one call are translated once, too.
    """

    def __init__(self, inner: Translator, cache: TranslationCache, key: str):
        self.inner = inner
        self.model = inner.model
        self.cache = cache
        self.key = key
        self.hits = 0  # sentences answered without the model, for the run's summary

    def too_long(self, sentence: str) -> bool:
        return self.inner.too_long(sentence)

    def translate(self, sentences: Sequence[str]) -> list[str]:
        keys = [_normal(s) for s in sentences]
        try:
            found = self.cache.get(self.key, keys)
        except sqlite3.Error as exc:
            log.warning("translation cache %s unreadable (%s): translating without it", self.cache.path, exc)
            found = {}
        todo = {key: text for key, text in zip(keys, sentences, strict=True) if key not in found}
        self.hits += len(sentences) - sum(1 for key in keys if key in todo)
        if todo:
            english = self.inner.translate(list(todo.values()))
            fresh = dict(zip(todo, english, strict=True))
            found.update(fresh)
            try:
                self.cache.put(self.key, fresh.items())
            except sqlite3.Error as exc:
                log.warning("translation cache %s not written (%s)", self.cache.path, exc)
        return [found[key] for key in keys]


def _normal(sentence: str) -> str:
    return unicodedata.normalize("NFC", " ".join(sentence.split()))

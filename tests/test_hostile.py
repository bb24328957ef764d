"""Hostile inputs through the whole command (issue 7): one table of cases, each run beside a good article.

Each case builds its inputs in ``tmp_path`` (generated, never stored) and names what must come of them:
the exit code, a short fragment of the one stderr line per failure, and the exact entries of the output
folder. Every case also checks what holds for any run: every stderr line is ``summarize: error: ...``
(one per failure, no traceback, no bug report), no temporary file is left anywhere, new briefs get the
umask's mode, the good article beside the hostile one is briefed and translated (unless the run must stop
with exit 2, when nothing is written and nothing translated), and the case takes seconds.

Cases run in this process with the stub translator, except model folders (the real loaders on copies
of the tiny checkpoints, corrupted) and signals (real processes of ``python -m tests.stubs``).
"""

from __future__ import annotations

import fnmatch
import io
import json
import os
import pickle
import random
import shutil
import signal
import stat
import subprocess
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import pytest

from tests.conftest import SAMPLES
from tests.stubs import FailingFile, TaggingTranslator

ROOT = Path(__file__).resolve().parents[1]
BUDGET = 20.0  # seconds per in-process case
GOOD = "good.brief.md"
HINDI = (
    "कानपुर में आज पुलिस आयुक्त ने शहर के अधिकारियों के साथ बैठक की। बैठक में सुरक्षा पर चर्चा हुई। "
    "अधिकारियों ने नए नियमों की जानकारी दी और लोगों से सहयोग की अपील की।\n"
)
ERROR = "summarize: error: "


@dataclass(frozen=True)
class Ctx:
    """Where a case builds: ``tmp`` for inputs, ``out`` the output folder, ``tiny`` the tiny models."""

    tmp: Path
    out: Path
    tiny: Callable[[str], Path]

    def write(self, name: str, content: str | bytes) -> Path:
        path = self.tmp / name
        path.parent.mkdir(parents=True, exist_ok=True)
        if isinstance(content, bytes):
            path.write_bytes(content)
        else:
            path.write_text(content, encoding="utf-8")
        return path

    def jsonl(self, *lines: str | dict, name: str = "day.jsonl") -> Path:
        text = "\n".join(
            line if isinstance(line, str) else json.dumps(line, ensure_ascii=False) for line in lines
        )
        return self.write(name, text + "\n")

    def model(self, name: str, edit: Callable[[Path], None]) -> Path:
        """A copy of tiny model ``name``, changed by ``edit``."""
        folder = self.tmp / f"model-{name}"
        shutil.copytree(self.tiny(name), folder)
        edit(folder)
        return folder


@dataclass(frozen=True)
class Case:
    name: str
    build: Callable[[Ctx], list]  # makes the inputs, returns the command's arguments (-o is added)
    code: int
    stderr: str = ""  # a fragment of stderr (of its first line)
    files: tuple[str, ...] = (GOOD,)  # the output folder's entries, exactly (fnmatch patterns)
    errors: int | None = None  # stderr lines; by default one if the code is not 0
    good: bool = True  # a good article (named "good") is briefed beside the hostile input
    stub: bool = True  # translate with the stub; False: the real loaders (model folders)
    check: Callable[[Ctx, object], None] | None = None  # anything more to assert
    patch: Callable[[pytest.MonkeyPatch, TaggingTranslator], None] | None = None
    stdin: bytes | None = None
    marks: tuple = ()

    @property
    def lines(self) -> int:
        return self.errors if self.errors is not None else int(self.code != 0)


# ---- helpers for checks


def brief_json(ctx: Ctx, name: str) -> dict:
    return json.loads((ctx.out / name).read_text(encoding="utf-8"))


def translated(name: str) -> Callable[[Ctx, object], None]:
    """The brief ``name`` (.md) went through the translator: the stub's "EN<...>" is in it."""

    def check(ctx: Ctx, ran) -> None:
        text = (ctx.out / name).read_text(encoding="utf-8")
        assert "EN<" in text, f"{name} was not translated"

    return check


# ---- builders


def one(name: str, content: str | bytes) -> Callable[[Ctx], list]:
    return lambda ctx: [ctx.write(name, content)]


def hindi_with(extra: str, name: str = "bad.txt") -> Callable[[Ctx], list]:
    return one(name, HINDI + extra + "\n" + HINDI)


def jsonl(*lines: str | dict) -> Callable[[Ctx], list]:
    return lambda ctx: [ctx.jsonl(*lines)]


def record(**fields) -> dict:
    return {"text": HINDI, **fields}


def option(*args: str) -> Callable[[Ctx], list]:
    return lambda ctx: [*args]


def fifo(ctx: Ctx) -> list:
    path = ctx.tmp / "pipe.txt"
    os.mkfifo(path)
    return [path]


def fifo_in_folder(ctx: Ctx) -> list:
    folder = ctx.tmp / "day"
    folder.mkdir()
    os.mkfifo(folder / "pipe.txt")
    ctx.write("day/a.txt", HINDI)
    return [folder]


def symlink_loop(ctx: Ctx) -> list:
    (ctx.tmp / "loop1.txt").symlink_to(ctx.tmp / "loop2.txt")
    (ctx.tmp / "loop2.txt").symlink_to(ctx.tmp / "loop1.txt")
    return [ctx.tmp / "loop1.txt"]


def broken_link_in_folder(ctx: Ctx) -> list:
    ctx.write("day/a.txt", HINDI)
    (ctx.tmp / "day" / "dead.txt").symlink_to(ctx.tmp / "nowhere.txt")
    return [ctx.tmp / "day"]


def folder_linking_to_itself(ctx: Ctx) -> list:
    ctx.write("day/a.txt", HINDI)
    (ctx.tmp / "day" / "again").symlink_to(ctx.tmp / "day")
    return [ctx.tmp / "day"]


def same_name_in_two_folders(ctx: Ctx) -> list:
    return [ctx.write("a/day.txt", HINDI), ctx.write("b/day.txt", HINDI)]


def txt_and_html_of_one_name(ctx: Ctx) -> list:
    page = f"<html><head><title>शहर</title></head><body><article><p>{HINDI * 3}</p></article></body></html>"
    return [ctx.write("day/x.txt", HINDI), ctx.write("day/x.html", page)]


def folder_in_the_way(ctx: Ctx) -> list:
    (ctx.out / "bad.brief.md").mkdir(parents=True)
    return [ctx.write("bad.txt", HINDI)]


def temp_name_in_the_way(ctx: Ctx) -> list:
    (ctx.out / f".bad.brief.md.{os.getpid()}.tmp").mkdir(parents=True)  # this process's temp name
    return [ctx.write("bad.txt", HINDI)]


def brief_is_a_link_out(ctx: Ctx) -> list:
    victim = ctx.write("victim.txt", "do not touch")
    ctx.out.mkdir()
    (ctx.out / "bad.brief.md").symlink_to(victim)
    return [ctx.write("bad.txt", HINDI)]


def victim_untouched(ctx: Ctx, ran) -> None:
    assert (ctx.tmp / "victim.txt").read_text(encoding="utf-8") == "do not touch"
    assert not (ctx.out / "bad.brief.md").is_symlink()


def stale_temp(ctx: Ctx) -> list:
    ctx.out.mkdir()
    (ctx.out / ".old.brief.md.99999999.tmp").write_text("half a brief", encoding="utf-8")
    return []


def earlier_brief(ctx: Ctx) -> list:
    ctx.out.mkdir()
    (ctx.out / "bad.brief.md").write_text("an earlier run's brief", encoding="utf-8")
    return [ctx.write("bad.txt", "")]


def earlier_brief_kept(ctx: Ctx, ran) -> None:
    assert (ctx.out / "bad.brief.md").read_text(encoding="utf-8") == "an earlier run's brief"


def stale_run_temps(ctx: Ctx) -> list:
    """What a run killed while writing its digest, failures list or a state file leaves."""
    (ctx.out / ".summarize").mkdir(parents=True)
    for name in (
        ".digest.md.99999999.tmp",
        ".failures.jsonl.99999999.tmp",
        ".summarize/.x.json.99999999.tmp",
    ):
        (ctx.out / name).write_text("half a file", encoding="utf-8")
    return [ctx.write("bad.txt", HINDI)]


def stale_run_temps_removed(ctx: Ctx, ran) -> None:
    left = [f.name for folder in (ctx.out, ctx.out / ".summarize") for f in folder.glob("*.tmp")]
    assert not left, f"temporary files of a dead run left: {left}"


def output_is_a_file(ctx: Ctx) -> list:
    ctx.out.write_text("not a folder", encoding="utf-8")
    return []


def output_under_a_file(ctx: Ctx) -> list:
    ctx.write("file", "not a folder")
    return ["-o", ctx.tmp / "file" / "briefs"]


def file_untouched(name: str) -> Callable[[Ctx, object], None]:
    def check(ctx: Ctx, ran) -> None:
        assert (ctx.tmp / name).read_text(encoding="utf-8") == "not a folder"

    return check


def empty_folder(ctx: Ctx) -> list:
    (ctx.tmp / "empty").mkdir()
    (ctx.tmp / "empty" / "notes.md").write_text(HINDI, encoding="utf-8")
    return [ctx.tmp / "empty"]


def figcaption_page(ctx: Ctx) -> list:
    page = (
        "<html><head><title>कानपुर में बैठक</title></head><body><article>"
        f"<h1>कानपुर में बैठक</h1><p>{HINDI}</p>"
        '<figure><img src="photo.jpg"><figcaption>बैठक में मौजूद पुलिस अधिकारी मुस्कुराए।</figcaption></figure>'
        f"<p>{HINDI}</p></article></body></html>"
    )
    return [ctx.write("page.html", page), "-f", "json"]


def caption_kept_or_listed(ctx: Ctx, ran) -> None:
    data = brief_json(ctx, "page.brief.json")
    text = json.dumps(data["paragraphs"], ensure_ascii=False) + json.dumps(
        data["dropped"], ensure_ascii=False
    )
    assert "मौजूद पुलिस अधिकारी मुस्कुराए" in text, "the figcaption vanished"


def crlf_kept_out(ctx: Ctx, ran) -> None:
    data = brief_json(ctx, "bad.brief.json")
    text = json.dumps(data["paragraphs"], ensure_ascii=False)
    assert "\\r" not in text
    assert len(data["paragraphs"]) >= 2


def mode_is_umask(ctx: Ctx, ran) -> None:
    for path in ctx.out.iterdir():
        if path.is_file() and not path.is_symlink():
            assert stat.S_IMODE(path.stat().st_mode) == 0o644, f"{path.name} is not 0644 under umask 022"


def long_names(ctx: Ctx) -> list:
    return [ctx.write("n" * 240 + ".txt", HINDI)]


def long_stem_and_id(ctx: Ctx) -> list:
    return [ctx.jsonl(record(id="i" * 120), name="d" * 200 + ".jsonl")]


def names_fit(ctx: Ctx, ran) -> None:
    assert all(len(p.name.encode()) <= 230 for p in ctx.out.iterdir())


def newline_in_name(ctx: Ctx) -> list:
    return [ctx.write("evil\nsummarize: error: forged.txt", "")]


def escape_in_name(ctx: Ctx) -> list:
    return [ctx.write("evil\x1b[2J\x1b[31m.txt", "")]


def no_control_characters(ctx: Ctx, ran) -> None:
    assert not any(ord(ch) < 32 and ch != "\n" for ch in ran.stderr), repr(ran.stderr)


def bad_model(name: str, edit: Callable[[Path], None], role: str = "-t") -> Callable[[Ctx], list]:
    return lambda ctx: [role, ctx.model(name, edit), "--beams", "1"]


def edit_config(**changes) -> Callable[[Path], None]:
    def edit(folder: Path) -> None:
        config = json.loads((folder / "config.json").read_text(encoding="utf-8"))
        for key, value in changes.items():
            if value is None:
                config.pop(key, None)
            else:
                config[key] = value
        (folder / "config.json").write_text(json.dumps(config), encoding="utf-8")

    return edit


def write_file(name: str, content: str | bytes) -> Callable[[Path], None]:
    def edit(folder: Path) -> None:
        (folder / name).unlink(missing_ok=True)
        if isinstance(content, bytes):
            (folder / name).write_bytes(content)
        else:
            (folder / name).write_text(content, encoding="utf-8")

    return edit


def remove(*names: str) -> Callable[[Path], None]:
    def edit(folder: Path) -> None:
        for name in names:
            (folder / name).unlink()

    return edit


def truncate(name: str, keep: float = 0.5) -> Callable[[Path], None]:
    def edit(folder: Path) -> None:
        data = (folder / name).read_bytes()
        (folder / name).unlink()
        (folder / name).write_bytes(data[: int(len(data) * keep)])

    return edit


class _RunsCode:
    """Unpickled, it would write a marker file: what a malicious pytorch_model.bin does."""

    def __init__(self, marker: str):
        self.marker = marker

    def __reduce__(self):
        return (exec, (f"open({self.marker!r}, 'w').write('pickle ran')",))


def pickle_weights(folder: Path) -> None:
    (folder / "model.safetensors").unlink()
    marker = str(folder.parent / "PICKLE-RAN")
    with open(folder / "pytorch_model.bin", "wb") as out:
        pickle.dump({"model.shared.weight": _RunsCode(marker)}, out)


def pickle_did_not_run(ctx: Ctx, ran) -> None:
    assert not (ctx.tmp / "PICKLE-RAN").exists(), "a pickle from the model folder ran"


def ctrl_c() -> None:
    """What pressing Ctrl-C does: SIGINT to this process, handled by whatever handler the command set."""
    os.kill(os.getpid(), signal.SIGINT)
    time.sleep(1)  # the handler runs before this returns


def interrupt_translation(monkeypatch, stub: TaggingTranslator) -> None:
    def translate(sentences):
        ctrl_c()
        pytest.fail("Ctrl-C did not stop the run")

    stub.translate = translate


def interrupt_summarizing_bad(monkeypatch, stub: TaggingTranslator) -> None:
    from summarize.summarizers.extractive import ExtractiveSummarizer

    real = ExtractiveSummarizer.summarize

    def summarize(self, article):
        if article.source.path.endswith("bad.txt"):
            ctrl_c()
        return real(self, article)

    monkeypatch.setattr(ExtractiveSummarizer, "summarize", summarize)


def interrupt_while_writing(monkeypatch, stub: TaggingTranslator) -> None:
    real = os.replace

    def replace(src, dst, *args, **kwargs):
        if Path(dst).name.startswith("bad."):
            ctrl_c()
        return real(src, dst, *args, **kwargs)

    monkeypatch.setattr(os, "replace", replace)


def disk_full_for_bad(monkeypatch, stub: TaggingTranslator) -> None:
    real = os.fdopen

    def fdopen(handle, mode="r", *args, **kwargs):
        name = os.readlink(f"/proc/self/fd/{handle}") if os.path.exists(f"/proc/self/fd/{handle}") else ""
        if "/.bad.brief." in name:
            return FailingFile(handle, OSError(28, "No space left on device"))
        return real(handle, mode, *args, **kwargs)

    monkeypatch.setattr(os, "fdopen", fdopen)


def good_first(build: Callable[[Ctx], list]) -> Callable[[Ctx], list]:
    """The good article before the hostile one (for cases that stop the run midway)."""
    return lambda ctx: ["GOOD", *build(ctx)]


INTERRUPTED = "interrupted"
TWO_PARAGRAPHS = "कानपुर में आज बारिश हुई। लोग घरों में रहे।\n\nशाम को धूप निकली। बाजार फिर खुल गए।\n"
PRODUCT_NEWS = (
    "त्योहारी सेल में स्मार्टफोन के दाम घटे\n\n"
    "सैमसंग ने भारत में Galaxy S24 Ultra और Galaxy Z Fold 6 लॉन्च किए। Apple का iPhone 15 Pro Max अब Amazon "
    "और Flipkart पर सस्ता मिल रहा है। OnePlus 12R और Google Pixel 8a की बिक्री भी बढ़ी है।\n\n"
    "कंपनी के अनुसार MacBook Air M3 और iPad Pro की मांग त्योहारों में दोगुनी हो गई। विशेषज्ञों का कहना है कि "
    "Xiaomi Redmi Note 13 Pro+ मध्यम बजट में सबसे लोकप्रिय फोन है। Sony WH-1000XM5 और JBL Flip 6 पर भी छूट है।\n"
)
BIG_LINE = "कानपुर में बैठक हुई " * 10_000  # 200 kB of one line

# ---- the table

CASES = [
    # -- files that are not articles
    Case("empty file", one("bad.txt", ""), 1, "empty"),
    Case("whitespace only", one("bad.txt", " \n\t\n\u00a0\n\u3000 \n"), 1, "empty"),
    Case("binary", one("bad.txt", bytes(range(256)) * 4), 1, "binary"),
    Case("NUL at the end of Hindi", one("bad.txt", HINDI.encode() + b"\x00"), 1, "binary"),
    Case("latin-1", one("bad.txt", "café à la carte, déjà vu\n".encode("latin-1")), 1, "not UTF-8"),
    Case("UTF-16 with BOM", one("bad.txt", HINDI.encode("utf-16")), 1, "bad.txt"),
    Case("UTF-8 encoded surrogate", one("bad.txt", HINDI.encode() + b"\xed\xa0\x80"), 1, "not UTF-8"),
    Case("cut multibyte character", one("bad.txt", HINDI.encode()[:-2]), 1, "not UTF-8"),
    Case("over 1 MB", one("bad.txt", "क" * 340_000), 1, "over 1 MB"),
    Case("missing file", lambda ctx: [ctx.tmp / "missing.txt"], 1, "no such file"),
    Case("FIFO", fifo, 1, "pipe.txt"),
    Case("FIFO in a folder", fifo_in_folder, 1, "pipe.txt", files=("a.brief.md", GOOD)),
    Case("/dev/zero", option("/dev/zero"), 1, "/dev/zero"),
    Case(
        "a folder holding no articles",
        empty_folder,
        2,
        "holds no articles",
        files=(),
    ),
    Case("symlink loop", symlink_loop, 1, "loop1.txt"),
    Case("broken symlink in a folder", broken_link_in_folder, 1, "dead.txt", files=("a.brief.md", GOOD)),
    Case("folder linking to itself", folder_linking_to_itself, 0, files=("a.brief.md", GOOD)),
    Case("glob matching nothing", lambda ctx: [ctx.tmp / "nothing-*.txt"], 2, "no file matches", files=()),
    Case("file name with glob characters", one("a[1]*.txt", HINDI), 0, files=("a[[]1[]][*].brief.md", GOOD)),
    Case("file name with a newline", newline_in_name, 1, "empty", check=no_control_characters),
    Case(
        "file name with terminal escapes",
        escape_in_name,
        1,
        "empty",
        check=no_control_characters,
    ),
    # -- text that is hostile but an article
    Case("only punctuation and digits", one("bad.txt", "12345 ... !!! ??? 2022-01-11 ।।।\n"), 1, "bad.txt"),
    Case("only emoji", one("bad.txt", "😀🔥🙏 " * 50 + "\n"), 1, "bad.txt"),
    Case("Urdu", one("bad.txt", "کانپور میں آج بارش ہوئی۔ لوگ گھروں میں رہے۔\n"), 1, "Arabic"),
    Case("Tamil", one("bad.txt", "கான்பூரில் இன்று மழை பெய்தது. மக்கள் வீட்டில் இருந்தனர்.\n"), 1, "Tamil"),
    Case("all page furniture", one("bad.txt", "Also Read\nये भी पढ़ें\nAlso Read\n"), 1, "bad.txt"),
    Case(
        "one word",
        one("bad.txt", "कानपुर\n"),
        0,
        files=("bad.brief.md", GOOD),
        check=translated("bad.brief.md"),
    ),
    Case(
        "control characters",
        hindi_with("पुलिस\x07 ने\x1b[31m बैठक\x08 की।\x0c\x0b"),
        0,
        files=("bad.brief.md", GOOD),
    ),
    Case(
        "bidi overrides",
        hindi_with("\u202eपुलिस ने बैठक की।\u202c \u2066अधिकारी\u2069 आए।"),
        0,
        files=("bad.brief.md", GOOD),
        check=translated("bad.brief.md"),
    ),
    Case(
        "zero-width joiners",
        hindi_with("क्\u200dष\u200c पुलिस\u200b ने\ufeff बैठक\u2060 की।"),
        0,
        files=("bad.brief.md", GOOD),
        check=translated("bad.brief.md"),
    ),
    Case(
        "Unicode line and paragraph separators",
        hindi_with("पुलिस ने\u2028बैठक की।\u2029अधिकारी\u0085आए।"),
        0,
        files=("bad.brief.md", GOOD),
    ),
    Case(
        "noncharacters",
        hindi_with("पुलिस \ufffe ने \uffff बैठक की। \U0010ffff"),
        0,
        files=("bad.brief.md", GOOD),
    ),
    Case(
        "stacked combining marks",
        hindi_with("क" + "\u0301" * 20_000 + " ने बैठक की।"),
        0,
        files=("bad.brief.md", GOOD),
    ),
    Case(
        "Devanagari word of 50,000 letters",
        hindi_with("क" * 50_000 + "।"),
        0,
        files=("bad.brief.md", GOOD),
        check=translated("bad.brief.md"),
    ),
    Case(
        "run without spaces longer than the model takes",
        hindi_with("पुलिसनेबैठककी" * 4_000),
        0,
        files=("bad.brief.md", GOOD),
        check=translated("bad.brief.md"),
    ),
    Case(
        "50 kB URL in a Hindi article",
        hindi_with("https://example.com/" + "a" * 50_000),
        0,
        files=("bad.brief.md", GOOD),
        check=translated("bad.brief.md"),
    ),
    Case(
        "CRLF endings",
        lambda ctx: [ctx.write("bad.txt", TWO_PARAGRAPHS.replace("\n", "\r\n")), "-f", "json"],
        0,
        files=("bad.brief.json", "good.brief.json"),
        check=crlf_kept_out,
    ),
    Case(
        "CR endings",
        lambda ctx: [ctx.write("bad.txt", TWO_PARAGRAPHS.replace("\n", "\r")), "-f", "json"],
        0,
        files=("bad.brief.json", "good.brief.json"),
        check=crlf_kept_out,
    ),
    Case(
        "UTF-8 BOM",
        one("bad.txt", b"\xef\xbb\xbf" + HINDI.encode()),
        0,
        files=("bad.brief.md", GOOD),
        check=translated("bad.brief.md"),
    ),
    Case("the same line 1,000 times", one("bad.txt", HINDI * 1_000), 0, files=("bad.brief.md", GOOD)),
    Case("200 kB line", one("bad.txt", BIG_LINE), 0, files=("bad.brief.md", GOOD)),
    Case(
        "1 MB line",
        one("bad.txt", "कानपुर बैठक " * 29_000),
        0,
        files=("bad.brief.md", GOOD),
        marks=(pytest.mark.slow,),
    ),
    Case(
        "1 MB of one-letter sentences",
        one("bad.txt", "क। " * 120_000),
        0,
        files=("bad.brief.md", GOOD),
        marks=(pytest.mark.slow,),
    ),
    Case(
        "200,000-line article",
        one("bad.txt", "क\n" * 200_000),
        0,
        files=("bad.brief.md", GOOD),
        marks=(pytest.mark.slow,),
    ),
    Case("20,000-line article", one("bad.txt", "पुलिस\n" * 20_000), 0, files=("bad.brief.md", GOOD)),
    # -- Hindi that could be taken for English
    Case(
        "Hindi full of product names",
        one("bad.txt", PRODUCT_NEWS),
        0,
        files=("bad.brief.md", GOOD),
        check=translated("bad.brief.md"),
    ),
    Case(
        "Hindi with an inline data URI",
        hindi_with("data:image/png;base64," + "iVBORw0KGgoAAAANSUhEUgAA" * 2_000),
        0,
        files=("bad.brief.md", GOOD),
        check=translated("bad.brief.md"),
    ),
    Case(
        "Hindi with a long base64 run",
        hindi_with("चित्र " + "QUJDREVGR0hJSktMTU5PUFFSU1RVVldYWVo" * 1_500 + " यहां है।"),
        0,
        files=("bad.brief.md", GOOD),
        check=translated("bad.brief.md"),
    ),
    Case(
        "Hindi with English glosses",
        hindi_with("भारतीय रिजर्व बैंक (Reserve Bank of India, RBI) ने रेपो रेट (repo rate) बढ़ाया।"),
        0,
        files=("bad.brief.md", GOOD),
        check=translated("bad.brief.md"),
    ),
    # -- JSON Lines: every wrong shape is that line's one error; the other lines are still briefed
    Case("JSONL bad url", jsonl(record(url="http://[::1")), 1, "not a URL"),
    Case("JSONL deep nesting", jsonl('{"text": ' + "[" * 100_000 + "]" * 100_000 + "}"), 1, "line 1"),
    Case("JSONL deep object nesting", jsonl('{"a": ' * 50_000 + "1" + "}" * 50_000), 1, "line 1"),
    Case("JSONL lone surrogate", jsonl('{"text": "कानपुर \\ud800 में बैठक हुई।"}'), 1, "surrogate"),
    Case("JSONL lone surrogate in the title", jsonl(json.dumps(record(title="\udc00"))), 1, "surrogate"),
    Case("JSONL id true", jsonl(record(id=True)), 1, '"id"'),
    Case("JSONL id a float", jsonl(record(id=1.5)), 1, '"id"'),
    Case("JSONL id a list", jsonl(record(id=["a"])), 1, '"id"'),
    Case(
        "JSONL id with ../", jsonl(record(id="../../etc/passwd")), 0, files=("day-etc-passwd.brief.md", GOOD)
    ),
    Case("JSONL id of slashes only", jsonl(record(id="/../")), 0, files=("day-1.brief.md", GOOD)),
    Case("JSONL id of 300 characters", jsonl(record(id="x" * 300)), 1, '"id"'),
    Case("JSONL id with a newline", jsonl(record(id="a\nb")), 0, files=("day-a-b.brief.md", GOOD)),
    Case(
        "JSONL duplicate ids",
        jsonl(record(id="x"), record(id="x")),
        1,
        "line 2",
        files=("day-x.brief.md", GOOD),
    ),
    Case(
        "JSONL ids differing in case only",
        jsonl(record(id="X"), record(id="x")),
        0,
        files=("day-X.brief.md", "day-x-2.brief.md", GOOD),
    ),
    Case("JSONL array", jsonl("[]", record()), 1, "not a JSON object", files=("day-2.brief.md", GOOD)),
    Case("JSONL string", jsonl('"text"'), 1, "not a JSON object"),
    Case("JSONL null", jsonl("null"), 1, "not a JSON object"),
    Case("JSONL number", jsonl("42"), 1, "not a JSON object"),
    Case("JSONL no text", jsonl("{}"), 1, '"text"'),
    Case("JSONL text a number", jsonl({"text": 5}), 1, '"text"'),
    Case("JSONL text a list", jsonl({"text": [HINDI]}), 1, '"text"'),
    Case("JSONL text null", jsonl({"text": None}), 1, '"text"'),
    Case("JSONL text NaN", jsonl('{"text": NaN}'), 1, '"text"'),
    Case("JSONL empty text", jsonl({"text": "  "}), 1, "empty"),
    Case("JSONL title a number", jsonl(record(title=5)), 1, '"title"'),
    Case("JSONL date not a date", jsonl(record(date="yesterday")), 1, "not a date"),
    Case("JSONL date a number", jsonl(record(date=20220111)), 1, '"date"'),
    Case("JSONL url a list", jsonl(record(url=["http://a"])), 1, '"url"'),
    Case("JSONL huge integer", jsonl('{"text": "कानपुर में बैठक हुई।", "n": 1' + "0" * 5000 + "}"), 1, "line 1"),
    Case("JSONL truncated", jsonl('{"text": "कानपुर'), 1, "not valid JSON"),
    Case("JSONL trailing garbage", jsonl(json.dumps(record()) + " junk"), 1, "not valid JSON"),
    Case(
        "JSONL NUL escape in the text",
        jsonl(record(text=HINDI + "\u0000" + HINDI)),
        0,
        files=("day-1.brief.md", GOOD),
    ),
    Case("JSONL every line bad", jsonl("{", "[]", "{}"), 1, "line", errors=3),
    Case("JSONL of blank lines", one("day.jsonl", "\n \n\t\n"), 1, "empty"),
    Case(
        "JSONL with BOM and CRLF",
        one("day.jsonl", "\ufeff" + json.dumps(record()) + "\r\n" + json.dumps(record()) + "\r\n"),
        0,
        files=("day-1.brief.md", "day-2.brief.md", GOOD),
    ),
    Case(
        "JSONL line over 1 MB",
        jsonl(record(text="क" * 340_000), record()),
        1,
        "line 1",
        files=("day-2.brief.md", GOOD),
    ),
    Case(
        "JSONL id that is another line's number",
        jsonl(record(id="2"), record()),
        0,
        files=("day-2.brief.md", "day-2?*.brief.md", GOOD),
    ),
    # -- HTML pages
    Case(
        "page with a figcaption",
        lambda ctx: [*figcaption_page(ctx)],
        0,
        files=("page.brief.json", "good.brief.json"),
        check=caption_kept_or_listed,
    ),
    Case(
        "page with no text",
        one("bad.html", "<html><head><script>var a = 1;</script></head><body></body></html>"),
        1,
        "bad.html",
    ),
    Case(
        "page of 5,000 nested divs",
        one("bad.html", "<html><body>" + "<div>" * 5_000 + HINDI + "</div>" * 5_000 + "</body></html>"),
        1,
        "bad.html",
    ),
    Case(
        "page with a 2 MB data URI image",
        one(
            "bad.html",
            "<html><body><article><p>"
            + HINDI
            + '</p><img src="data:image/png;base64,'
            + "A" * 2_000_000
            + '"><p>'
            + HINDI
            + "</p></article></body></html>",
        ),
        0,
        files=("bad.brief.md", GOOD),
    ),
    Case("page that is not HTML", one("bad.html", bytes(range(1, 256)) * 8), 1, "bad.html"),
    # -- where the briefs go
    Case(
        "same name in two folders",
        same_name_in_two_folders,
        0,
        files=("day.brief.md", "day-2.brief.md", GOOD),
    ),
    Case(
        "x.txt and x.html in one folder",
        txt_and_html_of_one_name,
        0,
        files=("x.brief.md", "x-2.brief.md", GOOD),
    ),
    Case("a folder in the brief's place", folder_in_the_way, 1, "cannot write", files=("bad.brief.md", GOOD)),
    Case(
        "a folder in the temp file's place",
        temp_name_in_the_way,
        1,
        "cannot write",
        files=(".bad.brief.md.*.tmp", GOOD),
    ),
    Case(
        "the brief's place a link out of the folder",
        brief_is_a_link_out,
        0,
        files=("bad.brief.md", GOOD),
        check=victim_untouched,
    ),
    Case("a name too long with the temp suffix", long_names, 0, files=("n*.brief.md", GOOD), check=names_fit),
    Case("a long JSONL stem and id", long_stem_and_id, 0, files=("d*.brief.md", GOOD), check=names_fit),
    Case("a dead run's temp file", stale_temp, 0),
    Case(
        "a failed article keeps its earlier brief",
        earlier_brief,
        1,
        "empty",
        files=("bad.brief.md", GOOD),
        check=earlier_brief_kept,
    ),
    Case(
        "a dead run's digest and state temp files",
        stale_run_temps,
        0,
        files=("bad.brief.md", GOOD),
        check=stale_run_temps_removed,
    ),
    Case(
        "new briefs get the umask",
        option("-f", "all"),
        0,
        files=("good.brief.md", "good.brief.json", "good.brief.html"),
        check=mode_is_umask,
    ),
    Case("output folder is a file", output_is_a_file, 2, "cannot write briefs", files=()),
    Case(
        "output folder under a file",
        output_under_a_file,
        2,
        "cannot write briefs",
        files=(),
        check=file_untouched("file"),
    ),
    # -- failures while running
    Case(
        "Ctrl-C during translation",
        one("bad.txt", HINDI),
        130,
        INTERRUPTED,
        files=(),
        patch=interrupt_translation,
    ),
    Case(
        "Ctrl-C while summarizing the second article",
        good_first(one("bad.txt", HINDI)),
        130,
        INTERRUPTED,
        patch=interrupt_summarizing_bad,
    ),
    Case(
        "Ctrl-C while writing a brief",
        good_first(one("bad.txt", HINDI)),
        130,
        INTERRUPTED,
        patch=interrupt_while_writing,
    ),
    Case(
        "disk full while writing a brief", one("bad.txt", HINDI), 1, "No space left", patch=disk_full_for_bad
    ),
    Case("stdin empty", option("-"), 1, "empty", stdin=b""),
    Case("stdin binary", option("-"), 1, "binary", stdin=b"\x00\x01\x02"),
    Case("stdin latin-1", option("-"), 1, "not UTF-8", stdin="café déjà".encode("latin-1")),
    Case("stdin JSONL with a bad line", option("-"), 1, "line 1", stdin=b'{"id": true, "text": "x"}\n'),
    # -- options: exit 2, nothing done
    Case("--batch-size 0", option("--batch-size", "0"), 2, "--batch-size", files=()),
    Case("--batch-size -5", option("--batch-size", "-5"), 2, "--batch-size", files=()),
    Case("--sentences 1000", option("--sentences", "1000"), 2, "--sentences", files=()),
    Case(
        "--beams 99999999999999999999999",
        option("--beams", "99999999999999999999999"),
        2,
        "--beams",
        files=(),
    ),
    Case("--beams abc", option("--beams", "abc"), 2, "--beams", files=()),
    Case("--workers 0", option("--workers", "0"), 2, "--workers", files=()),
    Case("--batch-tokens 1", option("--batch-tokens", "1"), 2, "--batch-tokens", files=()),
    Case("--device gpu", option("--device", "gpu"), 2, "--device", files=()),
    Case("--engine foo", option("--engine", "foo"), 2, "--engine", files=()),
    Case("--compute-type int4", option("--compute-type", "int4"), 2, "--compute-type", files=()),
    Case("--src-lang xx", option("--src-lang", "xx"), 2, "--src-lang", files=()),
    Case("--format pdf", option("--format", "pdf"), 2, "--format", files=()),
    Case("--format md,pdf", option("--format", "md,pdf"), 2, "--format", files=()),
    Case("--format empty", option("--format", ","), 2, "--format", files=()),
    Case("unknown option", option("--bogus"), 2, "--bogus", files=()),
    Case("--translator empty", option("--translator", " "), 2, "--translator", files=()),
    Case(
        "--translator unknown",
        option("--translator", "nobody/no-such-model"),
        2,
        "no-such-model",
        files=(),
        stub=False,
    ),
    Case(
        "--summarizer unknown", option("--summarizer", "nobody/no-summarizer"), 2, "no-summarizer", files=()
    ),
    Case(
        "--translator a file",
        lambda ctx: ["-t", ctx.write("weights.bin", "x")],
        2,
        "weights.bin",
        files=(),
        stub=False,
    ),
    # -- model folders, through the real loaders: one line, exit 2, nothing written
    Case(
        "model folder without config.json",
        bad_model("marian", remove("config.json")),
        2,
        "config.json",
        files=(),
        stub=False,
    ),
    Case(
        "config.json not JSON",
        bad_model("marian", write_file("config.json", "{not json")),
        2,
        "config.json",
        files=(),
        stub=False,
    ),
    Case(
        "config.json an array",
        bad_model("marian", write_file("config.json", "[1, 2]")),
        2,
        "config.json",
        files=(),
        stub=False,
    ),
    Case(
        "config.json deeply nested",
        bad_model("marian", write_file("config.json", "[" * 100_000 + "]" * 100_000)),
        2,
        "config.json",
        files=(),
        stub=False,
    ),
    Case(
        "config.json without model_type",
        bad_model("marian", edit_config(model_type=None)),
        2,
        "model_type",
        files=(),
        stub=False,
    ),
    Case(
        "config.json d_model a string",
        bad_model("marian", edit_config(d_model="big")),
        2,
        "d_model",
        files=(),
        stub=False,
    ),
    Case(
        "config.json vocab_size 10**12",
        bad_model("marian", edit_config(vocab_size=10**12)),
        2,
        "vocab_size",
        files=(),
        stub=False,
    ),
    Case(
        "config.json huge position table",
        bad_model("marian", edit_config(max_position_embeddings=10**9)),
        2,
        "max_position_embeddings",
        files=(),
        stub=False,
    ),
    Case(
        "config.json layers true",
        bad_model("marian", edit_config(encoder_layers=True)),
        2,
        "encoder_layers",
        files=(),
        stub=False,
    ),
    Case(
        "config.json heads not dividing the width",
        bad_model("marian", edit_config(encoder_attention_heads=7)),
        2,
        "marian",
        files=(),
        stub=False,
    ),
    Case(
        "config.json unknown activation",
        bad_model("marian", edit_config(activation_function="nope")),
        2,
        "marian",
        files=(),
        stub=False,
    ),
    Case(
        "config.json unknown model_type",
        bad_model("marian", edit_config(model_type="nonesuch")),
        2,
        "nonesuch",
        files=(),
        stub=False,
    ),
    Case(
        "config.json over 1 MB",
        bad_model("marian", edit_config(padding="x" * 1_100_000)),
        2,
        "config.json",
        files=(),
        stub=False,
    ),
    Case(
        "tokenizer_config.json an array",
        bad_model("marian", write_file("tokenizer_config.json", "[]")),
        2,
        "tokenizer_config.json",
        files=(),
        stub=False,
    ),
    Case(
        "truncated safetensors",
        bad_model("marian", truncate("model.safetensors")),
        2,
        "marian",
        files=(),
        stub=False,
    ),
    Case(
        "safetensors header garbage",
        bad_model("marian", write_file("model.safetensors", b"\xff" * 4096)),
        2,
        "marian",
        files=(),
        stub=False,
    ),
    Case(
        "safetensors of another model",
        lambda ctx: [
            "-t",
            ctx.model(
                "marian",
                lambda f: shutil.copy(ctx.tiny("bart") / "model.safetensors", f / "model.safetensors"),
            ),
            "--beams",
            "1",
        ],
        2,
        "marian",
        files=(),
        stub=False,
    ),
    Case(
        "weights missing", bad_model("marian", remove("model.safetensors")), 2, "marian", files=(), stub=False
    ),
    Case(
        "pickle .bin that would run code",
        bad_model("marian", pickle_weights),
        2,
        "marian",
        files=(),
        stub=False,
        check=pickle_did_not_run,
    ),
    Case(
        "tokenizer model garbage",
        bad_model("marian", write_file("source.spm", b"\x00garbage" * 100)),
        2,
        "marian",
        files=(),
        stub=False,
    ),
    Case(
        "tokenizer files missing",
        bad_model("marian", remove("source.spm", "target.spm")),
        2,
        "marian",
        files=(),
        stub=False,
    ),
    Case(
        "IndicTrans without its dict files",
        bad_model("indictrans", remove("dict.SRC.json", "dict.TGT.json")),
        2,
        "indictrans",
        files=(),
        stub=False,
    ),
    Case(
        "IndicTrans dict not JSON",
        bad_model("indictrans", write_file("dict.SRC.json", "{oops")),
        2,
        "indictrans",
        files=(),
        stub=False,
    ),
    Case(
        "IndicTrans truncated safetensors",
        bad_model("indictrans", truncate("model.safetensors", 0.9)),
        2,
        "indictrans",
        files=(),
        stub=False,
    ),
    Case(
        "IndicTrans config an array",
        bad_model("indictrans", write_file("config.json", "[]")),
        2,
        "config.json",
        files=(),
        stub=False,
    ),
    Case(
        "IndicTrans embed dim 10**9",
        bad_model("indictrans", edit_config(encoder_embed_dim=10**9)),
        2,
        "encoder_embed_dim",
        files=(),
        stub=False,
    ),
    Case(
        "summarizer truncated safetensors",
        bad_model("bart", truncate("model.safetensors"), role="-s"),
        2,
        "bart",
        files=(),
    ),
    Case(
        "summarizer config an array",
        bad_model("bart", write_file("config.json", "[]"), role="-s"),
        2,
        "config.json",
        files=(),
    ),
    Case(
        "summarizer without weights",
        bad_model("bart", remove("model.safetensors"), role="-s"),
        2,
        "bart",
        files=(),
    ),
]


# What a run may leave in its output folder besides the briefs: its state, digest and failures list.
RUN_FILES = (".summarize", "digest.*", "briefs.jsonl", "failures.jsonl")


def matches(names: list[str], patterns: tuple[str, ...]) -> bool:
    """Whether each pattern takes exactly one of the names, in order, and no name is left over."""
    left = sorted(names)
    for pattern in patterns:
        found = next((n for n in left if fnmatch.fnmatchcase(n, pattern)), None)
        if found is None:
            return False
        left.remove(found)
    return not left


def entries(folder: Path) -> list[str]:
    """The folder's entries, less the run's own files."""
    if not folder.is_dir():
        return []
    return sorted(n for n in os.listdir(folder) if not any(fnmatch.fnmatchcase(n, p) for p in RUN_FILES))


def temp_files(root: Path) -> set[Path]:
    return {p for p in root.rglob("*") if p.name.endswith(".tmp") or ".summarize-check-" in p.name}


def quiet_imported_libraries(monkeypatch) -> None:
    """What ``summarize``'s CLI does before a model loads, for libraries this process imported earlier.

    The CLI quietens transformers through environment variables read at its import; in a test process
    the tiny models' builder may have imported it first, and its "Loading weights" bar would show.
    """
    if "transformers" in sys.modules:
        from transformers.utils import logging as transformers_logging

        monkeypatch.setattr(transformers_logging, "_tqdm_active", False)


def error_lines(stderr: str) -> list[str]:
    """The run's error lines; any other line must be its own progress or summary ("summarize: ...")."""
    lines = stderr.splitlines()
    assert all(line.startswith("summarize: ") for line in lines), stderr
    return [line for line in lines if line.startswith(ERROR)]


@pytest.mark.parametrize("case", [pytest.param(c, id=c.name, marks=c.marks) for c in CASES])
def test_hostile_input(case: Case, tmp_path, request, cli, monkeypatch):
    import summarize.pipeline

    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache-home"))
    translator = TaggingTranslator()
    if case.stub:
        monkeypatch.setattr(summarize.pipeline, "load_translator", lambda options: translator)
    if case.patch:
        case.patch(monkeypatch, translator)
    ctx = Ctx(tmp_path, tmp_path / "out", lambda name: request.getfixturevalue("tiny")(name))
    good = ctx.write("good.txt", SAMPLES[0].read_text(encoding="utf-8") if case.stub else HINDI)
    args = [good if a == "GOOD" else a for a in case.build(ctx)]
    if case.good and good not in args:
        args.append(good)
    if "-o" not in args:
        args += ["-o", ctx.out]
    if case.stdin is not None:
        monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(case.stdin)))
    before = temp_files(tmp_path)
    quiet_imported_libraries(monkeypatch)
    umask = os.umask(0o022)
    start = time.perf_counter()
    try:
        ran = cli(*args)
    finally:
        elapsed = time.perf_counter() - start
        os.umask(umask)

    assert "Traceback" not in ran.stderr
    assert "a bug in summarize" not in ran.stderr, ran.stderr
    errors = error_lines(ran.stderr)
    assert (ran.code, len(errors)) == (case.code, case.lines), ran.stderr
    assert case.stderr in (errors[0] if errors else ""), ran.stderr
    assert matches(entries(ctx.out), case.files), entries(ctx.out)
    assert temp_files(tmp_path) <= before, "temporary files left"
    for line in ran.stdout.splitlines():
        assert Path(line).is_file(), f"stdout names {line!r}, which is not a brief"
    for path in ctx.out.iterdir() if ctx.out.is_dir() else ():
        if ".brief." in path.name and path.is_file() and not path.is_symlink():
            assert stat.S_IMODE(path.stat().st_mode) == 0o644, f"{path.name}: not the umask's mode"
            if path.suffix == ".json":
                json.loads(path.read_text(encoding="utf-8"))
    if case.code == 2:
        assert translator.calls == [], "exit 2 must do nothing, but articles were translated"
    for path in ctx.out.glob("good.brief.*"):
        text = path.read_text(encoding="utf-8")
        assert "EN<" in text or "EN&lt;" in text, f"{path.name}: the good article was not translated"
    if case.check:
        case.check(ctx, ran)
    assert elapsed < BUDGET, f"took {elapsed:.1f} s"


# ---- signals: real processes of the command with the stub translator (tests/stubs.py)


def start(args: list, tmp_path: Path, delay: float, verbose: bool = False) -> subprocess.Popen:
    env = {**os.environ, "STUB_DELAY": str(delay), "XDG_CACHE_HOME": str(tmp_path / "cache-home")}
    command = [sys.executable, "-m", "tests.stubs", *map(str, args), *(["-v"] if verbose else [])]
    return subprocess.Popen(
        command, cwd=ROOT, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True
    )


def finish(process: subprocess.Popen, timeout: float = 60) -> tuple[int, str, str]:
    try:
        out, err = process.communicate(timeout=timeout)
    except subprocess.TimeoutExpired:
        process.kill()
        out, err = process.communicate()
        pytest.fail(f"still running after {timeout} s: {err[-500:]}")
    return process.returncode, out, err


def articles(tmp_path: Path, count: int) -> list[Path]:
    """``count`` distinct articles: the samples under other names, each with a line of its own."""
    paths = []
    for i in range(count):
        text = SAMPLES[i % len(SAMPLES)].read_text(encoding="utf-8")
        paths.append(tmp_path / "in" / f"article-{i}.txt")
        paths[-1].parent.mkdir(exist_ok=True)
        paths[-1].write_text(f"{text}\nयह लेख संख्या {i} है।\n", encoding="utf-8")
    return paths


def complete_briefs(out: Path) -> list[str]:
    """The brief files in ``out``; each JSON brief must be whole, every sentence translated."""
    if not out.is_dir():
        return []
    names = sorted(n for n in os.listdir(out) if ".brief." in n and not n.startswith("."))  # not temp files
    for name in names:
        text = (out / name).read_text(encoding="utf-8")
        if name.endswith(".json"):
            data = json.loads(text)
            sentences = [s for p in data["paragraphs"] for s in p["sentences"]]
            assert sentences and all(s["english"] == f"EN<{s['source']}>" for s in sentences), name
        else:
            assert text.rstrip().endswith(("</html>", ")", "*", "`")) or text.strip(), name
    return names


@pytest.mark.parametrize(
    ("signum", "code"),
    [
        pytest.param(signal.SIGINT, 130, id="SIGINT"),
        pytest.param(signal.SIGTERM, 143, id="SIGTERM"),
    ],
)
def test_a_signal_mid_run_is_one_line_and_leaves_no_temp_file(tmp_path, signum, code):
    out = tmp_path / "out"
    process = start([*articles(tmp_path, 2), "-o", out, "-f", "json"], tmp_path, delay=2.0, verbose=True)
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:  # the models are loaded: the translator is about to sleep
        line = process.stderr.readline()
        if not line or "loading summarizer" in line:
            break
    time.sleep(1.0)  # in the stub translator's sleep
    process.send_signal(signum)
    returncode, _, stderr = finish(process)
    assert "Traceback" not in stderr and "a bug in summarize" not in stderr, stderr
    errors = [line for line in stderr.splitlines() if line.startswith(ERROR)]
    assert (returncode, len(errors)) == (code, 1), stderr
    assert INTERRUPTED in errors[0]
    assert not temp_files(tmp_path), "temporary files left"
    complete_briefs(out)


@pytest.mark.slow
def test_sigkill_five_times_at_random_moments_then_a_rerun_finishes_the_batch(tmp_path):
    seed = random.randrange(1_000_000)
    rng = random.Random(seed)
    out = tmp_path / "out"
    day = tmp_path / "in" / "day.jsonl"
    inputs = articles(tmp_path, 6)
    day.write_text("".join(json.dumps(record(id=f"r{i}"), ensure_ascii=False) + "\n" for i in range(3)))
    args = [*inputs, day, "-o", out, "-f", "all"]
    stems = [p.stem for p in inputs] + [f"day-r{i}" for i in range(3)]
    for _ in range(5):
        process = start(args, tmp_path, delay=0.4)
        moment = rng.uniform(0.5, 6.0)
        try:
            process.wait(timeout=moment)
        except subprocess.TimeoutExpired:
            process.kill()
        finish(process)
        complete_briefs(out)  # a killed run leaves whole briefs or none, never half of one
    returncode, stdout, stderr = finish(start(args, tmp_path, delay=0.0), timeout=120)
    context = f"seed {seed}: {stderr[-1000:]}"
    assert returncode == 0, context
    assert not [line for line in stderr.splitlines() if not line.startswith("summarize: ")], context
    from summarize.writers import WRITERS

    expected = sorted(f"{stem}.brief.{fmt}" for stem in stems for fmt in WRITERS)
    assert complete_briefs(out) == expected, context
    assert not temp_files(tmp_path), f"temporary files left ({context})"


# ---- a model folder whose config asks for gigabytes its weights do not hold

PEAK_RSS = 2_000_000_000  # bytes; a run with a tiny model needs well under a gigabyte


def _address_space_limit() -> None:
    """In the child: a net should the watcher be late (a lower limit would change the outcome)."""
    import resource

    resource.setrlimit(resource.RLIMIT_AS, (40 * 2**30, 40 * 2**30))


@pytest.mark.slow
def test_a_config_too_big_for_its_weights_is_refused_before_gigabytes_are_allocated(tmp_path, tiny):
    """Each size within its limit, together a 16,384-wide model with 65,536 positions (over 20 GB)."""
    model = tmp_path / "model"
    shutil.copytree(tiny("marian"), model)
    edit_config(max_position_embeddings=65_536, d_model=16_384)(model)
    (tmp_path / "a.txt").write_text(HINDI, encoding="utf-8")
    command = [sys.executable, "-m", "summarize", tmp_path / "a.txt", "-t", model, "-o", tmp_path / "out"]
    process = subprocess.Popen(
        command, cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE, preexec_fn=_address_space_limit
    )
    peak, deadline = 0, time.monotonic() + 120
    while process.poll() is None and time.monotonic() < deadline:
        try:
            with open(f"/proc/{process.pid}/status") as status:
                # A process that is exiting has a status file with no VmRSS line.
                rss = [int(line.split()[1]) * 1024 for line in status if line.startswith("VmRSS")]
            peak = max([peak, *rss])
        except (OSError, ValueError):
            pass
        if peak > PEAK_RSS:
            break
        time.sleep(0.05)
    if process.poll() is None:
        process.kill()
    _, stderr = process.communicate()
    assert peak <= PEAK_RSS, f"the run took {peak / 2**30:.1f} GiB or more"
    errors = error_lines(stderr.decode())
    assert (process.returncode, len(errors)) == (2, 1), stderr
    assert not (tmp_path / "out").exists() or not os.listdir(tmp_path / "out")

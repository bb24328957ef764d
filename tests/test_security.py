"""A model folder is data, never code: booby-trapped folders through every load path, at a terminal and
not, with "yes" waiting on standard input. The trap is a Python file that writes a marker file when
anything imports it; the marker must never appear."""

import json
import os
import pty
import select
import shutil
import subprocess
import sys
import time
from pathlib import Path

import pytest

from tests.conftest import error_lines

ROOT = Path(__file__).resolve().parents[1]
ARTICLE = "कानपुर में आज बारिश हुई। लोग घरों में रहे।\n"


def booby_trap(folder: Path, marker: Path, modules: list[str]) -> None:
    for module in modules:
        (folder / f"{module}.py").write_text(
            f"open({str(marker)!r}, 'w').write('code from the model folder ran')\n", encoding="utf-8"
        )


def unknown_type(folder: Path, marker: Path) -> None:
    """A model type nobody ships, whose config points at its own code for everything."""
    folder.mkdir()
    config = {
        "model_type": "evilnet",
        "auto_map": {
            "AutoConfig": "evil_config.EvilConfig",
            "AutoModelForSeq2SeqLM": "evil_model.EvilModel",
            "AutoTokenizer": ["evil_tokenizer.EvilTokenizer", None],
        },
    }
    (folder / "config.json").write_text(json.dumps(config), encoding="utf-8")
    booby_trap(folder, marker, ["evil_config", "evil_model", "evil_tokenizer"])


def known_type_own_code(tiny, name: str):
    """A real tiny checkpoint whose config and tokenizer config also point at code of their own."""

    def make(folder: Path, marker: Path) -> None:
        shutil.copytree(tiny(name), folder)
        for file, key, value in (
            ("config.json", "AutoModelForSeq2SeqLM", "evil_model.EvilModel"),
            ("tokenizer_config.json", "AutoTokenizer", ["evil_tokenizer.EvilTokenizer", None]),
        ):
            data = json.loads((folder / file).read_text(encoding="utf-8"))
            data["auto_map"] = {key: value}
            (folder / file).write_text(json.dumps(data), encoding="utf-8")
        booby_trap(folder, marker, ["evil_model", "evil_tokenizer"])

    return make


def unknown_tokenizer(tiny, name: str):
    """A known model type whose tokenizer class exists only in the folder's own code."""

    def make(folder: Path, marker: Path) -> None:
        known_type_own_code(tiny, name)(folder, marker)
        data = json.loads((folder / "tokenizer_config.json").read_text(encoding="utf-8"))
        data["tokenizer_class"] = "EvilTokenizer"
        (folder / "tokenizer_config.json").write_text(json.dumps(data), encoding="utf-8")

    return make


def indictrans_with_its_remote_code(tiny):
    """The published IndicTrans2 layout names its remote modelling files; here they are, booby-trapped."""

    def make(folder: Path, marker: Path) -> None:
        shutil.copytree(tiny("indictrans"), folder)
        booby_trap(
            folder, marker, ["configuration_indictrans", "modeling_indictrans", "tokenization_indictrans"]
        )

    return make


def summarize(args: list[str], terminal: bool) -> tuple[int, str]:
    """Run the command with "y" answers ready on its input (the stub translator unless -t names one).

    Not at a terminal, stdin is a pipe full of "y"; at a terminal, the process gets a pseudo-terminal
    where "y" is typed, which is where transformers would ask whether to run a folder's code.
    """
    command = [sys.executable, "-m", "summarize" if "-t" in args else "tests.stubs", *args]
    if not terminal:
        done = subprocess.run(
            command, input="y\n" * 1000, capture_output=True, text=True, timeout=180, cwd=ROOT
        )
        return done.returncode, done.stderr
    controller, child = pty.openpty()
    process = subprocess.Popen(command, stdin=child, stdout=child, stderr=child, cwd=ROOT)
    os.close(child)
    os.write(controller, b"y\n" * 20)
    output = b""
    deadline = time.monotonic() + 180
    while process.poll() is None and time.monotonic() < deadline:
        if select.select([controller], [], [], 0.5)[0]:
            try:
                output += os.read(controller, 4096)
            except OSError:
                break
    process.wait(timeout=max(1, deadline - time.monotonic()))
    os.close(controller)
    return process.returncode, output.decode(errors="replace")


def cases():
    """Every folder through every role, at a terminal and not; the runs that load and translate with a
    model, and all but one of each refusal's variants, are slow."""
    for kind in ("unknown-type", "unknown-tokenizer", "known-type-own-code", "indictrans-remote-code"):
        for role in ("-t", "-s"):
            if kind == "indictrans-remote-code" and role == "-s":
                continue  # IndicTrans2 is a translator only
            for terminal in (False, True):
                fast = kind.startswith("unknown") and terminal == (
                    role == ("-t" if kind == "unknown-tokenizer" else "-s")
                )
                marks = () if fast else (pytest.mark.slow,)
                name = f"{kind}{role}-{'terminal' if terminal else 'pipe'}"
                yield pytest.param(kind, role, terminal, marks=marks, id=name)


@pytest.mark.parametrize(("folder_kind", "role", "terminal"), list(cases()))
def test_no_code_from_a_model_folder_runs(tmp_path, tiny, folder_kind, role, terminal):
    model = "marian" if role == "-t" else "bart"
    makers = {
        "unknown-type": unknown_type,
        "known-type-own-code": known_type_own_code(tiny, model),
        "unknown-tokenizer": unknown_tokenizer(tiny, model),
        "indictrans-remote-code": indictrans_with_its_remote_code(tiny),
    }
    marker = tmp_path / "MARKER"
    makers[folder_kind](tmp_path / "model", marker)
    (tmp_path / "a.txt").write_text(ARTICLE, encoding="utf-8")
    code, stderr = summarize(
        [str(tmp_path / "a.txt"), role, str(tmp_path / "model"), "-o", str(tmp_path / "out")], terminal
    )
    assert not marker.exists(), "code from the model folder ran"
    assert "[y/N]" not in stderr and "Traceback" not in stderr
    stderr = "\n".join(line for line in stderr.splitlines() if line.strip() != "y")  # a terminal's echo
    if folder_kind == "unknown-type":
        assert code == 2
        assert "names Python code of its own (auto_map)" in stderr
    elif folder_kind == "unknown-tokenizer":  # refused, or loaded from its tokenizer.json with no code
        assert code in (0, 2)
        assert len(error_lines(stderr)) == (code == 2)  # at a terminal, stdout's brief paths show too
    else:  # a type we run with classes of our own or transformers': it runs, and its files stay unread
        assert code == 0, stderr

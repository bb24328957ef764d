"""The command line: through Typer's CliRunner, and as a real subprocess, on tiny real models."""

import json
import subprocess
import sys

import pytest
from typer.testing import CliRunner

from summarize.cli import app, models_app

runner = CliRunner()


@pytest.fixture(scope="module")
def marian(tiny):
    return str(tiny("marian"))


def test_help_lists_every_option():
    result = runner.invoke(app, ["--help"])
    assert result.exit_code == 0
    for option in ("--output", "--format", "--translator", "--summarizer", "--src-lang", "--device"):
        assert option in result.output
    for option in ("--beams", "--batch-size", "--sentences", "--verbose"):
        assert option in result.output


def test_briefs_two_articles_in_both_formats(tmp_path, sample_paths, marian):
    paths = [str(p) for p in sample_paths]
    result = runner.invoke(
        app, [*paths, "-t", marian, "--format", "all", "-o", str(tmp_path), "--beams", "1"]
    )
    assert result.exit_code == 0, result.output
    names = sorted(p.name for p in tmp_path.iterdir())
    assert names == sorted(f"{p.stem}.brief.{ext}" for p in sample_paths for ext in ("md", "json"))
    assert result.stdout.split() == [
        str(tmp_path / f"{p.stem}.brief.{ext}") for p in sample_paths for ext in ("md", "json")
    ]
    for path in tmp_path.glob("*.json"):
        data = json.loads(path.read_text(encoding="utf-8"))
        assert data["translator"]["family"] == "marian"
        assert all(s["english"] is not None for p in data["paragraphs"] for s in p["sentences"])


def test_default_output_is_beside_the_article(tmp_path, sample_paths, marian):
    article = tmp_path / "article.txt"
    article.write_text(sample_paths[0].read_text(encoding="utf-8"), encoding="utf-8")
    result = runner.invoke(app, [str(article), "-t", marian, "--beams", "1"])
    assert result.exit_code == 0, result.output
    assert (tmp_path / "article.brief.md").is_file()


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b"", "empty"),
        (b"\x00\x01\x02binary", "binary"),
        ("café".encode("latin-1"), "not UTF-8"),
        (b"x" * 5_000_000, "too big"),
    ],
)
def test_bad_articles_fail_cleanly_and_write_nothing(tmp_path, marian, content, message):
    article = tmp_path / "bad.txt"
    article.write_bytes(content)
    result = runner.invoke(app, [str(article), "-t", marian, "-o", str(tmp_path / "out")])
    assert result.exit_code == 1
    assert message in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1
    assert not (tmp_path / "out").exists()


def test_one_bad_article_does_not_stop_the_others(tmp_path, sample_paths, marian):
    result = runner.invoke(
        app, [str(tmp_path / "missing.txt"), str(sample_paths[0]), "-t", marian, "-o", str(tmp_path)]
    )
    assert result.exit_code == 1
    assert "missing.txt: no such file" in result.stderr
    assert (tmp_path / f"{sample_paths[0].stem}.brief.md").is_file()


def test_unknown_model_is_exit_2_naming_the_fix(tmp_path, sample_paths):
    result = runner.invoke(app, [str(sample_paths[0]), "-t", "nobody/no-such-model", "-o", str(tmp_path)])
    assert result.exit_code == 2
    assert "model 'nobody/no-such-model' not found" in result.stderr
    assert "summarize models pull nobody/no-such-model" in result.stderr
    assert list(tmp_path.iterdir()) == []


def test_unwritable_output_folder(tmp_path, sample_paths, marian):
    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder", encoding="utf-8")
    result = runner.invoke(app, [str(sample_paths[0]), "-t", marian, "-o", str(blocker / "briefs")])
    assert result.exit_code == 1
    assert "cannot write to" in result.stderr
    assert blocker.read_text(encoding="utf-8") == "not a folder"


def test_usage_errors_exit_2():
    assert runner.invoke(app, ["a.txt", "--beams", "0"]).exit_code == 2
    assert runner.invoke(app, ["a.txt", "--format", "pdf"]).exit_code == 2
    assert runner.invoke(app, []).exit_code == 2


def test_models_list_shows_the_catalog():
    result = runner.invoke(models_app, [])
    assert result.exit_code == 0
    assert "ai4bharat/indictrans2-indic-en-dist-200M" in result.output
    assert "indictrans2-200m (default)" in result.output
    assert all(line.rstrip().endswith(("no", "LOCAL")) for line in result.output.splitlines())


def test_models_pull_offline_fails_with_one_clear_line():
    result = runner.invoke(models_app, ["pull", "indictrans2-200m"])
    assert result.exit_code == 2
    assert "could not fetch ai4bharat/indictrans2-indic-en-dist-200M" in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1


def test_real_process_missing_file_is_one_line(tmp_path):
    done = subprocess.run(
        [sys.executable, "-m", "summarize", str(tmp_path / "missing.txt")],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 1
    assert done.stderr == f"summarize: error: {tmp_path / 'missing.txt'}: no such file\n"
    assert done.stdout == ""


def test_real_process_briefs_from_stdin(tmp_path, sample_paths, marian):
    done = subprocess.run(
        [
            sys.executable,
            "-m",
            "summarize",
            "-",
            "-t",
            marian,
            "--beams",
            "1",
            "-o",
            str(tmp_path),
            "-f",
            "json",
        ],
        input=sample_paths[1].read_text(encoding="utf-8"),
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert done.returncode == 0, done.stderr
    data = json.loads((tmp_path / "stdin.brief.json").read_text(encoding="utf-8"))
    assert data["source"]["path"] == "-"

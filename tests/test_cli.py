"""The command line: options, outputs and exit codes, in this process with the stub translator, and as a
real subprocess. What the models make of the text is tested elsewhere (test_end_to_end.py)."""

import json
import subprocess
import sys

import pytest

from tests.conftest import briefs_in, error_lines

ROOT = __import__("pathlib").Path(__file__).resolve().parents[1]


def test_help_lists_every_option(cli):
    ran = cli("--help")
    assert ran.code == 0
    for option in ("--output", "--format", "--translator", "--summarizer", "--src-lang", "--device"):
        assert option in ran.stdout
    for option in ("--engine", "--compute-type", "--beams", "--batch-size", "--batch-tokens", "--sentences"):
        assert option in ran.stdout


def test_briefs_two_articles_in_every_format(tmp_path, sample_paths, stub, cli):
    from summarize.writers import WRITERS

    ran = cli(*sample_paths, "--format", "all", "-o", tmp_path)
    assert ran.code == 0, ran.stderr
    expected = [tmp_path / f"{p.stem}.brief.{fmt}" for p in sample_paths for fmt in WRITERS]
    assert ran.stdout.split() == [str(p) for p in expected]
    assert briefs_in(tmp_path) == sorted(p.name for p in expected)
    assert {"digest.md", "digest.html", "briefs.jsonl"} <= {p.name for p in tmp_path.iterdir()}
    for path in tmp_path.glob("*.json"):
        data = json.loads(path.read_text(encoding="utf-8"))
        assert all(s["english"] == f"EN<{s['source']}>" for p in data["paragraphs"] for s in p["sentences"])


def test_format_takes_a_list(tmp_path, sample_paths, stub, cli):
    assert cli(sample_paths[0], "-f", "json,md", "-o", tmp_path).code == 0
    assert briefs_in(tmp_path) == [f"{sample_paths[0].stem}.brief.{fmt}" for fmt in ("json", "md")]


def test_default_output_is_beside_the_article(tmp_path, sample_paths, stub, cli):
    article = tmp_path / "article.txt"
    article.write_text(sample_paths[0].read_text(encoding="utf-8"), encoding="utf-8")
    assert cli(article).code == 0
    assert (tmp_path / "article.brief.md").is_file()


def test_one_bad_article_does_not_stop_the_others(tmp_path, sample_paths, stub, cli):
    ran = cli(tmp_path / "missing.txt", sample_paths[0], "-o", tmp_path / "out")
    assert ran.code == 1
    assert error_lines(ran.stderr) == [f"summarize: error: {tmp_path / 'missing.txt'}: no such file"]
    assert "1 briefs written, 0 already done, 1 failed" in ran.stderr
    assert briefs_in(tmp_path / "out") == [f"{sample_paths[0].stem}.brief.md"]


def test_unknown_model_is_exit_2_naming_the_fix(tmp_path, sample_paths, cli):
    ran = cli(sample_paths[0], "-t", "nobody/no-such-model", "-o", tmp_path)
    assert ran.code == 2
    assert "model 'nobody/no-such-model' not found" in ran.stderr
    assert "summarize models pull nobody/no-such-model" in ran.stderr
    assert list(tmp_path.iterdir()) == []


def test_a_missing_summarizer_stops_the_run_before_any_translation(tmp_path, sample_paths, stub, cli):
    ran = cli(sample_paths[0], "-s", "nobody/no-summarizer", "-o", tmp_path)
    assert ran.code == 2
    assert "nobody/no-summarizer" in ran.stderr
    assert stub.calls == []
    assert list(tmp_path.iterdir()) == []


def test_an_english_article_is_not_written_before_a_bad_translator_stops_the_run(tmp_path, cli):
    english = ROOT / "tests" / "data" / "english-article.txt"
    ran = cli(english, "-t", "nobody/nothing", "-o", tmp_path)
    assert ran.code == 2
    assert list(tmp_path.iterdir()) == []


def test_unwritable_output_folder_is_exit_2_before_any_article(tmp_path, sample_paths, stub, cli):
    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder", encoding="utf-8")
    ran = cli(sample_paths[0], "-o", blocker / "briefs")
    assert ran.code == 2
    assert ran.stderr.startswith(f"summarize: error: cannot write briefs in {blocker / 'briefs'}")
    assert blocker.read_text(encoding="utf-8") == "not a folder"
    assert stub.calls == []


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--beams", "0"], "--beams 0: must be a whole number from 1 to 32"),
        (["--beams", "99999999999999999999999"], "must be a whole number from 1 to 32"),
        (["--format", "pdf"], "--format pdf: choose from"),
        (["--device", "gpu"], "--device 'gpu': choose from auto, cpu, cuda"),
        (["--src-lang", "hindi"], "not a FLORES-200 code"),
        (["--bogus"], "No such option: --bogus"),
    ],
)
def test_usage_errors_are_one_line_and_exit_2(tmp_path, args, message, cli):
    ran = cli("a.txt", *args, "-o", tmp_path)
    assert ran.code == 2
    assert message in ran.stderr
    assert len(ran.stderr.splitlines()) == 1
    assert list(tmp_path.iterdir()) == []


def test_no_articles_is_a_usage_error(cli):
    ran = cli()
    assert ran.code == 2
    assert "Missing argument" in ran.stderr


def test_models_list_shows_the_catalog(cli):
    ran = cli("models")
    assert ran.code == 0
    assert "ai4bharat/indictrans2-indic-en-dist-200M" in ran.stdout
    assert "indictrans2-200m (default)" in ran.stdout
    assert all(line.rstrip().endswith(("no", "LOCAL")) for line in ran.stdout.splitlines())


def test_models_pull_offline_fails_with_one_clear_line(cli):
    ran = cli("models", "pull", "indictrans2-200m")
    assert ran.code == 2
    assert "could not fetch ai4bharat/indictrans2-indic-en-dist-200M" in ran.stderr
    assert len(ran.stderr.splitlines()) == 1


def test_an_unexpected_exception_is_one_line_naming_a_saved_traceback(tmp_path, sample_paths, stub, cli):
    def broken(sentences):
        raise IndexError("index 300 is out of bounds")

    stub.translate = broken
    ran = cli(sample_paths[0], sample_paths[1], "-o", tmp_path, "-f", "json")
    assert ran.code == 1
    lines = error_lines(ran.stderr)
    assert len(lines) == 2 and all("a bug in summarize (IndexError: index 300" in line for line in lines)
    saved = lines[0].split("the traceback is in ")[1].split(",")[0]
    assert "Traceback" in open(saved, encoding="utf-8").read()  # noqa: SIM115
    assert briefs_in(tmp_path) == []


def _summarize(*args, **kwargs) -> subprocess.CompletedProcess:
    """The real command in a process of its own, with the stub translator (tests/stubs.py)."""
    return subprocess.run(
        [sys.executable, "-m", "tests.stubs", *map(str, args)],
        capture_output=True,
        text=True,
        timeout=120,
        cwd=ROOT,
        **kwargs,
    )


def test_real_process_missing_file_is_one_line(tmp_path):
    done = _summarize(tmp_path / "missing.txt")
    assert done.returncode == 1
    assert done.stderr == f"summarize: error: {tmp_path / 'missing.txt'}: no such file\n"
    assert done.stdout == ""


def test_real_process_briefs_from_stdin(tmp_path, sample_paths):
    done = _summarize("-", "-o", tmp_path, "-f", "json", input=sample_paths[1].read_text(encoding="utf-8"))
    assert done.returncode == 0, done.stderr
    assert done.stderr == ""
    data = json.loads((tmp_path / "stdin.brief.json").read_text(encoding="utf-8"))
    assert data["source"]["path"] == "-"


def test_the_installed_command_checks_the_model_first(tmp_path):
    done = subprocess.run(
        [sys.executable, "-m", "summarize", tmp_path / "missing.txt", "-t", tmp_path / "no-model"],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert (done.returncode, done.stdout) == (2, "")
    assert done.stderr.startswith(f"summarize: error: model '{tmp_path / 'no-model'}' not found")
    assert len(done.stderr.splitlines()) == 1

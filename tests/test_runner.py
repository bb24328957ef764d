"""The batch runner with a stand-in translator: inputs found, checked first, named apart, each article
guarded, files written whole."""

import json
import os
import stat
from pathlib import Path

import pytest

from summarize.errors import InputError, ModelError, UsageError
from summarize.options import Options
from summarize.pipeline import Pipeline
from summarize.runner import Runner, RunOptions, find_inputs
from summarize.writers import write_atomically
from tests.conftest import briefs_in
from tests.stubs import FailingFile

DATA = Path(__file__).parent / "data"


def runner(tagging, out: Path | None, **options) -> Runner:
    options = Options(**options)
    return Runner(options, RunOptions(output=out), Pipeline(options, translator=tagging()))


def test_run_writes_each_article_and_reports_bad_ones(tmp_path, sample_paths, tagging):
    (tmp_path / "empty.txt").write_text("", encoding="utf-8")
    run = runner(tagging, tmp_path / "out", formats=("md", "json"))
    outcomes = list(run.run([*map(str, sample_paths), str(tmp_path / "empty.txt")]))
    assert [o.error is None for o in outcomes] == [True, True, False]
    assert isinstance(outcomes[2].error, InputError)
    written = sorted(p.name for o in outcomes for p in o.written)
    assert written == sorted(f"{p.stem}.brief.{ext}" for p in sample_paths for ext in ("md", "json"))
    run_files = [".summarize", "briefs.jsonl", "digest.html", "digest.md", "failures.jsonl"]
    assert sorted(p.name for p in (tmp_path / "out").iterdir()) == sorted(written + run_files)
    for path in (tmp_path / "out").glob("*.json"):
        json.loads(path.read_text(encoding="utf-8"))
    (failure,) = map(
        json.loads, (tmp_path / "out" / "failures.jsonl").read_text(encoding="utf-8").splitlines()
    )
    assert failure["path"] == str(tmp_path / "empty.txt") and "empty" in failure["error"]


def test_folders_expand_recursively_to_their_articles(tmp_path):
    for name in ("b.txt", "a.txt", "c.html", "d.HTM", "e.jsonl", "notes.md", ".hidden.txt", "a.brief.html"):
        (tmp_path / name).write_text("x", encoding="utf-8")
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "f.txt").write_text("x", encoding="utf-8")
    (tmp_path / "sub" / "dead.txt").symlink_to(tmp_path / "nowhere.txt")
    articles = [str(tmp_path / name) for name in ("a.txt", "b.txt", "c.html", "d.HTM", "e.jsonl")]
    nested = [str(tmp_path / "sub" / name) for name in ("dead.txt", "f.txt")]
    assert find_inputs([str(tmp_path), "g.txt"]) == [*articles, *nested, "g.txt"]
    assert find_inputs([str(tmp_path / "*.txt")]) == [str(tmp_path / "a.txt"), str(tmp_path / "b.txt")]
    (tmp_path / "empty-folder").mkdir()
    with pytest.raises(UsageError, match="holds no articles"):
        find_inputs([str(tmp_path / "empty-folder")])


def test_the_output_folder_inside_an_input_folder_is_not_read_again(tmp_path, sample_paths, tagging):
    (tmp_path / "a.txt").write_text(sample_paths[0].read_text(encoding="utf-8"), encoding="utf-8")
    for _ in range(2):
        outcomes = list(runner(tagging, tmp_path / "out", formats=("md", "json")).run([str(tmp_path)]))
        assert [o.path for o in outcomes] == [str(tmp_path / "a.txt")]


def test_a_jsonl_file_briefs_each_good_line_and_reports_each_bad_one(tmp_path, tagging):
    day = str(DATA / "day.jsonl")
    outcomes = list(runner(tagging, tmp_path, formats=("json",)).run([day, str(DATA / "urdu-article.txt")]))
    assert [(o.path, o.error is None) for o in outcomes] == [
        (f"{day}:1", True),
        (day, False),
        (f"{day}:4", True),
        (day, False),
        (str(DATA / "urdu-article.txt"), False),
    ]
    assert "line 2: not valid JSON" in str(outcomes[1].error)
    assert 'line 5: no "text"' in str(outcomes[3].error)
    assert "written in Arabic script" in str(outcomes[4].error)
    assert briefs_in(tmp_path) == ["day-4.brief.json", "day-etv-kanpur-1.brief.json"]
    data = json.loads((tmp_path / "day-etv-kanpur-1.brief.json").read_text(encoding="utf-8"))
    assert data["source"]["path"] == f"{day}:1"
    assert data["metadata"]["url"].startswith("https://www.etvbharat.com/")
    assert data["headline"]["source"] == data["metadata"]["headline"]


def test_inputs_that_would_share_a_brief_name_get_distinct_stable_ones(tmp_path, sample_paths, tagging):
    text = sample_paths[0].read_text(encoding="utf-8")
    inputs = [tmp_path / "a" / "day.txt", tmp_path / "b" / "day.txt", tmp_path / "b" / "Day.txt"]
    for path in inputs:
        path.parent.mkdir(exist_ok=True)
        path.write_text(text, encoding="utf-8")
    for _ in range(2):  # a rerun names them alike
        outcomes = list(runner(tagging, tmp_path / "out").run([str(p) for p in inputs]))
        assert [o.written[0].name for o in outcomes] == ["day.brief.md", "day-2.brief.md", "Day-3.brief.md"]
    assert len(briefs_in(tmp_path / "out")) == 3


def test_a_name_too_long_for_the_file_system_is_shortened(tmp_path, sample_paths, tagging):
    article = tmp_path / f"{'समाचार' * 13}.txt"  # 234 bytes: the brief's temp file name would be too long
    article.write_text(sample_paths[0].read_text(encoding="utf-8"), encoding="utf-8")
    (outcome,) = runner(tagging, tmp_path / "out").run([str(article)])
    assert outcome.error is None
    assert outcome.written[0].is_file()
    assert len(outcome.written[0].name.encode()) < 255


def test_a_brief_that_cannot_be_written_fails_alone(tmp_path, sample_paths, tagging):
    out = tmp_path / "out"
    (out / f"{sample_paths[0].stem}.brief.md").mkdir(parents=True)  # a folder in the way
    outcomes = list(runner(tagging, out).run([str(p) for p in sample_paths]))
    assert "cannot write" in str(outcomes[0].error)
    assert outcomes[1].error is None and outcomes[1].written[0].is_file()
    assert not list(out.rglob("*.tmp"))
    assert [p.name for p in (out / ".summarize").iterdir()] == [f"{sample_paths[1].stem}.json"]


def test_a_model_error_stops_the_run(tmp_path, sample_paths, tagging):
    def fails(sentences):
        raise ModelError("the translator is broken")

    run = runner(tagging, tmp_path)
    run.pipeline.translator.translate = fails
    outcomes = run.run([str(p) for p in sample_paths])
    with pytest.raises(ModelError):
        next(outcomes)


def test_stale_temp_files_of_dead_runs_are_removed_and_live_ones_kept(tmp_path, sample_paths, tagging):
    dead = tmp_path / ".x.brief.md.99999999.tmp"  # no such process
    live = tmp_path / f".y.brief.md.{os.getpid()}.tmp"
    other = tmp_path / ".notes.tmp"
    for path in (dead, live, other):
        path.write_text("partial", encoding="utf-8")
    list(runner(tagging, tmp_path).run([str(sample_paths[0])]))
    assert not dead.exists() and live.exists() and other.exists()


def test_briefs_get_the_umask_and_a_replaced_brief_keeps_its_mode(tmp_path):
    previous = os.umask(0o022)
    try:
        write_atomically(tmp_path / "new.md", "x")
        assert stat.S_IMODE((tmp_path / "new.md").stat().st_mode) == 0o644
        (tmp_path / "old.md").write_text("old", encoding="utf-8")
        os.chmod(tmp_path / "old.md", 0o640)
        write_atomically(tmp_path / "old.md", "new")
        assert stat.S_IMODE((tmp_path / "old.md").stat().st_mode) == 0o640
        assert (tmp_path / "old.md").read_text(encoding="utf-8") == "new"
    finally:
        os.umask(previous)


@pytest.mark.parametrize("failure", [OSError(28, "No space left on device"), KeyboardInterrupt()])
def test_a_failed_write_leaves_neither_temp_file_nor_damage(tmp_path, monkeypatch, failure):
    (tmp_path / "a.md").write_text("good", encoding="utf-8")

    monkeypatch.setattr(os, "fdopen", lambda handle, mode: FailingFile(handle, failure))
    with pytest.raises((type(failure), Exception)):
        write_atomically(tmp_path / "a.md", "new")
    assert [p.name for p in tmp_path.iterdir()] == ["a.md"]
    assert (tmp_path / "a.md").read_text(encoding="utf-8") == "good"

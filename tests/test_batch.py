"""A day's articles in one batch run: briefs, failures and the digest; resuming; cross-article batches;
site furniture learnt across a run; a run killed outright and run again."""

import json
import os
import random
import re
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from summarize.options import Options
from summarize.pipeline import Pipeline
from summarize.reading import read_source
from summarize.runner import Runner, RunOptions
from tests.conftest import SAMPLES, briefs_in, error_lines

ROOT = Path(__file__).resolve().parents[1]
NEWS = sorted((ROOT / "tests" / "data" / "news").glob("*.txt"))
FURNITURE = ["Follow Us on", "ऐप पर पढ़ें", "Hindi News » देश"]


def day_folder(folder: Path) -> Path:
    """30 articles: 26 real news pages, the two samples, and each sample again as another outlet's copy
    (other page furniture around the same story); plus an empty file and a binary one."""
    folder.mkdir()
    for page in NEWS[:26]:
        shutil.copy(page, folder / page.name)
    for sample in SAMPLES:
        shutil.copy(sample, folder / sample.name)
        text = sample.read_text(encoding="utf-8")
        (folder / f"copy-{sample.name}").write_text(f"ब्रेकिंग न्यूज़\n\n{text}\n\nशेयर करें\n", encoding="utf-8")
    (folder / "empty.txt").write_text("", encoding="utf-8")
    (folder / "binary.txt").write_bytes(b"\x00\x01\x02")
    return folder


def test_a_day_of_articles_gives_briefs_failures_and_a_digest(tmp_path, stub, cli):
    day = day_folder(tmp_path / "day")
    ran = cli(day, "-o", tmp_path / "out", "-f", "md,json")
    assert ran.code == 1
    out = tmp_path / "out"
    articles = sorted(p.stem for p in day.iterdir() if p.name not in ("empty.txt", "binary.txt"))
    assert briefs_in(out) == sorted(f"{a}.brief.{f}" for a in articles for f in ("json", "md"))
    failures = [
        json.loads(line) for line in (out / "failures.jsonl").read_text(encoding="utf-8").splitlines()
    ]
    assert sorted(Path(f["path"]).name for f in failures) == ["binary.txt", "empty.txt"]
    assert len(error_lines(ran.stderr)) == 2
    assert "30 briefs written, 0 already done, 2 failed" in ran.stderr
    digest = (out / "digest.md").read_text(encoding="utf-8")
    linked = re.findall(r"\]\(<([^>]+)>\)", digest)
    assert sorted(linked) == sorted(f"{a}.brief.md" for a in articles)  # every article once
    stories = digest.split("\n## ")[1:]
    for sample in SAMPLES:  # a story and its copy are one story, and the two samples two stories
        (story,) = [s for s in stories if f"<{sample.stem}.brief.md>" in s]
        assert f"<copy-{sample.stem}.brief.md>" in story
        assert all(f"<{other.stem}.brief.md>" not in story for other in SAMPLES if other != sample)
    briefs = [json.loads(line) for line in (out / "briefs.jsonl").read_text(encoding="utf-8").splitlines()]
    assert len(briefs) == 30


def test_a_rerun_skips_what_is_done_and_force_redoes_it(tmp_path, sample_paths, tagging):
    def run(**settings) -> tuple[list, object]:
        translator = tagging()
        options = Options(formats=("md", "json"))
        runner = Runner(options, RunOptions(**settings), Pipeline(options, translator=translator))
        return list(runner.run([str(p) for p in sample_paths])), translator

    cache = tmp_path / "cache.sqlite3"
    first, translator = run(output=tmp_path / "out", cache=cache)
    assert all(o.written and not o.skipped for o in first) and translator.calls
    again, translator = run(output=tmp_path / "out", cache=cache)
    assert all(o.skipped for o in again) and translator.calls == []
    assert [o.written for o in again] == [o.written for o in first]
    assert (tmp_path / "out" / "digest.md").is_file()
    forced, translator = run(output=tmp_path / "out", cache=cache, force=True)
    assert not any(o.skipped for o in forced) and translator.calls == []  # the cache answers
    forced, translator = run(output=tmp_path / "out", cache=None, force=True)
    assert translator.calls  # without the cache, the model again
    changed, translator = run(output=tmp_path / "out2", cache=cache)
    assert not any(o.skipped for o in changed) and translator.calls == []  # a new folder, same cache


def test_a_changed_article_or_option_is_done_again(tmp_path, sample_paths, tagging):
    article = tmp_path / "a.txt"
    article.write_text(sample_paths[0].read_text(encoding="utf-8"), encoding="utf-8")

    def skipped(**options) -> bool:
        options = Options(**options)
        runner = Runner(options, RunOptions(output=tmp_path / "out"), Pipeline(options, translator=tagging()))
        (outcome,) = runner.run([str(article)])
        return outcome.skipped

    assert not skipped()
    assert skipped() and skipped(batch_size=2)  # a speed setting changes nothing in the brief
    assert not skipped(sentences=5)
    article.write_text(article.read_text(encoding="utf-8") + "\nएक नया वाक्य।\n", encoding="utf-8")
    assert not skipped(sentences=5)


def test_the_cache_translates_a_repeated_sentence_once(tmp_path, sample_paths, tagging):
    text = sample_paths[0].read_text(encoding="utf-8")
    for name in ("a.txt", "b.txt"):
        (tmp_path / name).write_text(text, encoding="utf-8")
    translator = tagging()
    options = Options()
    runner = Runner(
        options,
        RunOptions(output=tmp_path / "out", cache=tmp_path / "c"),
        Pipeline(options, translator=translator),
    )
    outcomes = list(runner.run([str(tmp_path / "a.txt"), str(tmp_path / "b.txt")]))
    asked = [s for call in translator.calls for s in call]
    distinct = {" ".join(s.source.split()) for s in outcomes[0].brief.article.sentences}
    assert len(asked) == len(set(asked)) == len(distinct)  # not even a lead the page repeats twice
    assert outcomes[0].brief.article.paragraphs == outcomes[1].brief.article.paragraphs


def test_articles_are_translated_together_and_briefed_alike(tmp_path, sample_paths, tagging):
    translator = tagging()
    options = Options()
    runner = Runner(options, RunOptions(output=tmp_path), Pipeline(options, translator=translator))
    batched = [o.brief for o in runner.run([str(p) for p in sample_paths])]
    assert len(translator.calls) == 1  # one call for both articles' sentences
    alone = [Pipeline(options, translator=tagging()).brief(read_source(str(p))) for p in sample_paths]
    assert [b.article for b in batched] == [b.article for b in alone]
    assert [b.summary for b in batched] == [b.summary for b in alone]


def test_lines_that_most_of_a_sites_articles_carry_are_dropped_as_its_furniture(tmp_path, tagging):
    folder = tmp_path / "site"
    folder.mkdir()
    for index, page in enumerate(NEWS[:5]):
        lines = page.read_text(encoding="utf-8").split("\n")
        (folder / page.name).write_text(
            "\n".join([*lines[:1], *FURNITURE, *lines[1:], f"#{index}"]), encoding="utf-8"
        )
    options = Options(formats=("json",))
    runner = Runner(options, RunOptions(output=tmp_path / "out"), Pipeline(options, translator=tagging()))
    for outcome in runner.run([str(folder)]):
        assert outcome.error is None
        kept = {s.source for s in outcome.brief.article.sentences}
        dropped = {d.text: d.reason for d in outcome.brief.article.dropped}
        assert not kept & set(FURNITURE)
        assert all("many articles of this run" in dropped[line] for line in FURNITURE)


def test_a_run_killed_outright_finishes_on_the_next_run(tmp_path):
    day = tmp_path / "day"
    day.mkdir()
    for page in NEWS[:12]:
        shutil.copy(page, day / page.name)
    command = [
        sys.executable,
        "-m",
        "tests.stubs",
        str(day),
        "-o",
        str(tmp_path / "out"),
        "-f",
        "md,json",
        "-q",
    ]
    environment = {**os.environ, "STUB_DELAY": "0.3"}
    rng = random.Random(7)
    for _ in range(3):
        process = subprocess.Popen(command, cwd=ROOT, env=environment, stderr=subprocess.DEVNULL)
        time.sleep(rng.uniform(1.0, 6.0))
        process.send_signal(signal.SIGKILL)
        process.wait()
    done = subprocess.run(command, cwd=ROOT, env=environment, capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stderr
    out = tmp_path / "out"
    assert briefs_in(out) == sorted(f"{p.stem}.brief.{f}" for p in NEWS[:12] for f in ("json", "md"))
    assert not list(out.rglob("*.tmp"))
    for path in out.glob("*.brief.json"):
        json.loads(path.read_text(encoding="utf-8"))
    digest = (out / "digest.md").read_text(encoding="utf-8")
    assert sorted(re.findall(r"\]\(<([^>]+)>\)", digest)) == sorted(f"{p.stem}.brief.md" for p in NEWS[:12])


@pytest.mark.slow
@pytest.mark.parametrize("beams", [1, 4])
def test_cross_article_batches_translate_as_one_article_at_a_time(tmp_path, tiny, beams):
    """The known-answer model on articles made of the sentences it memorized: the same English
    whether articles are translated together (one call, batches across articles) or one by one."""
    pairs = [
        json.loads(line) for line in (tiny("marian-known") / "known_pairs.jsonl").read_text().splitlines()
    ]
    for number in range(4):
        chunk = pairs[number * 8 : (number + 1) * 8]
        (tmp_path / f"a{number}.txt").write_text("\n\n".join(p["hi"] for p in chunk), encoding="utf-8")
    options = Options(translator=str(tiny("marian-known")), beams=beams, batch_size=16)
    runner = Runner(options, RunOptions(output=tmp_path / "out"))
    batched = {o.path: [s.english for s in o.brief.article.sentences] for o in runner.run([str(tmp_path)])}
    pipeline = Pipeline(options)
    for path, english in batched.items():
        assert english == [s.english for s in pipeline.brief(read_source(path)).article.sentences]
    known = {p["hi"]: p["en"] for p in pairs}
    for path, english in batched.items():
        sources = read_source(path).text.split("\n\n")
        assert english == [known[s] for s in sources]

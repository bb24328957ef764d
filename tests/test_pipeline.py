"""Pipeline logic with a stand-in translator: order, alignment, long sentences, batches of files."""

import json
from pathlib import Path

import pytest

from summarize.errors import InputError
from summarize.options import Options
from summarize.pipeline import Pipeline, collect_inputs
from summarize.reading import read_source
from summarize.summarizers.extractive import ExtractiveSummarizer

DATA = Path(__file__).parent / "data"


def test_every_sentence_translated_once_in_order(sample_paths, tagging):
    translator = tagging()
    pipeline = Pipeline(translator=translator)
    for path in sample_paths:
        brief = pipeline.brief(read_source(str(path)))
        sentences = brief.article.sentences
        assert [s.english for s in sentences] == [f"EN<{s.source}>" for s in sentences]
        assert len({s.id for s in sentences}) == len(sentences)
    assert len(translator.calls) == len(sample_paths)  # one call per article: batching is the backend's


def test_long_sentences_are_split_at_clauses_and_noted(tmp_path, tagging):
    long = "राम ने कहा कि वह कल सुबह आएगा, लेकिन श्याम नहीं आया और सीता भी नहीं आई।"
    (tmp_path / "a.txt").write_text(f"छोटा वाक्य है। {long}\n", encoding="utf-8")
    translator = tagging(max_chars=30)
    brief = Pipeline(translator=translator).brief(read_source(str(tmp_path / "a.txt")))
    short, split = brief.article.sentences
    assert short.notes == ()
    parts = translator.calls[0][1:]
    assert len(parts) >= 2
    assert split.notes == (f"split into {len(parts)} parts for length",)
    assert all(len(part) <= 30 for part in parts)
    assert " ".join(parts) == long
    assert split.english == " ".join(f"EN<{part}>" for part in parts)


def test_extractive_summary_is_bilingual_and_in_article_order(sample_paths, tagging):
    options = Options(sentences=4)
    pipeline = Pipeline(options, translator=tagging(), summarizer=ExtractiveSummarizer(options))
    brief = pipeline.brief(read_source(str(sample_paths[0])))
    by_id = {s.id: s for s in brief.article.sentences}
    ids = [p.source_ids[0] for p in brief.summary.points]
    assert len(ids) == 4
    order = [s.id for s in brief.article.sentences]
    assert ids == sorted(ids, key=order.index)
    for point in brief.summary.points:
        assert point.english == by_id[point.source_ids[0]].english


def test_run_writes_each_article_and_reports_bad_ones(tmp_path, sample_paths, tagging):
    (tmp_path / "empty.txt").write_text("", encoding="utf-8")
    pipeline = Pipeline(Options(formats=("md", "json")), translator=tagging())
    outcomes = list(pipeline.run([*map(str, sample_paths), str(tmp_path / "empty.txt")], tmp_path / "out"))
    assert [o.error is None for o in outcomes] == [True, True, False]
    assert isinstance(outcomes[2].error, InputError)
    written = sorted(p.name for o in outcomes for p in o.written)
    assert written == sorted(f"{p.stem}.brief.{ext}" for p in sample_paths for ext in ("md", "json"))
    assert not list((tmp_path / "out").glob("empty*"))
    for path in (tmp_path / "out").glob("*.json"):
        json.loads(path.read_text(encoding="utf-8"))


def test_folders_expand_to_their_articles(tmp_path):
    for name in ("b.txt", "a.txt", "c.html", "d.HTM", "e.jsonl", "notes.md"):
        (tmp_path / name).write_text("x", encoding="utf-8")
    articles = [str(tmp_path / name) for name in ("a.txt", "b.txt", "c.html", "d.HTM", "e.jsonl")]
    assert collect_inputs([str(tmp_path), "f.txt"]) == [*articles, "f.txt"]
    (tmp_path / "empty-folder").mkdir()
    with pytest.raises(InputError, match="holds no articles"):
        collect_inputs([str(tmp_path / "empty-folder")])


def test_a_jsonl_file_briefs_each_good_line_and_reports_each_bad_one(tmp_path, tagging):
    day = str(DATA / "day.jsonl")
    pipeline = Pipeline(Options(formats=("json",)), translator=tagging())
    outcomes = list(pipeline.run([day, str(DATA / "urdu-article.txt")], tmp_path))
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
    assert sorted(p.name for p in tmp_path.iterdir()) == ["day-4.brief.json", "day-etv-kanpur-1.brief.json"]
    data = json.loads((tmp_path / "day-etv-kanpur-1.brief.json").read_text(encoding="utf-8"))
    assert data["source"]["path"] == f"{day}:1"
    assert data["metadata"]["url"].startswith("https://www.etvbharat.com/")
    assert data["headline"]["source"] == data["metadata"]["headline"]
    assert [d["reason"] for d in data["dropped"]] == ["related-article link"]


def test_keep_boilerplate_briefs_every_line(sample_paths, tagging):
    source = read_source(str(sample_paths[1]))
    kept = Pipeline(Options(keep_boilerplate=True), translator=tagging()).brief(source)
    cleaned = Pipeline(translator=tagging()).brief(source)
    assert kept.article.dropped == ()
    assert len(kept.article.sentences) > len(cleaned.article.sentences)
    assert kept.article.metadata == cleaned.article.metadata


def test_an_article_of_nothing_but_furniture_is_an_input_error(tmp_path, tagging):
    (tmp_path / "a.txt").write_text("Also Read\n\nJan 11, 2022\n\nविज्ञापन\n", encoding="utf-8")
    with pytest.raises(InputError, match="all 3 lines are page furniture .* --keep-boilerplate keeps them"):
        Pipeline(translator=tagging()).brief(read_source(str(tmp_path / "a.txt")))

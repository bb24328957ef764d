"""Pipeline logic with a stand-in translator: order, alignment, long sentences, batches of files."""

import json

import pytest

from summarize.errors import InputError
from summarize.options import Options
from summarize.pipeline import Pipeline, collect_inputs
from summarize.reading import read_source
from summarize.summarizers.extractive import ExtractiveSummarizer


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
    (tmp_path / "b.txt").write_text("x", encoding="utf-8")
    (tmp_path / "a.txt").write_text("x", encoding="utf-8")
    (tmp_path / "notes.md").write_text("x", encoding="utf-8")
    assert collect_inputs([str(tmp_path), "c.txt"]) == [str(tmp_path / "a.txt"), str(tmp_path / "b.txt"), "c.txt"]
    (tmp_path / "empty-folder").mkdir()
    with pytest.raises(InputError, match="holds no articles"):
        collect_inputs([str(tmp_path / "empty-folder")])

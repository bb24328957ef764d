"""Pipeline logic with a stand-in translator: order, alignment, long sentences, one article at a time."""

from pathlib import Path

import pytest

from summarize.errors import InputError
from summarize.options import Options
from summarize.pipeline import Pipeline
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
    from summarize.writers import WRITERS

    for fmt, render in WRITERS.items():  # every format shows the note
        assert split.notes[0] in render(brief), fmt


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


def test_a_line_in_another_script_is_kept_and_not_sent_to_the_translator(tmp_path, tagging):
    tweet = "We stand with the people of Kanpur in this difficult hour and will help them."
    text = (
        "कानपुर में बाढ़ से हालात बिगड़े\n\n"
        "कानपुर में लगातार बारिश से कई इलाकों में पानी भर गया है। प्रशासन ने राहत शिविर खोले हैं।\n\n"
        f"{tweet}\n\n"
        "जिलाधिकारी ने बताया कि हालात पर नजर रखी जा रही है। लोगों से घरों में रहने की अपील की गई है।\n"
    )
    (tmp_path / "a.txt").write_text(text, encoding="utf-8")
    translator = tagging()
    brief = Pipeline(translator=translator).brief(read_source(str(tmp_path / "a.txt")))
    (foreign,) = [p for p in brief.article.paragraphs if p.kind == "foreign"]
    assert [s.source for s in foreign.sentences] == [tweet]
    assert foreign.sentences[0].english == tweet
    assert foreign.sentences[0].notes == ("in another script: not translated",)
    assert all(tweet not in call for call in translator.calls)
    assert all(
        s.english.startswith("EN<")
        for p in brief.article.paragraphs
        if p.kind != "foreign"
        for s in p.sentences
    )

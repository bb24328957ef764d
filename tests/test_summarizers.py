import pytest

from summarize.document import Article, Metadata, Paragraph, Sentence, Source
from summarize.options import Options
from summarize.pipeline import Pipeline
from summarize.reading import read_source
from summarize.summarizers import load_summarizer
from summarize.summarizers.extractive import ExtractiveSummarizer, rank


def article_of(texts, kinds=None):
    paragraphs = tuple(
        Paragraph(f"p{i}", (kinds or {}).get(i, "text"), (Sentence(f"p{i}.s1", text, f"EN {text}"),))
        for i, text in enumerate(texts, start=1)
    )
    return Article(Source("a.txt", "a", ""), Metadata(), paragraphs)


def test_central_sentences_outrank_outliers():
    texts = [
        "पुलिस कमिश्नर ने बैठक की।",
        "आज मौसम साफ रहा।",
        "पुलिस कमिश्नर की बैठक में पार्षद आए।",
        "बैठक में पुलिस कमिश्नर ने पार्षदों से बात की।",
    ]
    scores = rank(texts)
    assert scores[1] == min(scores)
    assert scores.argmax() in (0, 2, 3)


def test_lead_breaks_ties_between_equal_sentences():
    scores = rank(["एक ही बात।", "एक ही बात।", "एक ही बात।"])
    assert list(scores) == sorted(scores, reverse=True)
    assert scores[0] > scores[2]


def test_extractive_skips_headings_and_keeps_article_order():
    article = article_of(["शीर्षक", "पहला वाक्य।", "दूसरा वाक्य।", "तीसरा वाक्य।"], kinds={1: "heading"})
    summary = ExtractiveSummarizer(Options(sentences=2)).summarize(article)
    ids = [p.source_ids[0] for p in summary.points]
    assert len(ids) == 2 and "p1.s1" not in ids
    assert ids == sorted(ids)
    assert all(p.english.startswith("EN ") for p in summary.points)


def test_extractive_short_article_gives_what_there_is():
    summary = ExtractiveSummarizer(Options(sentences=5)).summarize(article_of(["केवल एक वाक्य।"]))
    assert [(p.english, p.source_ids) for p in summary.points] == [("EN केवल एक वाक्य।", ("p1.s1",))]


def test_abstractive_reads_a_long_article_in_chunks(tiny, sample_paths, tagging):
    options = Options(summarizer=str(tiny("bart")), beams=1, batch_size=4)
    summarizer = load_summarizer(options)
    brief = Pipeline(options, translator=tagging(), summarizer=summarizer).brief(
        read_source(str(sample_paths[1]))
    )
    summary = brief.summary
    assert summary.model.family == "bart"
    chunks = int(summary.notes[0].split()[3])
    assert chunks > 1  # the tiny BART reads 128 tokens at a time; the article is far longer
    ids = {s.id for s in brief.article.sentences}
    assert all(set(p.source_ids) <= ids for p in summary.points)
    # Every chunk fits the model: nothing was truncated on the way in.
    texts = [s.english for s in brief.article.sentences if s.english]
    for chunk in summarizer.chunk(texts):
        assert summarizer.fits(chunk)
    assert " ".join(summarizer.chunk(texts)).split() == " ".join(texts).split()


def test_unknown_summarizer_names_the_fix():
    from summarize.errors import ModelNotFoundError

    with pytest.raises(ModelNotFoundError, match="summarize models pull nobody/nothing"):
        load_summarizer(Options(summarizer="nobody/nothing"))

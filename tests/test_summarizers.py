import time

import pytest

from summarize.document import Article, Metadata, Paragraph, Sentence, Source
from summarize.options import Options
from summarize.pipeline import Pipeline
from summarize.reading import read_source
from summarize.summarizers import load_summarizer
from summarize.summarizers.extractive import MAX_CANDIDATES, ExtractiveSummarizer, rank


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


# ---- hardening: near-duplicates, what may be a point, long inputs


def test_near_duplicate_sentences_are_never_both_picked():
    lead = "कानपुर पुलिस कमिश्नर असीम अरुण ने सोशल मीडिया पर एक विदाई मैसेज दिया है."
    texts = [
        lead,
        "उन्होंने कहा कि सभी ने बहुत मेहनत की.",
        "कानपुर:" + lead,  # the lead again behind a dateline, as scraped pages print it
        "नई संस्था विकसित की और अपराध घटे.",
        lead,
    ]
    summary = ExtractiveSummarizer(Options(sentences=3)).summarize(article_of(texts))
    ids = [p.source_ids[0] for p in summary.points]
    assert ids == ["p1.s1", "p2.s1", "p4.s1"]


def test_a_point_told_again_in_other_words_is_not_picked_twice():
    texts = [
        "केंद्रीय मंत्री ने जनता कर्फ्यू वाले दिन ट्विटर पर सभी लोगों से सुबह 11 बजे अंताक्षरी में शामिल होने को कहा.",
        "उन्होंने अपने ट्वीट में बताया कि लोग घर पर कैसे दिन गुजार सकते हैं.",
        "उन्होंने ट्विटर पर सभी लोगों से सुबह 11 बजे अंताक्षरी में शामिल होने के लिए कहा.",
        "कई लोगों ने इस पहल की तारीफ की.",
    ]
    summary = ExtractiveSummarizer(Options(sentences=3)).summarize(article_of(texts))
    assert [p.source_ids[0] for p in summary.points] == ["p1.s1", "p2.s1", "p4.s1"]


def test_words_are_compared_without_the_punctuation_around_them():
    texts = [
        "इस तारीख को होगी साय कैबिनेट की बैठक, कई अहम फैसलों पर लग सकती है मुहर.....",
        "यह बैठक मंत्रालय महानदी भवन में दोपहर एक बजे से होगी।",
        "इस बैठक में सरकार कई अहम फैसलों पर मुहर लग सकती है।",
    ]
    summary = ExtractiveSummarizer(Options(sentences=3)).summarize(article_of(texts))
    assert [p.source_ids[0] for p in summary.points] == ["p1.s1", "p2.s1"]


def test_headline_headings_and_captions_are_never_points():
    kinds = {1: "headline", 2: "heading", 3: "caption", 5: "caption"}
    texts = ["शीर्षक पुलिस बैठक", "पुलिस बैठक", "पुलिस बैठक की फोटो", "पुलिस ने बैठक की।", "बैठक फोटो"]
    summary = ExtractiveSummarizer(Options(sentences=5)).summarize(article_of(texts, kinds))
    assert [p.source_ids for p in summary.points] == [("p4.s1",)]
    # An article of headings alone (every line short, unpunctuated) is summarized from its headings.
    only_headings = article_of(["शीर्षक", "पहली बात", "दूसरी बात"], {1: "headline", 2: "heading", 3: "heading"})
    points = ExtractiveSummarizer(Options(sentences=5)).summarize(only_headings).points
    assert [p.source_ids for p in points] == [("p2.s1",), ("p3.s1",)]


def test_a_hundred_thousand_sentences_are_summarized_in_seconds():
    words = ["पुलिस", "बैठक", "कानपुर", "कमिश्नर", "संवाद", "अपराध", "जनता", "थाना", "मेहनत", "संस्था"]
    texts = [f"{words[i % 10]} {words[i * 7 % 10]} ने {i} बार {words[i * 3 % 10]} की।" for i in range(100_000)]
    paragraph = Paragraph("p1", "text", tuple(Sentence(f"p1.s{i}", t, t) for i, t in enumerate(texts, 1)))
    article = Article(Source("a.txt", "a", ""), Metadata(), (paragraph,))
    start = time.perf_counter()
    summary = ExtractiveSummarizer(Options(sentences=3)).summarize(article)
    assert time.perf_counter() - start < 5
    assert len(summary.points) == 3


def test_ranking_within_the_cap_is_unchanged_by_it():
    texts = [f"वाक्य {i % 7} में बात {i % 5} है।" for i in range(MAX_CANDIDATES + 50)]
    scores = rank(texts[:MAX_CANDIDATES])
    article = article_of(texts)
    summary = ExtractiveSummarizer(Options(sentences=1)).summarize(article)
    assert summary.points[0].source_ids == (f"p{int(scores.argmax()) + 1}.s1",)

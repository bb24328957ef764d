"""Summarization backends.

A backend is one class with ``summarize(article) -> Summary`` and a ``model`` attribute. Summaries are
made from the translated article, and every summary point names the article sentences it stands on,
so each English line can be traced back to its Hindi.
"""

from __future__ import annotations

from typing import Protocol

from summarize.document import Article, Sentence, Summary
from summarize.options import Options


class Summarizer(Protocol):
    def summarize(self, article: Article) -> Summary:
        """Summarize a translated article."""
        ...


def load_summarizer(options: Options) -> Summarizer:
    """``extractive`` needs no weights; any other name is a seq2seq summarization model to load."""
    if options.summarizer == "extractive":
        from summarize.summarizers.extractive import ExtractiveSummarizer

        return ExtractiveSummarizer(options)
    from summarize.hub import resolve_model
    from summarize.summarizers.abstractive import AbstractiveSummarizer

    return AbstractiveSummarizer(resolve_model(options.summarizer), options)


def body_sentences(article: Article) -> tuple[Sentence, ...]:
    """The sentences of the story's paragraphs, without the headline, headings and captions.

    An article with no paragraph of text (every line short and unpunctuated, so each was taken for a
    heading) has its story in its headings, which are then the body; the headline and captions never are.
    """
    for kind in ("text", "heading"):
        body = tuple(s for p in article.paragraphs if p.kind == kind for s in p.sentences)
        if body:
            return body
    return ()


def similarities(texts: list[str], analyzer: str = "word"):
    """Cosine similarity matrix of TF-IDF vectors: cheap sentence vectors that need no model weights.

    ``char_wb`` n-grams suit Hindi, whose inflected words share stems but rarely whole tokens.
    """
    from sklearn.feature_extraction.text import TfidfVectorizer

    ngrams = (2, 4) if analyzer == "char_wb" else (1, 2)
    vectors = TfidfVectorizer(analyzer=analyzer, ngram_range=ngrams, sublinear_tf=True).fit_transform(texts)
    return (vectors @ vectors.T).toarray()  # rows are L2-normalised, so this is the cosine

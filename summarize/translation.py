"""Translate stage: every sentence of one or many articles to English, in one call to the translator.

One call for all the sentences lets the backend batch them by length across paragraphs and, in a
batch run, across articles: fuller batches of similar length waste less on padding. Sentences longer
than the model accepts are cut at clause boundaries, translated in parts and rejoined, and the
sentence notes it: nothing is ever truncated.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from summarize.document import Article, Paragraph, Sentence
from summarize.errors import ModelError
from summarize.splitting import split_clauses
from summarize.translators import Translator


def translate(article: Article, translator: Translator) -> Article:
    """Return the article with ``english`` filled in for every sentence."""
    return translate_articles([article], translator)[0]


def translate_articles(articles: Sequence[Article], translator: Translator) -> list[Article]:
    """Return the articles with ``english`` filled in for every sentence, translated in one call."""
    # A paragraph in another script than the article's ("foreign": an English tweet in a Hindi story)
    # would be garbled by a translator made for the article's language: it stands as its own English.
    sentences = [s for a in articles for p in a.paragraphs if p.kind != "foreign" for s in p.sentences]
    parts = [
        split_clauses(s.source, lambda text: not translator.too_long(text))
        if translator.too_long(s.source)
        else [s.source]
        for s in sentences
    ]
    flat = [part for sentence_parts in parts for part in sentence_parts]
    english = translator.translate(flat) if flat else []
    if len(english) != len(flat):
        raise ModelError(f"the translator returned {len(english)} sentences for {len(flat)}: a backend bug")

    done = iter(english)
    translated = {}
    for sentence, sentence_parts in zip(sentences, parts, strict=True):
        text = " ".join(next(done) for _ in sentence_parts)
        notes = (f"split into {len(sentence_parts)} parts for length",) if len(sentence_parts) > 1 else ()
        translated[id(sentence)] = replace(sentence, english=text, notes=sentence.notes + notes)
    return [
        replace(
            article,
            paragraphs=tuple(
                Paragraph(p.id, p.kind, tuple(translated.get(id(s)) or _as_is(s) for s in p.sentences))
                for p in article.paragraphs
            ),
        )
        for article in articles
    ]


def _as_is(sentence: Sentence) -> Sentence:
    return replace(
        sentence, english=sentence.source, notes=(*sentence.notes, "in another script: not translated")
    )

"""Translate stage: every sentence of an article to English, in one call to the translator.

One call for the whole article lets the backend batch sentences by length across paragraphs.
Sentences longer than the model accepts are cut at clause boundaries, translated in parts and
rejoined, and the sentence notes it: nothing is ever truncated.
"""

from __future__ import annotations

from dataclasses import replace

from summarize.document import Article, Paragraph
from summarize.errors import ModelError
from summarize.splitting import split_clauses
from summarize.translators import Translator


def translate(article: Article, translator: Translator) -> Article:
    """Return the article with ``english`` filled in for every sentence."""
    sentences = article.sentences
    parts = [
        split_clauses(s.source, lambda text: not translator.too_long(text))
        if translator.too_long(s.source)
        else [s.source]
        for s in sentences
    ]
    flat = [part for sentence_parts in parts for part in sentence_parts]
    english = translator.translate(flat)
    if len(english) != len(flat):
        raise ModelError(f"the translator returned {len(english)} sentences for {len(flat)}: a backend bug")

    done = iter(english)
    translated = {}
    for sentence, sentence_parts in zip(sentences, parts, strict=True):
        text = " ".join(next(done) for _ in sentence_parts)
        notes = (f"split into {len(sentence_parts)} parts for length",) if len(sentence_parts) > 1 else ()
        translated[sentence.id] = replace(sentence, english=text, notes=sentence.notes + notes)
    paragraphs = tuple(
        Paragraph(p.id, p.kind, tuple(translated[s.id] for s in p.sentences)) for p in article.paragraphs
    )
    return replace(article, paragraphs=paragraphs)

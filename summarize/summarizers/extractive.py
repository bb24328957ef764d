"""Extractive summaries: the article's most central sentences, favouring the lead, in article order.

Centrality is PageRank over the sentence-similarity graph (TextRank); news puts the essentials first
(the inverted pyramid), so a position prior is mixed in. Picked sentences are quoted, not rewritten:
each summary point is a source sentence and its own translation, exactly as in the full text. A
sentence that nearly repeats one already picked is passed over, so a point is never said twice; only
the story's own sentences are candidates (``body_sentences``), never the headline, headings or captions.
"""

from __future__ import annotations

import unicodedata

import numpy as np
from sklearn.feature_extraction.text import CountVectorizer

from summarize.document import Article, ModelInfo, Summary, SummaryPoint
from summarize.options import Options
from summarize.summarizers import body_sentences, similarities

# Share of the score given to position (1 for the first sentence, falling linearly to 0).
LEAD_WEIGHT = 0.35
DAMPING = 0.85
# Only the first this many sentences are candidates. The similarity graph is dense (char n-grams link
# nearly every pair of sentences, so a sparse product would not be sparse), so its memory and time grow
# with the square of the sentences: 1,000 take 8 MB and a fraction of a second, while 200,000 would
# take 300 GB. A news article is a few dozen sentences; past a thousand the input is a dump, whose
# summary-worthy sentences a lead prior would favour anyway, so its start is ranked and the rest not.
MAX_CANDIDATES = 1_000
# Cosine similarity (char n-gram TF-IDF) at or above which two sentences say the same thing: the same
# sentence printed twice, or reworded by a word or two.
DUPLICATE = 0.8
# Share of their words (Jaccard) at or above which two sentences make one point.
SAME_WORDS = 0.5


class ExtractiveSummarizer:
    model = ModelInfo(id="extractive", family="extractive")

    def __init__(self, options: Options):
        self.count = options.sentences

    def summarize(self, article: Article) -> Summary:
        candidates = body_sentences(article)[:MAX_CANDIDATES]
        texts = [s.source for s in candidates]
        similarity = _similarity(texts)
        chosen = sorted(pick(score(similarity), _repeats(texts, similarity), self.count))
        points = tuple(SummaryPoint(candidates[i].english or "", (candidates[i].id,)) for i in chosen)
        return Summary(points=points, model=self.model)


def rank(texts: list[str]) -> np.ndarray:
    """Score sentences by centrality and position; higher is more summary-worthy."""
    return score(_similarity(texts))


def score(similarity: np.ndarray) -> np.ndarray:
    """Scores from a sentence-similarity matrix (sentences in article order)."""
    n = len(similarity)
    if n < 2:
        return np.ones(n)
    similarity = similarity.copy()
    np.fill_diagonal(similarity, 0.0)
    # Row-normalise into a transition matrix; a sentence similar to none links to all equally.
    sums = similarity.sum(axis=1, keepdims=True)
    transition = np.where(sums > 0, similarity / np.where(sums > 0, sums, 1), 1.0 / n)
    centrality = np.full(n, 1.0 / n)
    for _ in range(100):
        updated = (1 - DAMPING) / n + DAMPING * transition.T @ centrality
        if np.abs(updated - centrality).sum() < 1e-9:
            break
        centrality = updated
    lead = 1.0 - np.arange(n) / n
    return (1 - LEAD_WEIGHT) * centrality / centrality.max() + LEAD_WEIGHT * lead


def pick(scores: np.ndarray, repeats: np.ndarray, count: int) -> list[int]:
    """The ``count`` best-scored sentences, best first, passing over repeats of those picked."""
    chosen: list[int] = []
    for i in np.argsort(-scores, kind="stable"):
        if len(chosen) == count:
            break
        if not any(repeats[i, j] for j in chosen):
            chosen.append(int(i))
    return chosen


def _repeats(texts: list[str], similarity: np.ndarray) -> np.ndarray:
    """Which pairs of sentences say the same thing: nearly the same characters, or half their words
    shared (a point told again in other words around it: "X ने सभी से सुबह 11 बजे शामिल होने को कहा")."""
    if len(texts) < 2:
        return np.zeros((len(texts), len(texts)), dtype=bool)
    present = CountVectorizer(binary=True, analyzer=_words).fit_transform(texts)
    both = (present @ present.T).toarray()
    sizes = np.asarray(present.sum(axis=1)).ravel()
    either = sizes[:, None] + sizes[None, :] - both
    shared = np.divide(both, either, out=np.zeros(both.shape), where=either > 0)
    return (similarity >= DUPLICATE) | (shared >= SAME_WORDS)


def _words(text: str) -> list[str]:
    """A sentence's words without the punctuation around them: "मुहर....." and "मुहर" are one word."""
    words = ("".join(c for c in word if unicodedata.category(c)[0] not in "PS") for word in text.split())
    return [word.casefold() for word in words if word]


def _similarity(texts: list[str]) -> np.ndarray:
    if len(texts) < 2:  # nothing to compare; TF-IDF of one text of stop characters would fail
        return np.ones((len(texts), len(texts)))
    return similarities(texts, analyzer="char_wb")

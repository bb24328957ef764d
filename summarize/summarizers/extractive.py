"""Extractive summaries: the article's most central sentences, favouring the lead, in article order.

Centrality is PageRank over the sentence-similarity graph (TextRank); news puts the essentials first
(the inverted pyramid), so a position prior is mixed in. Picked sentences are quoted, not rewritten:
each summary point is a source sentence and its own translation, exactly as in the full text.
"""

from __future__ import annotations

import numpy as np

from summarize.document import Article, ModelInfo, Summary, SummaryPoint
from summarize.options import Options
from summarize.summarizers import body_sentences, similarities

# Share of the score given to position (1 for the first sentence, falling linearly to 0).
LEAD_WEIGHT = 0.35
DAMPING = 0.85


class ExtractiveSummarizer:
    model = ModelInfo(id="extractive", family="extractive")

    def __init__(self, options: Options):
        self.count = options.sentences

    def summarize(self, article: Article) -> Summary:
        candidates = body_sentences(article)
        scores = rank([s.source for s in candidates])
        chosen = sorted(np.argsort(-scores, kind="stable")[: self.count])
        points = tuple(SummaryPoint(candidates[i].english or "", (candidates[i].id,)) for i in chosen)
        return Summary(points=points, model=self.model)


def rank(texts: list[str]) -> np.ndarray:
    """Score sentences by centrality and position; higher is more summary-worthy."""
    n = len(texts)
    if n < 2:
        return np.ones(n)
    similarity = similarities(texts, analyzer="char_wb")
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

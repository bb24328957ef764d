"""Abstractive summaries with any Hugging Face seq2seq summarizer (BART, PEGASUS, T5 families).

The model reads the English translation. An article longer than the model's input is summarized
chunk by chunk (chunks end at sentence boundaries) and the partial summaries are summarized again
until one remains: the whole article is always read, never silently truncated. Each summary sentence
is then linked to the article sentence it is closest to, so the brief can show the Hindi beside it.
"""

from __future__ import annotations

from pathlib import Path

import numpy as np

from summarize.document import Article, Summary, SummaryPoint
from summarize.engines.seq2seq import Seq2SeqModel
from summarize.options import Options
from summarize.splitting import split_clauses, split_sentences
from summarize.summarizers import body_sentences, similarities

# T5 checkpoints are trained with a task prefix; the others ignore such a prefix at their cost.
T5_PREFIX = "summarize: "
# Each partial summary may use at most this share of its chunk, so every round shrinks the text.
SUMMARY_SHARE = 4
MAX_ROUNDS = 4


class AbstractiveSummarizer:
    def __init__(self, path: Path, options: Options):
        self.options = options
        self.seq2seq = Seq2SeqModel(path, options.summarizer, options.device)
        self.model = self.seq2seq.info
        self.prefix = T5_PREFIX if self.model.family in ("t5", "mt5") else ""

    def fits(self, text: str) -> bool:
        return self.seq2seq.count_tokens(self.prefix + text) <= self.seq2seq.max_tokens

    def summarize(self, article: Article) -> Summary:
        sentences = body_sentences(article)
        texts = [s.english or "" for s in sentences]
        chunks = self.chunk(texts)
        notes = (f"article read in {len(chunks)} chunks",) if len(chunks) > 1 else ()
        for _ in range(MAX_ROUNDS):
            summaries = self.seq2seq.generate(
                [self.prefix + c for c in chunks],
                self.options.batch_size,
                longest=max(16, self.seq2seq.max_tokens // SUMMARY_SHARE),
                num_beams=self.options.beams,
            )
            if len(summaries) == 1:
                break
            chunks = self.chunk(summaries)
        lines = [s for summary in summaries for s in split_sentences(summary, "en")]
        return Summary(points=tuple(_attribute(lines, sentences, texts)), model=self.model, notes=notes)

    def chunk(self, texts: list[str]) -> list[str]:
        """Pack consecutive texts into as few model inputs as fit; a text too long alone is cut."""
        chunks: list[str] = []
        for text in texts:
            for part in split_clauses(text, self.fits) if not self.fits(text) else [text]:
                if chunks and self.fits(f"{chunks[-1]} {part}"):
                    chunks[-1] = f"{chunks[-1]} {part}"
                else:
                    chunks.append(part)
        return chunks


def _attribute(lines, sentences, texts):
    """Link each summary line to its most similar article sentence (by TF-IDF over the English)."""
    if not lines:
        return
    similarity = similarities(lines + texts)[: len(lines), len(lines) :]
    for line, row in zip(lines, similarity, strict=True):
        best = int(np.argmax(row))
        yield SummaryPoint(line, (sentences[best].id,) if row[best] > 0 else ())

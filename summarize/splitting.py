"""Split stage: paragraphs into sentences, with ids that follow a sentence into every output format.

The sentence splitter is indic-nlp-library's, made for Indic scripts (। ॥ ? ! and the full stop that
modern Hindi news uses, with numbers such as 2.5 and 15.01.2022 left whole). What it gets wrong is
handled around it: abbreviations (डॉ., श्री., Dr.), ellipses and full stops inside parentheses are
hidden from it (it would split after an abbreviation or inside a parenthesised English gloss, and
space out an ellipsis), and its stray whitespace is trimmed.
Sentences too long for a translation model are cut at clause boundaries by ``split_clauses``, and a
word too long alone (a URL, a run of text without spaces) between its characters.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable

from indicnlp.tokenize.sentence_tokenize import sentence_split

from summarize.document import Article, Cleaned, Paragraph, Sentence

# Words written with a full stop that does not end a sentence: Hindi and English titles and common
# abbreviations, and single capital letters (initials such as "A. K. Singh").
ABBREVIATIONS = (
    "डॉ|डा|श्री|श्रीमती|सुश्री|कु|प्रो|स्व|पं|मो|ले|ई|सं|वि|क्र|रु|"
    "Dr|Mr|Mrs|Ms|Prof|Sr|Jr|St|Lt|Col|Gen|Capt|Sgt|No|Rs|vs|etc|[A-Z]"
)
_ABBREVIATION_DOT = re.compile(rf"(?<![\w.])({ABBREVIATIONS})\.(?=\s|$)")
_ELLIPSIS = re.compile(r"\.{2,}")
# A sentence does not end inside parentheses: an English gloss such as "(Asim Arun took VRS. He
# joined the BJP)" stays inside its sentence, and so reaches the translator whole.
_PARENTHESIS = re.compile(r"\([^()\n]{1,300}\)")
# Stands in for an abbreviation's full stop while the splitter runs: a character it never splits at.
_HIDDEN_DOT = "\u2024"

# ISO 639-1 codes that indic-nlp expects, from the FLORES-200 codes the tool uses.
_INDICNLP_LANG = {
    "hin": "hi", "mar": "mr", "ben": "bn", "guj": "gu", "pan": "pa", "ory": "or", "asm": "as",
    "tam": "ta", "tel": "te", "kan": "kn", "mal": "ml", "npi": "ne", "san": "sa", "kas": "ks",
    "mai": "mai", "kok": "kK", "snd": "sd", "urd": "ur", "eng": "en",
}  # fmt: skip

# Where a long sentence may be cut: after a clause-ending mark, or before a conjunction that opens
# a new clause (और "and", लेकिन/परंतु/मगर "but", कि "that", क्योंकि "because", जबकि "whereas").
# ``(?<!\s)`` starts the second alternative at a run of spaces' first only: tried from every space
# of a long run, it was quadratic.
_CLAUSE_BREAK = re.compile(r"(?<=[,;:])\s+|(?<!\s)\s+(?=(?:और|लेकिन|परंतु|मगर|कि|क्योंकि|जबकि|तथा|एवं)\s)")


# Unicode's canonical combining class of viramas (Devanagari ्), and the zero-width (non-)joiner.
_VIRAMA_CLASS = 9
_JOINERS = "\u200c\u200d"


def split(cleaned: Cleaned, lang: str = "hin_Deva") -> Article:
    """Turn the cleaned blocks into numbered paragraphs of sentences; headings stay one sentence each."""
    code = _INDICNLP_LANG.get(lang.split("_")[0], "hi")
    paragraphs = []
    for number, block in enumerate(cleaned.blocks, start=1):
        texts = [block.text] if block.kind != "text" else split_sentences(block.text, code)
        sentences = tuple(Sentence(f"p{number}.s{i}", text) for i, text in enumerate(texts, start=1))
        paragraphs.append(Paragraph(f"p{number}", block.kind, sentences))
    return Article(cleaned.source, cleaned.metadata, tuple(paragraphs), cleaned.dropped)


def split_sentences(text: str, lang: str = "hi") -> list[str]:
    """Split one paragraph into sentences, keeping every character but the whitespace between them."""
    hidden = _ABBREVIATION_DOT.sub(lambda m: m.group(1) + _HIDDEN_DOT, text)
    hidden = _ELLIPSIS.sub(lambda m: _HIDDEN_DOT * len(m.group()), hidden)
    hidden = _PARENTHESIS.sub(lambda m: m.group().replace(".", _HIDDEN_DOT), hidden)
    pieces = (s.strip().replace(_HIDDEN_DOT, ".") for s in sentence_split(hidden, lang=lang))
    return [p for p in pieces if p]


def split_clauses(sentence: str, fits: Callable[[str], bool]) -> list[str]:
    """Cut a sentence that does not ``fit`` into consecutive parts that do, at clause boundaries.

    Parts are greedy runs of clauses; a single clause that still does not fit is cut between words,
    and a single word that does not fit between its characters (``cut_word``). The text is never
    truncated or changed: the parts are the sentence's words in order, a space apart except where a
    word was cut. Every part fits unless a single grapheme does not.
    """
    parts: list[str] = []
    for clause in _CLAUSE_BREAK.split(sentence):
        units = [clause] if fits(clause) else clause.split()
        for unit in filter(None, units):
            if parts and fits(f"{parts[-1]} {unit}"):
                parts[-1] = f"{parts[-1]} {unit}"
            elif fits(unit):
                parts.append(unit)
            else:
                parts += cut_word(unit, fits)
    return parts


def cut_word(word: str, fits: Callable[[str], bool]) -> list[str]:
    """Cut a word into consecutive pieces as long as ``fits`` allows, never inside a grapheme.

    Each piece is the longest that fits (at least one grapheme), found by galloping then bisecting,
    so that a long word costs ``fits`` calls on short pieces only.
    """
    ends = [i for i in range(1, len(word)) if _can_cut(word, i)] + [len(word)]
    pieces: list[str] = []
    start, first = 0, 0  # where the next piece starts, and the index in ``ends`` of its shortest end
    while first < len(ends):
        last = _last_true(lambda j, start=start: fits(word[start : ends[j]]), first, len(ends))
        pieces.append(word[start : ends[last]])
        start, first = ends[last], last + 1
    return pieces


def _last_true(test: Callable[[int], bool], low: int, high: int) -> int:
    """The largest ``j`` in ``[low, high)`` with ``test(j)``, for a test true up to a point; else ``low``."""
    good, step = low, 1
    while good + step < high and test(good + step):
        good, step = good + step, step * 2
    bad = min(good + step, high)
    while bad - good > 1:
        middle = (good + bad) // 2
        good, bad = (middle, bad) if test(middle) else (good, middle)
    return good


def _can_cut(text: str, i: int) -> bool:
    """Whether ``text`` may be cut before ``text[i]``: not before a mark (a vowel sign, a nukta, a
    virama), not after a virama (which joins consonants into one conjunct) or beside a joiner."""
    before, after = text[i - 1], text[i]
    return not (
        unicodedata.category(after).startswith("M")
        or unicodedata.combining(before) == _VIRAMA_CLASS
        or after in _JOINERS
        or before in _JOINERS
    )

"""Split stage: paragraphs into sentences, with ids that follow a sentence into every output format.

Sentences end at । ॥ ? ! the Urdu full stop ۔ and the full stop, which modern Hindi news uses beside
the danda (often in the same paragraph). A full stop does not end a sentence after an abbreviation
(डॉ., श्री., Dr.) or an initial (A.K., एस.के.), inside a number (2.5, 15.01.2022), or in an ellipsis
but after the verb that closes a sentence ("... बाधित है… यह ..."), and no sentence ends inside
parentheses. A closing quote or bracket after the mark stays with the
sentence it closes, and a run of marks (``। ।।``) ends one sentence and never makes one. Every
sentence is a slice of its paragraph, character for character: the brief quotes the source verbatim.
Sentences too long for a translation model are cut at clause boundaries by ``split_clauses``, and a
word too long alone (a URL, a run of text without spaces) between its characters.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable

from summarize.document import Article, Cleaned, Paragraph, Sentence

# Words written with a full stop that does not end a sentence: Hindi and English titles and common
# abbreviations, and single capital letters (initials such as "A. K. Singh" or "A.K. Singh").
ABBREVIATIONS = (
    "डॉ|डा|श्री|श्रीमती|सुश्री|कु|प्रो|स्व|पं|मो|मा|ले|ई|सं|स|वि|क्र|रु|रू|नं|क्रं|जि|ग्रा|पो|उ|अं|चौ|"
    "Dr|Mr|Mrs|Ms|Prof|Sr|Jr|St|Lt|Col|Gen|Capt|Sgt|No|Rs|vs|etc|[A-Z]"
)
# Not after a letter or a Devanagari sign: the ई of हुई. is a word's end, not an abbreviation.
_LETTER_BEFORE = r"(?<![\w\u0900-\u0963\u0966-\u097f])"
_ABBREVIATION_DOT = re.compile(rf"{_LETTER_BEFORE}(?:{ABBREVIATIONS})(?P<dot>\.)(?=\s|$)")
# An abbreviation just before a glued full stop ("डॉ.राम"): the dot is its own.
_ABBREVIATED_WORD = re.compile(rf"{_LETTER_BEFORE}(?:{ABBREVIATIONS})\Z")
# A title typed with a danda for its full stop, before the name ("प्रो। सुप्रतिक बनर्जी", on a page that
# turned every full stop into a danda): the danda ends no sentence.
_TITLE_DANDA = re.compile(rf"{_LETTER_BEFORE}(?:डॉ|डा|प्रो|पं|स्व|सुश्री)(?P<dot>।)(?=\s?[\u0905-\u0939])")
# English letters' names in Devanagari, as initials are written: "एस.के. शर्मा", "पी. चिदंबरम".
LETTER_NAMES = (
    *("ए", "बी", "सी", "डी", "ई", "एफ", "जी", "एच", "आई", "जे", "के", "एल", "एम", "एन", "ओ", "पी"),
    *("क्यू", "आर", "एस", "टी", "यू", "वी", "डब्ल्यू", "एक्स", "वाई", "जेड", "ज़ेड"),
)
_LETTER_NAMES = "|".join(sorted(LETTER_NAMES, key=len, reverse=True))
# Two or more initials in a row; each repetition takes a name and its dot, so nothing overlaps.
_INITIALS = re.compile(rf"{_LETTER_BEFORE}(?:(?:{_LETTER_NAMES})\.\s?){{2,}}")
# One initial before a name ("एन. बीरेन सिंह"): a letter's name that is no Hindi word ending a sentence
# (not के, जी, पी, ए, ई, ओ, यू, which are words too).
_INITIAL = re.compile(
    rf"{_LETTER_BEFORE}(?:एन|एम|एस|आर|बी|डी|एफ|एच|जे|एल|क्यू|टी|वी|डब्ल्यू|एक्स|वाई|जेड|सी)(?P<dot>\.)\s(?=[\u0900-\u097f])"
)
# Any letter's name with its dot before a second letter's name is an initial: "ओ. पी कायस्थ", "के. पी. सिंह".
_INITIAL_PAIR = re.compile(
    rf"{_LETTER_BEFORE}(?:{_LETTER_NAMES})(?P<dot>\.)\s(?=(?:{_LETTER_NAMES})(?:\.|\s))"
)
# Initials glued by their dot, a letter's name or a bare consonant each: "एस.पी इंटैलीजैन्स", "म.प्र कांग्रेस"
# (a word with a vowel sign before the dot may be a verb ending its sentence: "था.वे").
_GLUED_INITIALS = re.compile(
    rf"{_LETTER_BEFORE}(?:{_LETTER_NAMES}|[\u0915-\u0939]\u093c?)(?P<dot>\.)"
    rf"(?:{_LETTER_NAMES}|[\u0915-\u0939]\u093c?(?:\u094d[\u0915-\u0939])?)(?![\u0900-\u097f])"
)
# A sentence does not end inside parentheses: an English gloss such as "(Asim Arun took VRS. He
# joined the BJP)" stays inside its sentence, and so reaches the translator whole.
_PARENTHESIS = re.compile(r"\([^()\n]{1,300}\)")
# A run of end marks, then the quotes, brackets and emphasis stars ("...है।*") it closes.
_END = re.compile(r"(?P<marks>[।॥۔?!.|…]+)[\"'”’»)\]*]*")
# An ellipsis ends a sentence after the verb that closes one ("... बाधित है… यह मार्ग ..."); after any other
# word the sentence goes on ("विकास… और"), or a teaser trails off.
ELLIPSIS_VERB_CHARS = 12  # (the longest verb looked for, with room)
_VERB_BEFORE_ELLIPSIS = re.compile(
    r"(?<![\u0900-\u097f])(?:है|हैं|था|थी|थे|गया|गई|गयी|गए|गये|रहा|रही|रहे|हुआ|हुई|हुए|किया|दिया|लिया|सकता|सकती|सकते)\Z"
)
# A bar typed for the danda ("राहत की साँस ली| क्योंकि"): after a Devanagari letter or sign, before a space.
_BAR = "|"
# Marks that end a sentence even with no space after them.
_HARD_ENDS = set("।॥۔?!")
# A full stop glued to the next word ends a sentence between a Hindi word and a letter ("करायी.चैंपियनशिप",
# "था.Mathura"); after a Latin letter or a digit it is part of an address or a number (www.x.in, 2.5).
_GLUED_END = re.compile(r"[\u0900-\u0963\u0966-\u097f]\.[^\W\d_]")
# Single syllables each with its dot, two or more in a row, are a short form ("शि.वा.ब्यूरो"); one
# syllable alone before a glued dot may be a verb ending its sentence ("था.Mathura").
_SHORT_FORM = re.compile(r"(?<![\u0900-\u097f])(?:[\u0905-\u0939][\u093e-\u094d\u0902\u0901]?\.){2,}")


def _in_short_form(text: str, dot: int) -> bool:
    window = max(0, dot - 12)
    return any(m.start() <= dot < m.end() for m in _SHORT_FORM.finditer(text, window, dot + 8))


# A list's number ("- 1. अजमेर 2. अलवर"): a full stop after a one- or two-digit number standing alone.
_LIST_NUMBER = re.compile(r"(?<!\S)\d{1,2}(?P<dot>\.)\s")

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
    paragraphs = []
    for number, block in enumerate(cleaned.blocks, start=1):
        prose = block.kind in ("text", "foreign")
        texts = split_sentences(block.text, lang.split("_")[0]) if prose else [block.text]
        sentences = tuple(Sentence(f"p{number}.s{i}", text) for i, text in enumerate(texts, start=1))
        paragraphs.append(Paragraph(f"p{number}", block.kind, sentences))
    return Article(cleaned.source, cleaned.metadata, tuple(paragraphs), cleaned.dropped)


def split_sentences(text: str, lang: str = "hi") -> list[str]:
    """Split one paragraph into sentences, each a slice of ``text`` without its surrounding spaces.

    The marks are those of every language the tool reads, so ``lang`` (an ISO 639-1 code) does not
    change them; it is kept so that callers may say what they split.
    """
    protected = _protected(text)
    spans: list[list[int]] = []  # [start, end) of each sentence so far
    start = 0
    for end in _END.finditer(text):
        if not _is_end(text, end, protected):
            continue
        if any(c.isalnum() for c in text[start : end.end()]) or not spans:
            spans.append([start, end.end()])
        else:  # marks alone (a stray "। ।।"): they end the sentence before, never make one
            spans[-1][1] = end.end()
        start = end.end()
    spans.append([start, len(text)])
    # A list's bullet before a sentence ("★ अब तक ...", "• ...") is no part of it, nor are HTML tags a
    # crawl left around it ("<p>लखनऊ में ...।</p>"); tags alone make no sentence.
    pieces = (_untagged(_BULLET.sub("", text[a:b].strip(), count=1)) for a, b in spans)
    return [p for p in pieces if p]


_TAG_FIRST = re.compile(r"</?[a-zA-Z][^<>\n]{0,80}>")
_TAG_LAST = re.compile(r"</?[a-zA-Z][^<>\n]{0,80}>\Z")


def _untagged(piece: str) -> str:
    """A sentence without the HTML tags before and after it (one tag at a time: no backtracking)."""
    while tag := _TAG_FIRST.match(piece):
        piece = piece[tag.end() :].lstrip()
    while piece.endswith(">") and (tag := _TAG_LAST.search(piece, max(0, len(piece) - 90))):
        piece = piece[: tag.start()].rstrip()
    return piece


# Marks that open a list's item.
BULLETS = "★☆•●▪■◾►▶◆◇✓✔➤➢✦❖"
_BULLET = re.compile(rf"\A[{BULLETS}]+\s*(?=\S)")


def _protected(text: str) -> set[int]:
    """Positions of full stops that end no sentence (in abbreviations, initials and parentheses), and of
    dandas typed for a title's full stop."""
    dots = {m.start("dot") for m in _ABBREVIATION_DOT.finditer(text)}
    dots.update(m.start("dot") for m in _LIST_NUMBER.finditer(text))
    dots.update(m.start("dot") for m in _INITIAL.finditer(text))
    dots.update(m.start("dot") for m in _TITLE_DANDA.finditer(text))
    dots.update(m.start("dot") for m in _INITIAL_PAIR.finditer(text))
    dots.update(m.start("dot") for m in _GLUED_INITIALS.finditer(text))
    for pattern in (_INITIALS, _PARENTHESIS):
        for m in pattern.finditer(text):
            dots.update(i for i in range(m.start(), m.end()) if text[i] in ".?!।")
    return dots


def _is_end(text: str, end: re.Match[str], protected: set[int]) -> bool:
    """Whether a run of marks (and the quotes it closes) ends a sentence."""
    marks, after = end["marks"], end.end()
    followed = after == len(text) or text[after].isspace()
    if set(marks) <= {".", "…"} and ("…" in marks or len(marks) > 2):  # an ellipsis
        if "…" in marks and marks.endswith(".") and followed:
            return True  # a full stop typed after it: "... मचा हड़कंप…."
        verb = _VERB_BEFORE_ELLIPSIS.search(text, max(0, end.start() - ELLIPSIS_VERB_CHARS), end.start())
        return after == len(text) or bool(verb)
    if _BAR in marks:
        # glued to a Hindi word ("ली| क्योंकि"), or between spaces after one ("बैठक हुई | अधिकारियों"),
        # or spaced from it and glued to the next ("सुनवाई होगी |यह आदेश")
        before = text[: end.start()].rstrip(" ")
        spaced = before != text[: end.start()] and after < len(text) and "\u0905" <= text[after] <= "\u0939"
        return marks == _BAR and (followed or spaced) and bool(before) and "\u0900" <= before[-1] <= "\u097f"
    if set(marks) & _HARD_ENDS:
        return not all(i in protected for i in range(end.start(), end.start() + len(marks)))
    # Full stops alone: one that is an abbreviation's or inside parentheses, or an ellipsis
    # (two or more) before more of the sentence, ends nothing.
    if end.start() in protected:
        return False
    if not followed:
        glued = _GLUED_END.match(text, end.start() - 1)
        return (
            len(marks) == 1
            and glued is not None
            and not _ABBREVIATED_WORD.search(text, max(0, end.start() - 12), end.start())
            and not _in_short_form(text, end.start())
        )
    # Two full stops after a Hindi word are a sentence's end typed twice ("आ रही थी.. बहेरिया"); three or
    # more are an ellipsis that goes on.
    doubled = len(marks) == 2 and "\u0900" <= text[end.start() - 1] <= "\u097f"
    return len(marks) == 1 or doubled or after == len(text)


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

"""A small learned line classifier: how likely a line of a news page is furniture rather than story.

The shape rules in ``summarize.boilerplate`` name what a line is from words sites use; this model
scores what they miss from cheap features of the line and its neighbours (length, scripts, digits,
how it ends, where it sits, a date, an address or a handle, whether it repeats, a few interface
words; in a short line, its known places, a person's or a paper's name, how many of its words the
page's prose shares, its longest word), so that it carries over to sites it has never seen. It is a
logistic regression fitted by ``models/train_line_classifier.py`` on the annotated dev pages of
``tests/data/news`` and shipped as plain weights in ``line_classifier.json`` (numbers only: loading it
runs no code). The clean stage drops a line on its score only where the rules left it undecided and
the line cannot be a sentence of the story (see ``summarize.cleaning``).
"""

from __future__ import annotations

import json
import math
import re
import unicodedata
from collections import Counter
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

from summarize import boilerplate as bp
from summarize.dates import find_date, parse_date

# Words of a page's interface (navigation, prompts, labels) in Hindi and English, compared in NFC
# lower case without nuktas: one feature counts them, and the model weighs it against the rest.
_UI_WORDS = (
    *("news", "latest", "top", "home", "read", "more", "share", "comment", "comments", "reply", "login"),
    *("loading", "logo", "author", "updated", "published", "modified", "date", "live", "video", "photo"),
    *("click", "follow", "join", "subscribe", "download", "app", "whatsapp", "telegram", "menu", "tags"),
    *("highlights", "trending", "breaking", "advertisement", "post", "leave", "editor", "desk", "by"),
    *("न्यूज", "खबरें", "ख़बरें", "खबर", "ताजा", "ताज़ा", "नयी", "नई", "टॉप", "हाइलाइट्स", "लाइव", "वीडियो"),
    *("फोटो", "पढ़ें", "पढ़े", "क्लिक", "शेयर", "फॉलो", "जुड़ें", "देखें", "देखिए", "अपडेट", "लेखक", "संवाददाता"),
)
_URL = re.compile(r"https?://|www\.|\.com\b|\.in\b|[@#]\w")
# The finite verb a Hindi sentence ends in (before its mark); furniture rarely has one.
_VERB_END = re.compile(
    r"(?:है|हैं|था|थी|थे|गया|गई|गए|गये|दिया|किया|हुआ|हुई|हुए|रहा|रही|रहे|सका|सकी|लिया|होगा|होगी|होंगे|गा|गी|गे)\W*$"
)
_SENTENCE_MARKS = "।॥.?!"
# Feature names, in the order ``features`` returns them and the weights file lists them.
FEATURES = (
    "log_chars",
    "log_words",
    "latin_share",
    "devanagari_share",
    "digit_share",
    "ends_sentence",
    "ends_colon",
    "ends_ellipsis",
    "sentence_marks",
    "verb_end",
    "position",
    "first_line",
    "last_line",
    "has_date",
    "has_address",
    "repeats",
    "ui_words",
    "separators",
    "previous_log_words",
    "next_log_words",
    "next_ends_sentence",
    "place_words",
    "person_name",
    "paper_name",
    "story_words",
    "log_longest_word",
)
# The longest line whose features are read in full: past this a line is story (and a regular
# expression's or a date parser's cost stays bounded).
FEATURE_MAX_CHARS = 300


def _key(text: str) -> str:
    without_nukta = unicodedata.normalize("NFD", text.casefold()).replace("\u093c", "")
    return unicodedata.normalize("NFC", without_nukta)


_UI = {_key(word) for word in _UI_WORDS}
_WORD = re.compile(r"\w+")


def _words(line: str) -> list[str]:
    return [w for w in line.split() if any(c.isalnum() for c in w)]


def page_features(lines: list[str]) -> list[list[float]]:
    """The features of each of a page's non-blank lines, in ``FEATURES`` order (linear in the page)."""
    counts = Counter(lines)
    # The words of the page's prose: a short line of the story (a headline, a subheading) shares them,
    # another story's title or a site's tagline mostly does not.
    prose = {bp.name_key(w) for line in lines if len(line.split()) >= PROSE_MIN_WORDS for w in _words(line)}
    return [_features(lines, index, counts, prose) for index in range(len(lines))]


PROSE_MIN_WORDS = 15
SHORT_MAX_WORDS = 8  # a line this short may be a name, a place or a paper's name alone


def _features(lines: list[str], index: int, counts: Counter[str], prose: set[str]) -> list[float]:
    line = lines[index]
    own = _line_features(line)

    def log_words(i: int) -> float:
        return math.log1p(_line_features(lines[i]).words) if 0 <= i < len(lines) else 0.0

    return [
        *own.values[:_POSITION],
        index / max(1, len(lines) - 1),
        float(index == 0),
        float(index == len(lines) - 1),
        *own.values[_POSITION : _POSITION + 2],
        float(counts[line] > 1),
        *own.values[_POSITION + 2 :],
        log_words(index - 1),
        log_words(index + 1),
        float(index + 1 < len(lines) and _line_features(lines[index + 1]).ends_sentence),
        *own.traits,
        1.0 if own.words >= PROSE_MIN_WORDS else sum(k in prose for k in own.keys) / max(1, len(own.keys)),
        own.longest,
    ]


@dataclass(frozen=True)
class _Own:
    """The features a line has whatever page it is on."""

    values: tuple[float, ...]  # log_chars ... verb_end, has_date, has_address, ui_words, separators
    traits: tuple[float, float, float]  # place_words, person_name, paper_name
    keys: tuple[str, ...]  # its words' keys, in a line shorter than prose
    words: int
    ends_sentence: bool
    longest: float


LINE_CACHE = 4096
_POSITION = 10  # where the features of the line's place on its page come among ``_Own.values``


@lru_cache(maxsize=LINE_CACHE)
def _line_features(line: str) -> _Own:
    """A line's own features (cached: a page repeats its furniture, and a hostile file one line many
    times)."""
    head = line[:FEATURE_MAX_CHARS]
    words = _words(line)
    letters = [c for c in head if c.isalpha()]
    latin = sum(1 for c in letters if c.isascii())
    devanagari = sum(1 for c in letters if "\u0900" <= c <= "\u097f")
    digits = sum(1 for c in head if c.isdigit())
    visible = max(1, sum(1 for c in head if not c.isspace()))
    stripped = line.rstrip("\"'”’) ")
    tokens = [_key(w) for w in _WORD.findall(head)]
    short = len(line) <= FEATURE_MAX_CHARS
    ends_sentence = stripped.endswith(tuple(_SENTENCE_MARKS))
    values = (
        math.log1p(len(line)),
        math.log1p(len(words)),
        latin / max(1, len(letters)),
        devanagari / max(1, len(letters)),
        digits / visible,
        float(ends_sentence),
        float(stripped.endswith((":", ":-", "-"))),
        float(stripped.endswith(("...", "…"))),
        math.log1p(sum(line.count(mark) for mark in "।॥?!") + line.count(". ")),
        float(bool(_VERB_END.search(stripped.rstrip(_SENTENCE_MARKS + " |")))),
        float(short and (parse_date(line) is not None or find_date(line) is not None)),
        float(bool(_URL.search(head))),
        math.log1p(sum(token in _UI for token in tokens)),
        math.log1p(sum(head.count(c) for c in "|•·»›/=")),
    )
    # (a line of prose is the story's whatever its words: they are read in shorter lines alone)
    prose = len(words) >= PROSE_MIN_WORDS
    keys = () if prose else tuple(k for w in words if (k := bp.name_key(w.strip(",.।:;|-–—()"))))
    traits = (0.0, 0.0, 0.0)
    if len(words) <= SHORT_MAX_WORDS:
        bare = line.strip(" -–—|:।")
        traits = (
            sum(bp.is_place(k) for k in keys) / max(1, len(keys)),
            float(bp.is_name(line) and (bp.has_given_name(line) or bp.has_surname(line))),
            float(bool(bare) and bp.is_site_name(bare)),
        )
    longest = math.log1p(max((len(w) for w in words), default=0))
    return _Own(values, traits, keys, len(words), ends_sentence, longest)


@dataclass(frozen=True)
class LineModel:
    """A fitted logistic regression over standardized features."""

    means: tuple[float, ...]
    scales: tuple[float, ...]
    weights: tuple[float, ...]
    bias: float
    threshold: float  # the score above which the clean stage may drop a line

    def probabilities(self, lines: list[str]) -> list[float]:
        """For each of a page's non-blank lines, the probability that it is page furniture."""
        return [self._probability(values) for values in page_features(lines)]

    def _probability(self, values: list[float]) -> float:
        z = self.bias + sum(
            w * (v - m) / s for w, v, m, s in zip(self.weights, values, self.means, self.scales, strict=True)
        )
        return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))


def load(text: str | None = None) -> LineModel:
    """The shipped model (or one from a weights file's ``text``), checked against ``FEATURES``."""
    if text is None:
        text = resources.files("summarize").joinpath("line_classifier.json").read_text(encoding="utf-8")
    data = json.loads(text)
    if tuple(data["features"]) != FEATURES:
        raise ValueError("line_classifier.json has other features: run models/train_line_classifier.py")
    return LineModel(
        tuple(data["means"]), tuple(data["scales"]), tuple(data["weights"]), data["bias"], data["threshold"]
    )

"""A small learned line classifier: how likely a line of a news page is furniture rather than story.

The shape rules in ``summarize.boilerplate`` name what a line is from words sites use; this model
scores what they miss from cheap features of the line and its neighbours (length, scripts, digits,
how it ends, where it sits, a date, an address or a handle, whether it repeats, a few interface
words), so that it carries over to sites it has never seen. It is a logistic regression fitted by
``models/train_line_classifier.py`` on the annotated dev pages of ``tests/data/news`` and shipped as
plain weights in ``line_classifier.json`` (numbers only: loading it runs no code). The clean stage
drops a line on its score only where the rules left it undecided and the line cannot be a sentence
of the story (see ``summarize.cleaning``).
"""

from __future__ import annotations

import json
import math
import re
import unicodedata
from collections import Counter
from dataclasses import dataclass
from importlib import resources

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
    return [_features(lines, index, counts) for index in range(len(lines))]


def _features(lines: list[str], index: int, counts: Counter[str]) -> list[float]:
    line = lines[index]
    head = line[:FEATURE_MAX_CHARS]
    words = _words(line)
    letters = [c for c in head if c.isalpha()]
    latin = sum(1 for c in letters if c.isascii())
    devanagari = sum(1 for c in letters if "\u0900" <= c <= "\u097f")
    digits = sum(1 for c in head if c.isdigit())
    visible = max(1, sum(1 for c in head if not c.isspace()))
    stripped = line.rstrip("\"'”’) ")
    tokens = [_key(w) for w in _WORD.findall(head)]

    def log_words(i: int) -> float:
        return math.log1p(len(_words(lines[i]))) if 0 <= i < len(lines) else 0.0

    short = len(line) <= FEATURE_MAX_CHARS
    return [
        math.log1p(len(line)),
        math.log1p(len(words)),
        latin / max(1, len(letters)),
        devanagari / max(1, len(letters)),
        digits / visible,
        float(stripped.endswith(tuple(_SENTENCE_MARKS))),
        float(stripped.endswith((":", ":-", "-"))),
        float(stripped.endswith(("...", "…"))),
        math.log1p(sum(line.count(mark) for mark in "।॥?!") + line.count(". ")),
        float(bool(_VERB_END.search(stripped.rstrip(_SENTENCE_MARKS + " |")))),
        index / max(1, len(lines) - 1),
        float(index == 0),
        float(index == len(lines) - 1),
        float(short and (parse_date(line) is not None or find_date(line) is not None)),
        float(bool(_URL.search(head))),
        float(counts[line] > 1),
        math.log1p(sum(token in _UI for token in tokens)),
        math.log1p(sum(head.count(c) for c in "|•·»›/=")),
        log_words(index - 1),
        log_words(index + 1),
        float(index + 1 < len(lines) and lines[index + 1].rstrip("\"'”’) ").endswith(tuple(_SENTENCE_MARKS))),
    ]


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

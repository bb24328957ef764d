"""Hostile inputs through the text stages: read, clean, language check, split and summarize (no model).

Each input is at most a megabyte in the real world; here they are generated at a tenth of that, which
is plenty to show a stage that is quadratic (a 100 kB line took 17 s in the old caption-credit pattern)
while keeping the file fast. Every case must finish within ``BUDGET`` seconds.
"""

import random
import time
from dataclasses import replace

import pytest
import sklearn.feature_extraction.text  # noqa: F401  (loaded here: a second's import is no stage's time)
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from summarize.cleaning import clean
from summarize.document import Source
from summarize.errors import InputError
from summarize.language import article_language
from summarize.options import Options
from summarize.reading import read_sources
from summarize.splitting import split
from summarize.summarizers.extractive import ExtractiveSummarizer

SIZE = 100_000  # characters
# Seconds per input, read to summary: each takes about one on an idle machine; the slack is for a
# machine shared with other work, and still far below what a quadratic stage takes.
BUDGET = 8.0
_random = random.Random(7)
_DEVANAGARI = [chr(c) for c in range(0x0900, 0x0980)] + [" "] * 12

HOSTILE = {
    "one long line": "a" * SIZE,
    "one long Devanagari word": "कि" * (SIZE // 2),
    "short lines": "\n".join(f"वाक्य {i} है।" for i in range(SIZE // 10)),
    "one-letter lines": "x\n" * (SIZE // 2),
    "random Devanagari": "".join(_random.choice(_DEVANAGARI) for _ in range(SIZE)),
    "unclosed photo credits": "a (फोटो: " * (SIZE // 9),
    "photo credits without a closing parenthesis": "(photo:" * (SIZE // 7),
    "open parentheses": "(" * SIZE + "क",
    "abbreviations": "डॉ. " * (SIZE // 4),
    "bylines": "By " * (SIZE // 3),
    "colons": "कानपुर:" * (SIZE // 7),
    "spaces inside a sentence": "क" + " " * SIZE + "और ख",
    "date-like": "11 Jan 2022, " * (SIZE // 13),
    "read more": "। और पढ़ें" * (SIZE // 10),
    "many sentences": " ".join(f"पुलिस ने {i} बार बैठक की।" for i in range(SIZE // 25)),
}


def brief_without_model(source: Source):
    cleaned = clean(source)
    text = " ".join(block.text for block in cleaned.blocks)
    language = article_language(text, "hin_Deva", source.path) if text.strip() else "hin_Deva"
    article = split(cleaned, language)
    paragraphs = tuple(
        replace(p, sentences=tuple(replace(s, english=s.source) for s in p.sentences))
        for p in article.paragraphs
    )
    return ExtractiveSummarizer(Options()).summarize(replace(article, paragraphs=paragraphs))


@pytest.mark.parametrize("name", HOSTILE)
def test_hostile_articles_finish_in_seconds(tmp_path, name):
    path = tmp_path / "hostile.txt"
    path.write_text(HOSTILE[name], encoding="utf-8")
    start = time.perf_counter()
    (source,) = read_sources(str(path))
    try:
        brief_without_model(source)
    except InputError as error:  # no letters, say: a clear error is a fine outcome
        assert "\n" not in str(error)
    assert time.perf_counter() - start < BUDGET, name


# ---- generated JSON Lines: a Source or a one-line InputError, never anything else

_FIELDS = st.sampled_from(["text", "title", "url", "date", "id", "other"])
_VALUES = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats() | st.text(max_size=30),
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=5), inner, max_size=3),
    max_leaves=6,
)
_STRINGS = st.sampled_from(
    ["कानपुर में बैठक हुई।", "http://[::1", "https://example.com/a", "2022-01-11", "\ud800", "", " ", "a/b"]
)
_RECORDS = st.dictionaries(_FIELDS, _VALUES | _STRINGS, max_size=6).map(__import__("json").dumps)
_RAW = st.text(max_size=60) | st.sampled_from(['{"text":' + "[" * 5000, "{", "[]", "null", '{"text": NaN}'])


@settings(max_examples=100, deadline=2000, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(lines=st.lists(_RECORDS | _RAW, min_size=1, max_size=5))
def test_any_jsonl_reads_to_sources_or_one_line_errors(tmp_path, lines):
    path = tmp_path / "day.jsonl"
    path.write_text("\n".join(line.replace("\n", " ") for line in lines), encoding="utf-8", errors="replace")
    for item in read_sources(str(path)):
        if isinstance(item, InputError):
            message = str(item)
            assert message.startswith(str(path)) and "\n" not in message
        else:
            item.text.encode("utf-8")  # writable: no lone surrogate got through
            clean(item)

"""Furniture and metadata lines of real Hindi news pages, one at a time, in a small fixed page.

``tests/data/site_shapes.json`` quotes lines verbatim from public news pages (each case names the page's
address): byline and date rows, breadcrumbs, SEO titles, prompts, labels, player and image residue,
related-story teasers, credits, and datelines that open the first paragraph. Each case puts its line
where the page had it (``top``: between the headline and the story; ``dateline``: glued before the
story's first sentence; ``bottom``: after the story) and checks what a careful reader sees: whether the
line is page furniture (for a dateline: whether it is cut off the sentence) and the byline, date,
place, site and section the line shows. A case marked ``known_miss`` (with why) is a shape the cleaner
does not read yet: it must fail, so that a fix is noticed and the mark removed.
"""

from __future__ import annotations

import json
import re
import unicodedata
from pathlib import Path

import pytest

from summarize.cleaning import clean
from summarize.document import Source

DATA = json.loads((Path(__file__).parent / "data" / "site_shapes.json").read_text(encoding="utf-8"))
CASES = DATA["cases"]

HEADLINE = "शहर की सड़कों की मरम्मत के लिए नगर निगम ने नई योजना शुरू की"
STORY = (
    "नगर निगम ने बुधवार को शहर की सभी प्रमुख सड़कों की मरम्मत के लिए नई योजना की घोषणा की। "
    "अधिकारियों ने बताया कि काम अगले महीने से शुरू होगा।",
    "योजना के पहले चरण में बीस सड़कों को चुना गया है। इसके लिए ठेकेदारों से निविदाएं मांगी गई हैं।",
    "स्थानीय लोगों ने इस फैसले का स्वागत किया है। उनका कहना है कि बारिश में सड़कों की हालत बहुत खराब हो जाती है।",
)
STORY_START = "नगर निगम ने बुधवार को"
FIELDS = ("byline", "date", "place", "site", "section")


def _norm(text: str) -> str:
    return " ".join(unicodedata.normalize("NFC", text).split())


def page(case: dict) -> tuple[str, int]:
    """The page text for a case, and the source line number the case line is on."""
    line, where = case["line"], case["where"]
    if where == "top":
        paragraphs, number = [HEADLINE, line, *STORY], 3
    elif where == "bottom":
        paragraphs, number = [HEADLINE, *STORY, line], 9
    elif where == "dateline":
        paragraphs, number = [HEADLINE, line + case.get("glue", " ") + STORY[0], *STORY[1:]], 3
    else:
        raise ValueError(f"unknown where: {where!r}")
    return "\n\n".join(paragraphs) + "\n", number


def _case_id(index: int, case: dict) -> str:
    site = re.sub(r"[^A-Za-z0-9]+", "-", case["site"].split(" (")[0]).strip("-").lower()
    return f"{index:03d}-{site}-{case['where']}"


def test_catalogue_is_well_formed():
    assert DATA["about"]
    for case in CASES:
        assert {"site", "url", "where", "line", "expect"} <= case.keys(), case
        assert case["url"].startswith("http"), case
        assert case["where"] in ("top", "dateline", "bottom"), case
        assert isinstance(case["expect"].get("dropped"), bool), case
        assert set(case["expect"]) <= {"dropped", *FIELDS}, case
        assert set(case) <= {"site", "url", "where", "line", "expect", "glue", "known_miss"}, case


def _param(index: int, case: dict):
    """A case; one the catalogue marks as a known miss (with why) is expected to fail, strictly, so
    that fixing it shows."""
    marks = [pytest.mark.xfail(reason=case["known_miss"], strict=True)] if "known_miss" in case else []
    return pytest.param(case, id=_case_id(index, case), marks=marks)


@pytest.mark.parametrize("case", [_param(i, c) for i, c in enumerate(CASES)])
def test_site_shape(case):
    text, number = page(case)
    cleaned = clean(Source("x.txt", "x", text))
    expect = case["expect"]
    problems = []

    if case["where"] == "dateline":
        first = next((b for b in cleaned.blocks if b.kind == "text"), None)
        shown = first.text if first else ""
        if expect["dropped"]:
            if not shown.startswith(STORY_START):
                problems.append(f"dateline not cut off: first text block is {shown[:80]!r}")
        elif not _norm(shown).startswith(_norm(case["line"])[:20]):
            problems.append(f"story text was cut: first text block is {shown[:80]!r}")
    else:
        kept = any(number in block.lines for block in cleaned.blocks)
        listed = any(d.line == number for d in cleaned.dropped)
        dropped = listed and not kept
        if dropped != expect["dropped"]:
            reason = next((d.reason for d in cleaned.dropped if d.line == number), None)
            problems.append(f"dropped is {dropped} (reason {reason!r}), expected {expect['dropped']}")

    metadata = cleaned.metadata
    for field in FIELDS:
        if field not in expect:
            continue
        want, found = expect[field], getattr(metadata, field)
        if field == "date":
            right = found is not None and found.startswith(want)
        else:
            right = found is not None and _norm(found) == _norm(want)
        if not right:
            problems.append(f"{field}: found {found!r}, expected {want!r}")

    assert not problems, f"{case['url']}\n" + "\n".join(problems)

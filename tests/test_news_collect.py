"""The round kit (tests/news_collect.py) keeps collectors off used and claimed sites, checks their folders
against the brief, and merges a round as the test split."""

from __future__ import annotations

import json
from pathlib import Path

from tests import news_collect

PAGE = "रायपुर। नगर निगम की बैठक हुई। महापौर ने निर्देश दिए। काम जल्द शुरू होगा।\n"


def entry(**changes) -> dict:
    page = {
        "file": "newsite-raipur-nigam-baithak.txt",
        "url": "https://www.newsite.in/raipur-nigam",
        "site": ["न्यू साइट", "newsite"],
        "split": "test",
        "headline": None,
        "date": None,
        "place": "रायपुर",
        "byline": None,
        "furniture": [],
        "lead_repeats": [],
        "captions": [],
        "sentences": ["नगर निगम की बैठक हुई।", "महापौर ने निर्देश दिए।", "काम जल्द शुरू होगा।"],
    }
    return {**page, **changes}


def folder(staging: Path, pages: list[dict], text: str = PAGE) -> None:
    (staging / "c1").mkdir(parents=True, exist_ok=True)
    for page in pages:
        (staging / "c1" / page["file"]).write_text(text, encoding="utf-8")
    (staging / "c1" / "gold.json").write_text(
        json.dumps({"pages": pages}, ensure_ascii=False), encoding="utf-8"
    )


def test_a_site_an_earlier_round_used_or_another_collector_claimed_is_refused(tmp_path):
    gold = json.loads(news_collect.GOLD.read_text(encoding="utf-8"))["pages"][0]
    assert news_collect.claim(tmp_path, gold["url"], "c1", []).startswith("refused")
    assert news_collect.claim(tmp_path, "https://x.y/", "c1", [gold["site"][0]]).startswith("refused")
    assert news_collect.claim(tmp_path, "https://www.newsite.in/a", "c1", []) == "claimed newsite.in"
    assert news_collect.claim(tmp_path, "newsite.in", "c2", []).startswith("refused")
    assert news_collect.claim(tmp_path, "newsite.in", "c1", []).startswith("claimed (already yours)")


def test_a_claim_with_no_page_is_released_for_another_collector(tmp_path):
    news_collect.claim(tmp_path, "newsite.in", "c1", ["नया समाचार"])
    assert news_collect.release(tmp_path, "newsite.in", "c2").startswith("refused")  # (not c2's)
    folder(tmp_path, [entry()])
    assert news_collect.release(tmp_path, "newsite.in", "c1").startswith("refused")  # (c1 wrote a page)
    folder(tmp_path, [])
    assert news_collect.release(tmp_path, "https://www.newsite.in/x", "c1") == "released newsite.in"
    assert news_collect.claim(tmp_path, "newsite.in", "c2", ["नया समाचार"]) == "claimed newsite.in"


def test_a_folder_is_checked_against_the_brief(tmp_path):
    news_collect.claim(tmp_path, "newsite.in", "c1", [])
    folder(tmp_path, [entry()])
    assert news_collect.check(tmp_path, "c1") == []
    folder(tmp_path, [entry(date="5 मई", sentences=["नगर निगम की बैठक हुई", "कोई और बात।", "तीसरी।"])])
    problems = news_collect.check(tmp_path, "c1")
    assert any("ISO 8601" in p for p in problems) and any("no slice" in p for p in problems)
    folder(tmp_path, [entry(furniture=[" 0  0"])], text=f" 0  0\n{PAGE}")
    assert any("edge spaces" in p for p in news_collect.check(tmp_path, "c1"))
    folder(tmp_path, [entry(furniture=["0  0"])], text=f" 0  0\n{PAGE}")
    assert news_collect.check(tmp_path, "c1") == []


def test_a_round_merges_as_the_test_split_sorted(tmp_path):
    news = tmp_path / "news"
    news.mkdir()
    (news / "gold.json").write_text(
        json.dumps({"schema": "s", "pages": [entry(file="zz-old-page-here.txt")]})
    )
    table = (
        "| file | site | address | split |\n|---|---|---|---|\n| `zz-old-page-here.txt` | z | <u> | dev |\n"
    )
    (news / "SOURCES.md").write_text(f"# Sources\n\n{table}", encoding="utf-8")
    folder(tmp_path / "round", [entry()])
    assert news_collect.merge(tmp_path / "round", news=news) == 1
    files = [p["file"] for p in json.loads((news / "gold.json").read_text(encoding="utf-8"))["pages"]]
    assert files == ["newsite-raipur-nigam-baithak.txt", "zz-old-page-here.txt"]
    rows = [
        line
        for line in (news / "SOURCES.md").read_text(encoding="utf-8").splitlines()
        if line.startswith("| `")
    ]
    assert rows[0].startswith("| `newsite-raipur-nigam-baithak.txt` | न्यू साइट (newsite) |")
    assert (news / "newsite-raipur-nigam-baithak.txt").read_text(encoding="utf-8") == PAGE

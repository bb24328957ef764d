"""The real-news gold file is well formed, and the scorer (tests/news_eval.py) runs and gives sane numbers."""

from __future__ import annotations

import re
from collections import Counter

import pytest

from summarize.options import Options
from summarize.pipeline import Pipeline
from summarize.reading import read_source
from tests import news_eval

PAGES = news_eval.load_gold()
FILE_NAME = re.compile(r"[a-z0-9]+(?:-[a-z0-9]+)+\.txt")


def page_text(page: dict) -> str:
    return (news_eval.NEWS / page["file"]).read_text(encoding="utf-8")


def test_enough_pages_from_enough_sites_in_both_splits():
    assert len(PAGES) >= 40
    assert len({page["site"][0] for page in PAGES}) >= 20
    splits = Counter(page["split"] for page in PAGES)
    assert set(splits) == {"dev", "test"}
    assert splits["test"] >= 15 and splits["test"] <= len(PAGES) / 2.5
    assert len({page["file"] for page in PAGES}) == len(PAGES)


def test_every_page_file_is_listed_with_its_source():
    files = {path.name for path in news_eval.NEWS.glob("*.txt")}
    assert files == {page["file"] for page in PAGES}
    sources = (news_eval.NEWS / "SOURCES.md").read_text(encoding="utf-8")
    for page in PAGES:
        assert FILE_NAME.fullmatch(page["file"]), page["file"]
        assert page["url"].startswith(("http://", "https://")) and page["url"] in sources
        assert f"`{page['file']}`" in sources


@pytest.mark.parametrize("page", PAGES, ids=[page["file"] for page in PAGES])
def test_gold_is_verbatim_and_well_typed(page):
    raw = (news_eval.NEWS / page["file"]).read_bytes()
    assert b"\r" not in raw and not raw.startswith(b"\xef\xbb\xbf")
    text = raw.decode("utf-8")
    lines = {line.strip() for line in text.split("\n")}
    assert page["sentences"], "a page needs story sentences"
    for sentence in page["sentences"]:
        assert sentence == sentence.strip() and sentence in text, sentence
    for key in ("furniture", "lead_repeats", "captions"):
        for line in page[key]:
            assert line in lines, (key, line)
    assert isinstance(page["site"], list) and all(isinstance(form, str) and form for form in page["site"])
    for key in ("headline", "place", "byline"):
        assert page[key] is None or isinstance(page[key], str) or all(isinstance(v, str) for v in page[key])
    if page["date"] is not None:
        assert news_eval.date_matches(page["date"], page["date"])


def test_dates_compare_on_what_the_gold_gives():
    assert news_eval.date_matches("2020-09-16T07:08Z", "2020-09-16T07:08:00+00:00")  # one zone, two ways
    assert news_eval.date_matches("2022-01-11", "2022-01-11T11:27:00+05:30")
    assert news_eval.date_matches("2022-01-11T11:27+05:30", "2022-01-11T11:27:00+05:30")
    assert not news_eval.date_matches("2022-01-11T11:27+05:30", "2022-01-11")
    assert not news_eval.date_matches("2022-01-11T11:27", "2022-01-11T11:28:00")
    assert not news_eval.date_matches("2022-01-12", "2022-01-11T11:27:00")


def test_names_compare_without_case_nukta_or_punctuation():
    assert news_eval.normal("ज़ी न्यूज़") == news_eval.normal("जी न्यूज")
    assert news_eval.normal("ETV Bharat") == news_eval.normal("etv-bharat")


def test_a_site_named_by_its_address_matches_the_sites_word():
    gold = {"site": ["नवप्रभात टाइम्स", "navprabhattimes"], "sentences": ["कहानी।"]}
    text = "राहुल | NavprabhatTimes.com\nकहानी।"
    assert news_eval.score_field("site", gold, text, "NavprabhatTimes.com").right
    assert not news_eval.score_field("site", gold, text, "NavprabhatTimes Online").right


def test_the_scorer_runs_on_two_pages_with_numbers_in_range():
    two = [PAGES[0], next(page for page in PAGES if page["furniture"])]
    scores = news_eval.evaluate(two)
    numbers = news_eval.report(scores)
    assert numbers["pages"] == 2 and numbers["failed_pages"] == 0
    for share in ("split_precision", "split_recall", "split_f1"):
        assert 0.0 <= numbers[share] <= 1.0
    assert 0 <= numbers["furniture_kept"] <= numbers["furniture"]
    assert 0 <= numbers["story_lines_lost"] <= numbers["gold_sentences"]
    for field in numbers["fields"].values():
        assert 0 <= field["right"] <= field["found"] <= field["shown"] <= 2 and 0 <= field["wrong"] <= 2
    assert numbers["non_verbatim_sentences"] >= 0
    assert "sentence split" in news_eval.format_report("two pages", numbers)


def test_a_headline_printed_again_as_furniture_counts_once_for_the_story():
    lines = ["Headline", "Headline", "text.", "Share", "Share"]
    furniture = ["Headline", "Share", "Share"]
    # the tool kept the headline and dropped its repeat: no furniture kept
    assert news_eval._kept_lines(lines, furniture, {2, 4, 5}, own=["Headline"]) == []
    # it kept both prints: the repeat is kept furniture; a nav line kept twice of two counts twice
    assert news_eval._kept_lines(lines, furniture, {4}, own=["Headline"]) == ["Headline", "Share"]
    # a text that is not the story's own gets no print forgiven
    assert news_eval._kept_lines(lines, ["Headline"], {2}) == ["Headline"]


def test_every_sentence_of_every_dev_page_is_a_verbatim_slice_of_the_page():
    # The brief quotes the source: a sentence joined across a cut (a dateline between two lines of one
    # paragraph) or rewritten in any way would not be the page's words. (The stages before the models
    # make the sentences a brief quotes: no summary is needed to check them, which halves the time.)
    pipeline = Pipeline(Options(), translator=news_eval.IdentityTranslator())
    rewritten = {}
    for page in (page for page in PAGES if page["split"] == "dev"):
        path = news_eval.NEWS / page["file"]
        flat = news_eval.collapse(path.read_text(encoding="utf-8"))
        article = pipeline.prepare(read_source(str(path))).article
        wrong = [s.source for s in article.sentences if news_eval.collapse(s.source) not in flat]
        if wrong:
            rewritten[page["file"]] = wrong
    assert rewritten == {}

import re
from dataclasses import replace
from html import escape
from pathlib import Path

import pytest

from summarize.options import Options
from summarize.pipeline import Pipeline
from summarize.reading import read_source
from summarize.writers import WRITERS, write_brief
from summarize.writers.html_page import render_html

ENGLISH = Path(__file__).parent / "data" / "english-article.txt"


@pytest.fixture
def brief(sample_paths, tagging):
    return Pipeline(Options(formats=("html",)), translator=tagging()).brief(read_source(str(sample_paths[0])))


def test_registered_and_written_as_a_brief(tmp_path, brief):
    assert WRITERS["html"] is render_html
    [path] = write_brief(brief, tmp_path, ("html",))
    assert path.name == f"{brief.article.source.name}.brief.html"
    assert path.read_text(encoding="utf-8") == render_html(brief)


def test_every_sentence_once_in_order_with_its_english(brief):
    page = render_html(brief)
    body = page.split("<h2>Full translation</h2>", 1)[1]
    tags = [f'<span class="id">{s.id}</span>' for s in brief.article.sentences]
    assert all(body.count(tag) == 1 for tag in tags)
    positions = [body.index(tag) for tag in tags]
    assert positions == sorted(positions)
    for sentence in brief.article.sentences:
        assert escape(sentence.source) in body and escape(sentence.english) in body


def test_headline_metadata_summary_and_dropped_lines(brief):
    page = render_html(brief)
    headline = brief.article.headline
    assert f"<h1>{escape(headline.english)}</h1>" in page
    assert f'<p lang="hi" class="hi">{escape(headline.source)}</p>' in page
    assert "<dt>Translator</dt><dd>tagging (test)</dd>" in page
    summary = page.split("<h2>Summary</h2>", 1)[1].split("<h2>", 1)[0]
    for point in brief.summary.points:
        assert escape(point.english) in summary
        assert all(f'<span class="id">{i}</span>' in summary for i in point.source_ids)
    assert brief.article.dropped
    for entry in brief.article.dropped:
        assert f"line {entry.line}: " in page and escape(entry.reason) in page


def test_article_text_is_escaped_everywhere(brief):
    attack = '<img src=x onerror="alert(1)"> & <script>alert(2)</script>'
    paragraphs = tuple(
        replace(p, sentences=tuple(replace(s, source=attack + s.source, english=attack) for s in p.sentences))
        for p in brief.article.paragraphs
    )
    metadata = replace(brief.article.metadata, place=attack, site=attack)
    hostile = replace(brief, article=replace(brief.article, paragraphs=paragraphs, metadata=metadata))
    page = render_html(hostile)
    assert "<img" not in page and "<script" not in page and 'onerror="' not in page
    assert escape(attack) in page


def test_one_self_contained_page_for_phones_light_and_dark(brief):
    page = render_html(brief)
    assert page.startswith("<!doctype html>") and '<meta charset="utf-8">' in page
    assert 'name="viewport" content="width=device-width' in page
    assert "prefers-color-scheme: dark" in page and "Noto Sans Devanagari" in page
    assert "default-src 'none'" in page  # the browser itself refuses to load anything
    assert "@import" not in page and "url(" not in page
    assert not re.search(r"""(?:src|href)\s*=""", page, flags=re.I)


def test_an_english_article_shows_its_text_once(tagging):
    brief = Pipeline(Options(), translator=tagging()).brief(read_source(str(ENGLISH)))
    page = render_html(brief)
    assert "<h2>Full text</h2>" in page and "Full translation" not in page
    assert "none: the article is in English" in page
    body = page.split("<h2>Full text</h2>", 1)[1]
    for sentence in brief.article.sentences:
        assert body.count(escape(sentence.source)) == 1

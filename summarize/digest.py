"""The digest: a batch's briefs grouped into stories, as OUT/digest.md, OUT/digest.html and OUT/briefs.jsonl.

A story is one event as several outlets (or one outlet, several times) reported it. Articles are
grouped by how alike their sentences are: TF-IDF over character n-grams, then average-linkage
agglomerative clustering of the cosine similarities (scikit-learn both), cut at ``SAME_STORY``.
"""

from __future__ import annotations

import json
import os
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from html import escape
from pathlib import Path
from urllib.parse import quote, urlsplit

import numpy as np
from sklearn.cluster import AgglomerativeClustering
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.metrics.pairwise import cosine_similarity

from summarize.document import Brief
from summarize.errors import OutputError
from summarize.writers import WRITERS, brief_from_dict, brief_path, brief_to_dict, write_atomically
from summarize.writers.html_page import original, page, source_lang, summary_list
from summarize.writers.view import summary_points

# Two articles are one story when the average cosine similarity between the groups they fall in is
# at least this. Measured with the vectors below on tests/data/news (30 real articles from 30
# outlets) and the two samples: a second outlet's own rewrite of the same event scores 0.56-0.60
# with the original (tests/test_digest.py holds two such rewrites); the closest different events
# score at most 0.47: two launches of Lucknow projects by the same chief minister on different days
# (0.47), rain alerts for different states and days (0.32-0.45), the two Kanpur police-commissioner
# stories in the samples (0.22). Near-copies (one report re-published with other page furniture)
# score above 0.85. 0.5 sits in the gap, nearer the different events, since a split story costs the
# reader less than two events merged under one headline.
SAME_STORY = 0.5
# Links prefer the page a person reads.
LINK_FORMATS = ("html", "md", "json")
DIGEST_FILES = ("digest.md", "digest.html", "briefs.jsonl")


@dataclass(frozen=True)
class DigestEntry:
    """A brief of the run and the files written for it."""

    brief: Brief
    files: tuple[Path, ...] = ()


@dataclass(frozen=True)
class Story:
    """One event: its articles, the lead article first, and what the digest shows for it."""

    articles: tuple[Brief, ...]
    # The lead is the story's most central article (highest mean similarity to the others; the
    # longer article when tied): it names the story and gives its summary, as the report that
    # shares most with all the others is the one that best stands for them.
    lead: Brief
    headline: str  # English
    headline_source: str  # in the article's language; the same as ``headline`` for an English article
    outlets: tuple[str, ...]  # in the order of the articles, each once
    dates: tuple[str, ...]  # YYYY-MM-DD, newest first, each once; undated articles add none


def group_stories(briefs: Sequence[Brief]) -> list[Story]:
    """Group briefs into stories, largest first and then newest first; every brief is in one story."""
    if not briefs:
        return []
    similarity = article_similarity(briefs)
    if len(briefs) == 1:
        labels = np.zeros(1, dtype=int)
    else:
        clustering = AgglomerativeClustering(
            n_clusters=None, metric="precomputed", linkage="average", distance_threshold=1 - SAME_STORY
        )
        labels = clustering.fit_predict(np.clip(1 - similarity, 0, None))
    # Groups in the order of their first article, so that equal stories keep the input's order.
    groups: dict[int, list[int]] = {}
    for index, label in enumerate(labels):
        groups.setdefault(int(label), []).append(index)
    stories = [
        _story([briefs[i] for i in members], similarity[np.ix_(members, members)])
        for members in groups.values()
    ]
    # Python's sort is stable also in reverse, so ties keep that order.
    return sorted(stories, key=lambda s: (len(s.articles), s.dates[0] if s.dates else ""), reverse=True)


def article_similarity(briefs: Sequence[Brief]) -> np.ndarray:
    """Cosine similarity of every pair of articles, in their own language or else in English.

    Character 3-5-grams within words match Hindi's inflected forms (कमिश्नर/कमिश्नरी) without a
    stemmer and work for any script; the IDF is learnt from sentences, not whole articles, so that
    it is as informative for a batch of two articles as for hundreds. Articles in different
    languages (a Hindi and an English report) are compared through their English.
    """
    by_source = _tfidf_similarity([[s.source for s in b.article.sentences] for b in briefs])
    by_english = _tfidf_similarity([[s.english or "" for s in b.article.sentences] for b in briefs])
    languages = np.array([b.article.metadata.language for b in briefs], dtype=object)
    return np.where(languages[:, None] == languages[None, :], by_source, by_english)


def _tfidf_similarity(articles: list[list[str]]) -> np.ndarray:
    vectorizer = TfidfVectorizer(analyzer="char_wb", ngram_range=(3, 5), sublinear_tf=True, lowercase=True)
    try:
        vectorizer.fit([sentence for sentences in articles for sentence in sentences])
    except ValueError:  # no text at all: nothing is alike
        return np.eye(len(articles))
    return cosine_similarity(vectorizer.transform([" ".join(sentences) for sentences in articles]))


def _story(briefs: list[Brief], similarity: np.ndarray) -> Story:
    # Rounded, so that float noise (a.b against b.a) does not decide a tie that the length should.
    centrality = np.round((similarity.sum(axis=1) - 1) / max(len(briefs) - 1, 1), 6)
    lead_index = max(range(len(briefs)), key=lambda i: (centrality[i], len(briefs[i].article.sentences)))
    lead = briefs[lead_index]
    others = sorted((b for i, b in enumerate(briefs) if i != lead_index), key=_date, reverse=True)
    headline = lead.article.headline
    return Story(
        articles=(lead, *others),
        lead=lead,
        headline=(headline.english if headline else None) or "(no headline)",
        headline_source=headline.source if headline else "",
        outlets=tuple(dict.fromkeys(o for b in briefs if (o := outlet(b)))),
        dates=tuple(sorted({d for b in briefs if (d := _date(b))}, reverse=True)),
    )


def outlet(brief: Brief) -> str | None:
    """Who published the article: the site's name, else the host of its URL."""
    meta = brief.article.metadata
    return meta.site or (urlsplit(meta.url).hostname if meta.url else None)


def _date(brief: Brief) -> str:
    return (brief.article.metadata.date or "")[:10]


def render_digest_md(stories: Sequence[Story], links: Mapping[str, str]) -> str:
    """The digest in Markdown. ``links`` maps an article's source path to its brief, relative to OUT."""
    articles = sum(len(s.articles) for s in stories)
    lines = ["# Digest", "", f"{len(stories)} stories from {articles} articles, largest and newest first."]
    for story in stories:
        lines += ["", f"## {story.headline}"]
        if story.headline_source != story.headline:
            lines += ["", f"*{story.headline_source}*"]
        lines += ["", _story_line(story), ""]
        for number, point in enumerate(summary_points(story.lead), start=1):
            lines.append(f"{number}. {point.english}")
        lines += ["", "Reports:", ""]
        for brief in story.articles:
            title = _article_title(brief)
            link = links.get(brief.article.source.path)
            # Markdown link text and targets: brackets in a title and spaces in a path would break them.
            text = title.replace("[", "\\[").replace("]", "\\]")
            label = f"[{text}](<{link}>)" if link else text
            lines.append(f"- {label}" + "".join(f" — {x}" for x in (outlet(brief), _date(brief)) if x))
    return "\n".join(lines) + "\n"


def render_digest_html(stories: Sequence[Story], links: Mapping[str, str]) -> str:
    """The digest as one self-contained page, with a filter by word and by outlet.

    The filter also reads the page's fragment, ``digest.html#q=word&source=outlet``, so a filtered
    view can be bookmarked or shared.
    """
    articles = sum(len(s.articles) for s in stories)
    outlets = sorted({o for s in stories for o in s.outlets})
    options = "".join(f'<option value="{escape(o)}">{escape(o)}</option>' for o in outlets)
    parts = [
        "<header><h1>Digest</h1>",
        f'<p class="muted">{len(stories)} stories from {articles} articles, largest and newest first.</p>',
        '<div class="filters"><input id="q" type="search" placeholder="Filter: a word in English or हिंदी"'
        ' aria-label="Filter stories by word" autocomplete="off">',
        f'<select id="source" aria-label="Filter stories by source"><option value="">All sources</option>'
        f"{options}</select></div>",
        '<p id="count" class="muted" aria-live="polite"></p></header>',
    ]
    parts += [_story_html(story, links) for story in stories]
    parts.append('<p id="none" class="muted" hidden>No story matches.</p>')
    return page("Digest", "\n".join(parts) + "\n", style=DIGEST_STYLE, script=FILTER_SCRIPT)


def _story_html(story: Story, links: Mapping[str, str]) -> str:
    lang = source_lang(story.lead)
    hindi = original(story.headline_source, lang, "p") if story.headline_source != story.headline else ""
    reports = []
    for brief in story.articles:
        title = escape(_article_title(brief))
        link = links.get(brief.article.source.path)
        label = f'<a href="{escape(quote(link))}">{title}</a>' if link else title
        about = " · ".join(escape(x) for x in (outlet(brief), _date(brief)) if x)
        reports.append(f"<li>{label}" + (f' <span class="muted">{about}</span>' if about else "") + "</li>")
    return (
        f'<article class="story" data-outlets="{escape(json.dumps(story.outlets, ensure_ascii=False))}">'
        f"<h2>{escape(story.headline)}</h2>{hindi}"
        f'<p class="muted">{escape(_story_line(story))}</p>'
        "<details open><summary>Summary</summary>"
        f"{summary_list(story.lead, 'ul')}</details>"
        f'<ul class="reports">{"".join(reports)}</ul></article>'
    )


def _story_line(story: Story) -> str:
    count = "1 report" if len(story.articles) == 1 else f"{len(story.articles)} reports"
    dates = story.dates[-1] + (f" to {story.dates[0]}" if len(story.dates) > 1 else "") if story.dates else ""
    return " · ".join(x for x in (count, ", ".join(story.outlets), dates) if x)


def _article_title(brief: Brief) -> str:
    headline = brief.article.headline
    return (headline.english if headline else None) or brief.article.source.name


DIGEST_STYLE = """
header { position: sticky; top: 0; z-index: 1; background: var(--bg); padding: 0.5rem 0 0.25rem;
  border-bottom: 1px solid var(--line); }
.filters { display: flex; flex-wrap: wrap; gap: 0.5rem; }
.filters input, .filters select { font: inherit; font-size: 1rem; padding: 0.45rem 0.6rem;
  color: var(--fg); background: var(--card); border: 1px solid var(--line); border-radius: 6px; }
.filters input { flex: 1 1 14rem; min-width: 0; }
.filters select { flex: 0 1 12rem; max-width: 100%; }
#count { margin: 0.4rem 0 0; }
.story { background: var(--card); border: 1px solid var(--line); border-radius: 10px;
  padding: 0.9rem 1rem; margin: 1rem 0; }
.story h2 { margin: 0 0 0.2rem; }
.story > p { margin: 0.1rem 0; }
.story details { margin-top: 0.6rem; }
.story summary { font-size: 0.9rem; color: var(--muted); }
.story ul.summary { padding-left: 1.2rem; margin: 0.5rem 0; }
.reports { list-style: none; padding: 0.5rem 0 0; margin: 0.5rem 0 0; border-top: 1px dashed var(--line);
  font-size: 0.92rem; }
.reports li { margin: 0.2rem 0; }
"""

# Shows the stories that hold every word typed (in their headlines, summary or reports, in either
# language) and come from the chosen outlet; the fragment (#q=…&source=…) sets and keeps the filter.
FILTER_SCRIPT = """
(function () {
  var q = document.getElementById("q"), source = document.getElementById("source");
  var stories = Array.prototype.slice.call(document.querySelectorAll(".story"));
  var count = document.getElementById("count"), none = document.getElementById("none");
  function apply() {
    var words = q.value.toLocaleLowerCase().split(/\\s+/).filter(Boolean), shown = 0;
    stories.forEach(function (story) {
      var text = story.textContent.toLocaleLowerCase();
      var match = words.every(function (w) { return text.indexOf(w) >= 0; }) &&
        (!source.value || JSON.parse(story.dataset.outlets).indexOf(source.value) >= 0);
      story.hidden = !match;
      if (match) shown++;
    });
    count.textContent = "Showing " + shown + " of " + stories.length + " stories";
    none.hidden = shown > 0;
  }
  function fromHash() {
    var params = new URLSearchParams(location.hash.slice(1));
    q.value = params.get("q") || "";
    source.value = params.get("source") || "";
    if (source.selectedIndex < 0) source.value = "";
    apply();
  }
  function toHash() {
    var params = new URLSearchParams();
    if (q.value) params.set("q", q.value);
    if (source.value) params.set("source", source.value);
    history.replaceState(null, "", params.toString() ? "#" + params : location.pathname);
    apply();
  }
  q.addEventListener("input", toHash);
  source.addEventListener("change", toHash);
  window.addEventListener("hashchange", fromHash);
  fromHash();
})();
"""


def write_digest(entries: Sequence[DigestEntry], out_dir: Path) -> list[Path]:
    """Write OUT/digest.md, OUT/digest.html and OUT/briefs.jsonl, each atomically; returns their paths.

    Each story links to its articles' briefs (the HTML brief when there is one, else Markdown, else
    JSON), relative to ``out_dir``; ``briefs.jsonl`` holds every brief's JSON, one a line, in the
    order given.
    """
    stories = group_stories([entry.brief for entry in entries])
    links = {e.brief.article.source.path: link for e in entries if (link := _link(e.files, out_dir))}
    jsonl = "".join(json.dumps(brief_to_dict(e.brief), ensure_ascii=False) + "\n" for e in entries)
    texts = (render_digest_md(stories, links), render_digest_html(stories, links), jsonl)
    try:
        out_dir.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise OutputError(f"cannot make the output folder {out_dir}: {exc.strerror}") from None
    paths = [out_dir / name for name in DIGEST_FILES]
    for path, text in zip(paths, texts, strict=True):
        write_atomically(path, text)
    return paths


def _link(files: Sequence[Path], out_dir: Path) -> str | None:
    by_format = {path.suffix.lstrip("."): path for path in files}
    for fmt in LINK_FORMATS:
        if fmt in by_format:
            return Path(os.path.relpath(by_format[fmt], out_dir)).as_posix()
    return None


def read_entries(out_dir: Path) -> list[DigestEntry]:
    """The briefs already in ``out_dir``, read back from their ``*.brief.json`` files, in name order.

    Each entry lists every format written beside its JSON, so the digest links them as a run would.
    """
    entries = []
    for path in sorted(out_dir.glob("*.brief.json")):
        try:
            brief = brief_from_dict(json.loads(path.read_text(encoding="utf-8")))
        except (
            OSError,
            ValueError,
            KeyError,
            TypeError,
            OutputError,
        ) as exc:  # ValueError: bad JSON or UTF-8
            raise OutputError(f"cannot read the brief {path} back for the digest: {exc}") from None
        stem = path.name.removesuffix(".brief.json")
        files = tuple(p for fmt in WRITERS if (p := brief_path(stem, out_dir, fmt)).is_file())
        entries.append(DigestEntry(brief, files))
    return entries

"""Score the clean, split and summarize stages on real Hindi news pages against hand-made gold.

``make news-eval`` (or ``python tests/news_eval.py``) runs the library, with no model, over the page
excerpts in ``tests/data/news/`` and compares what it finds with ``tests/data/news/gold.json``, one
entry per page (annotated by hand: headline, date, place, byline, the site's accepted names, the
furniture lines, the lines that repeat the lead, and every story sentence as a careful reader splits
it). Each page is briefed as ``Pipeline(Options(), translator=IdentityTranslator())`` would brief it:
the translator hands every sentence back unchanged, and the default extractive summarizer needs no
weights, so a run is offline and takes seconds.

The pages are in two splits: ``dev`` to look at while tuning, ``test`` (a third of the pages, chosen
before any scoring, mixing sites) to score only once tuning is done. Per split it prints:

* **metadata fields** (headline, date, place, byline, site), each as counts of pages:
  *shown*: the gold has a value (for the site: one of its accepted names appears in the page's text
  outside the story's sentences, e.g. in a promotion, a credit or a label);
  *found*: the tool gave a value on a page that shows one;
  *right*: the tool's value matches an accepted gold form on a page that shows one (text compared
  after Unicode NFC, case folding, dropping nuktas, punctuation and spaces; a site named by its
  address, "NavprabhatTimes.com", also without its "www." and domain ending; a date is compared on
  what the gold gives: the day, and the time and zone only when the gold has them);
  *wrong*: the tool gave a value that is not right, including a value on a page that shows none.
  found% and right% are out of the pages that show the field, wrong% out of all pages of the split.
* **headline right**: pages whose headline is right, or where the gold and the tool both have none,
  out of all pages.
* **furniture kept**: gold furniture lines (navigation, bylines, date lines, share buttons, related
  links, teasers) that the tool kept, i.e. a line of the page with that text is not among the dropped
  lines, out of all gold furniture lines. **lead repeats kept** counts the same for lines that repeat
  the lead (summary boxes, standfirsts).
* **story lines lost**: gold sentences whose text is in no kept paragraph (compared without
  whitespace, so a sentence split in the wrong place is not lost), so that they are either dropped
  or gone. Every story sentence should survive cleaning.
* **sentence split** precision, recall and F1: the tool's sentences in text paragraphs (not the
  headline, headings or captions) against the gold sentences, as exact strings after whitespace
  collapse, counted with multiplicity and summed over the split's pages (micro average). A sentence
  that keeps its dateline ("लखनऊ। ...") or a kicker does not match: the gold leaves those out.
* **summaries with a repeated point**: pages whose summary has two points whose source sentences are
  near duplicates (word-set Jaccard similarity of at least 0.5).
* **non-verbatim sentences**: the tool's sentences (of any kind) that are not a substring of the
  page's text with whitespace collapsed: the tool must never rewrite the source.
* **pages that failed**: pages the library refused with an error (scored as finding nothing).

``--split dev|test|all`` picks what to print (default: the dev and the test tables), ``--json PATH``
also writes the numbers as JSON, ``--details`` lists per page what was lost, kept or wrong.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import unicodedata
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import asdict, dataclass, field
from pathlib import Path

from summarize.document import Brief, ModelInfo
from summarize.errors import SummarizeError
from summarize.options import Options
from summarize.pipeline import Pipeline
from summarize.reading import read_source

NEWS = Path(__file__).parent / "data" / "news"
GOLD = NEWS / "gold.json"
FIELDS = ("headline", "date", "place", "byline", "site")
SPLITS = ("dev", "test")
# Two summary points whose source sentences share at least this share of their words repeat a point.
NEAR_DUPLICATE = 0.5
_ISO = re.compile(r"(\d{4}-\d{2}-\d{2})(?:T(\d{2}:\d{2})(?::\d{2}(?:\.\d+)?)?)?(Z|[+-]\d{2}:\d{2})?")


class IdentityTranslator:
    """A translator that returns every sentence as it is: the evaluation needs no model."""

    model = ModelInfo(id="identity", family="test")

    def translate(self, sentences: Sequence[str]) -> list[str]:
        return list(sentences)

    def too_long(self, sentence: str) -> bool:
        return False


@dataclass
class FieldScore:
    shown: bool = False
    found: bool = False
    right: bool = False
    wrong: bool = False
    value: str | None = None  # what the tool gave


@dataclass
class PageScore:
    """How the tool did on one page."""

    file: str
    split: str
    site: str
    error: str | None = None
    fields: dict[str, FieldScore] = field(default_factory=dict)
    headline_right: bool = False
    furniture: int = 0
    furniture_kept: list[str] = field(default_factory=list)
    lead_repeats: int = 0
    lead_repeats_kept: list[str] = field(default_factory=list)
    gold_sentences: int = 0
    lost: list[str] = field(default_factory=list)
    predicted: int = 0
    matched: int = 0
    unmatched: list[str] = field(default_factory=list)  # predicted sentences not in the gold
    repeated_point: bool = False
    non_verbatim: list[str] = field(default_factory=list)


def collapse(text: str) -> str:
    """Whitespace runs (line breaks included) as one space, ends trimmed."""
    return " ".join(text.split())


def normal(text: str) -> str:
    """A name or headline for comparison: NFC, case folded, without nuktas, punctuation or spaces."""
    text = unicodedata.normalize("NFC", text).casefold()
    text = unicodedata.normalize("NFC", unicodedata.normalize("NFD", text).replace("\u093c", ""))
    return "".join(c for c in text if unicodedata.category(c)[0] in "LMN")


def forms(value: str | list[str] | None) -> list[str]:
    """The accepted forms a gold field gives: none, one, or a list."""
    if value is None:
        return []
    return [value] if isinstance(value, str) else list(value)


def date_matches(gold: str, found: str) -> bool:
    """Whether a found ISO date agrees with the gold on everything the gold gives (day, time, zone)."""
    want, got = _ISO.fullmatch(gold), _ISO.fullmatch(found.strip())
    if not want:
        raise ValueError(f"gold date {gold!r} is not ISO 8601")
    if not got or got[1] != want[1]:
        return False
    return (want[2] is None or got[2] == want[2]) and (want[3] is None or _zone(got[3]) == _zone(want[3]))


def _zone(offset: str | None) -> str | None:
    """A time zone as its offset: "Z" is "+00:00"."""
    return "+00:00" if offset == "Z" else offset


def load_gold(path: Path = GOLD) -> list[dict]:
    return json.loads(path.read_text(encoding="utf-8"))["pages"]


def score_field(name: str, gold: dict, text: str, value: str | None) -> FieldScore:
    accepted = forms(gold[name])
    if name == "site":  # shown outside the story's own sentences: a promotion, a credit, a label
        outside = normal(_without(text, gold["sentences"]))
        shown = any(normal(form) and normal(form) in outside for form in accepted)
    else:
        shown = bool(accepted)
    if value is None or not value.strip():
        return FieldScore(shown=shown)
    if name == "date":
        right = bool(accepted) and date_matches(accepted[0], value)
    else:
        given = {normal(value)} | ({normal(_host_word(value))} if name == "site" else set())
        right = bool(given & {normal(form) for form in accepted})
    if not shown:  # a right site the text does not show is neither counted right nor wrong
        return FieldScore(shown=False, wrong=not right, value=value)
    return FieldScore(shown=True, found=True, right=right, wrong=not right, value=value)


def _host_word(value: str) -> str:
    """A site's address without its "www." and domain ending ("NavprabhatTimes.com" -> "NavprabhatTimes");
    any other value as it is."""
    match = _ADDRESS.fullmatch(value.strip())
    return match["word"] if match else value


_ADDRESS = re.compile(r"(?:https?://)?(?:www\.)?(?P<word>[\w-]+)(?:\.[a-z]{2,6}){1,2}/?", re.IGNORECASE)


def _without(text: str, sentences: Iterable[str]) -> str:
    """The page's text with the gold sentences cut out."""
    for sentence in sentences:
        text = text.replace(sentence, " ")
    return text


def _kept_lines(
    lines: list[str], wanted: Iterable[str], dropped: set[int], own: Iterable[str] = ()
) -> list[str]:
    """The wanted lines the tool kept. Gold names lines by their text, so where the story's own line
    (``own``: its headline, a sentence) is printed again as furniture (the headline's repeat), one print
    is the story's: a wanted line is kept when more of its prints are kept than the story's own."""
    own = {collapse(line) for line in own}
    wanted = list(wanted)
    counts = Counter(collapse(line) for line in wanted)
    kept, seen = [], Counter()
    for line in wanted:
        key = collapse(line)
        numbers = [n for n, text in enumerate(lines, start=1) if collapse(text) == key]
        if not numbers:
            raise ValueError(f"gold line {line!r} is not a line of the page")
        story_prints = min(1, len(numbers) - counts[key]) if key in own else 0
        kept_prints = sum(n not in dropped for n in numbers)
        seen[key] += 1
        if kept_prints - story_prints >= seen[key]:
            kept.append(line)
    return kept


def _jaccard(a: str, b: str) -> float:
    words_a, words_b = set(normal_words(a)), set(normal_words(b))
    return len(words_a & words_b) / len(words_a | words_b) if words_a | words_b else 0.0


def normal_words(text: str) -> list[str]:
    return [w for w in (normal(word) for word in text.split()) if w]


def score_page(gold: dict, pipeline: Pipeline, news: Path = NEWS) -> PageScore:
    """Brief one page and score it against its gold entry."""
    path = news / gold["file"]
    text = path.read_text(encoding="utf-8")
    lines = text.split("\n")
    flat = collapse(text)
    score = PageScore(gold["file"], gold["split"], forms(gold["site"])[0])
    score.furniture, score.lead_repeats = len(gold["furniture"]), len(gold["lead_repeats"])
    score.gold_sentences = len(gold["sentences"])
    try:
        brief: Brief | None = pipeline.brief(read_source(str(path)))
    except SummarizeError as error:
        brief, score.error = None, str(error)
    if brief is None:  # nothing kept, nothing found
        score.fields = {name: score_field(name, gold, text, None) for name in FIELDS}
        score.headline_right = gold["headline"] is None
        score.lost = list(gold["sentences"])
        return score
    article = brief.article
    metadata = article.metadata
    score.fields = {name: score_field(name, gold, text, getattr(metadata, name)) for name in FIELDS}
    headline = score.fields["headline"]
    score.headline_right = headline.right or (gold["headline"] is None and headline.value is None)

    dropped = {d.line for d in article.dropped}
    own = [*forms(gold["headline"]), *gold["sentences"]]
    score.furniture_kept = _kept_lines(lines, gold["furniture"], dropped, own)
    score.lead_repeats_kept = _kept_lines(lines, gold["lead_repeats"], dropped, own)

    # Compared without any whitespace, so that a sentence the tool splits elsewhere still counts as kept.
    paragraphs = ["".join("".join(s.source for s in p.sentences).split()) for p in article.paragraphs]
    score.lost = [s for s in gold["sentences"] if not any("".join(s.split()) in p for p in paragraphs)]

    story = ("text", "foreign")  # a quoted line in another script is story too
    predicted = [collapse(s.source) for p in article.paragraphs if p.kind in story for s in p.sentences]
    wanted = Counter(collapse(s) for s in gold["sentences"])
    score.predicted = len(predicted)
    score.matched = sum((Counter(predicted) & wanted).values())
    score.unmatched = list((Counter(predicted) - wanted).elements())

    sources = {s.id: s.source for s in article.sentences}
    points = [
        " ".join(sources[i] for i in point.source_ids if i in sources) for point in brief.summary.points
    ]
    score.repeated_point = any(
        _jaccard(a, b) >= NEAR_DUPLICATE for i, a in enumerate(points) for b in points[i + 1 :]
    )
    score.non_verbatim = [s.source for s in article.sentences if collapse(s.source) not in flat]
    return score


def evaluate(pages: list[dict], news: Path = NEWS) -> list[PageScore]:
    """Score every gold page, with one pipeline (no model) for all of them."""
    pipeline = Pipeline(Options(), translator=IdentityTranslator())
    return [score_page(page, pipeline, news) for page in pages]


def _share(part: int, whole: int) -> float | None:
    return round(part / whole, 4) if whole else None


def report(scores: list[PageScore]) -> dict:
    """The split's numbers: counts and shares for every metric."""
    n = len(scores)
    fields = {}
    for name in FIELDS:
        marks = [s.fields[name] for s in scores]
        shown = sum(m.shown for m in marks)
        counts = {k: sum(getattr(m, k) for m in marks) for k in ("found", "right", "wrong")}
        fields[name] = {
            "shown": shown,
            **counts,
            "found_share": _share(counts["found"], shown),
            "right_share": _share(counts["right"], shown),
            "wrong_share": _share(counts["wrong"], n),
        }
    furniture = sum(s.furniture for s in scores)
    kept = sum(len(s.furniture_kept) for s in scores)
    leads = sum(s.lead_repeats for s in scores)
    leads_kept = sum(len(s.lead_repeats_kept) for s in scores)
    gold = sum(s.gold_sentences for s in scores)
    predicted = sum(s.predicted for s in scores)
    matched = sum(s.matched for s in scores)
    precision, recall = _share(matched, predicted), _share(matched, gold)
    f1 = round(2 * precision * recall / (precision + recall), 4) if precision and recall else 0.0
    return {
        "pages": n,
        "sites": len({s.site for s in scores}),
        "fields": fields,
        "headline_right": sum(s.headline_right for s in scores),
        "headline_right_share": _share(sum(s.headline_right for s in scores), n),
        "furniture": furniture,
        "furniture_kept": kept,
        "furniture_kept_share": _share(kept, furniture),
        "lead_repeats": leads,
        "lead_repeats_kept": leads_kept,
        "gold_sentences": gold,
        "story_lines_lost": sum(len(s.lost) for s in scores),
        "predicted_sentences": predicted,
        "split_precision": precision or 0.0,
        "split_recall": recall or 0.0,
        "split_f1": f1,
        "summaries_with_repeated_point": sum(s.repeated_point for s in scores),
        "non_verbatim_sentences": sum(len(s.non_verbatim) for s in scores),
        "failed_pages": sum(s.error is not None for s in scores),
    }


def _percent(share: float | None) -> str:
    return "   -" if share is None else f"{100 * share:5.1f}%"


def format_report(title: str, numbers: dict) -> str:
    """One split's numbers as a plain-text table, each metric beside its goal."""
    out = [f"{title}: {numbers['pages']} pages from {numbers['sites']} sites"]
    out.append(f"  {'field':<9}{'shown':>6}{'found':>6}{'right':>6}{'wrong':>6}   found%  right%  wrong%")
    for name, f in numbers["fields"].items():
        out.append(
            f"  {name:<9}{f['shown']:>6}{f['found']:>6}{f['right']:>6}{f['wrong']:>6}  "
            f"{_percent(f['found_share'])}  {_percent(f['right_share'])}  {_percent(f['wrong_share'])}"
        )
    out += [
        f"  headline right:          {numbers['headline_right']}/{numbers['pages']} "
        f"{_percent(numbers['headline_right_share'])}   (goal >= 90%)",
        f"  furniture kept:          {numbers['furniture_kept']}/{numbers['furniture']} "
        f"{_percent(numbers['furniture_kept_share'])}   (goal <= 10%)",
        f"  lead repeats kept:       {numbers['lead_repeats_kept']}/{numbers['lead_repeats']}",
        f"  story lines lost:        {numbers['story_lines_lost']} of {numbers['gold_sentences']} "
        "gold sentences   (goal 0)",
        f"  sentence split:          precision {numbers['split_precision']:.3f}  recall "
        f"{numbers['split_recall']:.3f}  F1 {numbers['split_f1']:.3f}   (goal F1 >= 0.95)",
        f"  repeated summary points: {numbers['summaries_with_repeated_point']} summaries   (goal 0)",
        f"  non-verbatim sentences:  {numbers['non_verbatim_sentences']}   (goal 0)",
        f"  pages that failed:       {numbers['failed_pages']}",
    ]
    return "\n".join(out)


def format_details(scores: list[PageScore]) -> str:
    """Per page, what went wrong: fields, kept furniture, lost and mis-split sentences."""
    out = []
    for s in scores:
        problems = [f"  error: {s.error}"] if s.error else []
        problems += [
            f"  {name}: {f.value!r}" for name, f in s.fields.items() if f.wrong or (f.shown and not f.found)
        ]
        problems += [f"  furniture kept: {line}" for line in s.furniture_kept]
        problems += [f"  lead repeat kept: {line}" for line in s.lead_repeats_kept]
        problems += [f"  lost: {line}" for line in s.lost]
        problems += [f"  not a gold sentence: {line}" for line in s.unmatched]
        problems += [f"  not verbatim: {line}" for line in s.non_verbatim]
        if s.repeated_point:
            problems.append("  summary repeats a point")
        if problems:
            out.append(f"{s.file} ({s.split})\n" + "\n".join(problems))
    return "\n".join(out)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--split", choices=("dev", "test", "all"), help="default: the dev and the test split")
    parser.add_argument("--json", type=Path, metavar="PATH", help="also write the numbers as JSON")
    parser.add_argument("--details", action="store_true", help="list what went wrong on each page")
    args = parser.parse_args(argv)
    pages = load_gold()
    chosen = [args.split] if args.split else list(SPLITS)
    wanted = [p for p in pages if args.split == "all" or p["split"] in chosen]
    scores = evaluate(wanted)
    groups = (
        {"all": scores} if args.split == "all" else {k: [s for s in scores if s.split == k] for k in chosen}
    )
    numbers = {name: report(group) for name, group in groups.items()}
    for name, group in groups.items():
        print(format_report(f"News evaluation, {name} split", numbers[name]))
        if args.details:
            print(format_details(group))
        print()
    if args.json:
        pages_out = [asdict(s) for s in scores]
        args.json.write_text(
            json.dumps({"splits": numbers, "pages": pages_out}, ensure_ascii=False, indent=1) + "\n",
            encoding="utf-8",
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())

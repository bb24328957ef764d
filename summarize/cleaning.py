"""Clean stage: from raw article text to headline, paragraphs, headings and captions, without the page.

Scraped news arrives with the page around the story: section labels, the headline twice, bylines,
date lines, captions printed twice, related-article lists, app promotions, author boxes. The line
tests in ``summarize.boilerplate`` say what a line looks like; the passes here add what only the
whole article shows (where the story starts, what repeats, how far a related-articles list runs)
and decide. They run in this order, each on the lines no earlier pass dropped:

0. site furniture: lines the run saw repeated across many of its articles (``furniture``);
1. marked blocks: a related-articles or author-box opener and the lines up to its end marker;
2. furniture lines: promotions, advertisement labels, related links, read-more teasers, date lines
   (a date with a site, place or name beside it too);
3. images: Markdown images, image markers and credited captions;
4. exact repeats of earlier lines;
5. the look of a line: separators, image addresses, buttons, rubric labels ("टॉप न्यूज"), cut-off
   teasers, a name printed twice, and in a Hindi article short Latin lines (navigation, labels, SEO
   titles);
6. the top (the lines before the story's first sentence): bylines, the headline and its twins,
   section labels, a reporter's name under the headline;
7. the rest by shape: captions printed twice, headings (short, unpunctuated), text; the dateline
   (place, reporter, agency, kicker) is cut off the first sentence into the metadata;
8. in a Hindi article, headings and text lines that the learned line classifier
   (``summarize.line_classifier``) scores as furniture above its threshold;
9. summary boxes: an early paragraph whose every sentence the story says again.

Every line ends up in exactly one place: in a kept block (``Block.lines`` names its source lines)
or in ``Cleaned.dropped`` with the reason (a dateline cut off a kept line is there as the cut text),
so nothing of the story is lost silently. The metadata the text shows (headline, date, dateline place,
byline, section, site) completes the source's own; the site is named from the page's address or a
known site's name (``summarize/sites.json``) outside the story.
``keep_boilerplate`` keeps every line where it stands; the metadata is still read.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass, fields
from functools import lru_cache, partial

from summarize import boilerplate as bp
from summarize import bylines, line_classifier
from summarize.dates import WEEKDAYS, dates_in, find_date, parse_date
from summarize.document import Block, Cleaned, Dropped, Metadata, ParagraphKind, Source
from summarize.splitting import BULLETS, split_sentences

# A line ending in one of these finishes a sentence, or continues into the next line; a short line
# ending in neither is a heading. (Scraped news is rarely hard-wrapped mid-clause, while subheadings
# without punctuation are common, so an unpunctuated short line is taken as a heading.)
SENTENCE_END = ("।", "॥", ".", "?", "!", ":", '"', "'", "”", "’", ")")
_SENTENCE_MARKS = ("।", "॥", ".", "?", "!")  # the marks that end a sentence itself
CONTINUES = (",", ";", "-", "–", "—")
HEADING_MAX_WORDS = 20
# A heading-shaped line this long, with text after it in its paragraph, is wrapped text.
WRAPPED_MIN_WORDS = 12
# A line at least this share of the shorter text line around it is as wide as they are: wrapped text.
WRAP_WIDTH_SHARE = 0.75
# Lines whose furniture tests are remembered (pure functions of the text) within a process.
LINE_CACHE = 4096
# A line this short with no Devanagari letter is a button's mark or a counter, never story.
STRAY_MAX_CHARS = 3
# Section labels and breadcrumbs are a word or three ("उत्तर प्रदेश", "uttar pradesh"), or a chain
# of them ("होम » उत्तर प्रदेश"); a headline is longer.
LABEL_MAX_WORDS = 3
# A slash or ">" between labels is spaced ("होम / देश"); one inside a headline need not be ("बैठक/ नई टिहरी").
BREADCRUMB = re.compile(r"[»›]|\s[>/]\s")
# A headline may run longer than a subheading: SEO titles with a kicker reach thirty words.
HEADLINE_MAX_WORDS = 35
# How far after its opener a related-articles list or an author box may end with its end marker.
BLOCK_WINDOW = 8
# Datelines are looked for in this many of the first text lines (a lead summary may come first).
DATELINE_SEARCH = 3
# A headline's kicker: a place or rubric and a colon before it ("Kanpur News: ...").
KICKER = re.compile(r"(?P<kicker>[^:।]{1,30}):\s*\S.*")
KICKER_MAX_WORDS = 3
DATELINE = "dateline (place, reporter and site in metadata)"
UNDATED_DATELINE = "dateline without a year (place in metadata)"
PHOTO_CREDIT = "photo credit"
# The article's script is told from its first characters (enough letters, and linear however long).
SCRIPT_SAMPLE = 5_000
# Summary boxes and standfirsts that repeat the story are looked for among this many first text lines.
LEAD_SEARCH = 5
PUBLICATION_DATE = "publication date (in metadata)"
OTHER_STORY = "another story (its own headline and date)"
OVER_HEADLINE = "another story's title, over the headline"
RUBRIC_LABEL = "section or list label"
PROMOTION = "promotion"
AFTER_STORY = "a heading after the story's last text (related stories, labels)"
RUN_FURNITURE = "repeats in many articles of this run (site furniture)"
END_CREDIT = "the agency's credit at the story's end (in metadata)"
READ_MORE_END = "read-more link at the paragraph's end"
# A line of a Hindi article with this many times more letters of other scripts than Devanagari is in
# another script; a Hindi sentence with English names or glosses in it has far fewer.
FOREIGN_SHARE = 2
LATIN_FURNITURE = "page furniture in Latin script (navigation, label, button)"
# A date's label alone ("Published on -", "Updated:") has at most this many words.
DATE_LABEL_MAX_WORDS = 3
# A Latin line this long opening a Hindi page may be its headline (shorter ones are labels and buttons).
LATIN_TITLE_MIN_WORDS = 6


@dataclass
class _Line:
    """A non-blank source line while the passes decide what it is."""

    number: int  # 1-based line number in the source
    line: str  # the source line, whitespace collapsed
    paragraph: int  # which run of lines between blank lines it is in
    text: str  # what a kept block shows of it: the line, or the caption of a Markdown image
    kind: ParagraphKind | None = None  # set once a pass knows what the line is
    drop: str | None = None  # why the line is dropped, once a pass drops it
    repeats: _Line | None = None  # the earlier line it is an exact repeat of
    dateline: str | None = None  # the dateline cut off the front of ``text``, if any
    credit: str | None = None  # the agency's credit cut off the end of ``text`` ("(भाषा)"), if any
    credit_reason: str = END_CREDIT  # or the read-more link cut off there instead ("पढ़ें पूरी खबर")
    latin_title: bool = False  # a Latin first line on a Hindi page, kept back in case it is the headline


def clean(
    source: Source, keep_boilerplate: bool = False, *, furniture: frozenset[str] = frozenset()
) -> Cleaned:
    """Split an article into blocks and drop (or, with ``keep_boilerplate``, only mark) the page.

    ``furniture`` holds lines (as ``furniture_key`` writes them) that a run saw repeated across many
    of its articles: a site's navigation, credits and prompts, dropped wherever they appear.
    """
    lines = _lines(source.text)
    found: dict[str, str] = {}  # Metadata field -> value read from the text; the first find wins
    if furniture:
        for line in lines:
            if furniture_key(line.line) in furniture:
                line.drop = RUN_FURNITURE
    _drop_marked_blocks(lines)
    _drop_furniture(lines, found)
    _mark_images(lines, found)
    _drop_repeats(lines)
    _drop_weather(lines)
    devanagari = _mostly_devanagari(source.text)
    _drop_by_look(lines, devanagari, found)
    _names_beside_dates(lines, found)
    _drop_mottos(lines)
    over_credits = {
        above.number for above, line in zip(lines, lines[1:], strict=False) if _reads_as_credits(line)
    }
    _read_top([line for line in lines if not line.drop], source.given.headline, found, over_credits)
    _mark_by_shape(lines, found)
    _credits_under_headline(lines, found)
    _cut_read_more(lines)
    _cut_end_credits(lines, found)
    if devanagari:  # the classifier learnt Hindi pages, where a Latin line is a label
        _drop_by_model(lines)
        _mark_foreign(lines)
    _drop_lead_repeats(lines, found)
    _drop_other_stories(lines, found)
    _drop_listed_stories(lines)
    _drop_trailing_headings(lines, found)
    _drop_one_word_labels(lines)
    _find_site(lines, source.given, found)
    if keep_boilerplate:
        for line in lines:
            line.drop = line.dateline = line.credit = None
            line.text = line.line if line.kind == "text" else line.text
    # A line dropped whole is listed whole, with why, even when a dateline was read off it first; a
    # kept line whose dateline was cut off lists the dateline alone.
    dropped = tuple(
        entry
        for line in lines
        for entry in (
            (Dropped(line.number, line.line, line.drop),)
            if line.drop
            else (
                *((Dropped(line.number, line.dateline, DATELINE),) if line.dateline else ()),
                *((Dropped(line.number, line.credit, line.credit_reason),) if line.credit else ()),
            )
        )
    )
    return Cleaned(source, _blocks(lines), _metadata(source.given, found), dropped)


def furniture_key(line: str) -> str:
    """A line as runs count and ``clean`` matches site furniture: NFC, whitespace collapsed."""
    return unicodedata.normalize("NFC", " ".join(line.split()))


def is_heading(line: str) -> bool:
    """A short line that does not end like a sentence: a headline, subheading, label or caption.

    A line ending in a postposition or a conjunction ("कलेक्टर श्री यस जयवर्धन के") is text wrapped
    before its end, never a heading.
    """
    words = line.split()
    return (
        not line.endswith(SENTENCE_END + CONTINUES)
        and len(words) <= HEADING_MAX_WORDS
        and not (len(words) > 1 and words[-1] in _GOES_ON)
    )


# Words a Hindi line cannot end on unless it goes on: postpositions and conjunctions.
_GOES_ON = {"का", "की", "के", "को", "में", "मे", "से", "ने", "पर", "और", "तथा", "एवं", "व", "कि", "या"}


def _lines(text: str) -> list[_Line]:
    lines: list[_Line] = []
    paragraph = 0
    for number, raw in enumerate(text.split("\n"), start=1):
        line = " ".join(raw.split())
        if not line:
            paragraph += 1
        else:
            lines.append(_Line(number, line, paragraph, text=line))
    return lines


def _drop_marked_blocks(lines: list[_Line]) -> None:
    """Drop related-article lists and author boxes: the opener and the lines up to its end marker.

    Without an end marker in reach, the block runs over the link-like lines after the opener
    (headlines and dates: short, unpunctuated) and stops at the first sentence.
    """
    index = 0
    while index < len(lines):
        opener = lines[index]
        if bp.matches(bp.RELATED_MARKER, opener.line):
            what, ends = "related-articles list", bp.is_teaser
        elif bp.matches(bp.AUTHOR_MARKER, opener.line):
            what, ends = "author box", _is_author_end
        else:
            index += 1
            continue
        after = lines[index + 1 : index + 1 + BLOCK_WINDOW]
        closing = next((i for i, line in enumerate(after) if ends(line.line)), None)
        if closing is None:
            closing = next((i for i, line in enumerate(after) if not _link_like(line.line)), len(after)) - 1
            # (a "link" the story's first paragraph says again a few lines on is the story's headline, and
            # the list ends over it: "LATEST NEWS", "Lifestyle", then "शहर में साफ-सफाई का अभाव, ...")
            headline = next(
                (i for i in range(1, closing + 1) if _headline_of_next(after[i], lines[index + 2 + i :])),
                None,
            )
            closing = closing if headline is None else headline - 1
        opener.drop = what
        for line in after[: closing + 1]:
            line.drop = f"{what} (opened on line {opener.number})"
        index += closing + 2


def _headline_of_next(line: _Line, rest: list[_Line]) -> bool:
    """Whether a line is the headline of the prose paragraph a few lines after it: most of its longer
    words are that paragraph's."""
    prose = next(
        (p for p in rest[:HEADLINE_PROSE_LINES] if len(p.line.split()) >= OVER_STORY_MIN_WORDS), None
    )
    return prose is not None and _share(_words(line.line), set(_words(prose.line))) >= HEADLINE_PROSE_SHARE


HEADLINE_PROSE_LINES = 4
HEADLINE_PROSE_SHARE = 0.5


def _is_author_end(line: str) -> bool:
    return bp.matches(bp.AUTHOR_END, line)


def _link_like(line: str) -> bool:
    """A line of a list of links: a headline (one may end in "!" or "?") or a date."""
    return is_heading(line) or _is_headline_shape(line) or parse_date(line) is not None


def _no_site(line: str) -> None:
    return None


def _short(test: Callable[[str], object]) -> Callable[[str], bool]:
    """A test kept to lines of a heading's length: a longer line saying such words is story."""
    return lambda line: len(line.split()) <= HEADING_MAX_WORDS and bool(test(line))


# Furniture that its words alone tell, in the order tried: the test, why the line is dropped, and the
# site's name the line gives (a promotion's app, a copyright's owner, a tagline's site).
_BY_WORDS: tuple[tuple[Callable[[str], object], str, Callable[[str], str | None]], ...] = (
    (
        lambda line: len(line) <= STRAY_MAX_CHARS and not bp.letters(line)[1],
        "stray mark or counter",
        _no_site,
    ),
    (partial(bp.matches, bp.INTERFACE), "the page's interface text", _no_site),
    (
        lambda line: len(line.split()) >= NUMBERS_MIN_WORDS and not any(c.isalpha() for c in line),
        "numbers without words (a counter, a gallery's index)",
        _no_site,
    ),
    (partial(bp.matches, bp.MARKUP), "HTML markup", _no_site),
    (_short(partial(bp.matches, bp.EMBED_LABEL)), "label of an embedded video or post", _no_site),
    (
        lambda line: len(line.split()) <= bp.COUNTER_MAX_WORDS and bp.matches(bp.COUNTER, line),
        "counter",
        _no_site,
    ),
    (partial(bp.matches, bp.INITIALS), "editors' initials", _no_site),
    (bp.is_promotion, PROMOTION, bp.promoted_app),
    (partial(bp.matches, bp.ADVERTISEMENT), "advertisement label", _no_site),
    (partial(bp.matches, bp.NOTE), "the site's note (syndication, disclaimer)", _no_site),
    (bp.site_name, "the site's name", bp.site_name),
    (bp.site_icon, "the site's logo", bp.site_icon),
    (lambda line: bp.matches(bp.TAGS, line) or bp.is_keyword_list(line), "tags or keywords", _no_site),
    (bp.tagline_site, "the site's tagline", bp.tagline_site),
    (bp.is_site_row, "navigation (a row of sites)", _no_site),
    (bp.is_places_menu, "navigation (a row of places)", _no_site),
    (bp.is_ticker, "ticker of other stories", _no_site),
    # (a footer opening with its mark may run long: "© 2025 - All Rights Reserved - Youth18 | Hosted by ...")
    (
        lambda line: (
            bp.matches(bp.COPYRIGHT, line)
            and (len(line.split()) <= HEADING_MAX_WORDS or line.startswith("©"))
        ),
        "copyright line",
        bp.copyright_owner,
    ),
    (partial(bp.matches, bp.READ_FULL), "read-more link", _no_site),
    (partial(bp.matches, bp.YOU_ARE_HERE), "breadcrumb label", _no_site),
    (partial(bp.matches, bp.VIEWS), "counter of reads", _no_site),
    (bp.is_sections_menu, "navigation (sections and places)", _no_site),
    (
        lambda line: len(line.split()) <= bp.CLICK_HERE_MAX_WORDS and bp.matches(bp.CLICK_HERE, line),
        "link elsewhere (click here)",
        _no_site,
    ),
    (partial(bp.matches, bp.READING_TIME), "reading time", _no_site),
    (_short(partial(bp.matches, bp.PLAYER)), "media player's message", _no_site),
    (partial(bp.matches, bp.PLAYER_TIME), "media player's clock", _no_site),
    (partial(bp.matches, bp.EMPTY_DATE_LABEL), "a date's label without its date", _no_site),
    (partial(bp.matches, bp.RELEASE_ID), "press release's number", _no_site),
    (bp.photo_credit_alone, PHOTO_CREDIT, _no_site),
    (partial(bp.matches, bp.RELATED_LINK), "related-article link", _no_site),
    (bp.is_teaser, "teaser of another story (ends in a read-more link)", _no_site),
    (partial(bp.matches, bp.AUTHOR_END), "author box", _no_site),
    (partial(bp.matches, bp.COMMENT_BOX), "comment box", _no_site),
    # an embedded post's credit: its date is the post's, not the article's
    (partial(bp.matches, bp.EMBED_CREDIT), "credit of an embedded post", _no_site),
    # "Source : हिंदुस्तान": the paper the story was taken from, no byline
    (
        lambda line: (
            len(line.split()) <= REPOST_MAX_WORDS and bp.matches(bp.REPOST_CREDIT, line) and bp.site_in(line)
        ),
        "where the story was taken from",
        _no_site,
    ),
)
REPOST_MAX_WORDS = 8
# A relative time's line ("धार4 मिनट पहले", "Updated 2 hours ago" is a row) has at most this many words.
RELATIVE_MAX_WORDS = 5
# A line of this many numbers and marks, with no word, is a counter row or a gallery's index.
NUMBERS_MIN_WORDS = 3


@lru_cache(maxsize=LINE_CACHE)
def _furniture_by_words(line: str) -> tuple[str, str | None] | None:
    """Why a line is furniture by its words alone, and the site it names; None if it is not.

    Cached, as ``_read_row``: a page repeats its furniture, and a hostile file one line many times.
    """
    rule = next((rule for rule in _BY_WORDS if rule[0](line)), None)
    return (rule[1], rule[2](line)) if rule else None


_read_row = lru_cache(maxsize=LINE_CACHE)(bylines.read_row)
_credit_row = lru_cache(maxsize=LINE_CACHE)(bp.credit_row)
_labelled_byline = lru_cache(maxsize=LINE_CACHE)(bp.labelled_byline)
_undated_dateline = lru_cache(maxsize=LINE_CACHE)(bp.undated_dateline)
_source_credit = lru_cache(maxsize=LINE_CACHE)(bp.source_credit)
_site_report = lru_cache(maxsize=LINE_CACHE)(bp.site_report)


@lru_cache(maxsize=LINE_CACHE)
def _relative_time(line: str) -> str | None:
    """What a short line of a relative time has before it ("" for none), else None."""
    match = bp.RELATIVE_TIME.fullmatch(line) if len(line.split()) <= RELATIVE_MAX_WORDS else None
    return match["before"].strip() if match else None


def _drop_furniture(lines: list[_Line], found: dict[str, str]) -> None:
    """Drop lines that are page furniture by their form alone, and read the credits and dates.

    The first date line dates the article, unless it is a bare date (a page's bar says today's) and a
    later one is labelled "Published" or "Updated" (the story's own).
    """
    bare_date = False  # whether the date found is a bare one, which a labelled date replaces

    def take_date(date: str, line: str) -> None:
        nonlocal bare_date
        labelled = bp.matches(bp.DATE_LABELLED, line)
        if "date" not in found or (bare_date and labelled):
            found["date"], bare_date = date, not labelled
        elif len(date) > len(found["date"]) and date.startswith(found["date"]):
            found["date"] = date  # the same day again, with its time: "19-दिसंबर-2012 15:54 IST"

    for index, line in enumerate(lines):
        if line.drop:
            continue
        if stacked := _stacked_date(lines[index : index + STACKED_PARTS]):
            line.drop = "date line" if "date" in found else PUBLICATION_DATE
            for part in lines[index + 1 : index + STACKED_PARTS]:
                part.drop = f"part of the date on line {line.number}"
            take_date(stacked, line.line)
        elif by_words := _furniture_by_words(line.line):
            line.drop, site = by_words
            if site:
                found.setdefault("site", site)
        elif bp.matches(bp.TODAY_BAR, line.line) or (index == 0 and _header_date(lines)):
            line.drop = "the page bar's date (today's, not the story's)"  # in a theme's own form
        elif (row := _read_row(line.line)) or (
            row := _over_story(lines, index) and _read_row(line.line, over_story=True)
        ):
            strict = _read_row(line.line) is not None
            # Over the story, a row read strictly may still name its paper in words no list knows:
            # "मुकेश वैष्णव/दिव्यांग जगत/अजमेर", "पब्लिक फर्स्ट I बुरहानपुर । रिजवान अंसारी".
            if strict and not row.site and _over_story(lines, index):
                loose = _read_row(line.line, over_story=True)
                if loose and loose.byline == row.byline and loose.site and _papers_words(loose.site):
                    row = bylines.Row(row.byline, loose.site, row.place, row.date)
            if row.byline:
                # (a row read only for standing over the story marks no headline over it: a subheading
                # may stand between)
                line.drop = "byline (in metadata)" if strict else "credit row over the story (in metadata)"
            elif row.date:
                line.drop = "date line" if "date" in found else PUBLICATION_DATE
            else:
                line.drop = "credit line"
            # (a row's town is its desk's: the story's dateline, read later, says where the story is filed
            # from: "जगदलपुर - TIMES OF BASTAR" over "बलौदाबाजार/भिलाई :- ...", "Newswrap हिन्दुस्तान, उरई..."
            # over "कालपी। ...")
            # (a paper crediting itself credits the story only where no one is named: "प्रफुल्ल कुमार सिंह"
            # over "कोसी की आस @पुर्णिया")
            credit = SITE_CREDIT if row.byline and row.byline == row.site else "byline"
            for name, value in ((credit, row.byline), ("site", row.site), (DESK_TOWN, row.place)):
                if value:
                    found.setdefault(name, value)
            if row.byline and credit == "byline":
                _credit_person(found, row.byline)
            if row.date:
                take_date(row.date, line.line)
        elif credit := _credit_row(line.line):
            line.drop = "byline (in metadata)"
            # (the desk's town is the place only where the story gives none: "संवाद न्यूज एजेंसी, आगरा" over
            # "कासगंज। ...")
            for name, value in zip(("byline", "site", DESK_TOWN), credit, strict=True):
                if value:
                    found.setdefault(name, value)
        elif name := _labelled_byline(line.line):
            line.drop = "byline (in metadata)"
            found.setdefault("byline", name)
        elif report := _site_report(line.line):
            line.drop = "byline (in metadata)"
            found.setdefault("byline", report[0])
            found.setdefault("site", report[1])
        elif (relative := _relative_time(line.line)) is not None:
            line.drop = "relative time (no date)"
            if bp.is_place(relative):  # "धार4 मिनट पहले": the town it is filed from
                found.setdefault("place", relative)
        elif source := _source_credit(line.line):
            line.drop = "credit line (in metadata)"
            found.setdefault("byline", source)
        elif place := _undated_dateline(line.line):
            line.drop = UNDATED_DATELINE
            found.setdefault("place", place)
        elif bp.day_and_month(line.line.strip(_DATE_MARKS)):
            line.drop = "date without its year (no date)"  # "- 7 फ़र॰", "Nov 9"
        elif dated := _date_line(line.line):
            date, beside = dated
            line.drop = "date line" if "date" in found else PUBLICATION_DATE
            take_date(date, line.line)
            if site := bp.site_in(beside) or _logo_beside_date(beside):
                found.setdefault("site", site)
            # a dateline before the date: "शिमला,हिमशिखा न्यूज़।17/10/2022"
            opening = bp.dateline(beside) if beside else None
            if opening and opening.place and opening.end >= len(beside.rstrip()):
                for name in ("place", "byline", "site"):
                    if value := getattr(opening, name):
                        found.setdefault(name, value)
            # a byline beside the date: "By भाषा | Updated: June 29, 2021", "23 DEC 2025 6:19PM by PIB Delhi"
            parts = (part.strip() for part in _BESIDE_DATE.split(beside))
            if name := next((name for part in parts if part and (name := bp.labelled_byline(part))), None):
                found.setdefault("byline", name)
    for before, line in zip(lines, lines[1:], strict=False):
        if line.drop == PROMOTION and not before.drop and bp.promotion_lead_in(before.line):
            before.drop = f"{PROMOTION} (what it is for)"


def _logo_beside_date(beside: str) -> str | None:
    """The site's one-word Latin name alone beside a date: "January 11, 2022 | samvaad365", "Apr 8, 2021
    Reporters24x7 ,"."""
    word = beside.strip(" |,-–—•")
    return bp.glued_logo(word) or (word if _NAME_AND_NUMBER.fullmatch(word) else None)


# (a name and its number glued: "samvaad365", "khabar24")
_NAME_AND_NUMBER = re.compile(r"[A-Za-z]{4,}\d{2,4}")


_DATE_MARKS = " -–—|•·"


def _header_date(lines: list[_Line]) -> bool:
    """Whether the page opens with a theme's bar of today: a date alone ("Friday, June 2, 2023", "May 25,
    2025") over the bar's labels or the site's logo (a short Latin line: "Latest Posts", "spot_img",
    "20.1 C", "Devsaral Darpan"), or a weekday's date over a menu glued to "Home" or a Hindi label of a
    word or two; not over the headline a blog prints under its post's date, nor over the post's age
    ("a year ago") or its town ("RANCHI")."""
    if len(lines) < 2 or not parse_date(lines[0].line):
        return False
    after = lines[1].line
    words = after.split()
    if after.isascii():
        return (
            len(words) <= LABEL_MAX_WORDS + 1
            and not after.casefold().endswith(" ago")
            and not bp.is_place(after)
        )
    first = lines[0].line.split(maxsplit=1)[0].strip(".,").casefold()
    weekday = unicodedata.normalize("NFC", first) in _WEEKDAYS
    return weekday and (bool(_HOME_MENU.match(after)) or len(words) <= 2)


_WEEKDAYS = {unicodedata.normalize("NFC", w) for w in WEEKDAYS}
_HOME_MENU = re.compile(r"Home(?:\s|(?=[A-Z\u0900-\u097f]))")


def _papers_words(name: str) -> bool:
    """Whether a row's part may be a paper's name: words of letters alone, no person's."""
    letters = all(unicodedata.category(c)[0] in "LM" for c in name.replace(" ", ""))
    # (a district the gazetteer lacks, named by its quarter or called one, is no paper: "पश्चिम चंपारण",
    # "जिला इन्दौर")
    district = name.split()[0].casefold() in _DISTRICT_WORDS
    return letters and not district and not _a_person(name) and not bp.has_surname(name)


_DISTRICT_WORDS = {
    *("पश्चिम", "पश्चिमी", "पूर्व", "पूर्वी", "उत्तर", "उत्तरी", "दक्षिण", "दक्षिणी"),
    *("west", "east", "north", "south", "जिला", "जिले", "जनपद", "तहसील", "district"),
}


def _over_story(lines: list[_Line], index: int) -> bool:
    """Whether the line at ``index`` stands right over the story's first paragraph: among the page's
    first lines, over a long line of prose (where a credit row is printed, not a list)."""
    if index >= OVER_STORY_MAX_LINE:
        return False
    # (the dateline may stand alone between them: "संतोष श्रीवास्तव /न्यूज़ 11 भारत" over "पलामू/डेस्क")
    for after in lines[index + 1 : index + 3]:
        words = len(after.line.split())
        # (a paragraph may end with no mark: "... ग्रसित होने से ग्रामीणों को ... करना पड़ रहा है")
        if words >= OVER_STORY_MIN_WORDS and (
            after.line.rstrip().endswith(_PROSE_ENDS) or words >= PROSE_MIN_WORDS
        ):
            return True
        if words > DATELINE_ALONE_MAX_WORDS:
            return False
    return False


# A credit row over the story stands among the page's first lines (a menu may come first) ...
OVER_STORY_MAX_LINE = 30
# ... over a paragraph of prose, not a teaser's title.
OVER_STORY_MIN_WORDS = 15
DATELINE_ALONE_MAX_WORDS = 3
DATELINE_CREDIT_MAX_WORDS = 5  # the most words of a short line over a dateline, read as its credit
STANDFIRST = "standfirst over the dateline"
PROSE_MIN_WORDS = 25  # a line this long is prose, whatever it ends with
_PROSE_ENDS = ("।", ".", "?", "!", "॥", "”", '"', "'")


def _stacked_date(parts: list[_Line]) -> str | None:
    """The date a page prints a part a line from the first of ``parts`` (a calendar badge: "Apr" / "27" /
    "2019"), else None."""
    if len(parts) < STACKED_PARTS or any(
        part.drop or len(part.line.split()) != 1 or len(part.line) > STACKED_PART_MAX_CHARS
        for part in parts[:STACKED_PARTS]
    ):
        return None
    # (a badge prints its year as a part: a cheap test before the date is parsed)
    if not any(_YEAR.fullmatch(part.line) for part in parts[:STACKED_PARTS]):
        return None
    return parse_date(" ".join(part.line for part in parts[:STACKED_PARTS]))


STACKED_PARTS = 3
_YEAR = re.compile(r"(?:19|20)\d\d")
STACKED_PART_MAX_CHARS = 9  # "September", "2019", "27"


# What separates the parts of a date line: "By भाषा | Updated: ...", "by NewsDesk - 08 Sep 24".
_BESIDE_DATE = re.compile(r"\s*[|•]\s*|\s[-–—]\s")


@lru_cache(maxsize=LINE_CACHE)
def _date_line(line: str) -> tuple[str, str] | None:
    """The date of a date line and the words beside it (a site, a name, a place), else None."""
    if date := parse_date(line):
        return date, ""
    return find_date(line)


def _mark_images(lines: list[_Line], found: dict[str, str]) -> None:
    """Mark captions: a Markdown image's, the line after an image marker, a line with a photo credit, and
    a short line over a photo credit alone ("माता वैष्णो देवी भवन" over "– फोटो : संवाद") but the page's
    first, which is its headline over the picture."""
    first = next((line for line in lines if not line.drop), None)
    for index, line in enumerate(lines):
        over = lines[index - 1] if index else None
        # (a Latin line there is a label, read as any other: "News Editor" over "Image Credit: ...")
        if line.drop == PHOTO_CREDIT and over and over is not first and not over.drop and not over.kind:
            over.kind = "caption" if is_heading(over.line) and not over.line.isascii() else None
        if line.drop or line.kind:
            continue
        if image := bp.MARKDOWN_IMAGE.fullmatch(line.line):
            caption = image["alt"].strip()
            if caption and bp.matches(bp.AD_IMAGE, caption):
                line.drop = "advertisement (an image)"  # "![Banner Ad](...)"
            elif caption:
                line.text, line.kind = caption, "caption"
            else:
                line.drop = "image without a caption"
        elif _IMAGE_FILE.match(line.line):
            line.drop = "a picture's file name and its alt text"
        elif bp.matches(bp.IMAGE_MARKER, line.line):
            line.drop = "image marker"
            following = lines[index + 1] if index + 1 < len(lines) else None
            if following and not following.drop and is_heading(following.line):
                following.kind = "caption"
        elif len(line.line.split()) <= HEADING_MAX_WORDS and bp.is_caption_credit(line.line):
            line.kind = "caption"
            if tag := bp.credit_tag(line.line):
                found.setdefault("site", tag)


# A picture's file name printed before its alt text: "demo image v 2025 02 10t163746.570 - सीएमओ ने ...".
_IMAGE_FILE = re.compile(
    r"[A-Za-z0-9 ._-]*\b(?:image|img|photo|pic)\b(?=[A-Za-z0-9 ._-]*\d)[A-Za-z0-9 ._-]*?\s+-\s+(?=\S)", re.I
)


def _drop_repeats(lines: list[_Line]) -> None:
    """Drop exact repeats of earlier lines (headlines, captions and paragraphs printed twice), and the
    story's opening printed over it cut off."""
    first: dict[str, _Line] = {}
    for line in lines:
        if line.drop:
            continue
        if line.line in first:
            line.repeats = first[line.line]
            line.drop = f"repeats line {line.repeats.number}"  # named better once its kind is known
        else:
            first[line.line] = line
    # The story's opening cut off with an ellipsis (a page's description printed over the story): the
    # story after it says it whole. (Lines are grouped by how they open, and only the next few of a group
    # are tried: a page of cut-off lines that open alike is then not searched line by line.)
    by_opening: dict[str, list[_Line]] = {}
    kept = [line for line in lines if not line.drop]
    for line in kept:
        by_opening.setdefault(line.line[:CUT_OPENING_MIN_CHARS], []).append(line)
    for group in by_opening.values():
        for index, line in enumerate(group):
            opening = line.line.rstrip(".… ")
            if not line.line.endswith(bp.CUT_OFF) or len(opening) < CUT_OPENING_MIN_CHARS:
                continue
            later = group[index + 1 : index + 1 + CUT_OPENING_TRIES]
            if whole := next((other for other in later if other.line.startswith(opening)), None):
                line.drop = f"the story's opening (line {whole.number}), cut off"
    # ... or the description runs over several of the lines under it, joined by spaces: the headline,
    # the dateline's lines and the text's start ("भिलाई, दुर्ग । असल बात न्यूज़।। ... यहां सुपे..."); or a
    # title row, the breadcrumbs glued before it, cuts the headline under it ("HomeTECHNOLOGYअब कार ...,...").
    at = {id(line): index for index, line in enumerate(lines)}
    for index, line in enumerate(kept):
        opening = " ".join(line.line[bp.title_after_crumbs(line.line) or 0 :].rstrip(".… ").split())
        if line.drop or not line.line.endswith(bp.CUT_OFF) or len(opening) < CUT_OPENING_MIN_CHARS:
            continue
        for start in kept[index + 1 : index + 1 + CUT_OPENING_TRIES]:
            if _runs_over(opening, lines[at[id(start)] :]):
                line.drop = f"the story's opening (from line {start.number}), cut off"
                break


CUT_OPENING_MIN_CHARS = 40  # (a few words cut off may open many a line)
CUT_OPENING_TRIES = 4


def _runs_over(opening: str, lines: list[_Line]) -> bool:
    """Whether ``opening`` is the lines' text from the first, joined by spaces, and cut off in one of
    them. A line already dropped (an advertisement's label, a credit) may stand
    between; a few in a row are passed over."""
    rest, passed = opening, 0
    for at, line in enumerate(lines):
        text = " ".join(line.line.split())
        if text.startswith(rest):
            return True
        if text and rest.startswith(text + " "):
            rest, passed = rest[len(text) + 1 :], 0
        elif not at or not line.drop or (passed := passed + 1) > CUT_PASSED_MAX:
            return False
    return False


CUT_PASSED_MAX = 3


def _drop_weather(lines: list[_Line]) -> None:
    """Drop a weather box: a temperature ("6.2 C", "32°C") and the city's name under it ("New York"),
    which a name's reading would take for a byline or a logo."""
    for line, after in zip(lines, lines[1:], strict=False):
        if not line.drop and _TEMPERATURE.fullmatch(line.line.strip()):
            line.drop = WEATHER
            city = after.line
            if not after.drop and len(city.split()) <= WEATHER_CITY_MAX_WORDS and bp.is_name(city):
                after.drop = WEATHER


WEATHER = "weather box"
WEATHER_CITY_MAX_WORDS = 3
_TEMPERATURE = re.compile(r"-?\d{1,2}(?:\.\d)?\s*°?\s*[CF]")


def _mostly_devanagari(text: str) -> bool:
    latin, devanagari = bp.letters(text[:SCRIPT_SAMPLE])
    return devanagari > latin


def _drop_by_look(lines: list[_Line], devanagari: bool, found: dict[str, str]) -> None:
    """Drop lines whose look alone says page: separators, image paths, buttons, cut-off teasers, a
    name printed twice (the byline under the author's picture, and beside it), and in
    a Hindi article short Latin lines (navigation rows, labels, buttons, SEO titles; a Hindi story's
    own subheadings and sentences are in Hindi, and longer Latin sentences are kept)."""
    undecided = [line for line in lines if not line.drop and not line.kind]
    # The page's first line may be its headline ending in an ellipsis, when the story follows it; a
    # headline-shaped line after it is the headline, and the first line a cut-off teaser.
    headline_next = len(undecided) > 1 and _is_headline_shape(undecided[1].line)
    first = undecided[0] if undecided and not headline_next else None
    headline_cut = _cut_off_headlines(lines, undecided)
    for index, line in enumerate(lines):
        if line.drop or line.kind:
            continue
        if not any(c.isalnum() for c in line.line):
            line.drop = "separator"
        elif bp.matches(bp.IMAGE_PATH, line.line):
            line.drop = "image address"
        elif bp.matches(bp.BUTTON, line.line):
            line.drop = "button"
        elif bp.is_rubric(line.line):
            line.drop = RUBRIC_LABEL
        elif bp.glued_menu(line.line):
            line.drop = "navigation (a menu's words glued together)"
        elif crumbs := bp.breadcrumbs(line.line):
            line.drop = (
                "breadcrumbs" if "section" in found or not crumbs[-1] else "breadcrumbs (section in metadata)"
            )
            if crumbs[-1]:
                found.setdefault("section", crumbs[-1])
        elif (
            line is not first
            and line not in headline_cut
            and line.line.endswith(bp.CUT_OFF)
            and len(line.line.split()) <= bp.TEASER_MAX_WORDS
            and not (index and _goes_on_prose(lines[index - 1], line))
            and not bp.ellipsis_prose(line.line)
        ):
            # (The page's first line is its headline, which a site may end with an ellipsis.)
            line.drop = "teaser of another story (cut off)"
        elif name := bp.doubled_name(line.line):
            line.drop = "byline (in metadata)"
            found.setdefault("byline", name)
        elif devanagari and _latin_reporter(line, undecided):
            line.drop = "byline (in metadata)"
            found.setdefault("byline", line.line)
        elif devanagari and (town := _latin_dateline_alone(line.line)) and _hindi_prose_next(lines, index):
            # a Latin dateline on its own line over the Hindi story: "Dhanbad :"
            line.drop = DATELINE
            found.setdefault("place", town)
        elif (
            devanagari
            and bp.is_latin_label(line.line)
            and bp.byline(line.line) is None
            and not _dateline_alone(line.line)  # "झुंझुनूं(jagrat news)": a Hindi town, a Latin credit
        ):
            # The page's first line in Latin, as long as a headline, waits for ``_read_top``: it is the
            # headline where the page shows no Hindi one ("Boss: 1st Day Box Office Collections, ...").
            line.latin_title = (
                line is undecided[0]
                and len(line.line.split()) >= LATIN_TITLE_MIN_WORDS
                and line.line.count(",") < 2  # not a list: "Hindi News Agency,Public Search Engine, ..."
            )
            if not line.latin_title:
                line.drop = LATIN_FURNITURE


def _latin_dateline_alone(line: str) -> str | None:
    """The known town of a Latin dateline alone on its line ("Dhanbad :", "Ranchi -"), else None."""
    match = _LATIN_DATELINE.fullmatch(line.strip())
    town = match["town"] if match else ""
    return town if town and bp.is_place(town) and not bp.is_state(town) else None


_LATIN_DATELINE = re.compile(r"(?P<town>[A-Z][a-z]+(?: [A-Z][a-z]+)?)\s*(?::-?|[\-–—])")


def _hindi_prose_next(lines: list[_Line], index: int) -> bool:
    """Whether the next line of the page is Hindi prose: the story, opening under its dateline."""
    after = next((line for line in lines[index + 1 :] if not line.drop), None)
    return (
        after is not None
        and len(after.line.split()) >= OVER_STORY_MIN_WORDS
        and _mostly_devanagari(after.line)
    )


def _latin_reporter(line: _Line, undecided: list[_Line]) -> bool:
    """Whether a Latin line on a Hindi page is the reporter's name under the headline ("Kapil Chauhan"
    under the page's first line): a name with a known surname, right after the page's first line of
    a Hindi headline's shape. (Elsewhere a Latin name is a label, a caption, a link or a film's star.)"""
    # (only the page's first lines are looked at: a scan of every line for every line would be quadratic)
    index = next((i for i, other in enumerate(undecided[: LATIN_REPORTER_LINE + 1]) if other is line), 0)
    if index == 0 or not bp.is_name(line.line):
        return False
    before = undecided[index - 1]
    # under the author's picture ("author-image" over "Rahul Garhwal"), a given name is enough
    if bp.matches(bp.AUTHOR_IMAGE, before.line):
        return bp.has_given_name(line.line) or bp.has_surname(line.line)
    # (the site's Latin logo may stand between: "PMG News Hisar" over "Satbir Chauhan")
    if index > 1 and bp.latin_logo(before.line) and not bp.is_name(before.line):
        before = undecided[index - 2]
    return (
        _is_headline_shape(before.line)
        and not _latin_first_is_last(before)  # a Hindi headline, over a Latin name
        and (bp.has_surname(line.line) or bp.has_given_name(line.line))
    )


LATIN_REPORTER_LINE = 4  # the headline is among the page's first lines, a label or two over it


def _dateline_alone(line: str) -> bool:
    """Whether a line is a dateline alone, with the town in Hindi."""
    found = bp.dateline(line)
    return bool(found and found.place and found.end >= len(line.rstrip()) and not found.place.isascii())


def _goes_on_prose(before: _Line, line: _Line) -> bool:
    """Whether a line goes on from the line before it, a paragraph of the story's prose, with no blank
    line between: a story's own ellipsis ("... लॉन्च हो सकती है....", a verse "ऊंची शान है अल्लाह..."), not
    a teaser's."""
    return (
        not before.drop
        and before.paragraph == line.paragraph
        and len(before.line.split()) >= OVER_STORY_MIN_WORDS
        and before.line.rstrip().endswith(_PROSE_ENDS)
    )


def _cut_off_headlines(lines: list[_Line], undecided: list[_Line]) -> list[_Line]:
    """Lines over the story ending in an ellipsis that are its headline trailing off, not teasers of
    other stories: the one right over the story's first sentence (past a byline's name; unless a list of
    such lines in its script ends there), one the page prints again, as a glued title row does
    ("HomeCHHATTISGARH<headline>..."), or prints twice alike."""
    # (the story starts at its first line of prose, not at a label such as "Latest:")
    start = next(
        (
            i
            for i, line in enumerate(undecided)
            if not _is_headline_shape(line.line) and len(line.line.split()) > LABEL_MAX_WORDS
        ),
        len(undecided),
    )
    top = [line for line in undecided[:start] if not bp.is_name(line.line.strip(_NAME_MARKS))]
    # (a headline's prints are among the page's first lines: only those are compared, each with each)
    near = undecided[:CUT_HEADLINE_LINES]
    cut = [line for line in top[:CUT_HEADLINE_LINES] if line.line.endswith(bp.CUT_OFF)]
    found = []
    if top and top[-1].line.endswith(bp.CUT_OFF):
        before = top[-2] if len(top) > 1 else None
        if before is None or not before.line.endswith(bp.CUT_OFF) or _latin_first_is_last(before):
            found.append(top[-1])
    printed_twice = {id(line.repeats) for line in lines if line.repeats}
    for line in cut:
        # (all but its last word, which one of the two prints may cut: "... करें अफसर…", "... करें...")
        words = _ELLIPSIS_END.sub("", line.line).split()[:-1]
        text = " ".join(words)
        printed_again = len(words) >= 3 and any(text in other.line for other in near if other is not line)
        if id(line) in printed_twice or printed_again:
            found.append(line)
        # (the print with breadcrumbs glued before it, cut elsewhere: the other print is the headline)
        elif len(words) >= 3 and (crumbs := bp.title_after_crumbs(text)) is not None:
            found += [other for other in cut if other is not line and text[crumbs:] in other.line]
    return found


CUT_HEADLINE_LINES = 40


def _names_beside_dates(lines: list[_Line], found: dict[str, str]) -> None:
    """A name alone on the line over or under the date line is the writer's ("Nilmani Pal" over "7 April
    2022 1:07 PM GMT", "Pooja Khodani" over "Published on -"), known surname or not: a page prints its
    byline beside its date. Only a line dropped for its Latin look or not yet decided is read."""
    if "byline" in found:
        return
    for i, line in enumerate(lines):
        if line.kind or line.drop not in (None, LATIN_FURNITURE):
            continue
        beside = [n for n in (lines[i - 1] if i else None, lines[i + 1] if i + 1 < len(lines) else None) if n]
        name = line.line.strip(_NAME_MARKS)
        # Latin names are capitalised: "min read", "a year ago" beside a date are labels.
        capitalised = all(w[0].isupper() for w in name.split() if w.isascii())
        # A Hindi headline may stand beside the date too: a Hindi name there needs a known name's word.
        known = name.isascii() or bp.has_surname(name) or bp.has_given_name(name)
        if any(_dates_the_page(n) for n in beside) and bp.is_name(name) and capitalised and known:
            line.drop = "byline (in metadata)"
            found["byline"] = name
            return


def _dates_the_page(line: _Line) -> bool:
    """Whether a line is a date line, or a short label of one ("Published on -", "Updated:")."""
    return line.drop in ("date line", PUBLICATION_DATE) or (
        len(line.line.split()) <= DATE_LABEL_MAX_WORDS and bp.matches(bp.DATE_LABELLED, line.line)
    )


def _drop_mottos(lines: list[_Line]) -> None:
    """Drop a site's motto, printed right under its logo: a short phrase with no mark or number ("सच सोच और
    समाधान" under "झारखण्ड वाणी", "जो कहेंगे सच कहेंगे" under "Apni Sarkaar"), over the headline that follows
    (a line of a headline's shape within the next lines: else the short line is the headline itself)."""
    # (the logo's line may be dropped already, as Latin furniture or as a credit: "News Chetna")
    top = lines[:MOTTO_LINES]
    for index, (logo, motto) in enumerate(zip(top, top[1:], strict=False)):
        if motto.drop:
            continue
        name = logo.line.strip(_LOGO_MARKS)
        if not (bp.logo_name(name) or bp.latin_logo(name) or bp.is_site_name(name)) or _places_news(name):
            continue
        words = motto.line.split()
        if not MOTTO_MIN_WORDS <= len(words) <= MOTTO_MAX_WORDS or _MOTTO_NOT.search(motto.line):
            continue
        after = [line for line in top[index + 2 :] if not line.drop][:MOTTO_HEADLINE_LINES]
        if any(_is_headline_shape(line.line) for line in after):
            motto.drop = MOTTO


MOTTO = "the site's motto (under its logo)"
MOTTO_LINES = 30  # (a page's logo is among its first lines, a menu or two over it)
MOTTO_MIN_WORDS, MOTTO_MAX_WORDS = 2, 6
MOTTO_HEADLINE_LINES = 3
_MOTTO_NOT = re.compile(
    r"[।॥.?!|:\d]|[A-Za-z]"
)  # (a mark, a number, or Latin letters: a menu, a date, a title)


def _logo_ended(line: str) -> bool:
    """Whether a line is the site's logo ended as a sentence is, by the dateline's line over it: "असल
    बात न्यूज़।।"."""
    return line.endswith(("।", "॥")) and bool(bp.logo_name(line.strip(_LOGO_MARKS)))


_LOGO_MARKS = " -–—|:•।॥"


def _places_news(name: str) -> bool:
    """Whether a name is a place's news, a section's label ("कोरबा न्यूज़", "Jind News"), where a place's
    paper has a paper's own word ("झारखण्ड वाणी", "हरियाणा केसरी")."""
    head, _, last = name.rpartition(" ")
    return bool(head) and bp.is_place(head) and bp.name_key(last) in _NEWS_KEYS


_NEWS_KEYS = {bp.name_key(w) for w in ("news", "न्यूज़", "न्यूज", "समाचार", "खबर", "ख़बर", "खबरें")}


def _read_top(
    kept: list[_Line], given_headline: str | None, found: dict[str, str], over_credits: set[int]
) -> None:
    """Read the lines before the story's first sentence: bylines, the headline, section labels.
    ``over_credits`` numbers the lines right over a byline or date row, where a headline stands."""
    start = next(
        (
            i
            for i, line in enumerate(kept)
            if line.kind is None
            and not _is_headline_shape(line.line)
            and not _logo_ended(line.line)
            and not _dateline_alone(line.line)
        ),
        len(kept),
    )
    top = [line for line in kept[:start] if line.kind is None]
    for line in top:
        name = bp.byline(line.line)
        if name is not None:
            line.drop = "byline (in metadata)" if name else "byline without a name"
            if name:
                found.setdefault("byline", name)
        elif desk := bp.desk_credit(line.line):
            # a desk's credit and its paper: "खबर आजतक, चंबा ब्यूरो", "डेस्क समाचार दर्पण लाइव"
            line.drop = "credit line (in metadata)"
            found.setdefault("byline", desk[0])
            found.setdefault("site", desk[1])

    story = " ".join(line.line for line in kept[start:])
    for line in top:  # a section's name alone ("राज्य", "- देश") is a label, never the headline
        if not line.drop and bp.is_section_name(line.line):
            line.drop = "section label" if "section" in found else "section label (in metadata)"
            found.setdefault("section", line.line.strip(" -–—|:•"))
        elif not line.drop and (logo := bp.logo_name(line.line.strip(_LOGO_MARKS))):
            # the site's logo ("मिसाल न्यूज़", "News Chetna"), or a news service's credit ("समग्र समाचार
            # सेवा"): never the headline
            service = _is_service(logo)
            line.drop = "credit line (in metadata)" if service else "the site's name"
            found.setdefault("byline" if service else "site", logo)
            if line is top[-1] and _opens_with_dateline(kept[start:]):
                found.setdefault("byline", logo)  # right over the dateline, the site's name credits the story
    for line in kept[start : start + LOGO_SEARCH]:
        # the site's logo printed among the story's first lines ("बाघल टाइम्स" under a first paragraph)
        logo = bp.logo_name(line.line.strip(" -–—|:•")) if line.kind is None else None
        if logo and not _is_service(logo) and not bp.staff_site(logo):  # (not "जीएन न्यूज संवाददाता")
            line.drop = "the site's name"
            found.setdefault("site", logo)
    top = [line for line in top if not line.drop]
    headline = _headline(  # (a town, or a whole dateline, alone on its line is no headline)
        [line for line in top if not _places(line.line) and not _dateline_alone(line.line)],
        given_headline,
        story,
        over_credits,
    )
    for line in top:
        # A town alone after the headline, or on a page without one, is the dateline printed on its own
        # line ("नई दिल्ली", "नकुड़, सहारनपुर"); above the headline it is a section ("लखनऊ" of a city's
        # pages), read below. A town alone on a page is its text.
        last = line is kept[-1]
        placed = _places(line.line) and not _dateline_alone(line.line)  # (read with its credit below)
        if placed and not last and (headline is None or line.number > headline.number):
            line.drop = DATELINE
            found.setdefault("place", _after_state(line.line))
    top = [line for line in top if not line.drop]
    credit = _credit_over_story(top, kept[start:], story)
    if desk := _desk_over_reporter(top, kept[start:], story):
        # (the paper and its desk's town over a dateline that names the reporter: "कलम बाण पंचकूला" over
        # "नरेश सरोहा : ...")
        line, paper, town = desk
        line.drop = "credit row over the story (in metadata)"
        found.setdefault("site", paper)
        found.setdefault(DESK_TOWN, town)
        top = [other for other in top if other is not line]
        if headline is line:
            headline = _headline(top, given_headline, story, over_credits)
    if headline and not given_headline and (_reporters(headline.line, story) or headline is credit):
        # A name alone that the story never mentions is the reporter's, not a headline: the page
        # shows none, or shows it elsewhere ("तारिक खान" over the story).
        headline.drop = "byline (in metadata)"
        found.setdefault("byline", headline.line.strip(_NAME_MARKS))
        top = [line for line in top if line is not headline]
        headline = _headline(top, None, story, over_credits)
    headline = (
        headline
        or _headline_over_dateline(kept[start:], top)
        or _sentence_headline(kept, top)
        or _headline_under_lead(kept, top)
    )
    for line in kept:  # a Latin title kept for its chance to be the headline, and not it, is a label
        if line.latin_title and line is not headline:
            line.drop = LATIN_FURNITURE
    top = [line for line in top if not line.drop]
    if headline is None:  # a name alone on a page without a headline is its reporter's
        for line in top:
            # (so is one known given name alone the story never mentions: "आलोक")
            alone = len(line.line.split()) == 1 and bp.is_given_name(line.line) and line.line not in story
            if _reporters(line.line, story) or alone:
                line.drop = "byline (in metadata)"
                found.setdefault("byline", line.line.strip(_NAME_MARKS))
        return
    # A headline a scrape glued to the line under it ("... तैयारसीएमओ संजय जैन"), printed alone further
    # down ("... तैयार"): the line alone is the headline.
    alone = next(
        (
            line
            for line in top
            if line.number > headline.number
            and len(line.line.split()) >= GLUED_HEADLINE_MIN_WORDS
            and headline.line.startswith(line.line)
            and headline.line != line.line
        ),
        None,
    )
    if alone:
        headline.drop = f"the headline (line {alone.number}) glued to the line under it"
        headline = alone
    headline.kind = "headline"
    found["headline"] = headline.line
    # On a Hindi page, a Latin line right under the Hindi headline is the headline in English (the page's
    # title for search engines: "A terrible road accident in China, 50 cars collided."), not the story.
    after = next((line for line in kept if line.number > headline.number and not line.drop), None)
    if (
        after
        and after.kind is None  # (not an image's caption)
        and _latin_first_is_last(after)
        and _opens_in_latin(after.line)  # (not the headline with an English tail: "अब कार ... – Bajaj")
        and not _latin_first_is_last(headline)
        and _mostly_devanagari(story)
    ):
        after.drop = "the headline in English (the page's title)"
    # A crawl's date before the headline (" date 2025-10-16 <headline>") is the story's.
    if crawl := bp.CRAWL_DATE.match(headline.line):
        found["headline"] = headline.text = headline.line[crawl.end() :]
        found.setdefault("date", crawl["day"])
    # A dash a theme prints before it ("- Jaunpur News: ...") is no part of it.
    if headline.line.startswith(_DASHES) and (text := headline.line.lstrip(" -–—")):
        found["headline"] = headline.text = text
    # Breadcrumbs a scrape glued before it ("Home टॉप न्यूज़ Agra: ...") are no part of the headline.
    if (start := bp.title_after_crumbs(headline.line)) is not None:
        found["headline"] = headline.text = headline.line[start:]
    # A page title's site after a bar ("<headline> | Naya Sabera Network") is no part of the headline.
    if (site := _title_site(headline.line)) is not None:
        found["headline"] = headline.text = headline.line[: headline.line.rindex(" | ")].rstrip()
        if site:
            found.setdefault("site", site)
    # A Latin rubric glued to its end is no part of it: "... का आरोप  Latest Haryana News".
    if (start := bp.rubric_suffix(headline.text)) is not None:
        found["headline"] = headline.text = headline.text[:start].rstrip()
    # A date glued to the headline's end ("... माफी January 24, 2020 at 09:18PM") is the story's.
    if glued := _glued_date(headline.line):
        found["headline"] = headline.text = glued[0]
        found.setdefault("date", glued[1])
    # A reporter's credit glued to its end is no part of it: "... की मौत – रिपोर्ट शुभम शर्मा".
    if credited := bp.headline_credit(headline.text):
        found["headline"] = headline.text = headline.text[: credited[0]].rstrip()
        found.setdefault("byline", credited[1])
    under = next((line for line in top if line.number > headline.number), None)
    for line in top:
        if line is headline:
            continue
        if _unkicked(line.line) == _unkicked(headline.line):
            line.drop = f"the headline again (line {headline.number}), with {_kicker(line.line)!r} before it"
        elif _seo_title(line.line, headline.line):
            glued = (
                "the page title after it" if line.line.startswith(headline.line) else "breadcrumbs before it"
            )
            line.drop = f"the headline again (line {headline.number}), with {glued}"
            if line.line.startswith(headline.line) and (
                site := bp.title_suffix_site(line.line[len(headline.line) :])
            ):
                found.setdefault("site", site)
        elif line is under and (_reporters(line.line, story) or line is credit):
            # Right under the headline, a name alone that the story never mentions is the reporter's;
            # one it mentions is a caption or a place ("सुप्रीम कोर्ट", "नई दिल्ली"), and one further down
            # a subheading ("मौसम चेतावनी").
            line.drop = "byline (in metadata)"
            name = line.line.strip(_NAME_MARKS)
            found.setdefault("byline", name)
            if bp.is_site_name(name) and not _a_person(name):
                found.setdefault("site", name)  # a paper's name: "यूपी फाइट टाइम्स"
        elif line.number > headline.number and bp.is_role(line.line):
            line.drop = "the writer's role"  # "(वरिष्ठ पत्रकार)" under a columnist's name
        elif (
            line.number < headline.number
            and (dateline := bp.dateline(line.line))
            and dateline.place
            and dateline.byline
            and _dateline_alone(line.line)
        ):
            _take_dateline(line, dateline, found)  # over the headline: "कुल्लू (खबर आई संवाद सूत्र)"
        elif (
            line is top[0]
            and line.number < headline.number
            and bp.is_site_name(name := line.line.strip(_LOGO_MARKS))
            and not bp.is_place(name)
            and not _places_news(name)
            and not bp.is_rubric(name)
        ):
            # the page's first line, a paper's name over the headline: its logo ("झारखण्ड वाणी")
            line.drop = "the site's name"
            found.setdefault("site", name)
        elif line.number < headline.number and _is_label(line.line):
            line.drop = "section label" if "section" in found else "section label (in metadata)"
            found.setdefault("section", line.line)
        elif (
            line.number < headline.number
            and _is_headline_shape(line.line)
            and not bp.credit_in_parentheses(line.line)  # "( के पी सिंह)": the credit, read below
        ):
            line.drop = OVER_HEADLINE  # the page's menu of other stories, above the story's own title
    # A line between the headline and its byline or date row is the headline's deck, not the story's
    # subheading (the story starts under its credits): "अब भाजपा का बनेगा चैयरमेन"; not a paper's name
    # or a dateline, which are read below.
    deck = under and not under.drop and under.number in over_credits and is_heading(under.line)
    if deck and not (bp.is_site_name(under.line) or bp.site_in(under.line) or bp.dateline(under.line)):
        under.drop = DECK


DECK = "the headline's deck (over the byline)"
GLUED_HEADLINE_MIN_WORDS = 3  # (fewer may open many a line)
LOGO_SEARCH = 3  # the story's first lines, where a crawl may print the site's logo after its description


def _credit_over_story(top: list[_Line], rest: list[_Line], story: str) -> _Line | None:
    """The reporter's name alone right over a story that opens with its dateline ("भुवनेश्वर बंजारे" over
    "बिलासपुर – ..."), else None: there a name needs no known surname when the story never mentions it (a
    subheading's words are the story's). One word there ("मीनाक्षी") is as often a section's label or a
    town, so it is no name."""
    if not top or not _opens_with_dateline(rest):
        return None
    line = top[-1]
    name = line.line.strip(_NAME_MARKS)
    return line if bp.is_name(name) and name not in story else None


def _desk_over_reporter(top: list[_Line], rest: list[_Line], story: str) -> tuple[_Line, str, str] | None:
    """A paper's name and its desk's known town right over a dateline that names the reporter alone
    ("कलम बाण पंचकूला" over "नरेश सरोहा : ..."): the line, the paper and the town; else None."""
    opening = bp.dateline(rest[0].line) if top and rest else None
    if not opening or opening.place or not opening.byline or opening.end >= len(rest[0].line):
        return None
    line = top[-1]
    words = line.line.strip(_NAME_MARKS).split()
    paper, town = " ".join(words[:-1]), words[-1] if words else ""
    if not 1 < len(words) <= DESK_ROW_MAX_WORDS or not bp.is_place(town) or bp.is_state(town):
        return None
    if line.line in story or bp.is_place(paper) or not bp.is_name(paper):
        return None
    return line, paper, town


DESK_ROW_MAX_WORDS = 4


def _opens_with_dateline(rest: list[_Line]) -> bool:
    """Whether the story's first line opens with a dateline that credits no one itself ("हल्द्वानी।", not
    "बबलू गोस्वामी, नादौन।"), and the story follows it on that line."""
    opening = bp.dateline(rest[0].line) if rest else None
    return opening is not None and opening.end < len(rest[0].line) and not opening.byline


def _title_site(line: str) -> str | None:
    """The site's name a Hindi page title ends with after a bar, in Latin letters ("... शोभायात्रा | Naya
    Sabera Network") or known ("... | Patrika"); "" for the title in English there ("... सरकारी नौकरी? |
    Youth & Government jobs"), no part of the headline either; else None."""
    if " | " not in line:
        return None
    head, suffix = line.rsplit(" | ", 1)
    site = bp.title_suffix_site(f" | {suffix}")
    latin, devanagari = bp.letters(head)
    latin_after_hindi = suffix.isascii() and devanagari >= latin
    if site and (bp.site_in(suffix) or latin_after_hindi):
        return site
    return "" if latin_after_hindi and len(suffix.split()) >= ENGLISH_TITLE_MIN_WORDS else None


ENGLISH_TITLE_MIN_WORDS = 3  # (fewer are a label's: "| Hindi News")


def _is_service(credit: str) -> bool:
    """Whether a credit is a news service's ("समग्र समाचार सेवा", "... News Service"), not a site's."""
    return bool(credit) and bp.name_key(credit.split()[-1]) in _SERVICE


_SERVICE = {bp.name_key(w) for w in ("सेवा", "सर्विस", "service")}


def _headline_over_dateline(rest: list[_Line], top: list[_Line]) -> _Line | None:
    """With no headline-shaped line on top, a headline written as a sentence ("... बार-बार गुल।"): one
    short sentence alone on the first line, right over a line (of its paragraph or the next) that opens
    with a dateline ("... लॉक डाउन का असर।" over "लखनऊ I राजधानी ...")."""
    if top or len(rest) < 2 or rest[0].kind is not None:
        return None
    # (past the reporter's name between them: "इब्ने हसन ज़ैदी")
    first = rest[0]
    second = next((line for line in rest[1:3] if not _reporters(line.line, "")), rest[1])
    if second.kind is not None:
        return None
    if len(first.line.split()) > HEADLINE_MAX_WORDS:  # (on its own line, even without a blank line after)
        return None
    # (or two, the second a call: "... बाल-बाल बचे दो जने। देखें फोटो।"; after its own dateline, if any)
    own = bp.dateline(first.line)
    sentences = split_sentences(first.line[own.end :] if own else first.line)
    one_sentence = len(sentences) == 1 or (
        len(sentences) == 2 and len(sentences[1].split()) <= HEADLINE_CALL_MAX_WORDS
    )
    opening = bp.dateline(second.line)  # a dateline with the story after it, not a line alone
    if not (one_sentence and opening and opening.end < len(second.line)):
        return None
    # (a headline may open with a Latin kicker: "Chandauli News: ..." over "चंदौली। ...", or with the town
    # the story's dateline names again: "कोरबा : 43 हाथियों का दल ..." over "कोरबा : कोरबा से लगे ...")
    latin = own and first.line[: own.end].isascii() and opening.place and not opening.place.isascii()
    if own and not latin and not (own.place and own.place == opening.place and not own.byline):
        return None
    return first


HEADLINE_CALL_MAX_WORDS = 3


def _sentence_headline(kept: list[_Line], top: list[_Line]) -> _Line | None:
    """With no headline-shaped line on top, a headline written as one short sentence on the page's first
    line ("चीन में भयानक सड़क हादसा, आपस में टकराई 50 कारें।"), with the story after it. A story's lead
    is longer (on the dev pages, half the headlines have at most 12 words, and one lead in seven) and
    may report speech, which a headline's short words do not."""
    kept = [line for line in kept if not line.drop]  # (not a town or a name just read off the top)
    if top or len(kept) < 2 or kept[0].kind is not None or kept[1].kind is not None:
        return None
    first = kept[0]
    # Set off from the story (by a blank line, or a byline or a prompt dropped), a headline may be as long
    # as any, and end in any mark ("... आप भी देखें….", "... मतदान शुरू,"); in the story's first paragraph
    # only a short one ending a sentence is.
    alone = kept[1].number > first.number + 1
    ending = first.line.rstrip("\"'”’ ")
    # (set off and ending a sentence, it is no longer than most headlines: a lead may be one sentence)
    ends = ending.endswith(("।", "॥", "|", ".")) and not ending.endswith(("।।", "..", "…"))
    longest = SENTENCE_HEADLINE_MAX_WORDS
    if alone:
        longest = SET_OFF_SENTENCE_MAX_WORDS if ends else HEADLINE_MAX_WORDS
    if (
        len(first.line.split()) > longest
        or not (alone or ending.endswith(("।", "॥", "|", "!", "?")))
        or bp.READ_MORE_WORDS.search(first.line)  # a teaser: "... अब पढें विस्तार से…."
        or bp.dateline(first.line)
        or "कि" in first.line.split()  # a clause of reported speech ("पुलिस ने बताया कि ..."): a lead's
    ):
        return None
    return first if len(split_sentences(first.line)) == 1 else None


SENTENCE_HEADLINE_MAX_WORDS = 12
SET_OFF_SENTENCE_MAX_WORDS = 20


def _headline_under_lead(kept: list[_Line], top: list[_Line]) -> _Line | None:
    """With no headline on top, a headline printed right under the page's first paragraph, as a crawl
    that puts a page's description first writes it ("<lead paragraph>" over "भारत नगर थाना पुलिस ने एक
    लुटेरे को किया गिरफ्तार"): a headline-shaped line of at most a date's line further, most of whose
    words the paragraph has, with no blank line between them. (A subheading is set off by one.)"""
    kept = [line for line in kept if not line.drop]
    if top or len(kept) < 2 or kept[0].kind is not None or kept[1].kind is not None:
        return None
    first, second = kept[0], kept[1]
    if (
        first.number != 1
        or second.paragraph != first.paragraph  # (a subheading stands off the text with a blank line)
        or second.number - first.number > UNDER_LEAD_MAX_LINES
        or _is_headline_shape(first.line)
        or not _is_headline_shape(second.line)
        or len(second.line.split()) < UNDER_LEAD_MIN_WORDS
    ):
        return None
    return second if _share(_words(second.line), set(_words(first.line))) >= HALF else None


def _words(line: str) -> list[str]:
    """A line's words without the marks around them (Devanagari's vowel signs are no ``\\w`` to ``re``)."""
    return [word.strip(_WORD_MARKS) for word in line.split() if word.strip(_WORD_MARKS)]


_WORD_MARKS = "\"'“”‘’.,;:!?।|()[]–—-…"


UNDER_LEAD_MAX_LINES = 2  # the paragraph and a date line, then the headline
UNDER_LEAD_MIN_WORDS = 3


def _places(line: str) -> bool:
    """Whether a line is a place or a few places alone ("नई दिल्ली", "अमृतसर/जालंधर"), or a town the
    gazetteer lacks before its district ("नकुड़, सहारनपुर")."""
    if line[-1:] in ",:-–" and bp.one_devanagari_word(line[:-1]):
        return True  # a town the gazetteer lacks, set off as a dateline is: "हिसार,"
    if (town := _after_state(line)) != line:  # a town after its state: "उत्तर प्रदेश गोरखपुर"
        # (not a paper's word: "छत्तीसगढ़ उजाला" is a paper's name)
        return (bp.is_place(town) or bp.one_devanagari_word(town)) and not bp.is_site_name(line)
    parts = [p for p in re.split(r"\s*[,/|]\s*", line) if p]
    # (Two single words with a comma between are that too: the gazetteer lacks many districts' Hindi.)
    towns = len(parts) > 1 and all(bp.one_devanagari_word(p) for p in parts[:-1])
    if towns and (bp.is_place(parts[-1]) or (len(parts) == 2 and bp.one_devanagari_word(parts[-1]))):
        return True
    return bool(parts) and all(bp.is_place(p) for p in parts)


def _after_state(line: str) -> str:
    """The one word of a town after its state ("गोरखपुर" of "उत्तर प्रदेश गोरखपुर"), else the line."""
    words = line.split()
    for size in (1, 2):
        if len(words) == size + 1 and bp.is_state(" ".join(words[:size])) and not bp.is_state(words[-1]):
            return words[-1]
    return line


def _reporters(line: str, story: str) -> bool:
    """Whether a line is one or a few names alone that the story never mentions ("अतुल त्यागी, मुकेश
    सैनी, प्रवीण कुमार"), perhaps between marks ("।। अवधेश कुमार।।"). With no label beside it, a line is
    a name only when it ends in a known surname or starts with a common given name: "बहरोड़ दिनदहाड़े
    सनसनीखेज वारदात" has the shape too."""
    names = [n.strip() for n in re.split(r"[,/]", line.strip(_NAME_MARKS))]
    # Three names or more in a row are a list of credits, surname known or not.
    known = len(names) >= CREDITS_MIN_NAMES or all(bp.has_surname(n) or bp.has_given_name(n) for n in names)
    return known and all(bp.is_name(n) and n not in story for n in names)


# A list of this many names is a list of credits ("Kuldeep Khandelwal/ Niti Sharma/ Kaviraj Singh ...").
CREDITS_MIN_NAMES = 3
# Marks a site may print around a byline.
_NAME_MARKS = " ।|-–—*•✍\ufe0f"


def _reads_as_credits(line: _Line) -> bool:
    """Whether a line was read as the story's byline or date row."""
    return line.drop in ("byline (in metadata)", "date line", PUBLICATION_DATE)


def _headline(top: list[_Line], given: str | None, story: str, over_credits: set[int]) -> _Line | None:
    """The headline among the top lines.

    It is the line showing the headline the input gave, else the first line too long to be a label
    (else the longest); among a list of other stories' titles over the story, the one whose words the
    story's opening has most. When it appears both with and without a kicker ("Kanpur News: ..."), the
    plain one is the headline and the other its twin.
    """
    candidates = [  # (a bulleted line is a list's item: another story's teaser, a highlight)
        line
        for line in top
        if _is_headline_shape(line.line)
        and not bp.credit_in_parentheses(line.line)
        and not line.line.startswith(tuple(BULLETS))
        and not bp.matches(bp.BYLINE_LABEL_FIRST, line.line)  # "रिपोर्ट – <name> <role>"
        # (one word is a label's, a town's or a writer's, no story's headline: "शहर", "गारू", "आलोक")
        and len(line.line.split()) > 1
        and not _teaser_link(line.line)
    ]
    if not candidates:
        return None
    shown = [line for line in candidates if given and _unkicked(line.line) == _unkicked(given)]
    # In a Hindi page a Hindi headline comes before one in Latin letters (a page title's slug, an
    # English crumb): a stable sort keeps the order within each script.
    full = sorted((line for line in candidates if not _is_label(line.line)), key=_latin_first_is_last)
    # Over the story, a list of other stories' titles: the first says little of the story's opening,
    # and the headline is the one that does most.
    hindi = [line for line in full if not _latin_first_is_last(line)]
    opening = set(_words(story)[:OPENING_WORDS])
    if len(hindi) >= LIST_MIN_HEADLINES and _share(_words(hindi[0].line), opening) < QUARTER:
        best = max(hindi, key=lambda line: _share(_words(line.line), opening))
        full = [best, *full] if _share(_words(best.line), opening) >= HALF else full
    # The story's headline stands over its byline or date row: a first line over neither, saying little
    # of the story's opening, is the page's (a slogan: "खबर वही जो है सही").
    # (a line led by a dash there is the standfirst under the headline: "-महापौर ने ... बधाई दी")
    credited = [line for line in full if line.number in over_credits and not line.line.startswith(_DASHES)]
    if credited and full[0] not in credited and _share(_words(full[0].line), opening) < QUARTER:
        full = [credited[0], *full]
    headline = next(iter(shown or full), max(candidates, key=lambda line: len(line.line.split())))
    # A page title ("<headline> | <English title>") gives way to the headline it repeats.
    headline = next((line for line in candidates if _seo_title(headline.line, line.line)), headline)
    twins = [line for line in candidates if _unkicked(line.line) == _unkicked(headline.line)]
    return next((line for line in twins if line.line == _unkicked(line.line)), headline)


def _teaser_link(line: str) -> bool:
    """Whether a line links on to a story it hardly names ("कांकेर टॉप 10 अब पढें विस्तार से…."): a
    headline may end with its own link, after words enough to say what happened ("..., देश में शिक्षकों के
    करीब एक लाख पद खाली, पुरी खबर जानने के लिए आगे पढ़े....")."""
    link = bp.READ_MORE_WORDS.search(line)
    return link is not None and len(line[: link.start()].split()) < TEASER_TITLE_MIN_WORDS


TEASER_TITLE_MIN_WORDS = 6
_DASHES = ("-", "–", "—")
LIST_MIN_HEADLINES = 3
OPENING_WORDS = 60  # the story's opening words, that its headline sums up
HALF, QUARTER = 0.5, 0.25


def _share(words: list[str], among: set[str]) -> float:
    """The share of a line's longer words (not "में", "लिए", "की") that are among ``among``."""
    long = [w for w in words if len(w) > 3]
    return sum(w in among for w in long) / len(long) if long else 0.0


def _latin_first_is_last(line: _Line) -> bool:
    latin, devanagari = bp.letters(line.line)
    return latin > devanagari


def _opens_in_latin(line: str) -> bool:
    return next((c for c in line if c.isalpha()), "").isascii()


_ELLIPSIS_END = re.compile(r"(?<=\S)(?:\.{2,}|…)[.…]*\Z")  # (mixed too: "हड़कंप….")


def _glued_date(line: str) -> tuple[str, str] | None:
    """The line without the date glued to its end, and that date (ISO), else None: "... माफी January 24,
    2020 at 09:18PM"."""
    dated = dates_in(line)
    if dated and dated[-1][1] == len(line) and dated[-1][0] > 0:
        return line[: dated[-1][0]].rstrip(" ,|-–"), dated[-1][2]
    return None


def _is_headline_shape(line: str) -> bool:
    """A heading, or a longer line shaped like a headline: up to ``HEADLINE_MAX_WORDS`` words, no danda,
    not ending in a full stop; it may end in "!" or "?" if that is its only end mark."""
    if is_heading(line):
        return True
    # (a date glued to its end is the story's, no word of it: "... ये 5 बेहतरीन कारें September 26, 2020 at
    # 09:11PM")
    if glued := _glued_date(line):
        line = glued[0]
    words = len(line.split())
    line = _ELLIPSIS_END.sub("", line)  # a headline may trail off: "... लग सकती है मुहर....."
    if words > HEADLINE_MAX_WORDS or "।" in line or line.endswith((".", ",", ";")):
        return False
    stripped = line.rstrip("\"'”’) |")
    marks = sum(line.count(mark) for mark in "?!")
    return not stripped.endswith(SENTENCE_END) or (stripped.endswith(("!", "?")) and marks == 1)


def _unkicked(line: str) -> str:
    """A headline without its kicker: "Kanpur News: X" -> "X"."""
    return line.removeprefix(_kicker(line)).lstrip()


def _kicker(line: str) -> str:
    """A headline's kicker with its colon ("Kanpur News:"), or "" if it has none."""
    match = KICKER.fullmatch(line)
    return match["kicker"] + ":" if match and len(match["kicker"].split()) <= KICKER_MAX_WORDS else ""


def _seo_title(line: str, headline: str) -> bool:
    """Whether a line is the headline with a page title's suffix ("<headline> | <English title>",
    "<headline> News in Hindi - <Site>"), or with breadcrumbs glued before it
    ("Hindi Newsदेश न्यूज़<headline>")."""
    if line == headline:
        return False
    if line.startswith(headline):
        return bool(_TITLE_SUFFIX.match(line[len(headline) :]))
    return len(headline) >= TWIN_MIN_CHARS and line.endswith(headline)


# What a page title adds after the headline: a separator, or "News in Hindi", "Hindi News", "न्यूज़".
_TITLE_SUFFIX = re.compile(r"\s*(?:[|\-–—:]|(?:latest\s+)?(?:hindi\s+)?news\b|न्यू़?ज़?|समाचार)", re.IGNORECASE)
# A headline this long, at the end of a longer top line, is that line's own: what is before it is
# breadcrumbs or a label glued on by the scrape.
TWIN_MIN_CHARS = 20


def _is_label(line: str) -> bool:
    words = len(line.split())
    return words <= LABEL_MAX_WORDS or bool(BREADCRUMB.search(line))


def _mark_by_shape(lines: list[_Line], found: dict[str, str]) -> None:
    """Give every line not yet known a kind by its shape, name the repeats, and find the dateline."""
    headline = found.get("headline")
    for line in lines:
        original = line.repeats
        if original and not original.drop and original.kind is None and is_heading(original.line):
            original.kind = "caption"  # a short line printed twice is an image's caption
        # The headline again with a note in brackets is its picture's caption: "<headline> ( AI Generate
        # Image )" (and its kicker no dateline).
        note = _BRACKET_NOTE.search(line.line)
        again = bool(headline and note) and _unkicked(line.line[: note.start()].rstrip()) == _unkicked(
            headline
        )
        if again and line.kind is None and not line.drop:
            line.kind = "caption"
    kept = [line for line in lines if not line.drop]
    following = {id(a): b for a, b in zip(kept, kept[1:], strict=False)}
    preceding = {id(b): a for a, b in zip(kept, kept[1:], strict=False)}
    for line in lines:  # in order, so that an original has its kind before its repeats take it
        if line.kind is None:
            line.kind = line.repeats.kind if line.repeats else "heading" if is_heading(line.line) else "text"
            before, after = preceding.get(id(line)), following.get(id(line))
            if line.kind == "heading" and (
                _wrapped(line, after) or _goes_on(before, line) or _wrapped_between(before, line, after)
            ):
                line.kind = "text"
        if line.repeats and line.repeats.kind in ("headline", "caption"):
            line.drop = f"repeats the {line.repeats.kind} (line {line.repeats.number})"
    # (a standfirst's bullets over the story, "• पूर्व मंत्री ...", hold no dateline and are not counted)
    text_lines = [
        line
        for line in lines
        if line.kind == "text" and not line.drop and not line.line.lstrip().startswith(_HIGHLIGHT_BULLETS)
    ]
    kicker_at = None  # the line of a kicker that named nothing: only the line after it is tried then
    for index, line in enumerate(text_lines[:DATELINE_SEARCH]):
        if kicker_at is not None and index > kicker_at + 1:
            break
        found_dateline = bp.dateline(line.line)
        # A line that is a dateline alone ("लखनऊ।") heads the text after it; the last line is a sentence.
        if found_dateline and found_dateline.end >= len(line.line) and index + 1 >= len(text_lines):
            found_dateline = None
        if found_dateline:
            # Short lines of its paragraph before it are the dateline's too: "(ब्यूरो कार्यालय)" over
            # "सिवनी (साई)।". A sentence before it is not (a standfirst, or the story it is found in).
            for before in text_lines[:index]:
                if before.paragraph != line.paragraph:
                    continue
                if len(before.line) > bp.DATELINE_MAX_CHARS or before.line.endswith(_SENTENCE_MARKS):
                    continue
                # (a credit's few words; more are a standfirst, "- मैट्रिक में करीब 95. 38 प्रतिशत ... सफल",
                # or in emphasis stars the story's subheading: "*ग्रामीण अंचलों में ... एक साकारात्मक पहल*")
                if len(before.line.split()) > DATELINE_CREDIT_MAX_WORDS:
                    if not before.line.startswith("*"):
                        before.drop = STANDFIRST
                    continue
                before.drop = DATELINE
                if credit := bp.credit_in_parentheses(before.line):
                    found.setdefault("byline", credit)
            _take_dateline(line, found_dateline, found)
            # A name alone on the line over the dateline's paragraph is the reporter's, where the story
            # never mentions it ("कृष्ण कुमार मिश्र" under the headline, over "वापी। ...").
            over = preceding.get(id(line))
            story = " ".join(text.line for text in text_lines[index:])
            if (
                over
                and over.kind == "heading"
                and over.paragraph != line.paragraph
                and "byline" not in found
                and _reporters(over.line, story)
            ):
                over.drop = "byline (in metadata)"
                found["byline"] = over.line.strip(_NAME_MARKS)
            # A first "place" no gazetteer knows (a kicker: "ब्लॉक प्रमुख चुनाव: ...", a credit alone: "विप्र.")
            # gives way to the known town the next line's dateline names: "हरनौत - त्रिस्तरीय ...".
            after = text_lines[index + 1] if index + 1 < len(text_lines) else None
            story_dateline = bp.dateline(after.line) if after else None
            if (
                story_dateline
                and story_dateline.place
                and bp.is_place(story_dateline.place)
                and story_dateline.end < len(after.line)
                and found_dateline.place
                and found.get("place") == found_dateline.place
                and not bp.is_place(found_dateline.place)
            ):
                del found["place"]
                _take_dateline(after, story_dateline, found)
                break
            # A credit alone on its line ("नेहा वर्मा, संपादक ।") heads the story's own dateline, if any, and
            # a kicker that names nothing ("Tenughat Jail: ..." over "Bokaro : ...") the next line's.
            names = (found_dateline.place, found_dateline.byline, found_dateline.site, found_dateline.date)
            if not any(names) and kicker_at is None:
                kicker_at = index
                continue
            if not (line.drop and found_dateline.byline and not found_dateline.place):
                _cut_same_dateline(line, text_lines[index + 1 : DATELINE_SEARCH])
                break
    _place_from_byline(text_lines[:1], found)


def _credits_under_headline(lines: list[_Line], found: dict[str, str]) -> None:
    """Read the short lines between the headline and the story's first text that stand beside its
    credits (a byline, a dateline, the dateline's paragraph) and that the story never mentions: a
    person's name is the byline ("डॉ. सुरेश कुमार"), other words the site's name ("समाज जागरण" over
    "विजय तिवारी", "आवाज ए हिमाचल" over "बबलू गोस्वामी, नादौन। ...", "– अमिट लेख")."""
    headline = next((line for line in lines if line.kind == "headline" and not line.drop), None)
    if headline is None:
        return
    after = [line for line in lines if line.number > headline.number]
    first_text = next((line for line in after if line.kind == "text" and not line.drop), None)
    if first_text is None:
        return
    between = [line for line in after if line.number < first_text.number]
    story = " ".join(line.line for line in lines if line.number >= first_text.number)
    read = (DATELINE, UNDATED_DATELINE, "byline (in metadata)")
    credits = {line.number for line in between if line.drop in read}
    if first_text.dateline or bp.dateline(first_text.line):
        credits.add(first_text.number)
    for line in between:
        name = line.line.strip(_NAME_MARKS + ":ः")
        # (a reporter's row with the town and the staff's words after the name: "बिनोद कुमार चतरा जिला
        # ब्यूरो", "मो0 सुल्तान सूरजपुर")
        row = _reporter_row(name) if line.kind == "heading" and not line.drop else None
        if row and (credits & {line.number - 1, line.number + 1} or row[1]):
            line.drop = "byline (in metadata)"
            found.setdefault("byline", row[0])
            credits.add(line.number)
            continue
        if line.drop or line.kind != "heading" or not credits & {line.number - 1, line.number + 1}:
            continue
        words = name.split()
        if not 0 < len(words) <= CREDIT_UNDER_MAX_WORDS or name in story or any(m in name for m in ",।?!"):
            continue
        person = _HONORIFIC.sub("", name)
        if _a_person(person) and bp.is_name(person):
            line.drop = "byline (in metadata)"
            found.setdefault("byline", name)
        # (one word tells a name, a section and a town apart from a site's name only by a paper's word)
        elif (
            (len(words) > 1 or bp.is_site_name(name))
            and not any(bp.is_place(word) or bp.is_state(word) for word in words)
            and not bp.is_rubric(name)
        ):
            line.drop = "the site's name (a credit under the headline)"
            found.setdefault("site", name)
        credits.add(line.number)


CREDIT_UNDER_MAX_WORDS = 4


def _reporter_row(row: str) -> tuple[str, bool] | None:
    """A reporter's name with the town after it, and perhaps the staff's words after that ("बिनोद कुमार
    चतरा जिला ब्यूरो"): the name, and whether the staff's words sign it; else None."""
    words = row.split()
    staffed = False
    while len(words) > 2 and bp.name_key(words[-1]) in _STAFF_WORDS | _ROW_STAFF:
        words, staffed = words[:-1], True
    if len(words) < 3 or not bp.is_place(words[-1]) or bp.is_state(words[-1]):
        return None
    name = " ".join(words[:-1])
    person = _HONORIFIC.sub("", name)
    # (after a title, one word is the name: "मो0 सुल्तान")
    titled = person != name and bp.one_devanagari_word(person)
    named = (_a_person(person) and bp.is_name(person)) or titled
    return (name, staffed) if named and not bp.is_place(person) else None


_ROW_STAFF = {bp.name_key(w) for w in ("जिला", "चीफ", "प्रमुख")}  # "जिला ब्यूरो", "ब्यूरो चीफ"
_HONORIFIC = re.compile(r"(?:डॉ|डा|श्री|प्रो|dr|mr|ms)\.?\s*(?=\S)|मो[0०.]\s*(?=\S)", re.IGNORECASE)
_HIGHLIGHT_BULLETS = ("•", "●", "▪", "►", "➤")
_BRACKET_NOTE = re.compile(r"\s*[(\[][^()\[\]]{2,40}[)\]]\s*\Z")


def _cut_same_dateline(line: _Line, later: list[_Line]) -> None:
    """Cut the dateline just read off the lines after it that open with it too: a standfirst and the
    story may both begin "Mirzapur: ...", and the standfirst may turn out to repeat the story."""
    if not line.dateline:
        return
    for other in later:
        if (
            not other.dateline
            and other.line.startswith(line.dateline)
            and len(other.line) > len(line.dateline)
        ):
            other.dateline, other.text = line.dateline, other.line[len(line.dateline) :].lstrip()


def _cut_read_more(lines: list[_Line]) -> None:
    """Cut a read-more link off the end of a story paragraph ("... बताया। पढ़ें पूरी खबर", "... है। Read
    More", "… Continue reading <title>"): a link to the page itself or to another, no sentence."""
    for line in lines:
        if line.drop or line.kind not in ("text", "heading"):
            continue
        match = bp.READ_MORE_TAIL.search(line.text)
        if match and match.start() and line.text[: match.start()].rstrip().endswith(SENTENCE_END):
            line.credit, line.credit_reason = line.text[match.start() :].strip(), READ_MORE_END
            line.text, line.kind = line.text[: match.start()].rstrip(), "text"


def _cut_end_credits(lines: list[_Line], found: dict[str, str]) -> None:
    """Cut an agency's or a reporter's credit off the end of a story paragraph ("... बताया। (भाषा)", "...
    है। (हि.स.)।", "... कमाते हैं.( मनमोहन सेजू /बाड़मेर)"): it credits the story, and is no sentence."""
    for line in lines:
        if line.drop or line.credit or line.kind not in ("text", "heading"):  # (a short one: a heading)
            continue
        match = _END_CREDIT.search(line.text)
        if not match or not match.start() or not line.text[: match.start()].rstrip().endswith(SENTENCE_END):
            continue
        inner = match["inner"].strip()
        if bp.agency(inner) or bp.is_acronym(inner) or bp.ADDRESS.fullmatch(inner):
            credit = inner
        else:
            credit = _reporter_and_town(inner)
        if credit:
            line.credit = line.text[match.start() :].strip()
            line.text, line.kind = line.text[: match.start()].rstrip(), "text"
            found.setdefault("byline", credit)


def _reporter_and_town(inner: str) -> str | None:
    """The reporter signed in parentheses at a story's end with the town after the name ("( मनमोहन सेजू
    /बाड़मेर)"); else None. (A name alone there may be whom a sentence quotes: "... कहा। (राम कुमार)".)"""
    parts = [p for p in re.split(r"\s*[/,]\s*", inner) if p]
    if len(parts) != 2 or not bp.is_name(parts[0]) or len(parts[0].split()) < 2:
        return None
    return parts[0] if bp.is_place(parts[1]) or bp.one_devanagari_word(parts[1]) else None


_END_CREDIT = re.compile(r"\s*[(\[]\s*(?P<inner>[^()\[\]]{1,40}?)\s*[)\]]\s*[।.]?\s*\Z")


def _goes_on(before: _Line | None, line: _Line) -> bool:
    """Whether a line goes on with the text line right over it, in its paragraph, which stops mid-sentence
    ("... मुख्यमंत्री श्री नीतीश कुमार ने पटना के" over "ऐतिहासिक गांधी मैदान में ..."): hard-wrapped text."""
    return (
        before is not None
        and before.kind == "text"
        and before.paragraph == line.paragraph
        and not before.line.rstrip(" \"'”’*").endswith(SENTENCE_END)
    )


def _wrapped_between(before: _Line | None, line: _Line, after: _Line | None) -> bool:
    """Whether a line is as long as the text lines around it in its paragraph: hard-wrapped text, whose
    lines run to one width ("... के पास से सवा" between lines as long); a subheading is far shorter
    than the paragraphs around it."""
    if before is None or after is None or before.kind != "text" or after.kind not in (None, "text"):
        return False
    if not before.paragraph == line.paragraph == after.paragraph or is_heading(after.line):
        return False
    return len(line.line) >= WRAP_WIDTH_SHARE * min(len(before.line), len(after.line))


def _wrapped(line: _Line, after: _Line | None) -> bool:
    """Whether a heading-shaped line is text wrapped before its end: a sentence ends inside it, or it
    is long, and the next line of its paragraph goes on as text ("... सवा" over "कुंतल गोमांस बरामद ...")."""
    if after is None or after.paragraph != line.paragraph or after.kind not in (None, "text"):
        return False
    if is_heading(after.line) and not after.line.endswith(SENTENCE_END):
        return False
    inside = any(mark in line.line[:-1] for mark in ("।", ". ", "? ", "! "))
    # A next line opening with a verb or a postposition finishes this one's sentence ("... को एसडीएम
    # नियुक्त" over "किया गया है। ..."): no heading ends where its sentence has not.
    finished_below = after.line.split()[0] in _CONTINUES_SENTENCE
    return inside or finished_below or len(line.line.split()) >= WRAPPED_MIN_WORDS


# Words that go on with the sentence before them and never open one: verbs' helpers, postpositions.
_CONTINUES_SENTENCE = {
    *("किया", "किए", "किये", "की", "गया", "गई", "गए", "गये", "है", "हैं", "था", "थी", "थे", "हुआ", "हुई", "हुए"),
    *("रहा", "रही", "रहे", "होगा", "होगी", "होंगे", "जाएगा", "जाएगी", "जाएंगे", "दिया", "दी", "लिया", "ली", "दिए"),
    *("का", "के", "को", "में", "से", "ने", "पर"),
}


def _place_from_byline(first: list[_Line], found: dict[str, str]) -> None:
    """A reporter's town signed after the name ("मंटू राय अररिया") when the story opens with that town:
    the place, and the name alone the byline."""
    words = found.get("byline", "").split()
    if "place" in found or len(words) < 3 or not first or first[0].text.split()[0] != words[-1]:
        return
    found["byline"], found["place"] = " ".join(words[:-1]), words[-1]


def _take_dateline(line: _Line, dateline: bp.Dateline, found: dict[str, str]) -> None:
    """Read a dateline into the metadata and cut it off the line's text (all of it, if it is all dateline).

    A "place" that is the headline's kicker too ("Kisan Yojna: ..." over "Kisan Yojna: ...") is a rubric.
    """
    place = dateline.place
    if (
        place
        and _kicker(found.get("headline", "")).removesuffix(":").strip() == place
        and not bp.is_place(place)
    ):
        place = None  # a rubric, unless it is a town: "गुरुग्राम :" over "गुरुग्राम, आठ मई (भाषा)"
    byline = dateline.byline
    if byline and found.get("headline", "").startswith(f"{byline}:"):
        byline = None  # the headline's kicker again: "रेवाड़ी, Haryana Sarso Mandi Bhav: ..."
    # A staff credit names its paper ("नईदुनिया प्रतिनिधि, इंदौर।") even where a byline was read above it,
    # and so does a credit that is a paper's name ("नित्य संदेश, परीक्षितगढ़।" under a reporter's name).
    site = dateline.site or (
        bp.staff_site(byline) or (None if bp.agency(byline) else bp.paper_credit(byline)) if byline else None
    )
    # (a credit beside the town that is no person's is the paper's own: "देश रोजाना, हथीन।", and so is
    # one word that is no given name: "जबलपुर, यशभारत।")
    # (nor a surname: "हथीन/माथुर :")
    one_word = bool(byline) and bp.one_devanagari_word(byline) and not bp.is_given_name(byline)
    # (and a word in parentheses is an agency's or a service's credit as often as a paper's: "(साई)")
    one_word = one_word and not bp.is_surname(byline) and f"({byline})" not in line.line.replace(" ", "")
    if not site and byline and place and (bp.papers_name(byline) or one_word and not bp.agency(byline)):
        site = byline
    # A site that credits itself in the dateline is the story's byline too: "बक्सर खबर। ...".
    byline = byline or (dateline.site if dateline.site and not bp.ADDRESS.fullmatch(dateline.site) else None)
    values = (("place", place), ("byline", byline), ("site", site), ("date", dateline.date))
    for name, value in values:
        if value:
            found.setdefault(name, value)
    if byline:  # ("कलम बाण पंचकूला" over "नरेश सरोहा : ...")
        _credit_person(found, byline)
    # The story's dateline names its town where a label over it named only the state ("झारखंड" over
    # "रांची। ...") or a kicker the town in Latin letters ("Bilaspur:" over "मनीष@ बिलासपुर। ...").
    if place and _weaker_place(found["place"], place):
        found["place"] = place
    end = dateline.end
    # A syndicated story keeps its desk's dateline before the town's: "मिर्जापुर, दिसम्बर 18 -- जमालपुर। ..."
    second = bp.dateline(line.line[end:]) if end < len(line.line) else None
    if second and second.place and not second.byline and len(second.place.split()) == 1:
        # The first "place" was a reporter ("देवराज दीपक- सारंगढ़।") or a state ("Bihar News: पटना.").
        if place and found.get("place") == place and not bp.is_place(place) and bp.is_name(place):
            found["place"] = second.place
            found.setdefault("byline", place)
        elif place and found.get("place") == place and bp.is_state(place):
            found["place"] = second.place
        found.setdefault("place", second.place)
        end += second.end
    elif second and second.byline and not second.place and line.line[end:].lstrip().startswith(("(", "[")):
        found.setdefault("byline", second.byline)  # the reporter after the town: "सिरसा -(अक्षित कंबोज):-"
        end += second.end
    elif second and not (second.place or second.byline or second.site):
        # a kicker or a date after the dateline: "डेली संवाद, लुधियाना। Punjab News: ...", "अमृतसर, 24
        # जनवरी,2026ः ..."
        if second.date:
            found.setdefault("date", second.date)
        end += second.end
    end = _STRAY_MARKS.match(line.line, end).end()  # a mark printed twice: "...Bhav: :- अप्रैल ..."
    if end >= len(line.line):
        line.drop = DATELINE
    else:
        line.dateline, line.text = line.line[:end].rstrip(), line.line[end:]


def _credit_person(found: dict[str, str], byline: str) -> None:
    """A reporter named after a credit that names no one outranks it (a site's or a desk's, read first:
    "AiN BHARAT GHAZIPUR" over "नईम अहमद की रिपोर्ट"); a credit that is no agency's nor a staff's is then
    the paper's own, its site."""
    earlier = found["byline"]
    if _a_person(byline) and not _a_person(earlier):
        found["byline"] = byline
        if not bp.agency(earlier) and not bp.staff_site(earlier):
            found.setdefault("site", earlier)


def _a_person(name: str) -> bool:
    """Whether a credit names a person: a known given name first, or a known surname last."""
    words = name.split()
    return bool(words) and bp.is_name(name) and (bp.is_given_name(words[0]) or bp.has_surname(name))


def _weaker_place(earlier: str, dateline: str) -> bool:
    """Whether a place read before the story's dateline gives way to the dateline's town."""
    # (a state gives way to a town in either script: "JAMSHEDPUR:" under "First Bihar Jharkhand")
    return (
        earlier != dateline
        and (bp.is_state(earlier) or earlier.isascii())
        and not bp.is_state(dateline)
        and (not dateline.isascii() or bp.is_state(earlier))
    )


_STRAY_MARKS = re.compile(r"(?:\s*[:;|।\-–—]+(?=\s))*\s*")


def _drop_by_model(lines: list[_Line]) -> None:
    """Drop the headings and text lines the line classifier scores as furniture, above its threshold.

    The features are read over all the page's lines, as the model was fitted; the headline, captions,
    a line whose dateline was read and a line ending in a danda (a Hindi sentence: on the dev pages the
    rules leave the model no furniture line of that shape) stay whatever the score. Nor does the model
    empty a page: where it would drop every line left ("कानपुर" alone), those lines are the page's text.
    """
    scores = _MODEL.probabilities([line.line for line in lines])
    left = [line for line in lines if not line.drop]
    flagged = [
        (line, score)
        for line, score in zip(lines, scores, strict=True)
        if not (line.drop or line.dateline or line.kind not in ("heading", "text") or line.line.endswith("।"))
        and score >= _MODEL.threshold
    ]
    if len(flagged) == len(left):
        return
    for line, score in flagged:
        line.drop = f"page furniture by the line classifier (score {score:.2f})"


_MODEL = line_classifier.load()


def _mark_foreign(lines: list[_Line]) -> None:
    """Mark the text lines of a Hindi article written in another script ("foreign"): an English post
    quoted in the story is kept, but is no Hindi for the translator."""
    for line in lines:
        if line.drop or line.dateline or line.kind != "text":
            continue
        devanagari = sum(1 for c in line.line if "\u0900" <= c <= "\u097f" and c.isalpha())
        other = sum(1 for c in line.line if c.isalpha() and not "\u0900" <= c <= "\u097f")
        if other > FOREIGN_SHARE * devanagari:
            line.kind = "foreign"


def _drop_lead_repeats(lines: list[_Line], found: dict[str, str]) -> None:
    """Drop a summary box or standfirst: an early paragraph whose every sentence the story says again.

    The later copy is kept, in its place in the story, so that no sentence appears twice in a brief. On
    a page with no headline found, its first line saying the story's opening again is the headline.
    """
    text_lines = [line for line in lines if line.kind == "text" and not line.drop]
    first = next((line for line in lines if not line.drop), None)
    for index, line in enumerate(text_lines[:LEAD_SEARCH]):
        later = " ".join(other.text for other in text_lines[index + 1 :])
        sentences = split_sentences(line.text)
        if not later or not sentences:
            continue
        said = [sentence in later for sentence in sentences]
        # (or its opening sentences, two at least, said again as the story's, the box running on a
        # sentence or two past where the page's text stops repeating it)
        opening = next((i for i, again in enumerate(said) if not again), len(said))
        repeated = opening == len(said) or (
            opening >= 2 and not any(said[opening:]) and len(said) - opening <= BOX_RUNS_ON
        )
        if (
            line is first
            and "headline" not in found
            and _headline_sentences(sentences)
            and (repeated or _said_again(sentences, later))
        ):
            line.kind, found["headline"] = "headline", line.text
        elif repeated:
            line.drop = "repeats sentences of the story (summary box)"
        elif len(sentences) <= LEAD_MAX_SENTENCES and _said_again(sentences, later):
            line.drop = "repeats sentences of the story in nearly the same words (summary box)"


BOX_RUNS_ON = 2
LEAD_MAX_SENTENCES = 4  # a standfirst is short; a longer early paragraph is the story's
HEADLINE_MAX_SENTENCES = 2  # ("गौरीकुण्ड से आगे पैदल मार्ग हुआ क्षतिग्रस्त। फिलहाल ... रुकी।")
# A sentence the story says again with at least this share of its words in one later sentence, a word
# or two changed ("एक तरफा" for "एकतरफा", "है" dropped), is a repeat.
SAID_AGAIN_SHARE = 0.8
SAID_AGAIN_MIN_WORDS = 6
SAID_AGAIN_CHARS = 20_000  # the later text looked at: a standfirst repeats the story's start


def _headline_sentences(sentences: list[str]) -> bool:
    """Whether a page's first line, in sentences, may be its headline: one or two short ones that report
    no speech ("... में बाढ़ ने दी दस्तक, ... जलमग्न।"); a lead runs longer, or says "कहा कि"."""
    return len(sentences) <= HEADLINE_MAX_SENTENCES and all(
        len(words := sentence.split()) <= SET_OFF_SENTENCE_MAX_WORDS and "कि" not in words
        for sentence in sentences
    )


def _said_again(sentences: list[str], later: str) -> bool:
    """Whether every sentence (of six words or more) is nearly one of the later text's sentences."""
    later_words = [set(sentence.split()) for sentence in split_sentences(later[:SAID_AGAIN_CHARS])]
    for sentence in sentences:
        words = set(sentence.split())
        if len(words) < SAID_AGAIN_MIN_WORDS:  # too short to tell a repeat from a new point
            return False
        if not any(len(words & other) >= SAID_AGAIN_SHARE * len(words) for other in later_words):
            return False
    return True


def _drop_other_stories(lines: list[_Line], found: dict[str, str]) -> None:
    """Drop the other stories a page shows beside its own: a headline with a date line of its own
    under it, after the story has begun (a sidebar, the next story), and the short teaser under that.

    The story's own date is printed before it starts; a later date under a headline-shaped line
    dates another story (and is not the article's, even when the page prints no other). Its teaser is
    the text line right after the date, when it is no longer than a teaser is; a longer paragraph is
    kept, since it may be the story's own.
    """
    story_start = next((i for i, line in enumerate(lines) if line.kind == "text" and not line.drop), None)
    if story_start is None:
        return
    for index in range(story_start + 1, len(lines)):
        date = lines[index]
        if date.drop not in ("date line", PUBLICATION_DATE):
            continue
        above = next((line for line in reversed(lines[story_start:index]) if not line.drop), None)
        if above is None or above.kind != "heading" or above.number < lines[story_start].number:
            continue
        below = next((line for line in lines[index + 1 :] if not line.drop), None)
        if below and _opens_like(below, lines[story_start:index]):
            continue  # the story printed again under its tags and date: the page's own date
        if date.drop == PUBLICATION_DATE:
            found.pop("date", None)
        above.drop = date.drop = OTHER_STORY
        if below and below.kind == "text" and len(below.line.split()) <= bp.TEASER_MAX_WORDS:
            below.drop = OTHER_STORY


def _opens_like(line: _Line, earlier: list[_Line]) -> bool:
    """Whether a text line opens with the words an earlier text line opens with (the story again), or
    in another order: a summary over the headline says the story's opening in words of its own ("उत्तर
    प्रदेश को झकझोर देनेवाले बदायूँ गैंगरेप ..." over "झकझोर देनेवाले यूपी के बदायूँ गैंगरेप ...")."""
    words = line.line.split()[:OPENS_LIKE_WORDS]  # (as printed: its dateline may be cut off the earlier)
    if len(words) < OPENS_LIKE_WORDS:
        return False
    return any(
        other.kind == "text"
        and (
            other.line.split()[:OPENS_LIKE_WORDS] == words
            or len(set(words) & set(other.line.split())) >= OPENS_LIKE_SHARE * len(set(words))
        )
        for other in earlier
    )


OPENS_LIKE_WORDS = 8
OPENS_LIKE_SHARE = 0.7  # of those words, in any order, in one earlier line


def _drop_listed_stories(lines: list[_Line]) -> None:
    """Drop the titles listed under a list's label after the story has begun ("More Stories", "टॉप
    न्यूज" over three headlines): the lines of the label's paragraph, when each is a title alone (no
    sentence ends in it). A subheading of the story has text in its paragraph."""
    seen_text = False
    for index, label in enumerate(lines):
        seen_text = seen_text or (label.kind == "text" and not label.drop)
        if not seen_text or label.drop != RUBRIC_LABEL:
            continue
        items = [line for line in _rest_of_paragraph(lines, index) if not line.drop]
        if items and all(_link_like(line.line) and not line.dateline for line in items):
            for line in items:
                line.drop = f"{LISTED} (listed under line {label.number})"


def _rest_of_paragraph(lines: list[_Line], index: int) -> list[_Line]:
    """The lines after ``lines[index]`` in its paragraph: they follow it, up to the next blank line."""
    end = index + 1
    while end < len(lines) and lines[end].paragraph == lines[index].paragraph:
        end += 1
    return lines[index + 1 : end]


LISTED = "another story's title"


def _drop_trailing_headings(lines: list[_Line], found: dict[str, str]) -> None:
    """Drop the headings after the story's last text: a subheading always has the story's text after it,
    so one with none is the page's (related stories' titles, a section's name: "एंटरटेनमेंट बॉलीवुड")."""
    kept = [line for line in lines if not line.drop]
    last_text = max((i for i, line in enumerate(kept) if line.kind == "text"), default=None)
    if last_text is None:
        return
    for index, line in enumerate(kept[last_text + 1 :]):
        # (a last sentence without its mark ends in its verb: "... वार्डों में भगदड़ मच गई", "... बरामद हुआ")
        # (nor does a row of the story's figures: "रिचार्ज संख्या- 13, वैलिडिटी 13×28 = 364 दिन")
        ends = _FINITE_END.search(line.line.rstrip(" \"'”’")) or _SUMS.search(line.line)
        if line.kind == "heading" and not ends:
            line.drop = AFTER_STORY
            # Right under the story, its reporter signs it: "रिपोर्ट तबस्सुम लखारा".
            signed = _SIGNED_UNDER.fullmatch(line.line.strip(_NAME_MARKS))
            if (
                index == 0
                and signed
                and _a_person(signed["name"])
                and bp.is_name(signed["name"])
                and "byline" not in found
            ):
                line.drop = "byline (in metadata)"
                found["byline"] = signed["name"]


def _drop_one_word_labels(lines: list[_Line]) -> None:
    """Drop the headings of one Hindi word over the story's first text: a section's or a topic's label
    ("हादसा", "क्षेत्रीय"), or a writer's name the page prints apart ("सतपाल"); no story's subheading is one
    word, and a dateline alone was read before."""
    kept = [line for line in lines if not line.drop]
    first_text = next((i for i, line in enumerate(kept) if line.kind == "text"), None)
    if first_text is None:  # (a page of headings alone keeps them: "कानपुर" alone is its text)
        return
    for line in kept[:first_text]:
        word = line.line.strip(_WORD_MARKS + " ")
        if line.kind == "heading" and len(word.split()) == 1 and _mostly_devanagari(word):
            line.drop = ONE_WORD_LABEL


ONE_WORD_LABEL = "a label of one word over the story"
_SUMS = re.compile(r"\d\s*[=×+]\s*\d")  # a sum worked out: "13×28 = 364", "5+28=33"
# A reporter's credit signed under the story, its label before the name.
_SIGNED_UNDER = re.compile(
    r"(?:रिपोर्ट|रिपोर्टर|संवाददाता|report|reporter)\s*[:\-–]?\s*(?P<name>\S.{2,40})", re.IGNORECASE
)


# The end of a clause's finite verb: an auxiliary ("है", "गई") or a future ("आएगा").
_FINITE_END = re.compile(
    r"(?:^|\s)(?:है|हैं|था|थी|थे|गया|गई|गए|गये|हुआ|हुई|हुए|किया|दिया|लिया|रहा|रही|रहे)$|(?:गा|गी|गे)$"
)


def _find_site(lines: list[_Line], given: Metadata, found: dict[str, str]) -> None:
    """Name the site from its address, else from the first line of the page's own furniture naming a
    known site: not the story (its headline and headings are about the story, and may name a paper),
    not a list of other stories, nor a credit saying where the story was taken from."""
    if "site" in found or given.site:
        return
    if site := bp.site_of_url(given.url):
        found["site"] = site
        return
    # (a report's credit names its site only before "के लिए": "... की खास खबर" is no site "खास खबर")
    outside = [line.line for line in lines if _own_furniture(line) and not bp.report_from(line.line)]
    if site := next((site for line in outside if (site := bp.site_in(line))), None):
        found["site"] = site
        return
    # A logo in capitals among the page's own lines, on a Hindi page ("BUDAUN SHIKHAR").
    if _mostly_devanagari(" ".join(line.line for line in lines)) and (
        logo := next((logo for line in outside if (logo := bp.caps_logo(line))), None)
    ):
        found["site"] = logo
        return
    # A site the table lacks prints its name first, as its logo: "News Chetna", "Dainik Awantika".
    first = lines[0] if lines else None
    headline = next((line for line in lines if line.kind == "headline"), None)
    if first and headline and first.number < headline.number and (logo := bp.logo_name(first.line)):
        found["site"] = logo
        return
    # (a Latin logo the crawl glued to the Hindi menu after it: "Power Newsछत्तीसगढ़सारंगढ़-बिलाईगढ़")
    glued = bp.SCRIPT_GLUE.split(first.line, maxsplit=1)[0] if first else ""
    if first and headline and first.number < headline.number and glued != first.line and bp.latin_logo(glued):
        found["site"] = glued
        return
    # A Latin logo among the page's first lines over a Hindi headline: "Voice Of Bihar", "India H1"; on
    # a page with none, its first line: "Charchaa a Khas" over "भागलपुर ब्यूरो (कुंदन राज)।".
    if headline and (over := _latin_logo_over(lines, headline)):
        logo, credits = over
        found["site"] = logo
        if credits:  # (right over the dateline, the site's name credits the story, as a Hindi logo does)
            found.setdefault("byline", logo)
        # (a logo with its desk's town: "PMG News Hisar")
        words = logo.split()
        for size in (2, 1):
            head, town = " ".join(words[:-size]), " ".join(words[-size:])
            if len(words) > size + 1 and bp.is_place(town) and bp.is_site_name(head):
                found["site"] = head
                found.setdefault("place", town)
                break
        return
    hindi = _mostly_devanagari(" ".join(line.line for line in lines))
    if (
        not headline
        and first
        and first.drop == LATIN_FURNITURE
        and hindi
        and (logo := bp.latin_logo(first.line))
    ):
        found["site"] = logo
        return
    # A byline that is a Latin logo naming a place is the site's credit: "Muzaffarpur Now".
    credit = found.get("byline", "")
    if hindi and (logo := bp.latin_logo(credit)) and any(bp.is_place(w) for w in logo.split()):
        found["site"] = logo
        return
    # A paper's name alone on a line of the page's own furniture: "The National News", "THE BIKANER NEWS".
    named = (line.strip(_NAME_MARKS) for line in outside)  # (its marks: "- News Team Live", "दो टूक::")
    if site := next((name for name in named if _papers_name_alone(name)), None):
        found["site"] = site
        return
    # Its name as one word, a paper's word glued on, among the page's first lines: "HindiDainik24News".
    early = [line.line for line in lines[:GLUED_LOGO_LINES] if _own_furniture(line)]
    if site := next((site for line in early if (site := bp.glued_logo(line))), None):
        found["site"] = site
        return
    # The site's address alone on a line of its own furniture: "webmorcha.com".
    if site := next((site for line in outside if (site := bp.address_alone(line))), None):
        found["site"] = site
        return
    # A byline row that names the paper before its staff's word names the site: "जनमानस शेखावाटी संवाददाता
    # : चंद्रकांत बंका", "ईस्ट इंडिया टाइम्स रिपोर्ट संजीव सक्सेना।".
    rows = (line.line for line in lines if (line.drop or "").startswith("byline"))
    if site := next((site for row in rows if (site := _paper_before_staff(row))), None):
        found["site"] = site
        return
    # A paper's staff credit names it ("नईदुनिया प्रतिनिधि", "जागरण संवाददाता"), and a credit that is a
    # paper's name is the site's own ("Author: Dainik Awantika").
    credit = found.get("byline", "")
    if site := bp.staff_site(credit) or (
        None if bp.agency(credit) or _is_service(credit) else bp.paper_credit(credit)
    ):
        found["site"] = site
        return
    # With no name for it anywhere, a page's own address is the site: "baghaltimes.com".
    if site := bp.host_of(given.url):
        found["site"] = site


def _paper_before_staff(row: str) -> str | None:
    """The paper a byline row names before its staff's or report's word, else None."""
    words = row.split()
    at = next((i for i, word in enumerate(words) if bp.name_key(word.strip(":-–—।")) in _STAFF_WORDS), 0)
    if not 1 < at <= PAPER_NAME_MAX_WORDS:  # (one word before it is a desk's kind or a town: "जिला", "लखनऊ")
        return None
    prefix = " ".join(words[:at])
    if bp.is_site_name(prefix) and not bp.is_place(prefix) and not _places_news(prefix):
        return prefix
    return bp.staff_site(f"{prefix} {words[at].strip(':-–—।')}")


_STAFF_WORDS = {bp.name_key(w) for w in ("संवाददाता", "प्रतिनिधि", "रिपोर्टर", "रिपोर्ट", "ब्यूरो", "डेस्क")}


def _papers_name_alone(line: str) -> bool:
    """Whether a line is a paper's name alone, by its last word ("... News", "... टाइम्स"): not a section's
    rubric ("Breaking News") nor a place's news ("Bihar News", "गाजीपुर न्यूज़"), no agency or staff."""
    words = line.split()
    if not 1 < len(words) <= PAPER_NAME_MAX_WORDS or not bp.is_site_name(line) or bp.is_rubric(line):
        return False
    if any(len(word) > PAPER_WORD_MAX_CHARS for word in words):  # a menu glued: "उत्तर प्रदेशबहराइचब्रेकिंग न्यूज़"
        return False
    if any(mark in line for mark in "।|:;,"):  # a dateline's credit: "जयपुर। रिपोर्ट टाइम्स"
        return False
    before = " ".join(words[:-1])
    # (its own words, not a section's nor a state's: "Digital News", "UP Special News")
    own = [w for w in words[:-1] if w.casefold() not in _SECTION_WORDS and not bp.is_state(w)]
    placed = bp.is_place(before) or bp.is_state(before) or bp.is_state(words[0])
    return bool(own) and not placed and not bp.agency(line) and not bp.staff_site(line)


PAPER_NAME_MAX_WORDS = 4
PAPER_WORD_MAX_CHARS = 14
# Words of a section's name, not a paper's: "Digital News", "Recent News", "UP Special News", "Featured Post"
# (and states glued as no state's name is: "Uttarpradesh News").
_SECTION_WORDS = {
    *("the", "digital", "recent", "featured", "local", "trending", "popular", "latest", "more", "related"),
    *("special", "sponsored", "hindi", "cg", "uttarpradesh", "madhyapradesh", "state", "city"),
    *("share", "this", "next", "previous", "read"),  # a prompt's: "Share This Post", "Next Post"
}
LOGO_LINES = 3  # the page's first lines, where a logo stands over the headline
GLUED_LOGO_LINES = 8


def _latin_logo_over(lines: list[_Line], headline: _Line) -> tuple[str, bool] | None:
    """A Latin logo the page's own furniture prints over a Hindi headline, not a reporter's name; and
    whether it stands right over the story's dateline, crediting it."""
    if not _mostly_devanagari(headline.line):
        return None
    for index, line in enumerate(lines[:LOGO_LINES]):
        # (or right under it, over the reporter's Latin name: "PMG News Hisar" over "Satbir Chauhan", or
        # over the story's dateline: "Chhattisgarh Crimes" over "दुर्ग। ...")
        over_dateline = line.number > headline.number and _dateline_next(lines, index)
        # (a kicker the story opens with again is its picture's label, no logo: "Thomson Laptop" over
        # "Thomson Laptop: देश में ...")
        if over_dateline and lines[index + 1].line.startswith(line.line.strip()):
            continue
        under = over_dateline or (line.number > headline.number and _latin_byline_next(lines, index))
        if (
            (line.number >= headline.number and not under)
            or not _own_furniture(line)
            or (line.drop or "").startswith("byline")
        ):
            continue  # ("Norat Mal Nama" beside the date is the reporter)
        if logo := bp.latin_logo(line.line):
            return logo, over_dateline
    return None


def _dateline_next(lines: list[_Line], index: int) -> bool:
    """Whether the line after opens the story with its dateline."""
    after = lines[index + 1] if index + 1 < len(lines) else None
    return bool(after and (after.dateline or after.drop == DATELINE))


def _latin_byline_next(lines: list[_Line], index: int) -> bool:
    """Whether the line after is the reporter's Latin name alone, read as the byline."""
    after = lines[index + 1] if index + 1 < len(lines) else None
    if not after or after.drop != "byline (in metadata)" or not after.line.isascii():
        return False
    words = after.line.split()  # (a name's words alone, no label: not "Editor-Aditya Sharma Auraiya")
    return len(words) <= 3 and all(word.isalpha() for word in words) and bp.is_name(after.line)


# Dropped lines that are not the page's own furniture, where no logo is read: other stories' lines, and
# a weather box's city.
_NOT_OWN = ("related", "teaser", "the headline again", "repeats the headline", "another story", WEATHER)


def _own_furniture(line: _Line) -> bool:
    if line.drop is None:
        return line.kind == "caption"
    return not line.drop.startswith(_NOT_OWN) and not bp.matches(bp.REPOST_CREDIT, line.line)


def _blocks(lines: list[_Line]) -> tuple[Block, ...]:
    """Kept lines as blocks: text lines of one paragraph joined (hard-wrapped text), others alone.

    A dropped line ends a paragraph: the text on either side of a promotion or a date line is not
    one paragraph split by it. A line whose dateline was cut off begins one: the story starts there,
    and a sentence joined across the cut would no longer be the source's words.
    """
    blocks: list[Block] = []
    run: list[_Line] = []  # text lines of the paragraph being joined

    def end_paragraph() -> None:
        if run:
            blocks.append(
                Block(" ".join(line.text for line in run), "text", tuple(line.number for line in run))
            )
            run.clear()

    for line in lines:
        if (
            line.drop
            or line.kind != "text"
            or line.dateline
            or (run and run[-1].paragraph != line.paragraph and not _broken_sentence(run[-1], line))
        ):
            end_paragraph()
        if line.drop:
            continue
        if line.kind == "text":
            run.append(line)
        else:
            blocks.append(Block(line.text, line.kind or "text", (line.number,)))
    end_paragraph()
    return tuple(blocks)


def _broken_sentence(before: _Line, line: _Line) -> bool:
    """Whether a paragraph goes on with the sentence the paragraph over it left unfinished, a crawl's
    blank line cut into it ("... इस पर गहन विचार विमर्श किया" over "गया है।"): its first word is a verb's
    helper or a postposition, which opens no sentence, and the prose over it has no end mark."""
    words = line.line.split()
    return (
        bool(words)
        and words[0] in _CONTINUES_SENTENCE
        and len(before.line.split()) >= BROKEN_PROSE_MIN_WORDS
        and _ENDS_IN_A_WORD.search(before.line) is not None  # (no mark, not even a comma: a verse's line)
    )


_ENDS_IN_A_WORD = re.compile(r"[\u0900-\u0963\u0966-\u097f]\s*\Z")
BROKEN_PROSE_MIN_WORDS = 8  # (a short line over it may be a heading, which ends with no mark)


_REPORT_OF = re.compile(r"\s+की\s+(?:(?:खास\s+|विशेष\s+)?रिपोर्ट|(?:खास|विशेष)\s+ख\u093c?बर)\W*\Z")
# A reporter's role printed with the name: "रिपोर्टर <name>", "संवाददाता <name>", "<name> reporter".
_ROLE = re.compile(
    r"\A(?:रिपोर्टर|रिपोर्ट|संवाददाता|reporter)\s*[:\-–—]?\s+"
    # (after the name, with the paper's word before it: "दीपक नागर पत्रिका रिपोर्टर")
    r"|\s+(?:(?:पत्रिका|patrika|भास्कर|bhaskar)\s+)?(?:reporter|रिपोर्टर)\Z",
    re.IGNORECASE,
)


def _filing_town(place: str) -> str:
    """The town a dateline files from, of the parts its commas join: "जलालपुर, अंबेडकर नगर" (its
    district), "किशनगंज, बिहार" and "असम, गुवाहाटी" (its state), "जबलपुर, यशभारत" (the paper), "बबलू
    गोस्वामी, नादौन" (the reporter). Towns joined by a slash ("पटना/मोतिहारी") are filed from together."""
    parts = [part for part in re.split(r"\s*,\s*", place) if part]
    towns = [part for part in parts if not bp.is_state(part)] or parts
    first = towns[0] if towns else place
    if bp.is_name(first) or bp.signs_as(first):
        first = next((part for part in towns[1:] if bp.is_place(part) or bp.one_devanagari_word(part)), first)
    # (but a town the gazetteer lacks before its district's slash is the town: "दुबौलिया/बस्ती", and a
    # given name before it the reporter: "किशोर/जैसलमेर")
    pieces = [piece.strip() for piece in first.split("/")]
    if len(pieces) == 2 and all(bp.one_devanagari_word(piece) for piece in pieces):
        if bp.is_given_name(pieces[0]):
            return pieces[1]
        if not bp.in_gazetteer(pieces[0]) and bp.is_place(pieces[1]) and not bp.is_state(pieces[1]):
            return pieces[0]
    return first


DESK_TOWN = "desk town"  # a key of ``found``: the town a credit row names beside its desk
SITE_CREDIT = "site credit"  # and the paper a row credits, the byline only where no other is found


def _metadata(given: Metadata, found: dict[str, str]) -> Metadata:
    """The input's own metadata, completed from the text.

    The text's date wins only when it is the given day told more precisely: a page's ``<meta>``
    often gives the day alone, while its printed date line has the time and time zone.
    """
    if byline := found.get("byline") or found.get(SITE_CREDIT):  # "अजीत पाण्डेय की रिपोर्ट": अजीत पाण्डेय
        byline = byline.strip("{}[] ") or byline  # (a theme's braces: "{दीपक नागर पत्रिका रिपोर्टर }")
        byline = _REPORT_OF.sub("", byline).strip() or byline
        if among := bp.credit_between_towns(byline):  # "पालमपुर अनिल सूद": the reporter, and the town
            byline = among[0]
            if among[1]:
                found.setdefault("place", among[1])
        # (a person's, with a known surname, or else no staff credit or paper: "स्टाफ रिपोर्टर", "रिपोर्ट टाइम्स")
        named = _ROLE.sub("", byline).strip()
        credit = bp.agency(byline) or bp.paper_credit(byline)
        if named and bp.is_name(named) and (bp.has_surname(named) or not credit):
            byline = named
        found["byline"] = byline
    # The story's dateline says where it is filed from, over the town a credit row names beside its
    # desk; a dateline's kicker that names no town ("स्थापना दिवस विशेष:") does not.
    place, desk = found.get("place"), found.get(DESK_TOWN)
    named = re.split(r"\s*[,/]\s*", place)[0] if place else ""
    if desk and len(named.split()) > 1 and not bp.is_place(named) and bp.is_place(desk):
        place = desk
    if place := place or desk:
        found["place"] = _filing_town(place)
    if site := found.get("site"):  # (its address said in words is no part of its name: "... डॉट कॉम")
        found["site"] = bp.without_news_word(bp.DOT_COM.sub("", site))
    merged = {f.name: getattr(given, f.name) or found.get(f.name) for f in fields(Metadata)}
    if given.date and found.get("date", "").startswith(given.date):
        merged["date"] = found["date"]
    return Metadata(**merged)

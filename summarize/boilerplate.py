"""What the furniture of a news page looks like, one line at a time, in Hindi and in English.

Scraped articles arrive with the page around the story: related-article links, app promotions,
author boxes, bylines, photo credits, datelines. Each is recognised here by its form, the words news
sites use for it and its shape (short, alone on its line, a date and nothing else), never by one
site's exact strings. ``summarize.cleaning`` uses these tests with the context of the whole article
(where the story starts, what repeats) to decide what to drop.

Lines are compared in Unicode NFC, so that a nukta typed as its own character (ड + ़) and the
precomposed letter match alike; the text itself is never changed.

Furniture is short, so the shape tests look only at lines of up to ``SHAPE_MAX_CHARS`` characters (a
longer line is story text). That also bounds what a regular expression can cost on one line; the
patterns are written besides to run in time linear in the line (no nested or overlapping
quantifiers), and the few tests that read longer lines (a teaser ending in "read more", a dateline)
rely on that or look only at the part of the line that can match.
"""

from __future__ import annotations

import re
import unicodedata

# A nukta, often left out in typing: ख़बर and खबर are one word.
_NUKTA = "\u093c?"
# "पढ़ें" ("read"), also in the polite form (पढ़िए) and the common misspelling पढ़े.
_READ = rf"पढ{_NUKTA}(?:ें|िए|े)"
# The longest line a shape test looks at: promotions, labels, credits, bylines, dates and related
# links are a line of up to a few dozen words.
SHAPE_MAX_CHARS = 300


def matches(pattern: re.Pattern[str], line: str) -> bool:
    """Whether the whole line, a short one, has the pattern's form."""
    return len(line) <= SHAPE_MAX_CHARS and bool(pattern.fullmatch(_form(line)))


def _pattern(regex: str) -> re.Pattern[str]:
    return re.compile(unicodedata.normalize("NFC", regex), re.IGNORECASE)


def _form(line: str) -> str:
    return unicodedata.normalize("NFC", line)


# Openers of a list of links to other stories: "इसे भी पढ़ें", "यह भी पढ़ें", "Also Read", ...
_RELATED = (
    rf"(?:इसे|इसको|यह|ये|इन्हें|इन्हे)\s+भी\s+{_READ}|संबंधित\s+(?:ख{_NUKTA}बरें|ख{_NUKTA}बर|समाचार|लेख)"
    r"|also\s+read|read\s+also|must\s+read|related\s+(?:news|stories|story|articles?|posts?)"
)
RELATED_MARKER = _pattern(rf"\W*(?:{_RELATED})\W*")  # the opener alone: the links follow
# The opener and one link on the same line: "इसे भी पढ़ें - <headline>", "ALSO READ: <headline>".
RELATED_LINK = _pattern(rf"\W*(?:{_RELATED}|{_READ})\s*[:\-–—|]\s*\S.*")
# "और पढ़ें" / "Read more" after a finished sentence (or alone) ends the teaser of another story;
# "children should read more." is a sentence, not a link. A teaser may be a long paragraph, so this
# one is tested on whole lines (``is_teaser``): ``.*`` backtracks once over the line, and each place
# it stops at tries a bounded alternation, so the cost is linear.
_READ_MORE = rf"(?:और|आगे)\s+{_READ}|पूरी\s+ख{_NUKTA}बर\s+{_READ}|read\s+more|continue\s+reading"
READ_MORE = _pattern(rf"(?:.*[।.!?…:|\-–—]\s*)?(?:{_READ_MORE})\W*")

# Author boxes: "ABOUT THE AUTHOR", name, short bio, "...view details".
AUTHOR_MARKER = _pattern(r"\W*(?:about\s+the\s+author|author\s+profile|लेखक\s+के\s+बारे\s+में|लेखक\s+परिचय)\W*")
AUTHOR_END = _pattern(r"\W*view\s+(?:details|profile|all\s+posts)\W*")

# Calls to action: an imperative (download, follow, subscribe, join, click) and a channel to act on
# (an app, a social network, a newsletter, "news"), said to the reader: from the site ("हमें", "us",
# "our", "खबरों के लिए", "for more news") or as an order that opens the line or clause ("डाउनलोड करें
# ईटीवी भारत ऐप", "Download the app"). A story reports such calls ("उन्होंने कहा कि लोग ऐप डाउनलोड
# करें"; "users can download the app") without either.
_CALLS = (
    rf"डाउनलोड\s+करें|फ{_NUKTA}ॉलो\s+करें|सब्सक्राइब\s+करें|(?:ज्वाइन|जॉइन)\s+करें|जु{_NUKTA}ड़(?:ें|िए)|क्लिक\s+करें"
    r"|\b(?:download|follow|subscribe|join|click|like|sign\s+up)\b"
)
_CALL = _pattern(_CALLS)
_CALL_FIRST = _pattern(rf"(?:^|[,;:.!?।|]\s*)(?:please\s+)?(?:{_CALLS})")
_TO_READER = _pattern(r"हमें|हमारे|हमारा|हमसे|के\s+लिए|\b(?:us|our|for\s+(?:more|the\s+latest|latest))\b")
_CHANNEL = _pattern(
    rf"ऐप|एप|चैनल|व्हाट्सऐप|व्हाट्सएप|टेलीग्राम|यूट्यूब|फेसबुक|ट्विटर|इंस्टाग्राम|गूगल\s+न्यू{_NUKTA}ज|न्यू{_NUKTA}जलेटर"
    rf"|ख{_NUKTA}बरों|अपडेट"
    r"|\b(?:apps?|channel|whatsapp|telegram|youtube|facebook|twitter|instagram|google\s+news|newsletter|news|updates)\b"
)
PROMOTION_MAX_WORDS = 30
# The app a promotion names is the site's own: "डाउनलोड करें ईटीवी भारत ऐप", "Download the XYZ app".
_APP = _pattern(r"(?:डाउनलोड\s+करें|download(?:\s+the)?)\s+(?P<site>\S.{0,40}?)\s+(?:ऐप|एप|app)\b")
ADVERTISEMENT = _pattern(r"\W*(?:विज्ञापन|advertisement|sponsored|स्पॉन्सर्ड)\W*")

# Bylines: "By", "By Name", "रिपोर्ट: Name". Hindi words need the colon or dash, since लेखक
# ("writer") or रिपोर्ट ("report") can also open a heading.
BYLINE = _pattern(
    r"(?:by|written\s+by|reported\s+by)(?:\s*:\s*|\s+|$)(?P<name>[^\d:|।.!?]{0,60})"
    r"|(?:रिपोर्ट|रिपोर्टर|संवाददाता|लेखक|लेखिका|report|reporter)\s*[:\-–]\s*(?P<hname>[^\d:|।.!?]{1,60})"
)
BYLINE_MAX_WORDS = 6

# Images: a marker line alone ("फोटो", "Photo"), a credit ("फोटो: ETV", "(फाइल फोटो)", "UPT | ..."),
# or a Markdown image as trafilatura writes one for a page's picture.
_PHOTO = rf"फ{_NUKTA}ोटो|तस्वीर|चित्र|photo|image|picture|pic"
IMAGE_MARKER = _pattern(rf"\W*(?:(?:फाइल|file|सांकेतिक|representative|representational)\s+)?(?:{_PHOTO})\W*")
_CREDITS = (
    # a source tag: "UPT | ..."
    r"[A-Z][A-Z0-9&.]{1,11}\s*\|\s*\S.*",
    # a credit first: "फोटो: ...", "Photo credit: ..."
    rf"(?i:\W*(?:{_PHOTO})\s*(?:साभार|credit|courtesy)?(?:\s*[:|]|\s+[-–]).*)",
)
CREDIT = re.compile(unicodedata.normalize("NFC", "|".join(_CREDITS)))
# A credit last: "... (फाइल फोटो)", "... (Photo: PTI)", searched for at the end of the line. (As
# ``.*\(...[^)]*\)`` under fullmatch it scanned to the line's end from every "(": quadratic, 23 s
# for a 200 kB line.) ``[^()]`` stops each scan at the next parenthesis, so the scans never overlap.
CREDIT_LAST = _pattern(rf"\((?:फाइल\s+|file\s+)?(?:{_PHOTO})(?:\s*[:\-–][^()]*)?\)\W*\Z")
CREDIT_TAG = re.compile(r"(?P<tag>[A-Z][A-Z0-9&.]{1,11})\s*\|")
MARKDOWN_IMAGE = re.compile(r"!\[(?P<alt>[^\]]*)\]\([^)]*\)")

# A dateline opens the story: "कानपुर:", "नई दिल्ली :", "Kanpur News:", "लखनऊ (भाषा):".
_DATELINE = _pattern(
    r"(?P<place>[^\W\d][^\s\d:,।|()]*(?:\s+[^\s\d:,।|()]+){0,2}?)"
    rf"(?:\s+(?:news|न्यू{_NUKTA}ज))?(?:\s*\([^)]{{1,30}}\))?\s*:"
)
# A dateline's place, rubric and colon fit in this many characters.
DATELINE_MAX_CHARS = 120
# Words that make "<words>:" a quotation ("उन्होंने कहा:") rather than a place.
_SPEECH = {
    _form(w) for w in ("कहा", "बताया", "लिखा", "बोले", "कहते", "कहना", "said", "says", "told", "wrote", "added")
}


def is_promotion(line: str) -> bool:
    """Whether the line asks the reader to download, follow, subscribe to or join the site."""
    line = _form(line)
    if (
        len(line) > SHAPE_MAX_CHARS
        or len(line.split()) > PROMOTION_MAX_WORDS
        or not (_CALL.search(line) and _CHANNEL.search(line))
    ):
        return False
    return bool(_TO_READER.search(line) or _CALL_FIRST.search(line))


def promoted_app(line: str) -> str | None:
    """The app a promotion asks to download, which is the site's own; None if it names none."""
    match = _APP.search(_form(line))
    return match["site"] if match else None


def byline(line: str) -> str | None:
    """The name in a byline ("" for a bare "By"); None if the line is not a byline."""
    if (
        len(line) > SHAPE_MAX_CHARS
        or len(line.split()) > BYLINE_MAX_WORDS
        or not (match := BYLINE.fullmatch(_form(line)))
    ):
        return None
    return (match["name"] or match["hname"] or "").strip()


def is_teaser(line: str) -> bool:
    """Whether the line is the teaser of another story: it ends in a read-more link."""
    return bool(READ_MORE.fullmatch(_form(line)))


def is_caption_credit(line: str) -> bool:
    if len(line) > SHAPE_MAX_CHARS:
        return False
    line = _form(line)
    return bool(CREDIT.fullmatch(line) or CREDIT_LAST.search(line))


def credit_tag(line: str) -> str | None:
    """The source tag of a caption ("UPT" in "UPT | ..."), which names the site that took the photo."""
    match = CREDIT_TAG.match(line)
    return match["tag"] if match else None


def dateline_place(paragraph: str) -> str | None:
    """The place of a dateline opening a paragraph ("कानपुर" for "कानपुर: ..."), else None."""
    # Only the paragraph's opening can be a dateline; a long first word is not backtracked over.
    match = _DATELINE.match(_form(paragraph[:DATELINE_MAX_CHARS]))
    if not match or _SPEECH & set(match["place"].split()):
        return None
    return match["place"]

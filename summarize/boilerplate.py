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

import json
import re
import unicodedata
from dataclasses import dataclass
from importlib import resources
from urllib.parse import urlsplit

from summarize.dates import MONTHS, WEEKDAYS, parse_date
from summarize.splitting import LETTER_NAMES

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


def name_key(text: str) -> str:
    """A name as compared: NFC, case folded, nuktas dropped, a nasal written either way (इन्दौर and इंदौर,
    अम्बिकापुर and अंबिकापुर, गाँव and गांव) as the anusvara, spaces collapsed."""
    without_nukta = unicodedata.normalize("NFD", _form(text).casefold()).replace("\u093c", "")
    nasal = _HALF_NASAL.sub("\u0902", unicodedata.normalize("NFC", without_nukta).replace("\u0901", "\u0902"))
    return " ".join(nasal.split())


# A nasal consonant with a virama before a consonant of its own class (ङ्क, ञ्च, ण्ड, न्द, म्ब): the
# anusvara's sound, spelt out. (Not before others: सम्मान, जन्म, अन्य.)
_HALF_NASAL = re.compile(
    "\u0919\u094d(?=[\u0915-\u0918])|\u091e\u094d(?=[\u091a-\u091d])|\u0923\u094d(?=[\u091f-\u0922])"
    "|\u0928\u094d(?=[\u0924-\u0927])|\u092e\u094d(?=[\u092a-\u092d])"
)


# Openers of a list of links to other stories: "इसे भी पढ़ें", "यह भी पढ़ें", "Also Read", ...
_RELATED = (
    rf"(?:इसे|इसको|यह|ये|इन्हें|इन्हे)\s+भी\s+{_READ}|संबंधित\s+(?:ख{_NUKTA}बरें|ख{_NUKTA}बर|समाचार|लेख)"
    r"|also\s+read|read\s+also|must\s+read|related\s+(?:news|stories|story|articles?|posts?)|latest\s+news"
    rf"|(?:नयी|नई|ताज़ा|ताजा|लेटेस्ट)\s+ख{_NUKTA}बरें"
    rf"|ख{_NUKTA}बर(?:ें)?\s+और\s+(?:भी\s+)?हैं?|(?:और|अन्य)\s+(?:भी\s+)?ख{_NUKTA}बरें"  # "खबर और है..", "अन्य खबरें"
)
RELATED_MARKER = _pattern(rf"\W*(?:{_RELATED})\W*")  # the opener alone: the links follow
# The opener and one link on the same line: "इसे भी पढ़ें - <headline>", "ALSO READ: <headline>",
# "Read More : <headline>", "यह भी पढ़ें 👉 <headline>".
RELATED_LINK = _pattern(rf"\W*(?:{_RELATED}|{_READ}|read\s+more)\s*(?:[:\-–—|»→➡👉▶]|…|\.{{2,}})\s*\S.*")
# "और पढ़ें" / "Read more" after a finished sentence (or alone) ends the teaser of another story;
# "children should read more." is a sentence, not a link. A teaser may be a long paragraph, so this
# one is tested on whole lines (``is_teaser``): ``.*`` backtracks once over the line, and each place
# it stops at tries a bounded alternation, so the cost is linear.
_READ_MORE = (
    rf"(?:और|आगे)\s+{_READ}|पूरी\s+ख{_NUKTA}बर\s+{_READ}|{_READ}\s+विस्तार\s+से|विस्तार\s+से\s+{_READ}"
    r"|read\s+more|continue\s+reading"
)
READ_MORE = _pattern(rf"(?:.*[।.!?…:|\-–—]\s*)?(?:{_READ_MORE})\W*")
READ_MORE_WORDS = _pattern(_READ_MORE)  # searched for: a line that says them anywhere links elsewhere

# Author boxes: "ABOUT THE AUTHOR", name, short bio, "...view details".
AUTHOR_MARKER = _pattern(r"\W*(?:about\s+the\s+author|author\s+profile|लेखक\s+के\s+बारे\s+में|लेखक\s+परिचय)\W*")
AUTHOR_IMAGE = _pattern(r"\W*author[-\s_]?(?:image|photo|pic|avatar|img)\W*")  # the picture's label
AUTHOR_END = _pattern(r"\W*view\s+(?:details|profile|all\s+posts)\W*")

# Calls to action: an imperative (download, follow, subscribe, join, click) and a channel to act on
# (an app, a social network, a newsletter, "news"), said to the reader: from the site ("हमें", "us",
# "our", "खबरों के लिए", "for more news") or as an order that opens the line or clause ("डाउनलोड करें
# ईटीवी भारत ऐप", "Download the app"). A story reports such calls ("उन्होंने कहा कि लोग ऐप डाउनलोड
# करें"; "users can download the app") without either.
_DO = r"(?:करें|कीजिए|कीजिये|करिए|करिये)"  # (and the politer forms: "कृपया सब्सक्राइब कीजिए")
_CALLS = (
    rf"डाउनलोड\s+{_DO}|फ{_NUKTA}ॉलो\s+{_DO}|सब्सक्राइब\s+{_DO}|(?:ज्वाइन|जॉइन)\s+{_DO}|जु{_NUKTA}ड़(?:ें|िए)|क्लिक\s+{_DO}"
    rf"|(?:इंस्टॉल|इनस्टॉल|इन्स्टॉल|इंस्टाल)\s+{_DO}|शेयर\s+करें?|वोट\s+करें"
    r"|\b(?:download|install|follow|subscribe|join|click|like|share|sign\s+up)\b"
)
_CALL = _pattern(_CALLS)
_CALL_FIRST = _pattern(rf"(?:^|[,;:.!?।|]\s*)(?:please\s+)?(?:{_CALLS})")
# A call ending the line, with no full stop after it, is said to the reader: "... ग्रुप (WhatsApp) से जुड़ें".
_CALL_LAST = re.compile(rf"(?:{_CALLS})[\s!👇👉]*\Z", re.IGNORECASE)
_TO_READER = _pattern(r"हमें|हमारे|हमारा|हमसे|के\s+लिए|\b(?:us|our|for\s+(?:more|the\s+latest|latest))\b")
_CHANNEL = _pattern(
    rf"ऐप|एप|ऍप|चैनल|व्हाट्सऐप|व्हाट्सएप|टेलीग्राम|यूट्यूब|फेसबुक|ट्विटर|इंस्टाग्राम|गूगल\s+न्यू{_NUKTA}ज|न्यू{_NUKTA}जलेटर"
    rf"|ख{_NUKTA}बरों|ख{_NUKTA}बर|अपडेट|ग्रुप|न्यू{_NUKTA}ज|नेटवर्क"
    r"|\b(?:apps?|channel|whatsapp|telegram|youtube|facebook|twitter|instagram|google\s+news|newsletter|news|updates|groups?)\b"
)
PROMOTION_MAX_WORDS = 30
# The app a promotion names is the site's own: "डाउनलोड करें ईटीवी भारत ऐप", "Download the XYZ app".
_APP = _pattern(
    r"(?:(?:डाउनलोड|इंस्टॉल|इनस्टॉल|इन्स्टॉल|इंस्टाल)\s+करें|(?:download|install)(?:\s+the)?)"
    r"\s+(?P<site>\S.{0,40}?)\s+(?:ऐप|एप|ऍप|app)\b"
)
# The group or channel a promotion names is the site's own: "न्यूज़ हाइट के समाचार ग्रुप (WhatsApp) से जुड़ें".
_GROUP = _pattern(
    r"\W*(?P<site>[^\W\d][^()]{1,30}?)\s+के\s+(?:\S+\s+){0,2}?(?:ग्रुप|चैनल)\b.*(?:जु\u093c?ड़(?:ें|िए)|(?:ज्वाइन|जॉइन)\s+करें)\W*"
)
# The site's own page or group on a social network: "Click to Follow हिन्दी बाबूशाही फेसबुक पेज →", "Join
# the RuralVoice whatsapp group".
_NETWORK_PAGE = _pattern(
    r"(?:follow|join|like|subscribe\s+to)\s+(?:the\s+|our\s+)?(?!us\b)(?P<site>[^\W\d][^()|]{1,30}?)\s+(?:के\s+)?"
    r"(?:फेसबुक|व्हाट्सएप|व्हाट्सऐप|टेलीग्राम|यूट्यूब|ट्विटर|facebook|whatsapp|telegram|youtube|twitter)\s+"
    r"(?:पेज|ग्रुप|चैनल|page|group|channel)\b"
)
# An image's alt text that names an advertisement: "Banner Ad", "advertisement", "विज्ञापन".
AD_IMAGE = _pattern(r".{0,30}\b(?:ads?|advertisements?|banner|sponsored)\b.{0,30}|.{0,30}विज्ञापन.{0,30}")
ADVERTISEMENT = _pattern(r"\W*(?:विज्ञापन|advertisement|sponsored|स्पॉन्सर्ड)\W*")
# A short request naming a channel is a promotion wherever its call stands ("Google News पर फॉलो करें",
# "WhatsApp चैनल से जुड़ें"), and so is a prompt to read in the site's app ("ऐप पर पढ़ें").
SHORT_PROMOTION_MAX_WORDS = 6
CALL_ALONE_MAX_WORDS = 3
APP_PROMPT = _pattern(rf"\W*(?:ऐप|एप|app)\s+(?:पर|में|on|in)\s+(?:{_READ}|read)\W*")
# The link alone, in the other order: "पढ़ें पूरी खबर" (after a sentence it ends a bulletin's item).
READ_FULL = _pattern(rf"\W*{_READ}\s+पूरी\s+ख{_NUKTA}बर\W*")
# The link left at a story paragraph's end, after its last sentence (searched for): "... बताया। पढ़ें
# पूरी खबर", "... पूरी खबर..", "... Read More", "… Continue reading <the post's title>".
READ_MORE_TAIL = re.compile(
    r"\s*(?:…\s*)?(?:read\s+more|continue\s+reading(?:\s+\S+){0,20})\s*\W*\Z"
    rf"|\s*{_READ}\s+पूरी\s+ख{_NUKTA}बर\W*\Z|\s*पूरी\s+ख{_NUKTA}बर\s*\.{{2,}}\Z",
    re.IGNORECASE,
)
# A link elsewhere: "मूल लेख पढ़ने के लिए यहां क्लिक करें", "click here" (in a short line).
# (arrows may set the link off: "... यहाँ >> क्लिक <<करें")
CLICK_HERE = _pattern(r".*(?:(?:यहां|यहाँ|यहा)[\s<>«»]+क्(?:लि|ली)क[\s<>«»]+कर(?:ें|िए)|click\s+here).*")
CLICK_HERE_MAX_WORDS = 16  # (an app's prompt: "... अब आपके मोबाइल फोन पर भी. डाउनलोड करने के लिए यहाँ क्लीक करें")
# A breadcrumb trail's label: "आप यहाँ पर हैं", "You are here".
YOU_ARE_HERE = _pattern(r"\W*(?:आप\s+(?:यहाँ|यहां|यहा)\s+(?:पर\s+)?हैं?|you\s+are\s+here)\W*")
# Other furniture by its words: tag rows, copyright lines, reading times, a media player's messages.
TAGS = _pattern(r"\W*(?:tags?|topics?|टैग्स|टैग|कीवर्ड्स?|keywords?)\s*[:\-–|].*")
COPYRIGHT = _pattern(
    r"\W*(?:©|\(c\)|copyright|कॉपीराइट)(?!\w).*|.*(?:all\s+rights\s+reserved|सर्वाधिकार\s+सुरक्षित).*"
)
READING_TIME = _pattern(
    rf"\W*(?:\d+\s*(?:मिनट|min|mins|minutes?)\s*(?:में\s+{_READ}|read|की\s+रीड|पठन)"
    r"|(?:पढ़ने\s+का\s+समय|read\s+time|reading\s+time)\s*[:\-–]?\s*\d+\s*(?:मिनट|min|mins|minutes?))\W*"
)
# Today's date in a site bar, in the forms news themes print it and stories do not: an abbreviated
# weekday with a full stop and an ordinal day ("Tue. Sep 17th, 2024"), or a spaced comma after the
# weekday and none before the year ("Saturday , May 10 2025").
TODAY_BAR = _pattern(
    r"\W*(?:[a-z]{3}\.\s+[a-z]{3,9}\s+\d{1,2}(?:st|nd|rd|th),\s+\d{4}"
    r"|[a-z]{6,9}\s+,\s+[a-z]{3,9}\s+\d{1,2}\s+\d{4})\W*"
)
# A date line that says what its date is: the story's publication or update, not a page bar's today.
DATE_LABELLED = _pattern(r".*(?:published|updated|posted|publish|प्रकाशित|अपडेटेड|अपडेट|पब्लिश्ड).*")
# A page's interface talking while it loads: "Loading...", "Please wait", "लोड हो रहा है".
INTERFACE = _pattern(
    r"\W*(?:loading|please\s+wait|लोड\s+हो\s+रहा\s+है|लोडिंग|(?:error\s*:\s*)?content\s+is\s+protected"
    rf"|ख{_NUKTA}बर\s+सुन(?:ें|िए|कर)|ख{_NUKTA}बर\s+सुनने\s+के\s+लि(?:ए|ये).{{0,30}}|listen\s+to\s+(?:this\s+)?(?:article|story|news))\W*"
)
# A counter ("आगंतुक पटल : 149", "Views: 0") and editors' initials ("पीके/केसी/एके/केके").
COUNTER = _pattern(r"[^\d:]{2,30}:\s*\d+")
COUNTER_MAX_WORDS = 4
INITIALS = _pattern(r"(?![\d/]+$)[^\s/]{1,4}(?:/[^\s/]{1,4}){2,}")  # (not a date: "09/11/2025")
# A dateline alone on its line with a day and month but no year: "सोनहत 7 अक्टूबर".
# A site's note on where the story came from or what it is not: "यह सिंडीकेट फीड से सीधे प्रकाशित खबर है",
# "... की स्वीकृति से ... द्वारा प्रकाशित", "डिस्क्लेमर: ...". Short enough to be a note, not a story.
NOTE = _pattern(
    r".{0,80}(?:सिंड[िी]?क[ेी]ट\s+फ़?ीड|syndicated?\s+feed|की\s+स्वीकृति\s+से).{0,200}"
    r"|\W*(?:डिस्क्लेमर|disclaimer|अस्वीकरण)\s*[:\-–].*"
)
# A media player's clock ("00:00", "02:31"), and a date's Hindi label printed without its date
# ("प्रविष्टि तिथि:"), and a press release's number ("(रिलीज़ आईडी: 2207852)").
PLAYER_TIME = _pattern(r"\d{1,2}:\d{2}(?::\d{2})?")
EMPTY_DATE_LABEL = _pattern(
    r"\W*(?:(?:प्रविष्टि|प्रकाशन|प्रकाशित)\s+तिथि|दिनांक|दिनाँक|तिथि|तारीख|प्रकाशित|अपडेटेड)\s*[:\-–]?\s*"
)
RELEASE_ID = _pattern(rf"\(?\s*(?:रिलीज{_NUKTA}|release)\s+(?:आईडी|id)\s*:?\s*\d+\s*\)?")
PLAYER = _pattern(
    r".*(?:प्लेबैक|वीडियो\s+प्लेयर|मीडिया\s+प्लेयर|video\s+player|media\s+player|playback|this\s+video)"
    r".*(?:नहीं|not|error|loading|unable|unsupported|cannot).*"
)
# A list of search keywords a page prints for engines: comma-separated, most of them naming news.
KEYWORD_LIST_MIN_PARTS = 4
KEYWORD_MAX_WORDS = 6
_NEWS_WORDS = {"news", "न्यूज", "खबर", "खबरें", "समाचार", "hindi", "हिंदी", "headlines"}

# Bylines: "By", "By Name", "रिपोर्ट: Name". Hindi words need the colon or dash, since लेखक
# ("writer") or रिपोर्ट ("report") can also open a heading.
_HINDI_LABELS = "रिपोर्ट|रिपोर्टर|संवाददाता|लेखक|लेखिका"  # before a name, with their mark
BYLINE = _pattern(
    r"(?:(?:story|news|written|reported|posted)\s+)?by(?:\s*:\s*|\s+|$|(?-i:(?<=By)(?=[A-Z][a-z])))"
    r"(?P<name>[^\d:|।.!?]{0,60})(?<=\S)(?:\s*।)?"
    rf"|(?:(?:ब्यूरो|bureau)\s+)?(?:{_HINDI_LABELS}|report|reporter|author|source|स्रोत)"
    # (a long dash may be glued to the name: "रिपोर्ट—अखिलेश सिंह")
    r"(?:\s*:|\s*[\-–_]\s|\s*[–—]|\s*\.{2,}\s*)\s*(?P<hname>[^\d:|।.!?()]{1,60})"
)
# A byline's label opening a line, however long the credit after it: no headline starts so.
BYLINE_LABEL_FIRST = _pattern(
    rf"\W*(?:{_HINDI_LABELS}|report|reporter|author|written\s+by|reported\s+by)\s*[:\-–—].*"
)
# A label glued after other furniture ("4 महीने पहलेलेखक: नाम, न्यूज ब्रीफ एडिटर"): the Hindi labels with
# their colon, the name up to a comma (a role may follow it).
_GLUED_BYLINE = _pattern(rf"(?:{_HINDI_LABELS})\s*:\s*(?P<name>[^\d:|।.!?(),]{{1,60}})")
GLUED_BYLINE_MAX_WORDS = 12
# A credit alone in parentheses at the foot of a story: "( Source – PTI )".
_CREDIT_LINE = re.compile(r"\(\s*(?P<inner>[^()]{1,80}?)\s*\)")
BYLINE_MAX_WORDS = 6
# The bare forms ("By Name"), which name the reporter only at the top of a story.
BYLINE_BARE = _pattern(r"(?:(?:story|news|written|reported|posted)\s+)?by\b")

# Images: a marker line alone ("फोटो", "Photo"), a credit ("फोटो: ETV", "(फाइल फोटो)", "UPT | ..."),
# or a Markdown image as trafilatura writes one for a page's picture.
_PHOTO = rf"फ{_NUKTA}ोटो|तस्वीर|चित्र|इमेज|photo|image|picture|pic"
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

# A dateline opens the story's first paragraphs: a place, perhaps with a reporter or an agency, and a
# mark, before the first sentence: "कानपुर:", "नई दिल्ली :", "लखनऊ (भाषा):", "रायपुर।", "ग्वालियर,
# अतुल सक्सेना।", "लखनऊ (राम कुमार).", "जासं, गाजियाबाद", "किशनगंज, बिहार –", "Kanpur News:".
DATELINE_MAX_CHARS = 80
# A full stop inside a web address is no mark ("सीमन (ehapurnews.com):"); a doubled danda ("खंडवा।।")
# is one mark; a dash glued to the place ends it when a space follows ("चोपन/ सोनभद्र- नगर में ...").
# A visarga typed for a colon ("नई दिल्लीः") is a colon; a credit in parentheses may close the dateline
# with no mark at all ("नयी दिल्ली, 12 अप्रैल (भाषा) केंद्र ..."), and its own full stops are no mark
# ("(हि.स.)"); square brackets are parentheses ("मैहर [ महामीडिया] ..."). A bar between spaces is a danda
# when Hindi follows ("नई दिल्ली | केंद्र ...", or a Latin I or l typed for it: "लखनऊ I राजधानी ..."), and so
# is a bar glued to the town ("नईदिल्ली| देश ..."); not before a date ("Bijnor, Bijnor | Nov 9, 2025").
_HEAD = (
    r"(?:[\-–—]\s*)?(?P<head>(?:\([^()\n]{1,40}\)|\[[^\[\]\n]{1,40}\]|[^:;।.|\-–—\n(\[]|\.(?=[a-z])){1,80}?)"
)
_MARK = (
    r"[\-–—]?:-?|ः(?=\s)|;|।।?|(?<!\.)\.(?![a-z.])|\s[\-–—]+|[\-–—]+(?=\s|$)|/{2,}|\s[|Il](?=\s+[\u0900-\u097f])"
    r"|\s\|\|(?=\s+[\u0900-\u097f])"  # (a bar doubled: "Rohtak, Haryana (Harshvardhan) || हरियाणा ...")
    r"|(?<=[\u0900-\u097f])\|(?=\s+[\u0900-\u097f])"  # a bar glued to the town: "नईदिल्ली| देश ..."
    r"|\s\|(?=[\u0900-\u097f])"  # or to the story's first word: "रावतभाटा |बेगूं की ..."
    r"|(?<=[)\]])\|(?=\s+[\u0900-\u097f])"  # or to a credit: "मुंबई, 26 सितंबर (आईएएनएस)| देश ..."
    r"|(?<=[)\]])[\-–—](?=[\u0900-\u097f])"  # or a dash, glued both sides: "सतना ( ईन्यूज एमपी )-महापौर ..."
)
_DATELINE = re.compile(rf"{_HEAD}\s*(?P<mark>{_MARK}|(?<=[)\]])(?:\s|$))\s*")
_DATELINE_MARKED = re.compile(rf"{_HEAD}\s*(?P<mark>{_MARK})\s*")
# The date a dateline may carry after its place: "नई दिल्ली, 28 जून 2022 :", "रायपुर , 9 सितंबर ।",
# "मिर्जापुर, दिसम्बर 18 --"; with a year it dates the article.
_MONTH_WORDS = "|".join(sorted(MONTHS, key=len, reverse=True))
# A day written in words, as PTI-Bhasha writes it: "गुरुग्राम, आठ मई (भाषा)".
_DAY_WORDS = "|".join(
    (
        "एक",
        "दो",
        "तीन",
        "चार",
        "पांच",
        "पाँच",
        "छह",
        "सात",
        "आठ",
        "नौ",
        "दस",
        "ग्यारह",
        "बारह",
        "तेरह",
        "चौदह",
        "पंद्रह",
    )
    + ("सोलह", "सत्रह", "अठारह", "उन्नीस", "बीस", "इक्कीस", "बाईस", "तेईस", "चौबीस", "पच्चीस", "छब्बीस", "सत्ताईस")
    + ("अट्ठाईस", "उनतीस", "तीस", "इकतीस")
)
_DATELINE_DATE = re.compile(
    rf"(?:(?:\d{{1,2}}\s*|(?:{_DAY_WORDS})\s+)(?:{_MONTH_WORDS})\.?|(?:{_MONTH_WORDS})\.?\s+\d{{1,2}})(?:,\s*\d{{4}}|\s+\d{{4}})?(?!\w)",
    re.IGNORECASE,
)


def day_and_month(text: str) -> bool:
    """Whether a text is a date as a dateline prints it, perhaps without a year: "14 दिसम्बर", "Nov 9"."""
    return bool(_DATELINE_DATE.fullmatch(text.strip()))


# A dateline closed by its date alone, with at most a slash after it: "हरीश भारद्वाज/हप्र रोहतक, 23 जून",
# "रायगढ़, 15 नवम्बर 2025/", "Bijnor, Bijnor | Nov 9, 2025".
_DATED = re.compile(
    rf"(?P<head>[^:;।.|\n\d]{{2,50}}?(?P<comma>[,|])?\s*(?:\d{{1,2}}\s+(?:{_MONTH_WORDS})|(?:{_MONTH_WORDS})\.?\s+\d{{1,2}})"
    rf"(?:,\s*\d{{4}}|\s+\d{{4}})?)\s*(?P<mark>/?)(?(comma)\s+|(?<=/)\s*)",
    re.IGNORECASE,
)
# A day and month without the year, and a dash, before a dateline: "18 अक्टूबर -हथीन/माथुर : ...".
_LEADING_DAY = re.compile(rf"\d{{1,2}}\s+(?:{_MONTH_WORDS})\.?\s*[-–—]\s*", re.IGNORECASE)
# (Without a comma before its date, a dateline needs the slash after it: "धमतरी 04 अक्टूबर 2024/ ...";
# "मोदी 12 अक्टूबर 2024 को आए" is a sentence.)
_LEADING_DATE = re.compile(
    rf"(?:{_MONTH_WORDS})\.?\s+\d{{1,2}},?\s*\d{{4}}|\d{{1,2}}\s+(?:{_MONTH_WORDS})\.?,?\s*\d{{4}}",
    re.IGNORECASE,
)
_DEVANAGARI_LETTER = re.compile(r"[\u0905-\u0939]")
# The mark that ends a date opening the story: "24 जनवरी,2026ः ...", "12 March 2024: ...".
_DATE_MARK = re.compile(r"\s*(?::-?|ः|।|[\-–—])\s*(?=\S)")
# Abbreviations whose full stop is no dateline's: "India No. 1 ...", "Dr. ...".
_ABBREVIATED = {
    *("no", "dr", "mr", "mrs", "ms", "st", "vs", "prof"),
    *("डॉ", "डा", "श्री", "मा", "प्रो", "स्व", "पं", "मो", "कु", "सं", "नं", "अं", "उ", "जि", "ग्रा", "पो"),
}
# A dateline ending in । or . has at most this many words outside its parentheses; one ending in a
# colon or a dash may carry a credit and a site ("स्टाफ रिपोर्टर, एएनएम न्यूज़ :").
DATELINE_SHORT_WORDS = 4
DATELINE_MAX_WORDS = 6
_PARENTHESISED = re.compile(r"\((?P<inside>[^()]{1,40})\)|\[(?P<bracketed>[^\[\]]{1,40})\]")
# A site's web address, printed as its name or credit: "ehapurnews.com", "नवभारतटाइम्स.कॉम".
ADDRESS = re.compile(r"(?:www\.)?[^\s.()\[\]]{2,40}\.(?:com|in|org|net|co\.in|news|live|कॉम)", re.IGNORECASE)
# Words that make "<words>:" a quotation ("उन्होंने कहा:") rather than a place.
_SPEECH = {
    _form(w) for w in ("कहा", "बताया", "लिखा", "बोले", "कहते", "कहना", "said", "says", "told", "wrote", "added")
}
# A short sentence ends in a verb; a place or a name does not ("वह आया।" is no dateline).
_VERB_END = re.compile(
    r".*(?:है|हैं|था|थी|थे|गया|गई|गए|गये|दिया|किया|हुआ|हुई|हुए|रहा|रही|रहे|सका|सकी|लिया|होगा|होगी|होंगे|गा|गी|गे)"
)
# A rubric's words before a colon: a kicker ("Rain alert:", "बड़ी खबर:"), not a dateline, unless a
# place stands before "News" ("Kanpur News:", "Mathura Crime News:").
_RUBRIC = {
    _form(w).casefold()
    for w in (
        *("news", "alert", "crime", "today", "todays", "bulletin", "live", "update", "updates", "breaking"),
        *("latest", "top", "headlines", "hindi", "big", "exclusive", "video", "weather", "viral", "politics"),
        *("न्यूज़", "न्यूज", "समाचार", "खबर", "ख़बर", "अलर्ट", "लाइव", "अपडेट", "ब्रेकिंग", "बड़ी", "ताजा", "ताज़ा"),
        *("टॉप", "खबरें", "ख़बरें", "हाइलाइट्स", "highlights"),
    )
}
_NEWS = {_form(w).casefold() for w in ("news", "न्यूज़", "न्यूज")}


@dataclass(frozen=True)
class Dateline:
    """What a paragraph's dateline says, and where the story after it starts."""

    end: int  # index in the paragraph where the story starts (len(paragraph) if it is all dateline)
    place: str | None
    byline: str | None  # a reporter's name or an agency's credit
    site: str | None
    date: str | None = None  # ISO 8601, when the dateline prints a date with its year


# A kicker in Latin letters before a Hindi sentence: with a colon ("IND vs AUS T20: ...", "India No. 1
# in All three Formats of Cricket: ...") or, in capitals or ending in "News", without one ("THE BIKANER
# NEWS ...", "Mathura Crime News ..."). Its words may be a place's ("Mathura") or a site's.
_LATIN_KICKER = re.compile(
    r"(?P<kicker>[A-Za-z0-9][A-Za-z0-9 .,&'’|/-]{0,80}?)"
    r"\s*(?::-?\s*|(?<=[A-Z]{2})\s+|(?<=News)\s+)(?=[\u0900-\u097f])"
)
LATIN_KICKER_MAX_WORDS = 10
# A town in parentheses opening the story: "(अमृतपुर) बीते काफी दिनों से ...".
_PLACE_FIRST = re.compile(r"\((?P<place>[^()\d]{2,30})\)\s*(?=\S)")
_PAIRED_TOWN = re.compile(
    r"(?P<place>[\u0900-\u0963\u0966-\u097f]{3,}-[\u0900-\u0963\u0966-\u097f]{3,})\s*(?:।|:-?|-(?=\s))\s*(?=\S)"
)


# The words after a town that make it a sentence's subject or object, not a dateline's.
_POSTPOSITIONS = {"का", "की", "के", "को", "में", "से", "ने", "पर"}


def _news_desk(credit: str) -> bool:
    """Whether a desk is a newsroom's: "बिहार न्यूज़ डेस्क", "डिजिटल डेस्क", "KNEWS DESK" (not "एक हेल्प डेस्क")."""
    words = credit.split()[:-1]
    keys = {name_key(w) for w in words}
    return bool(words) and (credit.isupper() or bool(keys & (_PAPER_KEYS | _DESK_KINDS)))


_DESK_KINDS = {
    name_key(w)
    for w in (
        *("न्यूज़", "न्यूज", "डिजिटल", "वेब", "स्टेट", "ऑनलाइन", "फीचर"),
        *("news", "digital", "web", "state", "online"),
    )
}
_DESK_FIRST = re.compile(
    r"(?P<credit>(?:[^\s\d:;।|]+\s+){1,3}(?:डेस्क|desk))(?:\s*(?:…|\.{2,}|[:;|।\-–—]+)\s*|\s+)"
    rf"(?!(?:{'|'.join(sorted(_POSTPOSITIONS | {'और'}))})(?:\s|$))(?=\S)",
    re.IGNORECASE,
)
_TOWN_FIRST = re.compile(
    r"(?P<town>[\u0900-\u0963\u0966-\u097f]{2,25})(?:\s?\((?P<district>[^()\d]{2,25})\)|\s+,)\s+"
    rf"(?!(?:{'|'.join(sorted(_POSTPOSITIONS))}|और)(?:\s|$))(?=\S)"
)


# A known town, or a reporter with a known surname and then the town, closed by a comma or a space alone:
# "रायपुर, छत्तीसगढ़ के खाद्य मंत्री ...", "निखिल शर्मा, मेरठ यूपी के मेरठ ...".
_COMMA_HEAD = re.compile(r"(?P<head>[\u0900-\u097f][^,।:|()\d\n]{1,30}?),\s*(?P<rest>\S.*)", re.DOTALL)
# Words after the comma that make the town the first of a list ("लखनऊ, कानपुर और आगरा में"), or the
# subject of a clause about it ("लखनऊ, जो ...").
_LIST_GOES_ON = re.compile(r"(?:\S+\s+){0,2}?(?:और|व|तथा|एवं|या)\s|\S+\s*,|(?:जो|जहां|जहाँ|जिसे|जिसकी)\s")


def _town_comma(paragraph: str) -> Dateline | None:
    """A dateline closed by a comma alone after a known town, or by a space after the town that follows
    a reporter's name with a known surname; else None."""
    match = _COMMA_HEAD.match(paragraph)
    if not match or _LIST_GOES_ON.match(match["rest"]):
        return None
    head, rest = match["head"].strip(), match["rest"]
    if is_place(head) and not is_state(head):
        return Dateline(match.start("rest"), head, None, None)
    town, _, name = head.partition("/")  # the town and its reporter: "अररिया/अब्दुल कैय्यूम, विभागीय ..."
    if name and is_place(town.strip()) and not is_state(town.strip()) and is_name(name.strip()):
        return Dateline(match.start("rest"), town.strip(), name.strip(), None)
    if not (is_name(head) and has_surname(head)):
        return None
    for size in (2, 1):  # the town after the name: "मेरठ", "नई दिल्ली"
        town = re.match(rf"(?P<town>\S+(?:\s+\S+){{{size - 1}}})\s+(?P<next>\S+)", rest)
        if (
            town
            and is_place(town["town"])
            and not is_state(town["town"])
            and town["next"] not in _POSTPOSITIONS
        ):
            return Dateline(match.start("rest") + town.start("next"), town["town"], head, None)
    return None


# The date a web crawl's text export puts before a page's first line: " date 2025-12-17 ...".
CRAWL_DATE = re.compile(r"\s*date\s+(?P<day>\d{4}-\d{2}-\d{2})\s+(?=\S)")


def dateline(paragraph: str) -> Dateline | None:
    """The dateline opening a paragraph, else None; with the credit a dash sets off after it ("श्रीनगर :
    समाचार ऑनलाइन – ...", "लखनऊ: एजेंसी - ...")."""
    # A dateline in a crawl's emphasis stars ("*जौनपुर:* जौनपुर जिले ..."): read inside them, and the
    # closing stars go with it.
    stars = len(paragraph) - len(paragraph.lstrip("* ")) if paragraph.startswith("*") else 0
    if stars:
        inner = dateline(paragraph[stars:])
        if inner is None:
            return None
        closing = _CLOSING_STARS.match(paragraph, stars + inner.end).end()
        return Dateline(closing, inner.place, inner.byline, inner.site, inner.date)
    found = _dateline(paragraph)
    # A reporter's label alone ("रिपोर्टर - नौशाद अहमद, सूरजपुर। ...") names no one: the dateline follows it.
    if found and found.byline and not found.place and name_key(found.byline) in _REPORTER_LABELS:
        after = _dateline(paragraph[found.end :])
        if after and after.byline:
            return Dateline(found.end + after.end, after.place, after.byline, after.site, after.date)
    if found is None or found.byline or not found.place:
        return found
    # A credit in parentheses right after the mark: "गोरखपुर।(www.arya-tv.com) ...", "तखतगढ 26
    # अक्टूबर;(खीमाराम मेवाडा) ...".
    if (parens := _PARENS_AFTER.match(paragraph, found.end)) and (
        credit := _dateline_credit(parens["inner"])
    ):
        site = credit if ADDRESS.fullmatch(credit) or is_site_name(credit) else found.site
        return Dateline(parens.end(), found.place, credit, site, found.date)
    # An agency's or staff credit after the town's mark, with a mark of its own: "मुंगेली | एजेंसी: ...".
    if (staff := _STAFF_AFTER.match(paragraph, found.end)) and agency(staff["credit"]):
        return Dateline(staff.end(), found.place, staff["credit"], found.site, found.date)
    # A credit alone after the town's mark, closing the line: "कहानी। गोंडवाना समय।".
    rest = paragraph[found.end :].strip()
    if (
        rest[-1:] in ("।", ".")
        and 1 < len(words := rest[:-1].split()) <= CREDIT_AFTER_MAX_WORDS
        and is_name(rest[:-1].strip())
        and not _VERB_END.fullmatch(words[-1])
    ):
        credit = rest[:-1].strip()
        return Dateline(
            len(paragraph), found.place, credit, credit if is_site_name(credit) else found.site, found.date
        )
    # A paper's name after the town, closed by a comma: "बिलासपुर,सियासत दर्पण न्यूज़, ग्रीष्मकालीन ...".
    if (named := _SITE_AFTER.match(paragraph, found.end)) and is_site_name(named["site"].strip()):
        site = named["site"].strip()
        if not is_place(site) and not agency(site):
            return Dateline(named.end(), found.place, site, site, found.date)
    after = _CREDIT_AFTER.match(paragraph, found.end)
    credit = after["credit"].strip() if after else ""
    paper = bool(credit) and not is_place(credit) and (is_site_name(credit) or bool(logo_name(credit)))
    if not (paper or agency(credit) or (credit and is_name(credit) and has_surname(credit))):
        return found
    return Dateline(after.end(), found.place, credit, found.site, found.date)  # (a syndicate's, maybe)


_CLOSING_STARS = re.compile(r"\**\s*")
_REPORTER_LABELS = {name_key(w) for w in ("रिपोर्टर", "रिपोर्ट", "संवाददाता", "reporter", "report")}
# (with its own mark, if any: "सिरसा -(अक्षित कंबोज):- ...")
_STAFF_AFTER = re.compile(
    r"\s*(?P<credit>[^\s:;।|()\-–—]{2,20}(?: [^\s:;।|()\-–—]{2,20})?)\s*(?::-?|।|\||[–—]|\s-)\s*"
)
_PARENS_AFTER = re.compile(r"\s*\((?P<inner>[^()\n]{2,40})\)\s*(?:(?::-?|[।|\-–—])\s*)?")
CREDIT_AFTER_MAX_WORDS = 3


def _dateline_credit(inner: str) -> str | None:
    """What a dateline's credit in parentheses names, if it is a credit: a web address, an agency, a
    site's name, or a person's name (a known given name or surname); else None."""
    inner = inner.strip()
    if ADDRESS.fullmatch(inner) or agency(inner) or is_site_name(inner):
        return inner
    # (there a name of two words or more is one, surname known or not; no picture's: "(फाइल फोटो)")
    named = len(inner.split()) > 1 or is_given_name(inner)
    return inner if named and is_name(inner) and not matches(IMAGE_MARKER, inner) else None


# A credit after a dateline's mark, closed by a dash: "समाचार ऑनलाइन –".
_SITE_AFTER = re.compile(r"\s*(?P<site>[^\s\d,:;।|()\-–—][^\d,:;।|()\-–—\n]{1,30}?),\s*")
_CREDIT_AFTER = re.compile(r"(?P<credit>[^\s\d:;।|\-–—][^\d:;।|\-–—\n]{1,30}?)\s*(?:[–—]+|\s-+)\s+")


def _dateline(paragraph: str) -> Dateline | None:
    """The dateline opening a paragraph, else None."""
    # A desk's credit opening the story, marked or not: "बिहार न्यूज़ डेस्क चोरी के आरोप में ...", "KNEWS
    # DESK… लोकसभा में ...". (A desk is no sentence's subject: "पुलिस टीम ने" is, so only desks count.)
    if (desk := _DESK_FIRST.match(paragraph[:DATELINE_MAX_CHARS])) and _news_desk(desk["credit"]):
        # (the town may follow: "न्यूज डेस्क मध्य प्रदेश : सतना में ...")
        town = _dateline(paragraph[desk.end() :]) or Dateline(0, None, None, None)
        end = desk.end() + (town.end if town.place and not town.byline else 0)
        return Dateline(
            end, town.place if end > desk.end() else None, desk["credit"].strip(), None, town.date
        )
    kicker = _LATIN_KICKER.match(paragraph[: DATELINE_MAX_CHARS + 20])
    if kicker and not agency(kicker["kicker"]):  # "DESK :" is a credit, read below
        words = kicker["kicker"].split()
        capitals = kicker["kicker"].isupper() and len(words) > 1
        if len(words) <= LATIN_KICKER_MAX_WORDS and (
            ":" in kicker.group()[len(kicker["kicker"]) :] or capitals or words[-1] == "News"
        ):
            if slashed := _latin_slashed(kicker["kicker"]):
                return Dateline(kicker.end(), *slashed)
            # a paper's name and its town: "Old Coins Bazaar, New Delhi : ..."
            paper, _, town = kicker["kicker"].rpartition(",")
            if paper and is_place(town.strip()) and (latin_logo(paper.strip()) or logo_name(paper.strip())):
                return Dateline(kicker.end(), town.strip(), paper.strip(), paper.strip())
            named = site_in(kicker["kicker"])
            place = None if named else _unrubric(kicker["kicker"]) or None
            # (a state's kicker is a section's: "Chhattisgarh News: ...")
            town = place if place and is_place(place) and not is_state(place) else None
            # (the Hindi dateline after it is the story's own: "sagar news: सागर। ...")
            after = _dateline(paragraph[kicker.end() :])
            if after and after.place and not after.place.isascii():
                end = kicker.end() + after.end
                return Dateline(end, after.place, after.byline, named or after.site, after.date)
            return Dateline(kicker.end(), town, None, named)
    first = _PLACE_FIRST.match(paragraph[:DATELINE_MAX_CHARS])
    if first and (agency(inner := first["place"].strip()) or _LATIN_ACRONYM.fullmatch(inner)):
        return Dateline(first.end(), None, inner, None)  # an agency's credit opening the story: "(TTT) ..."
    if first and (is_place(first["place"]) or one_devanagari_word(first["place"])):
        return Dateline(first.end(), first["place"].strip(), None, None)
    # A town's two words joined by a hyphen, one of them known, and its mark: "सिवनी-मालवा । ..."
    paired = _PAIRED_TOWN.match(paragraph[:DATELINE_MAX_CHARS])
    if paired and any(is_place(word) for word in paired["place"].split("-")):
        return Dateline(paired.end(), paired["place"], None, None)
    # A town and its district, or a town set off by a spaced comma: "खेतासराय(जौनपुर) पुलिस ...",
    # "देवली , इसी शनिवार ...".
    town = _TOWN_FIRST.match(paragraph[:DATELINE_MAX_CHARS])
    district = town and town["district"]
    if town and (is_place(district) if district else is_place(town["town"])) and not agency(town["town"]):
        return Dateline(town.end(), town["town"], None, None)
    # A crawl's date before the text (" date 2025-12-17 जागरण संवादाता, रुद्रपुर। ..."): the story's date,
    # then perhaps a dateline.
    if crawl := CRAWL_DATE.match(paragraph):
        rest = _dateline(paragraph[crawl.end() :]) or Dateline(0, None, None, None)
        return Dateline(crawl.end() + rest.end, rest.place, rest.byline, rest.site, rest.date or crawl["day"])
    # A date glued before the dateline: "November 10, 2025देहरादून। ...", or a date alone with its mark:
    # "24 जनवरी,2026ः गोल्डन टेंपल ...".
    if lead := _LEADING_DATE.match(paragraph[:DATELINE_MAX_CHARS]):
        if rest := _dateline(paragraph[lead.end() :]):
            return Dateline(
                lead.end() + rest.end,
                rest.place,
                rest.byline,
                rest.site,
                rest.date or parse_date(lead.group()),
            )
        if marked := _DATE_MARK.match(paragraph, lead.end()):
            return Dateline(marked.end(), None, None, None, parse_date(lead.group()))
        # (glued to the text after it, the date is the page's too: "April 4, 2023बगीचा विकास खंड ...")
        if _DEVANAGARI_LETTER.match(paragraph, lead.end()):
            return Dateline(lead.end(), None, None, None, parse_date(lead.group()))
    # (a date with no year is no date: only the dateline after it is read)
    day = _LEADING_DAY.match(paragraph[:DATELINE_MAX_CHARS])
    if day and (rest := _dateline(paragraph[day.end() :])) and rest.place:
        return Dateline(day.end() + rest.end, rest.place, rest.byline, rest.site, rest.date)
    # Matched on the paragraph as it is, so that ``end`` indexes it; compared in NFC.
    # The first reading that holds: a credit's closing parenthesis may end the dateline, or only open
    # it ("(शहजाद अली हरिद्वार) अल्मोड़ा। ..."); then a date that ends it.
    for pattern in (_DATELINE, _DATELINE_MARKED, _DATED):
        if (match := pattern.match(paragraph[:DATELINE_MAX_CHARS])) and (read := _read_dateline(match)):
            return read
    # then, with no mark, a town and its reporter's name in parentheses (no other reading holds: "उत्तरकाशी
    # (चिरंजीव सेमवाल) 6 नवम्बर। ..." is closed by its date)
    if (match := _DATELINE.match(paragraph[:DATELINE_MAX_CHARS])) and (
        read := _read_dateline(match, reporter_closes=True)
    ):
        return read
    # a reporter and the town (and its district) between slashes: "राजेश कुमार शर्मा/जोगबनी,अररिया/ ..."
    slashed = _REPORTER_TOWN_SLASHED.match(paragraph)
    name = slashed["name"] if slashed else ""
    if slashed and is_name(name) and has_surname(name) and not is_place(name):
        return Dateline(slashed.end(), slashed["town"], name, None)
    # a staff's credit and a known town with no mark: "विशेष संवाददाता, चंडीगढ़ हरियाणा में ..."
    staffed = _STAFF_TOWN.match(paragraph)
    if staffed and agency(staffed["credit"]) and is_place(staffed["town"]) and not is_state(staffed["town"]):
        return Dateline(staffed.end(), staffed["town"], staffed["credit"], None)
    # with no mark, a known town's shape alone; or a town closed by a slash: "नगरी/ विकास खंड के ..."
    if read := _town_comma(paragraph[:DATELINE_MAX_CHARS]):
        return read
    # a known town and its full date, with no mark: "भोपाल 12 मार्च 2024 राज्य सरकार ने ..."
    dated = _TOWN_THEN_DATE.match(paragraph)
    if (
        dated
        and is_place(dated["town"])
        and not is_state(dated["town"])
        and (day := parse_date(dated["date"]))
    ):
        return Dateline(dated.end(), dated["town"], None, None, day)
    # a known town closed by a long dash glued both sides: "बिलासपुर–स्वतंत्रता दिवस के ...", "दरभंगा–दरभंगा
    # जिला में ..." (not a pair of words or of towns: "सीमा–विवाद", "जयपुर–अजमेर हाईवे")
    dashed = _TOWN_DASHED.match(paragraph)
    other = dashed and dashed["next"] != dashed["town"] and is_place(dashed["next"])
    if dashed and is_place(dashed["town"]) and not is_state(dashed["town"]) and not other:
        return Dateline(dashed.end("town") + 1, dashed["town"], None, None)
    # a known town closed by an exclamation typed for its mark: "बुलंदशहर! गौशालाओं में ..."
    if (exclaimed := _TOWN_EXCLAIMED.match(paragraph)) and is_place(exclaimed["town"]):
        return Dateline(exclaimed.end(), exclaimed["town"], None, None)
    # a known town and the site's address, with no mark: "बीकानेर abhayindia.com नोखा के ..."
    addressed = _TOWN_ADDRESS.match(paragraph)
    if addressed and is_place(addressed["town"]) and ADDRESS.fullmatch(addressed["site"]):
        return Dateline(addressed.end(), addressed["town"], None, addressed["site"])
    # a town and its date between slashes: "सूरजपुर/03 अक्टूबर 23/ जिला ..." (a year of two digits too)
    if (dated := _TOWN_DATE_SLASH.match(paragraph)) and is_place(dated["town"]):
        return Dateline(dated.end(), dated["town"], None, None, parse_date(dated["date"]))
    slashed = _TOWN_SLASH.match(paragraph)
    if slashed and is_place(slashed["town"]) and not is_state(slashed["town"]):
        following = paragraph[slashed.end() : slashed.end() + DATELINE_MAX_CHARS].split(maxsplit=2)
        # ("चोपन/ सोनभद्र- ..." names two towns; "सागर / मध्यप्रदेश के सागर जिले ..." starts the story)
        if following and (not is_place(following[0]) or following[1:2] and following[1] in _POSTPOSITIONS):
            return Dateline(slashed.end(), slashed["town"], None, None)
    return None


_REPORTER_TOWN_SLASHED = re.compile(
    r"(?P<name>[\u0900-\u097f]{2,20}(?: [\u0900-\u097f]{2,20}){1,3})\s*/\s*"
    r"(?P<town>[\u0900-\u0963\u0966-\u097f]{2,25})(?:\s*,\s*[\u0900-\u0963\u0966-\u097f]{2,25})?\s*/\s*(?=\S)"
)
_STAFF_TOWN = re.compile(
    r"(?P<credit>[\u0900-\u097f]{2,20}(?: [\u0900-\u097f]{2,20}){0,2}),\s*"
    r"(?P<town>[\u0900-\u097f]{2,25})\s+(?=\S)"
    r"(?![^\s/,।]+[/,])"  # (not a paper's name with its own town: "डेस्क, कुशीनगर केसरी/केके न्यूज24, ...")
)
_LATIN_BEFORE_TOWN = re.compile(
    r"[A-Za-z][A-Za-z0-9 .&'-]{1,40}?\s*(?P<town>[\u0900-\u097f][\u0900-\u097f ]{1,30})"
)
_TOWN_SLASH = re.compile(r"(?P<town>[\u0900-\u0963\u0966-\u097f]{2,25}) ?/\s*(?=[\u0900-\u097f])")
_TOWN_THEN_DATE = re.compile(
    rf"(?P<town>[\u0900-\u097f]{{2,25}}(?: [\u0900-\u097f]{{2,25}})?),?\s+"
    rf"(?P<date>\d{{1,2}}\s+(?:{_MONTH_WORDS})\.?,?\s+\d{{4}})\s+"
    rf"(?!(?:{'|'.join(sorted(_POSTPOSITIONS))}|तक|और)(?:\s|$))(?=[\u0900-\u097f])",  # ("... 2024 को ...")
    re.IGNORECASE,
)
_TOWN_ADDRESS = re.compile(
    r"(?P<town>[\u0900-\u0963\u0966-\u097f]{2,25}(?: [\u0900-\u0963\u0966-\u097f]{2,25})?)\s+"
    r"(?P<site>(?:www\.)?[A-Za-z0-9-]{2,40}(?:\.[A-Za-z]{2,6}){1,2})\s*[:\-–—।|]?\s+(?=[\u0900-\u097f])"
)
_TOWN_DASHED = re.compile(
    r"(?P<town>[\u0900-\u0963\u0966-\u097f]{2,25})[–—](?P<next>[\u0900-\u0963\u0966-\u097f]+)"
)
_TOWN_EXCLAIMED = re.compile(r"(?P<town>[\u0900-\u0963\u0966-\u097f]{2,25})!\s+(?=[\u0900-\u097f])")
_TOWN_DATE_SLASH = re.compile(
    rf"(?P<town>[\u0900-\u0963\u0966-\u097f]{{2,25}})\s*/\s*(?P<date>\d{{1,2}}\s+(?:{_MONTH_WORDS})\.?(?:,?\s*\d{{2,4}})?)"
    r"\s*/\s*(?=\S)",
    re.IGNORECASE,
)


def _latin_slashed(kicker: str) -> tuple[str, str | None, str | None] | None:
    """A Latin dateline of a town and its credits joined by slashes: "Faridabad/Alive News" (the town and
    the paper), "Faridabad Hindustan ab tak/Dinesh Bhardwaj" (the town, the paper, the reporter): the
    place, the byline (the reporter, else the paper) and the site; else None."""
    parts = [part.strip() for part in kicker.split("/")]
    if len(parts) < 2 or not all(parts):
        return None
    words = parts[0].split()
    if not is_place(parts[0]):
        if len(words) < 2 or not is_place(words[0]):
            return None
        parts[0:1] = [words[0], " ".join(words[1:])]
    town, credits = parts[0], parts[1:]
    if not all(_WORDS_ONLY.fullmatch(c) and len(c.split()) <= LOGO_MAX_WORDS for c in credits):
        return None
    reporter = next((c for c in credits if has_surname(c)), None)
    paper = next((c for c in credits if c != reporter and not is_place(c)), None)
    return town, reporter or paper, paper


_ROUTE = re.compile(
    r"(?P<town>[\u0900-\u097f]{2,25}(?: [\u0900-\u097f]{2,25})?)\s+"
    r"(?:बॉर्डर|बार्डर|सीमा|हाईवे|हाइवे|एक्सप्रेसवे|एक्सप्रेस-वे|मार्ग|रोड|सड़क|रेलखंड|रेल\s+खंड|फोरलेन|रूट)(?!\S)"
)


def _read_dateline(match: re.Match[str], reporter_closes: bool = False) -> Dateline | None:
    """The dateline a pattern's match reads, if its words hold one; with ``reporter_closes``, one with
    no mark closed by a reporter's name in parentheses after its town ("भरतपुर (कौशलेन्द्र दत्तात्रेय) ...")."""
    head, mark = _form(match["head"]).strip(), match["mark"].strip()
    # A dash between two towns before a road's or a border's word joins them: "धनबाद - जामताड़ा बॉर्डर के
    # समीप ...", "जयपुर - अजमेर हाईवे पर ..." (the sentence's, no dateline).
    route = _ROUTE.match(match.string, match.end())
    if mark and mark[0] in "-–—" and route and is_place(route["town"]):
        return None
    # A Latin kicker before the town, glued or not: "Rojgar Mela 2024पटना:", "Bhojpur postal आरा।".
    if (kicked := _LATIN_BEFORE_TOWN.fullmatch(head)) and is_place(kicked["town"]):
        head = kicked["town"]
    reporter_at = None  # "मनीष@ बिलासपुर।": the reporter at the town
    if head.count("@") == 1 and is_place((at := head.split("@"))[1].strip()):
        reporter_at, head = at[0].strip() or None, at[1].strip()
    printed = _DATELINE_DATE.search(head)
    day = parse_date(printed.group()) if printed else None
    if printed:  # the place and credits are read from what is left
        head = f"{head[: printed.start()]},{head[printed.end() :]}"
    head = DATE_LABEL.sub(",", head)  # "शोहरतगढ़-सिद्धार्थनगर/ दिनाँक 25 मार्च 2023": the date's label
    credits = [(m["inside"] or m["bracketed"]).strip() for m in _PARENTHESISED.finditer(head)]
    # (a town's news in parentheses is the page's section, no credit: "(Jind News) जींद।")
    credits = [c for c in credits if not _town_news(c)]
    # A town in parentheses after its state is the place: "उत्तर प्रदेश(गाजियाबाद):-".
    # (So is one Hindi word in parentheses after one town, no agency's: "जानकीनगर(पूर्णियां):-".)
    # (not a given name: "पालमपुर, (प्रवीण):" is the reporter's)
    # (but after a town the gazetteer knows, a word it lacks is no district, which it would know too:
    # "अयोध्या(जनमत):-" is the paper's credit)
    before = head.split("(")[0].strip(" ,")
    district = (
        len(credits) == 1
        and one_devanagari_word(credits[0])
        and not _credit(credits[0])
        and not is_given_name(credits[0])
        and not (in_gazetteer(before) and not is_place(credits[0]))
    )
    towns = [c for c in credits if is_place(c) or district and len(head.split("(")[0].split()) == 1]
    credits = [c for c in credits if c not in towns]
    parts = list(
        dict.fromkeys(p.strip(" |") for p in _PARENTHESISED.sub(",", head).split(",") if p.strip(" |"))
    )
    if towns and all(is_state(p) for p in parts):
        parts = towns
    # A paper's name and its town in parentheses: "NEWS GUURU (लखनऊ) ।".
    # (or a desk's or an agency's credit: "न्यूजडेस्क(भोपाल)-", "जासं (कानपुर) :")
    elif towns and parts and all(_papers_logo(p) or agency(p) for p in parts):
        parts = [*parts, *towns]
    # A credit or a reporter glued to the town: "संवाद न्यूज एजेंसी नोएडा।", "विवेक शर्मा हमीरपुर :-".
    parts = [piece for part in parts for piece in _credit_and_town(part)]
    # A reporter and a credit joined by a slash: "हरीश भारद्वाज/हप्र रोहतक"; a paper, its towns and its
    # reporters: "जन एक्सप्रेस/जौनपुर", "नजफगढ़ मैट्रो न्यूज/द्वारका/नई दिल्ली/शिव कुमार यादव".
    parts = [
        piece.strip()
        for part in parts
        for slashed in (part.split("/") if _slashed_credits(part) else [part])
        for piece in _credit_and_town(slashed)
        if piece.strip()
    ]
    if printed:  # the date's weekday stands apart from it: "नई दिल्ली, शुक्रवार, 21 अप्रैल 2023।"
        parts = [p for p in parts if _form(p).casefold() not in _WEEKDAY_WORDS]
    words = " ".join(parts).split()
    # Credits and towns each known for what they are may run longer than a dateline's words.
    # (two beside a printed date: "द वीकली टाइम्स, रविवार 18 अगस्त 2024, नई दिल्ली।")
    credits_only = (
        len(parts) >= 3 or (printed and len(parts) == 2 and any(map(is_site_name, parts)))
    ) and all(is_place(p) or is_name(p) or is_site_name(p) or one_devanagari_word(p) for p in parts)
    # A credit alone in parentheses before the mark: "(छत्तीसगढ़ प्रयाग न्यूज) :- ...", "(भाषा) -".
    # So is a reporter's name alone in them after the town's dash: "सिरसा -(अक्षित कंबोज):- ...".
    if (
        not parts
        and len(credits) == 1
        and mark
        and (agency(credits[0]) or is_site_name(credits[0]) or is_name(credits[0]))
    ):
        own = is_site_name(credits[0]) and not agency(credits[0])
        return Dateline(match.end(), None, credits[0], credits[0] if own else None, day)
    reporter_beside = (
        reporter_closes and bool(credits) and _reporter_beside_town(credits[-1], parts, _alone(match))
    )
    # On a line of its own, with no mark, a known town and its district in parentheses: "धारचूला (पिथौरागढ़)".
    district_alone = (
        _alone(match)
        and bool(towns)
        and not credits
        and len(parts) == 1
        and (is_place(parts[0]) or one_devanagari_word(parts[0]))
        and not is_state(parts[0])
    )
    if (
        not parts
        or head.count("(") != head.count(")")  # cut inside a credit: "कटिहार, 27 मई (हि.स.)।"
        or head.count("[") != head.count("]")
        or (
            len(words) > (DATELINE_SHORT_WORDS if mark in "।.;|I" else DATELINE_MAX_WORDS)
            and not credits_only
        )
        or any(_form(p).casefold() in _CALENDAR_WORDS for p in parts)  # "शनिवार (14 दिसंबर) को ..."
        or _SPEECH & set(words)
        or (not printed and _VERBS & set(words))  # a clause, no place: "कमाई कर रहे सां।"
        or any(c.isdigit() for c in _PARENTHESISED.sub(",", head))  # (a credit may have its number: "खौफ 24")
        or (mark in "।.;|I" and not printed and len(words) > 1 and _VERB_END.fullmatch(words[-1]))
        # with no mark, closed by an agency's credit alone or by its printed date, or a known town's by
        # its reporter's name: "भरतपुर (कौशलेन्द्र दत्तात्रेय) राजस्थान के ..."
        or (
            not mark
            and not (credits and _credit(credits[-1]))
            and not (printed and match.re is _DATED)
            and not reporter_beside
            and not district_alone
        )
        # with no mark, initials in parentheses follow a name in the story: "नेशनल स्टॉक एक्सचेंज (एनएसई) के"
        or (
            not mark
            and not printed
            and not reporter_beside
            and credits
            and not (agency(credits[-1]) or is_site_name(credits[-1]))
            and not any(is_place(p) for p in parts)
        )
        or (mark == "." and (words[-1].casefold() in _ABBREVIATED or len(words[-1]) <= 2))  # "शि.वा.ब्यूरो"
    ):
        return None
    place: list[str] = []
    byline = site = None
    # "देहरादून से शगुफता परवीन की रिपोर्ट:": the town, then the reporter.
    if len(parts) == 1 and (report := report_from(parts[0])):
        return Dateline(match.end(), *report, day)
    # Where a part is a known town or state, the place is the towns and a name beside them the
    # reporter's ("हिन्द सागर, अरुणाचल प्रदेश:" is a paper's credit and the state).
    known = any(is_place(p) or is_state(p) for p in parts)
    # A reporter's role beside a name ("नेहा वर्मा, संपादक ।") is no place, and makes the name a reporter's.
    signed = any(signs_as(part) for part in parts) and any(is_name(p) and not signs_as(p) for p in parts)
    parts = [part for part in parts if not (signed and signs_as(part))]
    for i, part in enumerate(parts):
        # a reporter's name with a known surname, before a town the gazetteer may lack: "राहुल शुक्ला, अंबिकापुर"
        reporter = len(parts) > 1 and is_name(part) and has_surname(part)
        # a name of two words or more before one town, surname known or not: "बबलू गोस्वामी, नादौन"
        reporter = (
            reporter
            or signed
            or (
                i == 0
                and len(parts) == 2
                and len(part.split()) > 1
                and is_name(part)
                # one word, or a town's shape first: "संजीव डोगरा, दौलतपुर चौक :"
                and (one_devanagari_word(parts[1]) or _town_shaped(name_key(parts[1].split()[0])))
            )
        )
        # (a surname alone after the town is the reporter's: "हथीन/माथुर :")
        surname = i > 0 and not place[1:] and _surname_alone(part)
        reporter = reporter or surname
        # (a credit in initials beside a known town is the paper's: "सीएन, नैनीताल।")
        initials = known and is_acronym(part) and not is_place(part) and not is_state(part)
        if (
            surname
            or agency(part)
            or initials
            or (known or reporter)
            and is_name(part)
            and not is_place(part)
        ):
            byline = byline or part
        elif (
            len(parts) > 1
            and len(part.split()) > 1
            and part.split()[-1].casefold() in _NEWS
            and is_state(" ".join(part.split()[:-1]))
        ):
            continue  # a state's section before the town: "Odisha News, भुवनेश्वर 07 अप्रैल (वार्ता) :"
        elif site_name(part) or (
            len(part.split()) > 1 and part.split()[-1].casefold() in _NEWS and (i > 0 or len(parts) > 1)
        ):  # "DNR न्यूज,बीकानेर,20 मार्च।": a site's name first, then the town
            site = site or part
        elif (
            not is_place(part)
            and not is_state(" ".join(part.split()[:-1]))  # "राजस्थान न्यूज़" is a state's section
            and (is_site_name(part) or logo_name(part) or caps_logo(part))
        ):
            # a paper's word ends it: "भोजपुर, श्रीनारद मीडिया।", "बहराइच, अमृत विचार।" is no town, and
            # alone it is the site's credit: "बक्सर खबर। ..." (a town's own paper, not a section's label)
            site = site or part
        elif not place or is_state(part) or is_place(part):  # "भोपाल, मध्य प्रदेश।": the town and its state
            place.append(part)
        elif len(part.split()) > 1:
            byline = byline or part
        elif in_gazetteer(place[-1]) and not is_state(place[-1]) and not byline and not credits:
            # one word the gazetteer lacks after a known town is no district (it knows them all): the
            # paper's or the reporter's credit, "जबलपुर, यशभारत।", "बहादुरगढ़, 04 मई, अभीतक:-"
            byline = part
        else:
            place.append(part)
    # A web address in parentheses names the site, and the name before it is the reporter's:
    # "हापुड़, सीमन (ehapurnews.com):".
    address = next((c for c in credits if ADDRESS.fullmatch(c)), None)
    if address:
        credits.remove(address)
        site = site or address
        if len(place) > 1 and byline is None:
            byline = place.pop()
    # A credit naming the reporter and the paper: "(शम्भू शरण वर्मा / टेलीस्कोप टुडे)".
    pair = [c.strip() for c in credits[0].split("/")] if credits and byline is None else []
    if len(pair) == 2 and is_name(pair[0]) and is_site_name(pair[1]):
        credits[0], site = pair[0], site or pair[1]
    # A site's name closing the dateline is its credit and names the site: "मैहर [ महामीडिया]", "पटना
    # सिटी (खौफ 24)" (a name with a number is a site's or a channel's, never a person's).
    if (
        credits
        and not agency(credits[-1])
        and (is_site_name(credits[-1]) or _NUMBERED.fullmatch(credits[-1]))
    ):
        site = site or credits[-1]
    credit = next((c for c in credits), None)
    # The reporter and the town after a comma: "स्टोरी(कमल जगाती, नैनीताल):-"; the town is the place.
    pair = [c.strip() for c in credit.split(",")] if credit else []
    if len(pair) == 2 and is_name(pair[0]) and (is_place(pair[1]) or one_devanagari_word(pair[1])):
        credit = pair[0]
        place = [pair[1]] if not place or not any(is_place(p) for p in place) else place
    elif credit and len(words := credit.split()) > 2 and is_place(words[-1]):
        credit = " ".join(words[:-1])  # the reporter's own town after the name: "(शहजाद अली हरिद्वार)"
        place = place or [words[-1]]  # (the place where none is before it: "Metro Mat News ( ... दिल्ली )")
    byline = byline or credit
    # An agency of the site's own, in short ("(आरएनएस)", "(VNI)"), credits the site; a site's name in
    # the dateline ("नई दिल्ली, जनमुख न्यूज।") is its credit too.
    if byline and not site and not agency(byline) and is_acronym(byline):
        site = byline
    if len(parts) > 1:  # beside the town, the site's name is the story's credit
        byline = byline or site
    # A kicker without a place ("Rain alert :", Latin words that name no known place: "Assembly
    # Byelections;") is taken off the sentence all the same; a phrase ("महाकुंभ दौरे पर जुबानी जंग:",
    # "मुख्यमंत्री ने बैठक की।") is no dateline.
    where = _unrubric(", ".join(place)) if place else None
    if where and is_state(where) and where != ", ".join(place):
        where = ""  # a state's news rubric ("राजस्थान न्यूज़:") is a kicker; a town's ("Kanpur News:") its place
    if where and _FUNCTION_WORDS & {_form(w).casefold() for w in where.split()}:
        return None
    if where and (not _may_be_place(where) or _form(where).casefold() in _SECTION_PLACES):
        where = ""
    if where is None and byline is None and site is None:
        return None
    # A person's name where the town would stand is the reporter's: "नरेश सरोहा : ...", "रवि रंजन ।", and
    # after the paper's name too: "क्राइम खबरनामा, गौरव नागपाल : ...".
    if where and not (byline or reporter_at) and _reporter_not_town(where):
        return Dateline(match.end(), None, where, site, day)
    return Dateline(match.end(), where or None, byline or reporter_at, site, day)


def _town_news(credit: str) -> bool:
    """Whether a credit is a town's news, a section's name ("Jind News", "Mumbai News")."""
    words = credit.split()
    return len(words) > 1 and _form(words[-1]).casefold() in _NEWS and is_place(" ".join(words[:-1]))


def _reporter_beside_town(credit: str, parts: list[str], alone: bool) -> bool:
    """Whether a dateline's credit in parentheses is a reporter's name of two words or more beside known
    towns alone (not beside a state: "उत्तर प्रदेश (योगी आदित्यनाथ)" is no dateline); on a line of its
    own, beside one Hindi word the gazetteer may lack, if the name has a known surname ("पीपलू (ओपी
    शर्मा)") or is one known given name ("सरायकेला (संजय)")."""
    if is_place(credit) or not parts:
        return False
    if len(credit.split()) < 2:  # one given name, on a line of its own beside a known town: "सरायकेला (संजय)"
        return (
            alone
            and len(parts) == 1
            and is_given_name(credit)
            and (is_place(parts[0]) or one_devanagari_word(parts[0]))
            and not is_state(parts[0])
        )
    if not is_name(credit):
        return False
    if alone and len(parts) == 1 and one_devanagari_word(parts[0]) and has_surname(credit):
        return not is_state(parts[0])
    # (after a paper's name, the reporter and the town: "Metro Mat News ( चेतन शर्मा दिल्ली ) ...")
    words = credit.split()
    if len(words) > 2 and is_place(words[-1]) and has_surname(" ".join(words[:-1])):
        return all(is_site_name(p) and not is_place(p) for p in parts)
    # (a town and its district joined by a slash count as the town: "आरा/भोजपुर (दिनेश प्रसाद सिन्हा) ...")
    return all(all(is_place(t) and not is_state(t) for t in p.split("/")) for p in parts)


def _alone(match: re.Match[str]) -> bool:
    """Whether a dateline's match is all of its paragraph."""
    return len(match.string) < DATELINE_MAX_CHARS and match.end() >= len(match.string.rstrip())


def _reporter_not_town(where: str) -> bool:
    """Whether a dateline's "place" is a person's name: two or three words, the first a known given
    name, none a place or a town's word ("राम नगर", "मोहन लाल गंज" are towns)."""
    words = where.split()
    return (
        1 < len(words) <= 3
        and is_given_name(words[0])
        and is_name(where)
        and not any(is_place(w) or name_key(w) in _TOWN_WORDS or _town_shaped(name_key(w)) for w in words)
        and not is_place(where)
    )


# Sections that stand where a town would: "देश– कोर्ट में ...".
_SECTION_PLACES = {
    _form(w).casefold()
    for w in (
        *("देश", "विदेश", "दुनिया", "प्रदेश", "राज्य"),
        # and a TV script's cues, printed as a channel's site reads them out: "एंकर- ...", "वीओ- ..."
        *("एंकर", "वीओ", "बाइट", "anchor"),
    )
}
# Words that make a name a town's: "राम नगर", "मोहन लाल गंज", "देवी पाटन".
_TOWN_WORDS = {
    name_key(w)
    for w in (
        *("नगर", "पुर", "पुरा", "गंज", "बाद", "गढ़", "पाटन", "खेड़ा", "गांव", "कलां", "खुर्द"),
        *("बाजार", "मंडी", "चौक", "रोड", "घाट", "कोट"),
    )
}


# A date's Hindi label inside a dateline: "दिनांक", "प्रविष्टि तिथि". (Latin ones, "Published Date:",
# tell a row's dates apart, and are read there.)
DATE_LABEL = re.compile(r"(?<!\S)(?:(?:प्रविष्टि|प्रकाशन|प्रकाशित)\s+तिथि|दिनांक|दिनाँक|दिनाक|तिथि|तारीख)(?!\S)")


# A name and its number, glued or not: "खौफ 24", "लाइवभारत24", "News 18".
_NUMBERED = re.compile(r"[^\W\d_][^\s\d]*(?: [^\W\d_][^\s\d]*){0,2} ?\d{1,3}(?:x7)?")


def _may_be_place(where: str) -> bool:
    """Whether a dateline's place may be one: a known place, or Devanagari words; Latin words must be a
    known place's ("Assembly Byelections" is a kicker)."""
    if is_place(where) or all(is_place(p) for p in re.split(r"\s*[,/\-–]\s*", where) if p):
        return True
    latin, devanagari = letters(where)
    return devanagari > latin


# The names of Latin letters as Devanagari writes them, longest first: "आरएनएस" is आर-एन-एस.
_LETTER_NAMES = sorted(LETTER_NAMES, key=len, reverse=True)
_LATIN_ACRONYM = re.compile(r"[A-Z]{2,6}")


# A reporter's credit after a dash at a headline's end: "... बाइक सवार की मौत – रिपोर्ट शुभम शर्मा".
_HEADLINE_CREDIT = re.compile(
    r"\s[–—-]+\s*(?:रिपोर्ट|रिपोर्टर|संवाददाता|report(?:ed)?\s+by|by)\s*[:\-–]?\s*(?P<name>[^\d|।:()\-–—]{3,40})\Z",
    re.IGNORECASE,
)


def headline_credit(headline: str) -> tuple[int, str] | None:
    """Where a reporter's credit glued to a headline's end starts, and the reporter's name; else None."""
    match = _HEADLINE_CREDIT.search(headline) if len(headline) <= SHAPE_MAX_CHARS else None
    if not match or not is_name(name := match["name"].strip()):
        return None
    return match.start(), name


def credit_between_towns(credit: str) -> tuple[str, str | None] | None:
    """A credit printed among its towns and roles, as the name it credits and the first town.

    "पालमपुर अनिल सूद" -> ("अनिल सूद", "पालमपुर"); "बिहार संवाददाता सिकंदर राय" -> ("सिकंदर राय", None);
    "ब्यूरो रिपोर्ट पलामू झारखंड" -> ("ब्यूरो रिपोर्ट", "पलामू"); a town before a desk is its name:
    "भागलपुर ब्यूरो" -> ("भागलपुर ब्यूरो", "भागलपुर"). None where nothing is to be taken off, or what is
    left is no reporter with a known surname nor a staff or agency credit."""
    words = credit.split()
    towns: list[str] = []
    before = 0  # words of towns taken off the front
    for edge in (0, -1):  # towns and states before the name, then after it
        while len(words) > 1 and (size := _place_words(words, edge)):
            taken = words[:size] if edge == 0 else words[-size:]
            words = words[size:] if edge == 0 else words[:-size]
            towns.append(" ".join(taken))
            before += size if edge == 0 else 0
    role = _REPORTER_ROLES.search(" ".join(words))
    if role and has_surname(named := " ".join(words)[role.end() :]) and is_name(named):
        words = named.split()
    left = " ".join(words)
    person = has_surname(left) and is_name(left)
    town = next((t for t in towns if not is_state(t)), None)
    if left == credit or not (person or agency(left)):
        return None
    # (a town before a desk is the desk's name, and the town it files from: "भागलपुर ब्यूरो")
    return (credit, town) if before and not person else (left, town)


def _place_words(words: list[str], edge: int) -> int:
    """How many words at one edge of ``words`` (0: the first, -1: the last) make a known town or state."""
    for size in (2, 1):
        part = words[:size] if edge == 0 else words[-size:]
        if len(part) == size and _known_place(" ".join(part)):
            return size
    return 0


def is_acronym(text: str) -> bool:
    """Whether a word is an organisation's initials: "VNI", or in Devanagari "आरएनएस", "ईएमएस"."""
    text = _form(text.strip())
    if _LATIN_ACRONYM.fullmatch(text):
        return True

    def spelt(rest: str, count: int) -> bool:
        if not rest:
            return count >= 2
        return any(rest.startswith(n) and spelt(rest[len(n) :], count + 1) for n in _LETTER_NAMES)

    return 2 <= len(text) <= 20 and spelt(text, 0)


# "<town> से <name> की रिपोर्ट" (or "का ... रपट", "की खास खबर"), perhaps with the state before the town
# and the site and the reporter's role before the name: "उत्तर प्रदेश / महाराजगंज से बेखौफ खबर के लिए
# स्वतंत्र पत्रकार जगदम्बा प्रसाद की रिपोर्ट"; or "<name> की रिपोर्ट" alone.
_REPORT_FROM = re.compile(
    r"(?:(?P<town>[^,।|:]{2,40}?)\s*(?:\s|/)से\s+)?(?:(?P<site>[^,।|:]{2,40}?)\s+के\s+लिए\s+)?(?P<name>[^,।|:]+?)"
    r"\s+(?:की|का)\s+(?:(?:खास\s+|विशेष\s+)?(?:रिपोर्ट|रपट)|(?:खास|विशेष)\s+ख\u093c?बर)\W*"
)
# (the town may be glued to its slash: "गोविंन्दपुर/से बाबू लाल शर्मा की रिपोर्ट")
_FROM_TOWN = re.compile(
    r"(?P<town>[^,।|:\s/]{2,20}(?:\s[^,।|:\s/]{2,20})?)\s*(?:\s|/)से\s+(?P<name>[^,।|:]{3,40})"
)
_REPORTER_ROLES = re.compile(
    r"(?:(?:स्वतंत्र|वरिष्ठ|जिला|तहसील|ब्लॉक)\s+)?(?:पत्रकार|संवाददाता|रिपोर्टर|प्रतिनिधि|ब्यूरो\s+चीफ)\s+"
)


def report_from(text: str) -> tuple[str | None, str, str | None] | None:
    """The town, the reporter and the site (None where it names none) of a report's credit: "देहरादून से
    शगुफता परवीन की रिपोर्ट", "उत्तर प्रदेश प्रयागराज से पवन मिश्रा की रिपोर्ट"; else None."""
    match = _REPORT_FROM.fullmatch(_form(text).strip()) if len(text) <= SHAPE_MAX_CHARS else None
    if not match:
        # (without "की रिपोर्ट", a known town and a person's name: "झाबुआ से चंद्रशेखर राठौर")
        bare = _FROM_TOWN.fullmatch(_form(text).strip()) if len(text) <= SHAPE_MAX_CHARS else None
        if bare and is_place(bare["town"]) and is_name(bare["name"]) and has_surname(bare["name"]):
            return bare["town"], bare["name"], None
        return None
    name = match["name"].strip()
    name = name[role.end() :] if (role := _REPORTER_ROLES.match(name)) else name
    site = match["site"].strip() if match["site"] else None
    town, _, person = (piece.strip() for piece in name.partition("/"))
    if not match["town"] and person and (is_place(town) or one_devanagari_word(town)) and is_name(person):
        return town, person, site  # the town before a slash: "बाढ/ अजय कुमार मिश्रा की रिपोर्ट"
    if not match["town"]:
        if not is_name(name):  # a desk's words before the name: "विशेष ब्यूरो बिहार दिवाकर पाण्डेय की रिपोर्ट"
            words = name.split()
            name = next(
                (n for size in (2, 3) if is_name(n := " ".join(words[-size:])) and has_surname(n)), name
            )
        return (None, name, site) if is_name(name) else None
    # the town is the last of the places named ("उत्तर प्रदेश / महाराजगंज"), after its state
    town = re.split(r"\s*[/,]\s*", match["town"].strip())[-1]
    words = town.split()
    for size in (1, 2):
        if len(words) > size and is_state(" ".join(words[:-size])):
            town = " ".join(words[-size:])
    # (the site's name before its desk's town: "सियासत दर्पण न्यूज़ बिलासपुर से ...")
    for size in (1, 2):
        head, tail = " ".join(words[:-size]), " ".join(words[-size:])
        if site is None and len(words) > size and is_place(tail) and is_site_name(head):
            town, site = tail, head
    if not is_name(name) or len(town.split()) > 2 or is_state(town):
        return None
    return town, name, site


_CALENDAR_WORDS = {_form(w).casefold() for w in (*WEEKDAYS, *MONTHS)}
_WEEKDAY_WORDS = {_form(w).casefold() for w in WEEKDAYS}


def _credit(text: str) -> bool:
    """A credit that may close a dateline alone: an agency's, a staff's or a site's ("महामीडिया", "खौफ 24"),
    or an organisation's initials ("(वीएनआई)")."""
    return (
        agency(text)
        or is_site_name(text)
        or bool(ADDRESS.fullmatch(text) or _NUMBERED.fullmatch(text))
        or is_acronym(text)
    )


def _papers_logo(part: str) -> bool:
    """Whether a dateline's part is a paper's name, no town's: by its words or as its logo prints it."""
    named = is_site_name(part) or logo_name(part) or caps_logo(part) or latin_logo(part)
    return bool(named) and not is_place(part)


def _surname_alone(part: str) -> bool:
    return len(part.split()) == 1 and is_surname(part) and not is_place(part) and not is_given_name(part)


def _slashed_credits(part: str) -> bool:
    """Whether a dateline's part is credits and towns joined by slashes: an agency's credit among them
    ("जनजीवन ब्यूरो / पटना"), or a paper's name and every other piece a town or a reporter's name."""
    pieces = [p.strip() for p in part.strip(" /").split("/")]
    if len(pieces) < 2 or not all(pieces):
        return False
    if agency(pieces[0]) or any(agency(p.split()[0]) for p in pieces[1:]):
        return True
    # a reporter with a known surname, or one given name, and the town: "सौरभ वर्मा/ रायबरेली:", "किशोर/जैसलमेर –"
    reporter = is_name(pieces[0]) and has_surname(pieces[0]) or is_given_name(pieces[0])
    if len(pieces) == 2 and reporter and is_place(pieces[1]) and not is_place(pieces[0]):
        return True
    # (and after the town, or its district and town: "आजमगढ़ लालगंज / सूरज सिंह –")
    towns_first = len(words := pieces[0].split()) <= 2 and all(is_place(w) for w in words)
    if len(pieces) == 2 and towns_first and is_name(pieces[1]) and has_surname(pieces[1]):
        return True
    # (and the other way round, the reporter by a surname alone: "हथीन/माथुर :")
    town = is_place(pieces[0]) or (one_devanagari_word(pieces[0]) and not is_given_name(pieces[0]))
    if len(pieces) == 2 and town and _surname_alone(pieces[1]):
        return True
    papers = [p for p in pieces if not is_place(p) and is_site_name(p)]
    # (beside a known town or a reporter, one Hindi word is a town the gazetteer lacks: "द्वारका/नई
    # दिल्ली", "लोकमत सत्याग्रह / विजय द्विवेदी / चिराखान")
    towns = any(is_place(p) for p in pieces) or any(is_name(p) for p in pieces)
    return bool(papers) and all(
        p in papers or is_place(p) or is_name(p) or towns and one_devanagari_word(p) for p in pieces
    )


def _credit_and_town(part: str) -> list[str]:
    """A dateline's part split into a staff credit, a reporter's name with a known surname or a paper's
    name, and the town after it, when it is both."""
    words = part.split()
    # A paper's name closing the part, after the reporter and the town: "सतीश चौरसिया उमरियापान जबलपुर दर्पण"
    for size in (2, 3):
        paper = " ".join(words[-size:])
        named = is_site_name(paper) and not (is_place(paper) or agency(paper) or is_rubric(paper))
        if len(words) > size + 1 and named:
            return [*_reporter_and_town(" ".join(words[:-size])), paper]
    for size in (2, 1):
        if len(words) <= size:
            continue
        town = " ".join(words[-size:])
        # (one Hindi word after a staff noun is a town the gazetteer may lack: "... न्यूज़ नेटवर्क हरदोई")
        after_staff = size == 1 and name_key(words[-2]) in _STAFF and not agency(town)  # not "संवाद सहयोगी"
        known = is_place(town) or (after_staff and one_devanagari_word(town))
        credit = " ".join(words[:-size])
        if known and (agency(credit) or (is_name(credit) and has_surname(credit) and not is_place(credit))):
            return [credit, town]
        # a paper's name before a known town: "अभय न्यूज मुंगेली //"
        if is_place(town) and not is_state(town) and is_site_name(credit) and not is_place(credit):
            return [credit, town]
    # The town, then its reporter's name with no mark between: "भीलवाड़ा राजकुमार माली।" (a known given name
    # first or a known surname last, two or three words: "भीलवाड़ा नगर निगम" names no one).
    for size in (2, 1):
        town, name = " ".join(words[:size]), " ".join(words[size:])
        if 1 < len(words) - size <= 3 and is_place(town) and not is_state(town) and _reporter_not_town(name):
            return [town, name]
    # The town, then a staff credit in short: "भोपाल निप्र।", "मेरठ जासं :" (a desk's own words, "भागलपुर
    # ब्यूरो", stay whole: the town's desk is the credit).
    short = name_key(words[-1]) if words else ""
    if len(words) > 1 and short in _AGENCIES and short not in _STAFF:
        town = " ".join(words[:-1])
        if is_place(town) and not is_state(town):
            return [town, words[-1]]
    return [part]


def _reporter_and_town(part: str) -> list[str]:
    """A reporter's full name and a one-word town after it ("सतीश चौरसिया उमरियापान"), else the part as
    ``_credit_and_town`` splits it."""
    return list(reporter_then_town(part) or _credit_and_town(part))


def reporter_then_town(text: str) -> tuple[str, str] | None:
    """A reporter's full name (a known surname last) and one Hindi word after it that is no name's, a
    town the gazetteer may lack: "सतीश चौरसिया उमरियापान", "बृजराज कुशवाह करवाड़" (not "राम कुमार वर्मा");
    else None."""
    words = text.split()
    if len(words) < 3:
        return None
    name, town = " ".join(words[:-1]), words[-1]
    if is_surname(town) or is_given_name(town) or not one_devanagari_word(town):
        return None
    return (name, town) if is_name(name) and has_surname(name) else None


def undated_dateline(line: str) -> str | None:
    """The place of a dateline alone on its line whose date has no year ("सोनहत 7 अक्टूबर"), else None."""
    match = _UNDATED.fullmatch(_form(line)) if len(line.split()) <= UNDATED_MAX_WORDS else None
    return match["place"].strip() if match and not any(c.isdigit() for c in match["place"]) else None


def location(line: str) -> str | None:
    """The place a labelled location line gives ("लोकेशन – हथगांव फतेहपुर"), else None."""
    labelled = _LOCATION.fullmatch(_form(line).strip()) if len(line.split()) <= UNDATED_MAX_WORDS else None
    if labelled:
        return labelled["place"].strip()
    # (a known place needs no mark after the label: "लोकेशन रायसेन")
    bare = _LOCATION_BARE.fullmatch(_form(line).strip())
    return bare["place"] if bare and is_place(bare["place"]) else None


_LOCATION_BARE = re.compile(r"(?:लोकेशन|location)\s+(?P<place>[^\d:।|,\s]{2,25}(?: [^\d:।|,\s]{2,25})?)", re.I)
_LOCATION = re.compile(
    r"(?:लोकेशन|location|स्थान)\s*[:\-–]\s*(?P<place>[^\d:।|,]{2,40}?)\s*[।.|]?", re.IGNORECASE
)


_UNDATED = re.compile(
    rf"(?P<place>[^\d,।:|]{{2,30}}?)[,\s]+\d{{1,2}}\s*(?:{_MONTH_WORDS})\.?\s*[,।]?", re.IGNORECASE
)
UNDATED_MAX_WORDS = 5


def one_devanagari_word(text: str) -> bool:
    """One word in Devanagari that names no picture ("अमृतपुर", not "फोटो"): a town the gazetteer lacks."""
    words = text.split()
    latin, devanagari = letters(text)
    return len(words) == 1 and devanagari > 0 and not latin and not matches(IMAGE_MARKER, text)


def is_rubric(line: str) -> bool:
    """Whether a short line is rubric words alone: a section or list label ("टॉप न्यूज", "Breaking News",
    a summary box's "सार", "मुख्य बातें", "विस्तार"), or a page number ("पेज 10")."""
    if matches(_PAGE_NUMBER, line):
        return True
    words = [w for w in (w.strip(":|-–—⋮…•") for w in _form(line).casefold().split()) if w]
    if len(words) > 2 and words[-2] in ("की", "के") and words[-1] in _RUBRIC:
        return True  # a place's or a topic's section: "प्रयागराज की खबरें"
    return 0 < len(words) <= DATELINE_SHORT_WORDS and all(w in _RUBRIC or w in _LABEL_WORDS for w in words)


# Words of a page's labels that are not a kicker's: a summary box's, a related block's, a "more" menu.
_LABEL_WORDS = {
    _form(w).casefold()
    for w in (
        *("सार", "विस्तार", "मुख्य", "बातें", "बैकग्राउंड", "संबंधित", "वीडियो", "अधिक", "फोटो", "गैलरी"),
        *("background", "related", "more", "key", "points", "takeaways", "photos", "gallery", "videos"),
        *("शेयर", "कमेंट", "करें", "अगली", "पिछली", "टिप्पणियां", "टिप्पणी", "ट्रेंडिंग", "वेब", "स्टोरीज"),
        *("कॉपी", "लिंक", "copy", "link", "संपादकीय", "editorial", "संक्षेप", "एडिट", "edit"),
        *("share", "comments", "next", "previous", "article", "trending", "web", "stories", "story"),
    )
}
_PAGE_NUMBER = _pattern(r"(?:पेज|पृष्ठ|page)\s*(?:नं\.?|no\.?)?\s*\d{1,3}")


# A WordPress AMP page's logo, as text: "Site icon Hindi Dynamite News".
SITE_ICON = _pattern(r"\W*site\s+(?:icon|logo)\s+(?P<site>\S.{1,40})")


def site_icon(line: str) -> str | None:
    """The site a theme's icon names ("Site icon NewSuperBharat"): the first of its parts when it names
    more ("Site icon | छपरा टुडे डॉट कॉम | #ChhapraToday.com"); else None."""
    match = SITE_ICON.fullmatch(_form(line)) if len(line) <= SHAPE_MAX_CHARS else None
    parts = [p.strip(" #") for p in match["site"].split("|")] if match else []
    return next((p for p in parts if p), None)


# HTML tags left in the text, alone on their line: "</p>", "<br/>", "<div class=...>"; or a WordPress
# shortcode a plugin failed to render: "[responsivevoice_button voice="Hindi Female" buttontext="..."]".
MARKUP = re.compile(
    # (an attribute's value is quoted or one word, so that no two readings of a line compete: a long
    # unclosed "[a b= c= ..." must fail fast)
    r"(?:</?[A-Za-z][A-Za-z0-9]*(?:\s[^<>]*)?/?>\s*)+"
    r"|\[/?[a-z][a-z0-9_-]*(?:\s+[a-z_-]+=(?:\"[^\"]*\"|'[^']*'|[^\s\]\"']*))*\s*/?\]"
)
# A story's source in parentheses at its foot: "(पीटीआई से इनपुट्स के साथ)", "(इनपुट: भाषा)".
_INPUT_CREDIT = _pattern(
    r"\(\s*(?:(?P<source>[^()]{1,40}?)\s+(?:से\s+)?इनपुट्?स?\s+के\s+साथ|(?:इनपुट|input)s?\s*[:\-–]\s*(?P<after>[^()]{1,40}?))\s*\)"
)


# A line that only announces what is embedded below it: "देखिए कार्यक्रम का सीधा प्रसारण :", "Watch video:".
EMBED_LABEL = _pattern(
    r"(?:देखिए|देखें|देखे|सुनिए|सुनें|watch|listen)\b[^।.!?]{0,60}:\W*|[^।.!?]{0,60}\b(?:वीडियो|video)\s*:\W*"
    r"|(?:देखिए|देखें)\s+\S+(?:\s+\S+)?(?:\s+[^\w\s]+)?"  # "देखें आदेश", "देखें वीडियो", "देखिए वीडियो भी 👆"
)
# A relative time, glued to a town or a name or alone: "धार4 मिनट पहले", "2 hours ago".
RELATIVE_TIME = _pattern(
    r"(?P<before>[^\d]{0,30}?)\s*\d{1,2}\s*(?:सेकंड|मिनट|घंटे|घंटा|दिन|min|mins|minutes?|hours?|hrs?|days?)\s+(?:पहले|ago)\W*"
)
# A site's own report credit: "ईस्ट इंडिया टाइम्स रिपोर्ट संजीव सक्सेना।".
_SITE_REPORT = _pattern(
    r"(?P<site>[^।,:|]{3,40}?)\s+(?:ब्यूरो\s+)?रिपोर्ट\s*[:\-–]?\s*(?P<name>[^।,:|\d]{3,40}?)[\s।.|]*"
)


def site_report(line: str) -> tuple[str, str] | None:
    """The reporter and the site of a site's report credit ("<site> रिपोर्ट <name>"), else None."""
    if len(line) > SHAPE_MAX_CHARS or not (match := _SITE_REPORT.fullmatch(_form(line))):
        return None
    site, name = match["site"].strip(), match["name"].strip()
    return (name, site) if is_site_name(site) and is_name(name) else None


def source_credit(line: str) -> str | None:
    """The source a line alone in parentheses credits: an input credit ("(पीटीआई से इनपुट्स के साथ)"), an
    agency ("(भाषा)") or a site written as one word or address ("(news18hindi)", "(ehapurnews.com)")."""
    if len(line) > SHAPE_MAX_CHARS:
        return None
    if match := _INPUT_CREDIT.fullmatch(_form(line.strip())):
        return (match["source"] or match["after"]).strip()
    inside = credit_in_parentheses(line) if line.strip().startswith("(") else None
    if inside is None:
        return None
    one_word = len(inside.split()) == 1 and inside.isascii() and any(c.isalpha() for c in inside)
    return inside if agency(inside) or ADDRESS.fullmatch(inside) or one_word else None


def is_section_name(line: str) -> bool:
    """Whether a line is a site's section alone, above a story: "राज्य", "- देश", "मनोरंजन"."""
    words = [w for w in (w.strip(":|-–—•·") for w in _form(line).casefold().split()) if w]
    return 0 < len(words) <= SECTION_MAX_WORDS and all(w in _SECTION_WORDS for w in words)


SECTION_MAX_WORDS = 2
_SECTION_WORDS = {
    _form(w).casefold()
    for w in (
        *("राज्य", "देश", "विदेश", "दुनिया", "मनोरंजन", "खेल", "व्यापार", "बिजनेस", "राजनीति", "धर्म"),
        *("शिक्षा", "स्वास्थ्य", "लाइफस्टाइल", "क्राइम", "अपराध", "राष्ट्रीय", "अंतरराष्ट्रीय", "स्थानीय"),
    )
}


def is_sections_menu(line: str) -> bool:
    """Whether a short line is a menu of sections and places, every word a section's, a rubric's or a
    known place's, a section's among them: "LIVE TV अलवर देश राजस्थान शिक्षा"."""
    words = [_form(w).casefold() for w in line.split()]
    if not MENU_MIN_WORDS <= len(words) <= SECTIONS_MENU_MAX_WORDS or line.rstrip().endswith(SENTENCE_MARKS):
        return False
    own = [w for w in words if w in _SECTION_WORDS or w in _RUBRIC or w in _MENU_WORDS]
    return bool(own) and all(w in own or is_place(w) or is_state(w) for w in words) and len(own) < len(words)


MENU_MIN_WORDS = 3
SECTIONS_MENU_MAX_WORDS = 10
SENTENCE_MARKS = ("।", ".", "?", "!")
_MENU_WORDS = {"tv", "होम", "home", "ई-पेपर", "e-paper", "वीडियो", "video", "फोटो", "photo"}
# A counter of the story's reads: "( 11130 बार पढ़ी गयी)", "1,204 views".
VIEWS = _pattern(r"\W*\d[\d,]*\s*(?:बार\s+(?:पढ़ी|पढ़ा|पढ़े|देखी|देखा|देखे)\s+(?:गयी|गई|गया|गए|गये)|views?)\W*")


def credit_in_parentheses(line: str) -> str | None:
    """The credit of a line that is a short parenthesised name alone ("(ब्यूरो कार्यालय)"), else None."""
    match = _PARENTHESISED.fullmatch(line.strip())
    return (match["inside"] or match["bracketed"]).strip() if match else None


def _unrubric(place: str) -> str:
    """A kicker's place ("Mathura" of "Mathura Crime News"), or "" for a kicker without one."""
    words = place.split()
    if not any(w.casefold() in _RUBRIC for w in words):
        return place
    if words[-1].casefold() in _NEWS:
        kept = [w for w in words if w.casefold() not in _RUBRIC]
        if len(kept) == 1 and words[0] == kept[0] and len(kept[0]) > 2:
            return kept[0]
    return ""


# Furniture by its look: a picture's address left as text ("/media/2025/04/x.jpg)"), a button
# ("share Share", "• कॉपी लिंक", "Comments (0)"), a teaser cut off with an ellipsis.
IMAGE_PATH = _pattern(r"\S*\.(?:jpe?g|png|webp|gif|svg)\W*")
BUTTON = _pattern(r"(?:•|·|▶|►)\s*\S+(?:\s\S+)?|\S+\s*\(\d+\)|(\w+)\s+\1")
CUT_OFF = ("...", "…")
TEASER_MAX_WORDS = 60
# Words after an ellipsis inside a line: its writer's pauses ("... बाधित है… यह मार्ग ..."), where a
# teaser is cut off once, at its end.
_INNER_ELLIPSIS = re.compile(r"(?:\.{3}|…)\s*(?:[^\W\d_][^\s.…]*\s+){2}[^\W\d_]")


def ellipsis_prose(line: str) -> bool:
    """Whether a line ending in an ellipsis is prose that pauses with ellipses all along, not a teaser."""
    return len(_INNER_ELLIPSIS.findall(line)) >= ELLIPSIS_PROSE_MIN_PAUSES


ELLIPSIS_PROSE_MIN_PAUSES = 2
# A label in Latin letters in a Hindi article: a few words, or a heading's shape.
LATIN_LABEL_MAX_WORDS = 4


# A reporter's name alone on a line: two to four words of letters ("ए कुमार", "Kalyani Mandal").
NAME_MAX_WORDS = 4
_NAME = re.compile(r"[^\W\d_][^\s\d,:;।|()!?\"']*(?:\s[^\W\d_][^\s\d,:;।|()!?\"']*){1,3}")


def is_name(line: str) -> bool:
    """Whether a line looks like a person's name alone: two to four words, no digits or punctuation,
    none of the postpositions and conjunctions a phrase has ("बारिश के लिए पूर्वानुमान"), no rubric
    word ("Hindi News"), not a request to the reader ("हमें फॉलो करें": names do not end in a polite
    imperative), and not a known place ("नई दिल्ली") or site."""
    words = _form(line).split()
    # Initials spelt out before a surname ("ए के सिंह", "एस के शर्मा"): के is a letter there, no postposition.
    initials = 0
    while initials < len(words) - 1 and words[initials] in _LETTER_NAMES:
        initials += 1
    named = words[initials:] if initials >= 2 else words
    return (
        len(line) <= SHAPE_MAX_CHARS
        and bool(_NAME.fullmatch(_form(line)))
        and not _FUNCTION_WORDS & {w.casefold().strip(_QUOTES) for w in named}  # ("राकेश गुप्ता का” पश्चाताप”")
        and not any(w.casefold() in _RUBRIC for w in words)
        and not _IMPERATIVE.search(words[-1])
        and not _VERBS & set(words)  # "आग लगी", "बारिश हुई": a phrase, not a name
        and not _RELEASE_WORDS & {name_key(w) for w in words}  # "पुलिस प्रेस नोट": a release's label
        and not is_place(line)
        and not site_in(line)
        and len(set(words)) > 1  # (a word printed over and over is a box's: "Ad Ad Ad Ad")
    )


_QUOTES = "\"'“”‘’"
# The words of an office's release, that heads a story it sent: "पुलिस प्रेस नोट", "प्रेस विज्ञप्ति".
_RELEASE_WORDS = {name_key(w) for w in ("प्रेस", "नोट", "विज्ञप्ति", "press", "release", "note")}
# A polite imperative or request ends the line: "करें", "पढ़ें", "जुड़ें", "जानिए", "देखिए".
_IMPERATIVE = re.compile(r"(?:ें|िए|िये)$")


_VERBS = {
    _form(w)
    for w in (
        *("है", "हैं", "था", "थी", "थे", "गया", "गई", "गए", "गये", "हुआ", "हुई", "हुए", "रहा", "रही", "रहे"),
        *("लगा", "लगी", "लगे", "किया", "दिया", "लिया", "होगा", "होगी", "होंगे", "मिला", "मिली", "बना", "बनी"),
    )
}
_FUNCTION_WORDS = {
    _form(w)
    for w in (
        *("का", "की", "के", "को", "में", "से", "ने", "पर", "और", "लिए", "है", "हैं", "the", "of", "in"),
        *("क्या", "कैसे", "क्यों", "कब", "कहां", "कहाँ", "कौन", "नहीं", "भी", "ही", "तो", "यह", "वह", "अब", "जब"),
        *("admin", "administrator", "site", "user", "guest", "एडमिन"),  # an account, not a person
    )
}


def doubled_name(line: str) -> str | None:
    """The name of a line that is a name printed twice ("राम कुमार राम कुमार"), else None."""
    words = line.split()
    half = len(words) // 2
    if len(line) > SHAPE_MAX_CHARS or len(words) % 2 or words[:half] != words[half:]:
        return None
    name = " ".join(words[:half])
    return name if is_name(name) else None


def letters(text: str) -> tuple[int, int]:
    """How many Latin and how many Devanagari letters ``text`` has."""
    latin = sum(1 for c in text if c.isascii() and c.isalpha())
    devanagari = sum(1 for c in text if "\u0900" <= c <= "\u097f" and c.isalpha())
    return latin, devanagari


def is_latin_label(line: str) -> bool:
    """Whether a line is mostly Latin letters and short: a few words, or a heading of up to 12."""
    if len(line) > SHAPE_MAX_CHARS:
        return False
    latin, devanagari = letters(line)
    words = len(line.split())
    short = words <= LATIN_LABEL_MAX_WORDS or (words <= 12 and not line.endswith((".", "?", "!", "।", '"')))
    return latin > 2 * devanagari and short


def is_promotion(line: str) -> bool:
    """Whether the line asks the reader to download, follow, subscribe to or join the site."""
    line = _form(line)
    if matches(APP_PROMPT, line) or (len(line.split()) <= CALL_ALONE_MAX_WORDS and _CALL.search(line)):
        return True  # "ऐप पर पढ़ें"; a button: "सब्सक्राइब करें", "हमें फॉलो करें"
    if len(line.split()) <= SHORT_PROMOTION_MAX_WORDS and _CALL.search(line) and _CHANNEL.search(line):
        return True
    if (
        len(line) > SHAPE_MAX_CHARS
        or len(line.split()) > PROMOTION_MAX_WORDS
        or not (_CALL.search(line) and _CHANNEL.search(line))
    ):
        return False
    return bool(_TO_READER.search(line) or _CALL_FIRST.search(line) or _CALL_LAST.search(line))


def promotion_lead_in(line: str) -> bool:
    """Whether a short line is what a promotion under it is for ("लेटेस्ट न्यूज़ अपडेट पाने के लिए -",
    "For the latest news:"): said to the reader, naming a channel, and ending in a colon or a dash."""
    line = _form(line).strip()
    return (
        len(line.split()) <= LEAD_IN_MAX_WORDS
        and line.endswith((":", "-", "–", "—"))
        and bool(_TO_READER.search(line) and _CHANNEL.search(line))
    )


LEAD_IN_MAX_WORDS = 10


def promoted_app(line: str) -> str | None:
    """The site a promotion names, which is the site's own: the app it asks to download, else a known
    site it names ("... दैनिक भास्कर ऍप डाउनलोड करें", "अमर उजाला के इस लिंक पर पढ़ें"); None if none."""
    line = _form(line)
    match = _APP.search(line) or _GROUP.search(line) or _NETWORK_PAGE.search(line)
    return match["site"].strip() if match else site_in(line)


def byline(line: str) -> str | None:
    """The name in a byline ("" for a bare "By"); None if the line is not a byline."""
    if len(line) <= SHAPE_MAX_CHARS and (inner := _CREDIT_LINE.fullmatch(line.strip())):
        line = inner["inner"]
    if (
        len(line) > SHAPE_MAX_CHARS
        or len(line.split()) > BYLINE_MAX_WORDS
        or not (match := BYLINE.fullmatch(_form(line)))
    ):
        return None
    name = (match["name"] or match["hname"] or "").strip()
    # (the reporter's town after a comma: "Story By: पुनवासी यादव, सकलडीहा।")
    head, _, town = name.rpartition(",")
    if head and is_name(head.strip()) and (is_place(town) or one_devanagari_word(town.strip())):
        return head.strip()
    return name


def labelled_byline(line: str) -> str | None:
    """The name in a byline with its label and a colon or dash ("Author: Name", "रिपोर्ट - नाम",
    "( Source – PTI )"), which is a byline wherever it stands, also glued after other furniture when
    a person's name follows its Hindi label ("...पहलेलेखक: नाम, एडिटर"); else None."""
    name = byline(line)
    if name and (not BYLINE_BARE.match(_form(line).lstrip("( ")) or _bare_by_name(name)):
        return name
    if len(line) > SHAPE_MAX_CHARS or len(line.split()) > GLUED_BYLINE_MAX_WORDS:
        return None
    glued = _GLUED_BYLINE.search(_form(line))
    if glued and is_name(glued["name"].strip()):
        return glued["name"].strip()
    # "रिपोर्ट कदीर खान" with no mark: a heading could open so, but not with a name that has a surname,
    # nor with the reporter's town or role after the name ("रिपोर्टर अंसारी रफीक नूरी अहमदाबाद गुजरात",
    # "रिपोर्ट – पवन कुमार श्रीमाली यूपी हेड"), nor after "reporter" itself ("रिपोर्टर तबस्सुम लखारा")
    bare = _BARE_REPORT.fullmatch(_form(line).strip(" ।|-–"))
    if not bare:
        return None
    words = bare["name"].replace(",", " ").strip(" -–—").split()
    name = " ".join(words[: _name_end(words)])
    if not name or not is_name(name):
        return None
    person = bare.group().startswith(("रिपोर्टर", "संवाददाता")) and 1 < len(name.split()) <= 3
    return name if has_surname(name) or len(name) < len(bare["name"].strip()) or person else None


def _name_end(words: list[str]) -> int:
    """Where a reporter's name ends among a credit's words: before the town, state and role after it."""
    end = len(words)
    while end > 1 and (is_place(words[end - 1]) or name_key(words[end - 1]) in _REPORTER_TITLES):
        end -= 1
    return end


# What a reporter's credit says after the name: a title ("यूपी हेड", "ब्यूरो चीफ"), not the name.
_REPORTER_TITLES = {name_key(w) for w in ("हेड", "head", "चीफ", "chief", "ब्यूरो", "प्रभारी", "संवाददाता")}


def _bare_by_name(name: str) -> bool:
    """Whether what follows a bare "By" is a name and nothing else ("By vandna", "By भाषा"), not a phrase
    ("By the way", "by 2025"): a line of one to three words of letters, none a function or rubric word."""
    words = name.split()
    keys = {_form(w).casefold() for w in words}
    return (
        1 <= len(words) <= BARE_BY_MAX_WORDS
        and bool(_WORDS_ONLY.fullmatch(name))
        and not keys & (_FUNCTION_WORDS | _RUBRIC | _INTERFACE_WORDS)
    )


BARE_BY_MAX_WORDS = 3
_BARE_REPORT = re.compile(
    rf"(?:{_HINDI_LABELS}|report|reporter)\s+(?P<name>[^\d:|।.!?()]{{3,50}})", re.IGNORECASE
)


def credit_row(line: str) -> tuple[str, str | None, str | None] | None:
    """A row of credits alone: a staff or agency credit, perhaps with the site's name beside it
    ("शारदा न्यूज़, संवाददाता |", "ब्यूरो रिपोर्ट"), or beside the desk's town ("संवाद न्यूज एजेंसी, आगरा",
    "बैसा/सिटिहलचल न्यूज़", "दिव्य हिमाचल ब्यूरो — कुल्लू"). The credit, the site and the town (None where
    it names none), else None.

    Every part must be a known credit, a site's name ("<name> News") or the one town: a known list is the
    evidence.
    """
    if len(line) > SHAPE_MAX_CHARS:
        return None
    parts = [p.strip() for p in _CREDIT_ROW_PARTS.split(line) if p.strip()]
    # A site's initials beside its desk's known town: "DNN सोलन", "HNN/ धर्मशाला" (not a state's: "UP")
    words = parts[0].split() if len(parts) == 1 else parts
    if (
        len(words) == 2
        and _SITE_INITIALS.fullmatch(words[0])
        and not agency(words[0])
        and not is_state(words[0])
        and is_place(words[1])
        and not is_state(words[1])
    ):
        return words[0], words[0], words[1]
    credits = [p for p in parts if agency(p)]
    sites = [p for p in parts if not agency(p) and is_site_name(p)]
    # the desk's town beside the credit: "संवाद न्यूज एजेंसी, आगरा", "बैसा/सिटिहलचल न्यूज़"
    towns = [
        p for p in parts if p not in credits and p not in sites and (is_place(p) or one_devanagari_word(p))
    ]
    if not (credits or sites) or len(towns) > 1 or len(credits) + len(sites) + len(towns) != len(parts):
        return None
    # a site's name alone beside a town must be a name, not rubric words ("Breaking News", "Hindi News")
    if not credits and not (towns and any(site_name(p) or logo_name(p) for p in sites)):
        return None
    credit = (credits or sites)[0]
    site = sites[0] if sites else staff_site(credit) if credits else None
    return credit, site, towns[0] if towns and is_place(towns[0]) else None


_SITE_INITIALS = re.compile(r"[A-Z]{3,6}")
_CREDIT_ROW_PARTS = re.compile(r"[,|/]|\s[\-–—]+\s")


def is_site_name(part: str) -> bool:
    """A known site's name, or a short name ending in a paper's word ("शारदा न्यूज़", "टेलीस्कोप टुडे",
    "उदित वाणी"), perhaps with its channel's number after it ("हिन्द टीवी 24")."""
    words = part.split()
    if len(words) > 2 and _CHANNEL_NUMBER.fullmatch(words[-1]):
        return is_site_name(" ".join(words[:-1]))
    last = name_key(words[-1]) if words else ""
    # a paper's word as the last of two or three, or glued to a name as one word ("महामीडिया"); only
    # the plainly paper's words glue ("प्रियदर्शन" is a man's name)
    glued = len(words) <= 3 and any(
        last.endswith(p) and len(last) > len(p) + 1 for p in _PAPER_KEYS if not p.isascii()
    )  # (also after a word: "इ खबरटुडे")
    # (a staff's words are no site's own: "ब्यूरो न्यूज़" is a desk's credit)
    own = [w for w in words[:-1] if name_key(w) not in _STAFF]
    named = bool(site_name(part)) or (1 < len(words) <= 3 and last in _PAPER_ENDS and bool(own)) or glued
    return named or bool(DOT_COM.search(part) and len(words) <= 5)  # "लोकमतचक्र डॉट कॉम"


def without_news_word(site: str) -> str:
    """A site's name without the word "समाचार" (news) said after a name that a paper's word already ends:
    "विनय एक्सप्रेस समाचार" is "विनय एक्सप्रेस". (Not "न्यूज़" or "News", which names keep: "Punjab Ujala
    News", nor the agency "हिन्दुस्थान समाचार".)"""
    words = site.split()
    if len(words) > 2 and name_key(words[-1]) == "समाचार" and name_key(words[-2]) in _PAPER_ENDS:
        return " ".join(words[:-1])
    return site


_CHANNEL_NUMBER = re.compile(r"\d{1,3}(?:x7)?|24[x×]7", re.IGNORECASE)  # "24", "365", "24x7"
# A site's address said in words after its name: "राइजिंग भास्कर डॉट कॉम".
DOT_COM = re.compile(r"(?<=\S)\s+डॉट\s+(?:कॉम|इन|नेट|ओआरजी)\Z")


_PAPER_KEYS = {
    name_key(w)
    for w in (
        *("news", "न्यूज़", "न्यूज", "न्युज", "today", "टुडे", "times", "टाइम्स", "टाईम्स", "express"),
        *("एक्सप्रेस", "post", "पोस्ट", "media", "मीडिया", "समाचार", "खबर", "टीवी"),
    )
}
# A paper's words that do not glue to a name ("लाइव", "पत्रिका").
_PAPER_WORDS = {
    name_key(w)
    for w in ("लाइव", "live", "पत्रिका", "patrika", "अखबार", "akhbar", "samachar", "khabar", "24x7")
}
# Words that end many papers' names but are words of people's names too ("दर्शन सिंह"), so a paper's only
# as the last word: "शिखर दर्शन", "उदित वाणी", "तूफान मेल", "स्टेट मिरर", "रूरल वॉयस".
_PAPER_ENDS = (
    _PAPER_KEYS
    | _PAPER_WORDS
    | {
        name_key(w)
        for w in (
            *("वाणी", "दर्शन", "दर्पण", "संदेश", "केसरी", "मेल", "mail", "मिरर", "mirror", "वॉयस", "voice"),
            *("जागरण", "प्रभात", "भास्कर", "उजाला", "दस्तक", "प्रहरी", "darpan", "jagran", "prabhat"),
            *("bhaskar", "ujala", "sandesh", "kesari", "vani", "dastak", "prahari", "darshan"),
            *("आवाज", "आवाज़", "awaz", "awaaz", "aawaz", "खबरनामा", "ख़बरनामा", "khabarnama"),
        )
    }
)


def paper_credit(credit: str) -> str | None:
    """A credit that is a paper's name, not a person's or a town desk's: "शिखर दर्शन", "रिपोर्ट टाइम्स",
    "Dainik Awantika"; else None."""
    if logo_name(credit):
        return credit
    words = credit.split()
    # (A known site's name in a credit is the story's source on a page of another: "PIB", "अमर उजाला".)
    if (
        not is_site_name(credit)
        or site_name(credit)
        or has_surname(credit)
        or any(is_place(w) for w in words)
    ):
        return None
    return credit if _WORDS_ONLY.fullmatch(credit) else None


# Comment boxes under a story: "No comments:", "0 comments:", "Post a Comment", "Leave a Reply",
# "एक टिप्पणी भेजें", "Please enter your comment!".
COMMENT_BOX = _pattern(
    r"\W*(?:(?:no|\d+)\s+comments?|post\s+a\s+comment|post\s+comments\s*(?:\(atom\))?|subscribe\s+to"
    r"|leave\s+(?:a|your)\s+(?:reply|comment)"
    r"|please\s+enter\s+your\s+(?:comment|name|email)(?:\s+here)?|कोई\s+टिप्पणी\s+नहीं|(?:एक\s+)?टिप्पणी\s+(?:भेजें|करें)"
    # a comment form's notes, and the thanks under a post
    r"|your\s+email\s+address\s+will\s+not\s+be\s+published.{0,80}|required\s+fields\s+are\s+marked.{0,20}"
    r"|thank\s+you\s+for\s+reading(?:\s+this\s+(?:post|article|story))?)\W*"
    # Blogger's count over the comments, with the post's title: "0 Response to "<title>""
    r"|\W*\d+\s+(?:responses?|comments?)\s+to\s+[\"“].{1,300}"
)
# The credit under an embedded post: "— Name (@handle) March 11, 2021". Its date is the post's.
EMBED_CREDIT = _pattern(r"[—–-]\s*[^()@]{1,60}\(@\w{1,30}\)[^()@]{0,40}")
# A line that says where a story was taken from ("from Latest News ... News18", "साभार: अमर उजाला"):
# the paper it names is the story's source, not the site showing it.
REPOST_CREDIT = _pattern(r"\W*(?:from|via|courtesy|source|साभार|स्रोत|इनपुट|input)\b.*")


def breadcrumbs(line: str) -> list[str] | None:
    """The crumbs of a breadcrumb trail ("Hindi News › उत्तर प्रदेश › लखनऊ", "होम / देश", or glued by
    the scrape: "Hindi Newsदेश न्यूज़"), else None. The last crumb names the section; it is "" when
    the trail is only the site's home and rubric words."""
    # A trail is short, unless its last crumb is the page's title after a separator, or its English
    # slug glued on ("Hindi NewsUttar-pradesh NewsOrai NewsChief Minister s Health Fair ...").
    glued_on = bool(_HOME.match(_GLUE.sub(" ", _form(line))) and _GLUE.search(line)) and not letters(line)[1]
    longest = CRUMBS_MAX_WORDS + (TITLE_CRUMB_MAX_WORDS if _CRUMB.search(line) or glued_on else 0)
    if len(line) > SHAPE_MAX_CHARS or len(line.split()) > longest or line.endswith(SENTENCE_MARKS):
        return None
    parts = [p.strip() for p in _CRUMB.split(_form(line)) if p.strip()]
    glued = _GLUE.sub(" ", _form(line))
    home = _HOME.match(glued)
    if len(parts) < 2 and not home:
        return None
    if len(parts) < 2:  # glued: the home crumb, then the rest
        parts = [home.group().strip(), glued[home.end() :].strip()]
    # (a section's name may lead a trail marked as one: "राज्य » बिहार / झारखण्ड")
    section_first = _form(parts[0]).casefold() in _SECTION_WORDS and bool(re.search("[»›]", line))
    if not (home or _HOME.fullmatch(parts[0]) or site_name(parts[0]) or section_first):
        return None
    # After the home crumb and a separator the page's title may stand whole ("Home » <title>").
    if any(len(p.split()) > CRUMB_MAX_WORDS for p in parts[:-1]) or (
        len(parts[-1].split()) > CRUMB_MAX_WORDS and not (_CRUMB.search(line) or glued_on)
    ):
        return None
    if len(parts[-1].split()) > CRUMB_MAX_WORDS:
        return [*parts[:-1], ""]
    last = parts[-1] if len(parts) > 1 and not is_rubric(parts[-1]) and not site_in(parts[-1]) else ""
    return [*parts[:-1], last]


def title_after_crumbs(line: str) -> int | None:
    """Where a title starts after the breadcrumbs a scrape glued before it ("Home टॉप न्यूज़ Agra: ...",
    "HomeentertainmentMumbai : फिल्म ..."): after the home crumb, the section and rubric words, each
    a word of its own or glued on in lower case; None where the line opens with no home crumb or leaves
    no title."""
    home = _HOME_FIRST.match(line)
    if not home:
        return None
    position = home.end()
    while token := _CRUMB_TOKEN.match(line, position):
        word = _form(token["word"]).casefold()
        # (in capitals, glued to the title: "HomeTECHNOLOGYअब कार ...")
        cased = token["word"].islower() or (token["word"].isupper() and len(token["word"]) > 1)
        glued = cased and token.end() < len(line) and not line[token.end()].isspace()
        # (a state's section is a crumb too, but not the title's kicker: "Home छत्तीसगढ़ छत्तीसगढ़ : ...")
        state = is_state(token["word"]) and not _KICKER_MARK.match(line, token.end())
        if word not in _RUBRIC and word not in _SECTION_WORDS and not glued and not state:
            break
        position = token.end()
    if position == home.end():  # no crumb after it: "होम लोन की दरें बढ़ीं", "Home Minister ..."
        return None
    rest = line[position:].lstrip(" »›>/|-")
    return len(line) - len(rest) if len(rest.split()) >= TITLE_AFTER_CRUMBS_MIN_WORDS else None


_KICKER_MARK = re.compile(r"\s*:")
_HOME_FIRST = re.compile(r"(?:Home|HOME|होम)(?![a-z])|Home(?=[a-z]+[A-Z\u0900-\u097f])")
_CRUMB_TOKEN = re.compile(r"[\s»›>/|-]*(?P<word>[A-Z]?[a-z]+|[A-Z]+(?![a-z])|[\u0900-\u097f]+)")
TITLE_AFTER_CRUMBS_MIN_WORDS = 3


CRUMBS_MAX_WORDS = 12
TITLE_CRUMB_MAX_WORDS = 20
CRUMB_MAX_WORDS = 4
_CRUMB = re.compile(r"\s*(?:[»›>]|\s/\s)\s*")
# Where a scrape glued two elements together: a change of script ("नई दिल्लीTue", "Newsदेश"), or a
# lower-case letter before a capital ("Hindi NewsUttar-pradesh News").
SCRIPT_GLUE = re.compile(r"(?<=[\u0900-\u097f])(?=[A-Za-z])|(?<=[a-z])(?=[\u0900-\u097f])")
_GLUE = re.compile(rf"{SCRIPT_GLUE.pattern}|(?<=[a-z])(?=[A-Z])")
# The first crumb of a trail: the site's home page.
_HOME = _pattern(
    r"(?:home|होम|मुख्य\s+पृष्ठ|होम\s+पेज|hindi\s+news|हिंदी\s+न्यूज़?|हिन्दी\s+समाचार|हिंदी\s+समाचार)\b\s*"
)


def glued_menu(line: str) -> bool:
    """Whether a short line is a menu whose words a crawl glued together ("उत्तराखंडदेहरादूनधर्म
    कर्मराजनीति...", "उत्तर प्रदेशबहराइचब्रेकिंग न्यूज़"): a word of Devanagari letters alone, no mark
    between them, as long as no Hindi word is (on the dev pages no story sentence has one)."""
    if len(line.split()) > GLUED_MENU_MAX_WORDS or line.rstrip().endswith(SENTENCE_MARKS):
        return False
    # Menu items glued many times over: "All Newsअंबाला समाचारकरनाल समाचारकैथल ...", "paid adsLatest
    # Newsmiddle position adsmy adsUncategorizedकोरबा न्यूज़".
    glued = sum(len(joins.findall(line)) for joins in (_WORDS_GLUED, SCRIPT_GLUE, _RUBRIC_GLUED))
    if glued >= GLUED_MENU_MIN_JOINS:
        return True
    return any(
        _LETTERS_ONLY.fullmatch(word) and len(_AKSHARA.findall(word)) >= GLUED_MIN_AKSHARAS
        for part in SCRIPT_GLUE.split(line)
        for word in part.split()
    )


GLUED_MENU_MAX_WORDS = 8
GLUED_MENU_MIN_JOINS = 3  # (a headline may glue one Latin name: "iPhone", "WhatsAppपर")
# Two Latin words glued ("adsLatest"; not a brand's capital: "iPhone", "YouTube").
_WORDS_GLUED = re.compile(r"(?<=[a-z]{3})(?=[A-Z][a-z])")
# A section's word glued to the next item's name: "समाचारकरनाल".
_RUBRIC_GLUED = re.compile(r"(?:समाचार|न्यूज़|न्यूज|खबरें|News)(?=[\u0905-\u0939a-z])")
GLUED_MIN_AKSHARAS = 9  # "छत्तीसगढ़रायपुर"; "अंतरराष्ट्रीय" has six, "प्रतिनिधिमंडल" seven
_LETTERS_ONLY = re.compile("[\u0900-\u0963\u0971-\u097f]+")
# A Devanagari syllable as written: a consonant cluster with its vowel sign and nasal, or a vowel.
_AKSHARA = re.compile(
    "[\u0915-\u0939\u0958-\u095f]\u093c?(?:\u094d[\u0915-\u0939\u0958-\u095f]\u093c?)*"
    "[\u093e-\u094c\u0962\u0963]?[\u0901-\u0903]?\u094d?|[\u0904-\u0914\u0960\u0961][\u0901-\u0903]?"
)


def is_site_row(line: str) -> bool:
    """Whether a line is a row of known site names and nothing else (a menu of a group's papers)."""
    if len(line) > SHAPE_MAX_CHARS or len(line.split()) > SITE_LINE_MAX_WORDS:
        return False
    words = [m.group() for m in _WORDS.finditer(name_key(line))]
    index, names = 0, 0
    while index < len(words):
        size = next((n for n in (4, 3, 2, 1) if _SITES.get(" ".join(words[index : index + n]))), 0)
        if not size:
            return False
        index, names = index + size, names + 1
    return names >= 2


def is_places_menu(line: str) -> bool:
    """Whether a short line is a menu of towns and states: three known places or more making up most of
    its words ("गाज़ियाबाद ग्रेटर नोएडा- वेस्ट दिल्ली NCR नोएडा"), or two glued where a crawl dropped the
    space between a state and a district ("उत्तर प्रदेशगौतम बुद्ध नगर")."""
    if len(line) > SHAPE_MAX_CHARS or line.rstrip().endswith(SENTENCE_MARKS):
        return False
    words = [m.group() for m in _WORDS.finditer(name_key(line))]
    # (no place's name, nor two glued, is longer than a short line's word: longer ones are no menu's,
    # and testing every cut of them would be slow)
    if not 2 <= len(words) <= PLACES_MENU_MAX_WORDS or any(len(w) > PLACE_WORD_MAX_CHARS for w in words):
        return False
    index = places = covered = 0
    glued = False
    while index < len(words):
        size = next((n for n in (3, 2, 1) if _known_place(" ".join(words[index : index + n]))), 0)
        if size:
            index, places, covered = index + size, places + 1, covered + size
            continue
        # a word that ends one place and starts the next: "प्रदेशगौतम" in "उत्तर प्रदेशगौतम बुद्ध नगर"
        if glue := _glued_places(words, index):
            before, after = glue  # (the place before may start on words not yet covered: "उत्तर")
            index, places, covered, glued = index + after, places + 2, covered + before + after, True
            continue
        index += 1
    return (places >= 2 and glued and covered == len(words)) or (
        places >= 3 and 3 * covered >= 2 * len(words)
    )


PLACES_MENU_MAX_WORDS = 10
PLACE_WORD_MAX_CHARS = 40


def _known_place(text: str) -> bool:
    return is_place(text) or is_state(text)


def _glued_places(words: list[str], index: int) -> tuple[int, int] | None:
    """Two places glued in ``words[index]``, one ending and one starting there: how many words before
    it the first takes up, and how many from it on the second; else None."""
    word = words[index]
    for cut in range(2, len(word) - 1):
        head, tail = word[:cut], word[cut:]
        before = next(
            (
                n
                for n in (0, 1, 2)
                if n <= index and _known_place(" ".join([*words[index - n : index], head]))
            ),
            None,
        )
        if before is None:
            continue
        for size in (3, 2, 1):
            if _known_place(" ".join([tail, *words[index + 1 : index + size]])):
                return before, size
    return None


def is_ticker(line: str) -> bool:
    """Whether a line is a ticker of other stories' headlines run together with bullet marks."""
    return sum(line.count(mark) for mark in TICKER_MARKS) >= 2


TICKER_MARKS = ("◾", "●", "■", "▪", "►", "▶")


def logo_name(line: str) -> str | None:
    """A site's name as its logo prints it: two to four words, one a paper's word ("News Chetna",
    "Dainik Awantika", "खबर लहरिया") and one a name's (not a rubric word or a place: "Jharkhand News"
    is a section, "Hindi News" a label); else None."""
    words = line.split()
    if len(words) > 2 and name_key(words[-1]) in _LOGO_IMAGE:  # the image's label: "Doordrishti News Logo"
        return logo_name(" ".join(words[:-1]))
    if (
        not 2 <= len(words) <= LOGO_MAX_WORDS
        or len(line) > SHAPE_MAX_CHARS
        or not _NAME.fullmatch(_form(line))
        or glued_menu(line)  # "उत्तर प्रदेशबहराइचब्रेकिंग न्यूज़" is a menu
    ):
        return None
    if words[0].casefold() in ("the", "द") and len(words) > 2:  # "The National News", "द बीकानेर न्यूज़"
        words = words[1:]
    keys = [name_key(w) for w in words]
    latin, devanagari = letters(line)
    if (latin and devanagari) or any(is_place(w) for w in words) or _FUNCTION_WORDS & set(keys):
        return None  # a nav row ("FARRUKHABAD NEWS कृषि सामाजिक"), a town's section, a phrase
    paper = [k for k in keys if k in _LOGO_WORDS]
    # (a box's or a menu's label is no name: "State News", "News Description")
    own = [k for k in keys if k not in _LOGO_WORDS and k not in _LABELS_OF_BOXES]
    return line if paper and own and not (_GENERIC | _STAFF) & set(own) else None


# Words of a label, not of a name: "न्यूज़ रिपोर्ट", "Special News" (and a desk's: "ब्यूरो न्यूज़").
_GENERIC = {name_key(w) for w in ("रिपोर्ट", "report", "special", "स्पेशल", "विशेष", "desk", "डेस्क", "network")}
# A theme's box over the story: "News Description", "News Details".
_BOX_WORDS = {name_key(w) for w in ("description", "details", "detail", "summary", "content", "info")}


LOGO_MAX_WORDS = 4
# A logo's words: a paper's (anywhere in it, not only last: "Dainik Awantika"), or a country's.
_LOGO_WORDS = (
    _PAPER_KEYS
    | _PAPER_WORDS
    | {name_key(w) for w in ("dainik", "दैनिक", "bharat", "भारत", "tv", "टीवी", "24", "india", "इंडिया")}
)


def latin_logo(line: str) -> str | None:
    """A site's name as a Latin logo over a Hindi story: two to four words in title case or capitals
    ("Voice Of Bihar", "India H1", "Charchaa a Khas"), none a button's, a label's or a date's, not
    all of them rubric words, and no agency, place, state or person; else None."""
    words = line.split()
    if len(words) > 2 and name_key(words[-1]) in _LOGO_IMAGE:
        return latin_logo(" ".join(words[:-1]))
    if not _TITLE_CASE.fullmatch(line) or len(_CAMEL.findall(line)) > 1:
        return None  # (glued menu words: "Breaking NewsCrime NewsMadhya Pradesh")
    keys = {name_key(w) for w in words}
    plain = [w for w in words if name_key(w) not in _RUBRIC and name_key(w) not in _TAGLINE_WORDS]
    # (a place's or a state's section is no logo: "Jharkhand News")
    if keys & (_INTERFACE_WORDS | _CALENDAR_WORDS | _LOGO_LABELS | _BOX_WORDS) or all(
        _known_place(w) for w in plain
    ):
        return None
    if agency(" ".join(w for w in words if name_key(w) not in _RUBRIC)) or is_place(line) or is_state(line):
        return None
    return None if has_surname(line) or has_given_name(line) else line


_CAMEL = re.compile(r"[a-z][A-Z]")
_LOGO_IMAGE = {name_key(w) for w in ("logo", "लोगो")}
# Two to four Latin words, each capitalised, or a short joining word: "Charchaa a Khas".
_TITLE_CASE = re.compile(r"(?:[A-Z][A-Za-z0-9]*)(?: (?:[A-Z][A-Za-z0-9]*|of|a|the|and|in)){1,3}")
# Words of a list's or a box's label, not of a name: "Recent News", "Top Story", "Join the Group".
_LOGO_LABELS = {
    name_key(w)
    for w in (
        *("recent", "special", "story", "stories", "top", "trending", "brief", "results", "result"),
        *("join", "group", "conversation", "source", "link", "popular", "whatsapp", "telegram", "epaper"),
        *("state", "city", "district", "slide", "slider"),  # a menu's, a theme's: "Main Slide"
    )
}
# Words of a box's, a menu's or a list's label, none a paper's own name.
_LABELS_OF_BOXES = _RUBRIC | _LABEL_WORDS | _LOGO_LABELS | _BOX_WORDS


def caps_logo(line: str) -> str | None:
    """A site's name as a logo in capitals, on a Hindi page: "BUDAUN SHIKHAR", "THE GREAT NEWS", "PICTORIAL
    EVIDENCE" (two to four Latin words, not all of them a place's or a rubric's, and no person's: "TARESH
    SINGH" is a byline); else None."""
    words = line.split()
    if not 2 <= len(words) <= LOGO_MAX_WORDS or not _CAPS.fullmatch(line) or has_surname(line):
        return None
    if any(w.casefold() in _INTERFACE_WORDS for w in words):
        return None  # "LEAVE A REPLY", "READ MORE": the page's buttons
    plain = [w for w in words if w.casefold() not in _RUBRIC and w.casefold() not in _TAGLINE_WORDS]
    return line if any(not is_place(w) for w in plain) and not is_place(line) else None


_INTERFACE_WORDS = {
    *("reply", "comment", "comments", "share", "leave", "subscribe", "follow", "read", "more", "login"),
    *("menu", "search", "home", "contact", "about", "next", "previous", "post", "posts", "click", "here"),
    *("watch", "video", "photo", "gallery", "also", "related", "advertisement", "sponsored", "us", "privacy"),
    *("widget", "ads", "header", "footer", "sidebar"),  # a theme's boxes: "Header Ads Widget"
}


_CAPS = re.compile(r"[A-Z][A-Z0-9&'’-]*(?: [A-Z][A-Z0-9&'’-]*)+")
# A copyright line's owner: "2023 © DL NEWS. All Rights Reserved.", "Copyright © 2024 Khabar Express |".
_COPYRIGHT_OWNER = _pattern(
    r".*?(?:(?:©|\(c\)|copyright)\s*)+(?:\d{4}(?:\s*[-–]\s*\d{4})?\s*)?(?:by\s+)?(?P<owner>[^.|,:©\d]{2,40}?)"
    r"\s*(?:[.|,:]|all\s+rights|सर्वाधिकार|\d{4}|$).*"
)


_OWNER_AFTER_NOTICE = re.compile(
    r".*?(?:all\s+rights\s+reserved|सर्वाधिकार\s+सुरक्षित)\s*[-–|:]\s*(?P<owner>[^|.,:©]{2,40}?)\s*(?:[|.,]|$)",
    re.IGNORECASE,
)
_RIGHTS = _pattern(r"सर्वाधिकार|अधिकार|rights|reserved|copyright|कॉपीराइट")


def copyright_owner(line: str) -> str | None:
    """The site a copyright line names: a known site's name in it, else its owner ("© CopyRight
    Pressnote.in", or after the notice: "© 2025 - All Rights Reserved - Youth18 | Hosted by ..."); None
    if neither."""
    if known := site_in(line):
        return known
    match = _COPYRIGHT_OWNER.fullmatch(_form(line)) if len(line) <= SHAPE_MAX_CHARS else None
    owner = match["owner"].strip(" -–") if match else ""
    if (not owner or _RIGHTS.search(owner)) and (after := _OWNER_AFTER_NOTICE.match(_form(line))):
        owner = after["owner"].strip()
    if _RIGHTS.search(owner):
        return None  # "© सर्वाधिकार सुरक्षित": the notice, no owner
    words = owner.split()
    if not 1 <= len(words) <= TITLE_SITE_MAX_WORDS or sum(c.isalpha() for c in owner) < 3:
        return None
    return None if all(w.casefold() in _RUBRIC or w.casefold() in _TAGLINE_WORDS for w in words) else owner


def rubric_suffix(line: str) -> int | None:
    """Where a Latin rubric a scrape glued after a Hindi headline starts ("... का आरोप  Latest Haryana
    News": rubric words and places only, with "news" among them), else None."""
    if not (suffix := _LATIN_TAIL.search(line)):
        return None
    words = suffix["tail"].split()
    latin, devanagari = letters(line[: suffix.start()])
    if devanagari <= latin or not any(_form(w).casefold() in _NEWS for w in words):
        return None
    if all(_form(w).casefold() in _RUBRIC or is_place(w) for w in words):
        return suffix.start()
    return None


_LATIN_TAIL = re.compile(r"(?<=[\u0900-\u097f])\s+(?P<tail>[A-Za-z]+(?: [A-Za-z]+){1,4})\s*$")


def title_suffix_site(suffix: str) -> str | None:
    """The site a page title names after its headline: " - राष्ट्र की परम्परा", " News in Hindi - Amar
    Ujala", " | Latest News | Patrika"; None when the suffix is only rubric words or too long."""
    parts = [p.strip() for p in re.split(r"\s[-|–—:]\s|\s*\|\s*", suffix) if p.strip(" -|–—:")]
    if not parts:
        return None
    last = parts[-1].strip(" -|–—:")
    words = [w.casefold() for w in last.split()]
    if (
        not last
        or len(words) > TITLE_SITE_MAX_WORDS
        or all(w in _RUBRIC or w in _TAGLINE_WORDS for w in words)
    ):
        return None
    if known := site_in(last):
        return known
    # A Latin name is capitalised: "Youth & Government jobs" is the title in English, not a site.
    if last.isascii() and len(words) > 1 and any(w[0].islower() and w not in _JOINING for w in last.split()):
        return None
    # The name in both scripts: "मधेपुरा खबर Madhepura Khabar" is "मधेपुरा खबर".
    if (both := _BOTH_SCRIPTS.fullmatch(last)) and len(both[1].split()) == len(both[2].split()):
        return both[1]
    return last if sum(c.isalpha() for c in last) >= 3 else None


_JOINING = {"of", "the", "and", "a", "in", "ki", "ka", "ke", "&"}
_BOTH_SCRIPTS = re.compile(r"([\u0900-\u097f][\u0900-\u097f\s]*?)\s+([A-Za-z][A-Za-z\s]*)")


TITLE_SITE_MAX_WORDS = 5


def signs_as(part: str) -> bool:
    """Whether a part of a credit is the role a reporter signs with, alone: "संवाददाता", "संपादक",
    "ब्यूरो चीफ", "Senior Correspondent"."""
    words = [name_key(w) for w in part.split()]
    return (
        0 < len(words) <= SIGNED_AS_MAX_WORDS
        and words[-1] in _SIGNED_AS
        and all(w in _SIGNED_AS or w in _ROLE_RANKS for w in words)
    )


SIGNED_AS_MAX_WORDS = 3
_SIGNED_AS = {
    name_key(w)
    for w in (
        *("संवाददाता", "प्रतिनिधि", "रिपोर्टर", "संपादक", "चीफ", "reporter", "correspondent", "editor", "chief"),
    )
}
_ROLE_RANKS = {
    name_key(w)
    for w in ("वरिष्ठ", "प्रधान", "मुख्य", "विशेष", "जिला", "ब्यूरो", "senior", "special", "chief", "bureau", "news")
}


def is_role(line: str) -> bool:
    """Whether a line is a writer's role alone in parentheses: "(वरिष्ठ पत्रकार)", "(लेखक स्तंभकार हैं)"."""
    inside = credit_in_parentheses(line)
    return inside is not None and bool(_ROLE.search(_form(inside))) and len(inside.split()) <= ROLE_MAX_WORDS


_ROLE = _pattern(r"पत्रकार|स्तंभकार|लेखक|लेखिका|विश्लेषक|प्रोफेसर|संपादक|journalist|columnist|writer|author|editor")
ROLE_MAX_WORDS = 8


def tagline_site(line: str) -> str | None:
    """The site a page's tagline names before its news words: "TV 27 News - Latest Hindi News, Live TV,
    and Breaking News", "Live Halchal Latest News, Updated News, Hindi News Portal"; else None."""
    if len(line) > SHAPE_MAX_CHARS:
        return None
    match = _TAGLINE.match(_form(line))
    if not match or sum(1 for c in match["site"] if c.isalpha()) < 2:
        return None
    if all(w.casefold() in _TAGLINE_WORDS or w.casefold() in _RUBRIC for w in match["site"].split()):
        return None  # the tagline alone: "राष्ट्रीय हिंदी दैनिक समाचार पत्र"
    rest = [w.strip(",.|-–:") for w in line[match.end("site") :].casefold().split()]
    if all(not w or w in _RUBRIC or w in _TAGLINE_WORDS for w in rest):
        return match["site"].strip()
    return None


_TAGLINE = re.compile(
    r"(?P<site>[^\-|,:–]{2,30}?)\s*(?:[\-|:–]\s*)?"
    r"(?=(?:latest|breaking|hindi|top|updated)\s|(?:हिंदी|हिन्दी|राष्ट्रीय)\s+(?:दैनिक|साप्ताहिक|समाचार|न्यूज़?)(?:\s|$))",
    re.IGNORECASE,
)
# (and in Hindi: "अक्रॉस टाइम्स हिंदी समाचार पत्र", "<name> - राष्ट्रीय हिंदी दैनिक")
_TAGLINE_WORDS = {
    *("portal", "tv", "and", "of", "the", "in", "from", "india", "world", "updated", "पोर्टल"),
    *("हिंदी", "हिन्दी", "राष्ट्रीय", "दैनिक", "साप्ताहिक", "पत्र", "अखबार", "वेब"),
}


def is_keyword_list(line: str) -> bool:
    """Whether a line is a list of search keywords ("Trending News in Hindi, आज की ताज़ा खबर, ...")."""
    if len(line) > SHAPE_MAX_CHARS * 2:
        return False
    parts = [p.split() for p in _form(line).split(",") if p.strip()]
    newsy = sum(1 for words in parts if any(name_key(w).strip(".।") in _NEWS_WORDS for w in words))
    short = sum(1 for words in parts if len(words) <= KEYWORD_MAX_WORDS)
    return len(parts) >= KEYWORD_LIST_MIN_PARTS and 2 * newsy >= len(parts) and short >= len(parts) - 1


def photo_credit_alone(line: str) -> bool:
    """Whether a line is a photo credit and nothing more ("– फोटो : पीटीआई", "Photo: ANI"): no caption."""
    match = _CREDIT_ALONE.fullmatch(_form(line))
    return bool(match) and len(match["source"].split()) <= CREDIT_SOURCE_MAX_WORDS


_CREDIT_ALONE = _pattern(
    rf"\W*(?:फाइल\s+|file\s+)?(?:{_PHOTO})\s*(?:साभार|credit|courtesy|स्रोत|source)?\s*[:|\-–,]\s*(?P<source>[^:|]*?)\W*"
)
CREDIT_SOURCE_MAX_WORDS = 4


def is_teaser(line: str) -> bool:
    """Whether the line is the teaser of another story: it ends in a read-more link.

    A longer paragraph that ends in one is the story's own with its link left on the line (a blog's
    "... की गई है । Read More"): kept, since dropping it would lose the story (the clean stage cuts the
    link off its end).
    """
    return len(line.split()) <= TEASER_MAX_WORDS and bool(READ_MORE.fullmatch(_form(line)))


def is_caption_credit(line: str) -> bool:
    if len(line) > SHAPE_MAX_CHARS:
        return False
    line = _form(line)
    return bool(CREDIT.fullmatch(line) or CREDIT_LAST.search(line))


def credit_tag(line: str) -> str | None:
    """The source tag of a caption ("UPT" in "UPT | ..."), which names the site that took the photo."""
    match = CREDIT_TAG.match(line)
    return match["tag"] if match else None


_FORMS: dict[str, list[str]] = {}  # a site name's key -> every form the table lists


def _load_sites() -> tuple[dict[str, str], set[str], dict[str, str]]:
    table = json.loads(resources.files("summarize").joinpath("sites.json").read_text(encoding="utf-8"))
    # Names that differ only in nuktas ("ज़ी न्यूज़", "जी न्यूज") share a key; the first listed speaks
    # for them, and ``site_in`` prefers the form the page prints.
    names: dict[str, str] = {}
    for site in table["sites"]:
        for name in site["names"]:
            names.setdefault(name_key(name), name)
            _FORMS.setdefault(name_key(name), []).append(unicodedata.normalize("NFC", name))
    domains = {domain: site["names"][0] for site in table["sites"] for domain in site["domains"]}
    return names, {name_key(a) for a in table["agencies"]}, domains


_SITES, _AGENCIES, _DOMAINS = _load_sites()
_GLUED_SITES = {key.replace(" ", ""): name for key, name in _SITES.items() if key.isascii()}
_STATES = {
    name_key(s)
    for s in (
        *("उत्तर प्रदेश", "बिहार", "राजस्थान", "मध्य प्रदेश", "महाराष्ट्र", "गुजरात", "पंजाब", "हरियाणा"),
        *("झारखंड", "छत्तीसगढ़", "उत्तराखंड", "हिमाचल प्रदेश", "दिल्ली", "ओडिशा", "असम", "बंगाल"),
        *("पश्चिम बंगाल", "कर्नाटक", "केरल", "तमिलनाडु", "तेलंगाना", "आंध्र प्रदेश", "गोवा", "जम्मू-कश्मीर"),
        *("अरुणाचल प्रदेश", "मणिपुर", "मेघालय", "मिजोरम", "नागालैंड", "सिक्किम", "त्रिपुरा", "लद्दाख"),
        *("उड़ीसा", "झारखण्ड", "उत्तराखण्ड", "जम्मू कश्मीर", "जम्मू और कश्मीर", "पुडुचेरी", "छत्तीसगढ"),
        *("यूपी", "एमपी", "UP", "MP", "Bihar", "Rajasthan", "Uttar Pradesh", "Madhya Pradesh", "Jharkhand"),
        *("Punjab", "Haryana", "Gujarat", "Maharashtra", "Uttarakhand", "Himachal Pradesh", "Chhattisgarh"),
        *("Odisha", "Assam", "West Bengal", "Bengal", "Karnataka", "Kerala", "Tamil Nadu", "Telangana"),
        *(
            "Andhra Pradesh",
            "Jammu and Kashmir",
            "Jammu Kashmir",
            "Arunachal Pradesh",
            "Manipur",
            "Meghalaya",
        ),
        *("Mizoram", "Nagaland", "Sikkim", "Tripura", "Ladakh"),
    )
}
_STATES |= {key.replace(" ", "") for key in _STATES}  # as often typed glued: "मध्यप्रदेश", "उत्तरप्रदेश"
# Site names are looked for in lines of up to this many words (a nav row, a credit, a title's suffix).
SITE_LINE_MAX_WORDS = 16
_WORDS = re.compile(r"[^\W_][\w\u0900-\u0963\u0966-\u097f]*|[^\W_]")


def site_name(text: str) -> str | None:
    """The table's site whose name ``text`` is, else None."""
    return _SITES.get(name_key(text))


def staff_site(credit: str) -> str | None:
    """The site a staff credit names before its staff noun: "जागरण संवाददाता" -> "जागरण", "नईदुनिया
    प्रतिनिधि" -> "नईदुनिया", "डीएनबी भारत डेस्क" -> "डीएनबी भारत"; else None."""
    words = credit.split()
    if len(words) > 3 and [name_key(w) for w in words[-2:]] == _SOURCES:  # "खबर आई संवाद सूत्र"
        return staff_site(" ".join(words[:-1]))
    if name_key(credit) in _AGENCIES:  # a known credit names a known paper only: not "संवाद न्यूज एजेंसी"
        return site_in(" ".join(words[:-1])) if len(words) > 1 else None
    if 1 < len(words) <= STAFF_MAX_WORDS + 1 and name_key(words[-1]) in _STAFF:
        # "राष्ट्रीय प्रस्तावना न्यूज़ नेटवर्क", "डीएनबी भारत डेस्क": a site's name before the staff noun
        prefix = " ".join(words[:-1])
        # "<site> न्यूज़ नेटवर्क" is <site>'s
        network = name_key(words[-1]) in _NETWORK
        if network and len(words) > 2 and _form(words[-2]).casefold() in _NEWS:
            name = " ".join(words[:-2])
            # (a known name inside a longer paper's is not the site: "जागरण टाइम्स न्यूज नेटवर्क")
            known = site_in(prefix)
            if known and len(name) > len(known) and name_key(name.split()[-1]) in _PAPER_ENDS:
                return name
            return known or (None if any(is_place(w) for w in name.split()) else name)
        own = is_site_name(prefix) and not any(is_place(w) for w in prefix.split())  # "जयपुर न्यूज" is a desk
        return site_in(prefix) or logo_name(prefix) or (prefix if own else None) or _staff_owner(credit)
    return None


_SOURCES = [name_key(w) for w in ("संवाद", "सूत्र")]  # the staff's two words: "संवाद सूत्र"


def _staff_owner(credit: str) -> str | None:
    """The paper a staff credit names with words of its own, not the desk's kind or town: "जनजीवन ब्यूरो"
    -> "जनजीवन", "डेली संवाद" -> "डेली संवाद" (a daily's name); not "डिजिटल डेस्क", "जिला संवाददाता",
    "हरियाणा डेस्क", nor a reporter ("राम शर्मा संवाददाता")."""
    words = credit.split()
    prefix = words[:-1]
    if len(prefix) == 1 and name_key(prefix[0]) in _DAILY:
        return credit
    keys = [name_key(w) for w in prefix]
    if not 1 <= len(prefix) <= STAFF_MAX_WORDS - 1 or any(k in _DESK_KINDS or k in _RUBRIC for k in keys):
        return None
    name = " ".join(prefix)
    if (
        any(is_place(w) for w in prefix)
        or is_place(name)
        or has_surname(name)
        or not _WORDS_ONLY.fullmatch(name)
    ):
        return None
    return None if _FUNCTION_WORDS & {_form(w).casefold() for w in prefix} else name


# Words of a staff credit that say which desk or correspondent, not whose: "डिजिटल डेस्क", "निज संवाददाता".
_DESK_KINDS = {
    name_key(w)
    for w in (
        *("डिजिटल", "इंटरनेट", "वेब", "ऑनलाइन", "न्यूज", "न्यूज़", "स्टेट", "नेशनल", "स्पेशल", "विशेष", "राज्य"),
        *("प्रदेश", "जिला", "निज", "स्थानीय", "वरिष्ठ", "हमारे", "हमारी", "कार्यालय", "नगर", "स्टाफ", "क्राइम"),
        *("खेल", "संवाद", "एजेंसी", "मुख्य", "प्रमुख", "सिटी", "हिंदी", "हिन्दी", "एक्सक्लूसिव", "पुलिस", "संयुक्त"),
        *("digital", "web", "online", "news", "state", "national", "special", "staff", "sports", "crime"),
        *("our", "senior", "local", "district", "city", "hindi", "exclusive", "desk", "team", "editorial"),
    )
}
# Words of letters alone (Devanagari's vowel signs are no word characters to ``re``): no digits or marks.
_WORDS_ONLY = re.compile(r"[^\W\d_][^\s\d,:;।|()!?\"'.@#/]*(?: [^\W\d_][^\s\d,:;।|()!?\"'.@#/]*)*")
# A daily's name, not a desk's kind: "डेली संवाद" is the paper.
_DAILY = {name_key(w) for w in ("डेली", "दैनिक", "daily")}


def agency(text: str) -> bool:
    """Whether ``text`` is an agency's or a staff credit ("भाषा", "IANS", "जासं", "स्टाफ रिपोर्टर"), or
    a few words ending in a staff noun ("जागरण संवाददाता", "नईदुनिया प्रतिनिधि", "राज्य ब्यूरो")."""
    key = name_key(text)
    words = key.split()
    return key in _AGENCIES or (0 < len(words) <= STAFF_MAX_WORDS and _staff_word(words[-1]))


def _staff_word(key: str) -> bool:
    """Whether a word's key is a staff noun, or one glued after a paper's word: "न्यूजडेस्क", "NewsDesk"."""
    return key in _STAFF or any(
        key.endswith(staff) and key[: -len(staff)] in _PAPER_KEYS for staff in _STAFF if len(key) > len(staff)
    )


def desk_credit(line: str) -> tuple[str, str] | None:
    """A desk's credit beside its paper's name, alone on a line: "खबर आजतक, चंबा ब्यूरो" (the paper, then
    its desk), "डेस्क समाचार दर्पण लाइव" (the desk's word, then the paper), "द फॉलोअप डेस्कः" (the paper's
    desk with its mark): the credit and the paper; else None."""
    text = line.strip(" |-–—:ः।")
    if len(text.split()) > DESK_CREDIT_MAX_WORDS or any(mark in text for mark in "।?!.:"):
        return None
    # (or a paper's desk alone, its mark after it: "द फॉलोअप डेस्कः")
    if text != line.strip() and agency(text) and (paper := staff_site(text)):
        return text, paper
    parts = [part.strip() for part in re.split(r"\s*[,|]\s*|\s[-–—]\s", text) if part.strip()]
    if len(parts) == 2:
        desk = next((part for part in parts if agency(part) and name_key(part) not in _AGENCIES), None)
        paper = next((part for part in parts if part != desk), None)
        if desk and paper and _paper_words(paper):
            return desk, paper
    words = text.split()
    if (
        len(parts) == 1
        and len(words) > 1
        and name_key(words[0]) in _DESK_WORDS
        and _paper_words(" ".join(words[1:]))
    ):
        return text, " ".join(words[1:])
    return None


def _paper_words(part: str) -> bool:
    """Whether a credit's other part is a paper's name: a site's words, no place, person or staff."""
    return (
        bool(is_site_name(part) or logo_name(part) or site_name(part))
        and not is_place(part)
        and not agency(part)
        and not has_surname(part)
    )


DESK_CREDIT_MAX_WORDS = 7
_DESK_WORDS = {name_key(w) for w in ("डेस्क", "desk", "ब्यूरो", "bureau")}
# The nouns a staff credit ends in: a paper's correspondent, bureau, desk or team.
_STAFF = {
    name_key(w)
    for w in (
        *("संवाददाता", "प्रतिनिधि", "ब्यूरो", "डेस्क", "टीम", "सहयोगी", "रिपोर्टर", "एजेंसी", "एजेंसियां"),
        *("नेटवर्क", "संवाद", "सूत्र", "reporter", "correspondent", "bureau", "desk", "team", "network"),
    )
}
STAFF_MAX_WORDS = 4
_NETWORK = {name_key(w) for w in ("नेटवर्क", "network")}


def is_place(text: str) -> bool:
    """Whether ``text`` is the name of an Indian state, town or city (``places.txt``, from GeoNames and the
    districts' table), or one Hindi word with a town's ending."""
    key = name_key(text)
    return (
        key in _STATES
        or key in _PLACES
        or _vowels_folded(key) in _FOLDED_PLACES
        or (one_devanagari_word(text) and _town_shaped(key))
    )


def _vowels_folded(key: str) -> str:
    """A name's key with its long and short vowels as one: towns are spelt either way (पंचकूला and
    पंचकुला, गाजीपुर and गाजिपुर)."""
    return key.translate(_VOWEL_LENGTH)


_VOWEL_LENGTH = str.maketrans({"ू": "ु", "ी": "ि", "ऊ": "उ", "ई": "इ"})


def _town_shaped(key: str) -> bool:
    """Whether one Hindi word (its ``name_key``) ends as many towns' names do and people's seldom do
    ("अम्बिकापुर", "खैरागढ़", "मेघनगर", "फर्रुखाबाद", "किशनगंज", "हथगांव"): a town the gazetteer lacks.
    (A word that is one of these as well as a name, "रामपुर" for a surname, is rare.)"""
    return (
        len(key) >= _TOWN_MIN_CHARS
        and key.endswith(_TOWN_ENDINGS)
        and key not in _NOT_TOWNS
        # not a known town glued to a word before it: "न्यूज़रायपुर" is a row of links
        and not any(key[i:] in _PLACES for i in range(1, len(key) - 3))
    )


_TOWN_ENDINGS = tuple(name_key(w) for w in ("पुर", "पुरा", "गढ़", "नगर", "बाद", "गंज", "गांव", "खेड़ा"))
_TOWN_MIN_CHARS = min(map(len, _TOWN_ENDINGS)) + 2  # an ending and a name before it
# Words with those endings that are no town's name: "बर्बाद", "जिंदाबाद", "महानगर".
_NOT_TOWNS = {name_key(w) for w in ("बर्बाद", "बरबाद", "जिंदाबाद", "जिन्दाबाद", "मुर्दाबाद", "महानगर", "भरपुर")}


def _load_places() -> frozenset[str]:
    text = resources.files("summarize").joinpath("places.txt").read_text(encoding="utf-8")
    return frozenset(line for line in text.splitlines() if line and not line.startswith("#"))


_PLACES = _load_places()
_FOLDED_PLACES = frozenset(_vowels_folded(place) for place in _PLACES)


def in_gazetteer(text: str) -> bool:
    """Whether the gazetteer itself names a place (not only a town's shape: "कुआलालंपुर" ends as "...पुर")."""
    key = name_key(text)
    return key in _PLACES or _vowels_folded(key) in _FOLDED_PLACES


def has_surname(name: str) -> bool:
    """Whether a name ends in a common Indian surname (``surnames.txt``): "तारिक खान", "Hitesh Jha"."""
    words = name.split()
    return len(words) > 1 and is_surname(words[-1])


def is_surname(word: str) -> bool:
    """Whether one word is a common Indian surname: "सिंह", "Jha"."""
    return name_key(word.strip(".,")) in _SURNAMES


def _load_names(file: str) -> frozenset[str]:
    """The names a shipped list holds, a space or a line apart, its ``#`` lines comments."""
    text = resources.files("summarize").joinpath(file).read_text(encoding="utf-8")
    lines = (line for line in text.splitlines() if not line.startswith("#"))
    return frozenset(name_key(word) for line in lines for word in line.split())


_SURNAMES = _load_names("surnames.txt")


def has_given_name(name: str) -> bool:
    """Whether a name starts with a common Indian given name (``given_names.txt``): "कमल जगाती"."""
    words = name.split()
    return len(words) > 1 and is_given_name(words[0])


def is_given_name(word: str) -> bool:
    """Whether one word is a common Indian given name ("प्रवीण"), or has a given name's own ending after
    three letters or more ("कांतिलाल", "नेमीचंद": not "गुलाल", "दलाल")."""
    key = name_key(word.strip(".,"))
    return key in _GIVEN_NAMES or any(key.endswith(end) and len(key) >= len(end) + 3 for end in _GIVEN_ENDS)


_GIVEN_NAMES = _load_names("given_names.txt")
_GIVEN_ENDS = tuple(name_key(end) for end in ("लाल", "चंद"))


def papers_name(credit: str) -> bool:
    """Whether a credit beside a dateline's town is a paper's name rather than a person's: two or three
    words of letters that start with no common given name, end in no surname, and are no place, desk,
    agency, role, rubric or date ("देश रोजाना", "बंगाल मिरर", "हिन्द सागर"; not "कमल जगाती")."""
    words = credit.split()
    keys = {name_key(w) for w in words}
    return (
        2 <= len(words) <= 3
        and bool(_WORDS_ONLY.fullmatch(credit))
        and not has_given_name(credit)
        and not has_surname(credit)
        and not is_place(credit)
        and not is_state(credit)
        and not agency(credit)
        and not signs_as(credit)
        and not keys
        & (_RUBRIC | _STAFF | _CALENDAR_WORDS | _FUNCTION_WORDS | _REPORTER_TITLES | _LABEL_WORDS)
    )


def is_state(text: str) -> bool:
    return name_key(text) in _STATES


def site_in(line: str) -> str | None:
    """The longest name of a known site that a short line shows as whole words, else None."""
    if len(line) > SHAPE_MAX_CHARS or len(line.split()) > SITE_LINE_MAX_WORDS:
        return None
    words = [m.group() for m in _WORDS.finditer(name_key(line))]
    best = None
    for size in (4, 3, 2, 1):  # word n-grams, longest first: "दैनिक भास्कर" before "भास्कर"
        for i in range(len(words) - size + 1):
            if _SITES.get(key := " ".join(words[i : i + size])):
                best = best or key
        if best:
            printed = unicodedata.normalize("NFC", line)
            return next((form for form in _FORMS[best] if form in printed), _SITES[best])
    # Latin names glued into one word ("Dilli Aajtak", "AajTak"): compared without spaces.
    return next((_GLUED_SITES[w] for w in words if w in _GLUED_SITES), None)


def host_of(url: str | None) -> str | None:
    """An address's host without "www." ("baghaltimes.com" of "https://www.baghaltimes.com/a"), else None."""
    try:
        host = urlsplit(url).hostname if url else None
    except ValueError:  # (a malformed address names no host)
        return None
    host = host.removeprefix("www.") if host else None
    return host if host and "." in host and all(host.split(".")) else None


def glued_logo(line: str) -> str | None:
    """A site's Latin name printed as one word, its paper's word glued on: "HindiDainik24News",
    "himachaltehalakanews", "rkhabar"; not a rubric's ("LatestNews", "BreakingNews"); else None."""
    word = line.strip(" |-–—•:")
    key = word.casefold()
    if not _GLUED_LOGO.fullmatch(word) or key in _GLUED_RUBRICS:
        return None
    head = next((key[: -len(end)] for end in _GLUED_ENDS if key.endswith(end)), "")
    # (a theme's label in capitalised words glued: "FeaturedListNews")
    pieces = [p.casefold() for p in re.findall(r"[A-Z][a-z]+", word)[:-1]]
    if pieces and all(piece in _GLUED_LABELS for piece in pieces):
        return None
    return word if head.strip("0123456789") and head not in _RUBRIC else None


_GLUED_LABELS = _RUBRIC | _LABEL_WORDS | _LOGO_LABELS | _INTERFACE_WORDS | {"featured", "list"}
_GLUED_LOGO = re.compile(r"[A-Za-z][A-Za-z0-9]{5,29}")
_GLUED_ENDS = ("news", "times", "live", "express", "khabar", "samachar", "tv", "media", "24x7", "24")
_GLUED_RUBRICS = {
    *("latestnews", "breakingnews", "hindinews", "topnews", "localnews", "citynews", "statenews"),
    *("livetv", "fakenews", "goodnews", "morenews", "worldnews", "indianews", "todaynews", "socialmedia"),
}


def address_alone(line: str) -> str | None:
    """A line that is a site's address alone ("webmorcha.com", "www.khabarlahariya.org"): its host, not a
    platform's (a video's or a post's link names no site of the page's own); a link with its scheme too;
    else None."""
    text = line.strip().strip("|-–—•:")
    if not (_ADDRESS_ALONE.fullmatch(text) or _LINK_ALONE.fullmatch(text)):
        return None
    host = text.casefold().split("://")[-1].split("/")[0].removeprefix("www.")
    return None if host.split(".")[0] in _PLATFORMS else host


# (with a domain's ending, not any word after a dot: "shishir.somani" is a handle)
_ADDRESS_ALONE = re.compile(
    r"(?:https?://)?(?:www\.)?[a-z0-9][a-z0-9-]{2,40}(?:\.(?:co|org|net|gov|nic))?"
    r"\.(?:com|in|net|org|news|live|info|co|tv|online|page|xyz|media|blog|site|today|press|app)/?",
    re.IGNORECASE,
)
# A link with its scheme, alone on its line: the page's own ("https://www.shirazehind.com/2026/01/a.html").
_LINK_ALONE = re.compile(
    r"https?://(?:www\.)?[a-z0-9][a-z0-9-]{1,40}(?:\.[a-z0-9-]{2,20}){1,3}/\S*", re.IGNORECASE
)
_PLATFORMS = {"youtube", "youtu", "facebook", "twitter", "x", "instagram", "whatsapp", "t", "google", "wa"}


def site_of_url(url: str | None) -> str | None:
    """The table's site an address belongs to, else None."""
    if not url:
        return None
    address = url.casefold().split("://")[-1].removeprefix("www.")
    return next((name for domain, name in _DOMAINS.items() if address.startswith(domain)), None)

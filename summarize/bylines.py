"""Credit rows: the line around a story that says who wrote it, for which site, where and when.

Sites print them in many orders and glue their parts together when a page is scraped to text:
"Sneha Baluni लाइव हिन्दुस्तान, नई दिल्लीTue, 8 April 2025 07:01 PM", "Edited By: Rahul Sharma |
Updated: 12 Apr 2025", "Written By: Neha Singh | Navbharat Times | Updated: ...", "Reported By : राजेश
शर्मा | Edited By : सुमित". A row is read part by part: its dates, its labels (By, Edited by,
Published, अपडेटेड, लेखक ...) and the parts between them, each of which must be a name, a staff or
agency credit, a site or a place. One part that is none of these (a word of a sentence) and the line
is no credit row: the caller's other tests decide what it is.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

from summarize import boilerplate as bp
from summarize.dates import MONTHS, WEEKDAYS, dates_in

# A credit row is short: the longest seen ("By : ABP Live | Edited By: ... | Updated at : ...") is
# about 120 characters.
ROW_MAX_CHARS = 200

# Labels: "by" forms stand bare ("By Name", "Edited by Name"); a label that is a noun ("Author",
# "लेखक", "रिपोर्ट") needs its colon or dash, since such a word also opens a heading or ends a credit
# ("ब्यूरो रिपोर्ट").
_COLON = r"\s*[:\-–,]"
_AUTHOR = (
    r"(?:written|reported|story|compiled)\s+by|by|रिपोर्टेड\s+बाय"
    # a reporter's title before the name: "ब्यूरो चीफ मुकेश कुमार शर्मा", "संवाददाता शमसुद्दीन अली",
    # "ब्यूरों रिपोर्ट ए के सिंह", and "लेखन गजेंद्र" (written by)
    r"|(?:ब्यूर(?:ो|ों)\s+(?:चीफ|प्रमुख|रिपोर्ट)|(?:(?:जिला|नगर|क्षेत्रीय|तहसील|वरिष्ठ)\s+)?(?:संवाददाता|प्रतिनिधि)|लेखन)"
    r"(?=\s+\S)"
    rf"|(?:authors?|reporter|लेखक|लेखिका|रिपोर्टर|रिपोर्ट|लेखन){_COLON}"
    r"|रिपोटर(?=\s+\S)"  # (as typed without its र्: "रिपोटर मिलन पाठक")
)
_EDITOR = (
    r"(?:edited|curated|produced|translated)\s+by|एडिटेड\s+बाय"
    rf"|(?:editor|edited|संपादक|संपादन|संपादित){_COLON}"
)
_PUBLISHER = r"(?:post\s+published|published|posted|post|uploaded)\s+by|द्वारा\s+प्रकाशित"
# A designation's label (BBC: "पदनाम, बीबीसी संवाददाता"), or a source's ("इनपुट: आईएएनएस", "(With
# inputs from PTI)", "(एजेंसी इनपुट के साथ)"): the credit after it is read as any other.
_DESIGNATION = r"पदनाम|designation|(?:with\s+)?inputs?(?:\s+from)?|(?:एजेंसी\s+)?इनपुट(?:\s+के\s+साथ)?"
_WHEN = (
    r"(?:first\s+)?published(?:\s+(?:date|on|at))?|(?:last\s+)?update[ds]?(?:\s+(?:date|on|at))?"
    r"|(?:last\s+)?modified(?:\s+(?:date|on))?|publish\s+date|posted\s+(?:on|at)|uploaded(?:\s+on)?"
    rf"|अपडेटेड|प्रकाशित|अपडेट|पब्लिश्ड|(?:date|तिथि|प्रकाशन\s+तिथि){_COLON}"
)
_LABEL = re.compile(
    rf"(?<!\w)(?:(?P<publisher>{_PUBLISHER})|(?P<author>{_AUTHOR})|(?P<editor>{_EDITOR})|(?P<when>{_WHEN})"
    rf"|(?P<label>{_DESIGNATION}))(?:(?<=[:\-–,])|(?!\w))\s*[:\-–,]?\s*",
    re.IGNORECASE,
)
_PUBLISHED = re.compile(
    r"(?:published|publish|posted|प्रकाशित|पब्लिश्ड)\w*(?:\s+(?:date|on|at))?\s*[:\-–]?\s*\Z", re.IGNORECASE
)
_SEPARATOR = re.compile(
    r"\s*(?:[|•·,;/()\[\]।]|\s[-–—@]|[-–—@](?=\s)|^[-–—]|[-–—]$|(?<=[\u0900-\u097f])\s+I(?=\s+[\u0900-\u097f]))\s*"
)  # (a Latin I typed for the bar between Hindi words: "पब्लिक फर्स्ट I बुरहानपुर")
# Where a scrape glued a row's parts: a change of script ("नई दिल्लीTue"), a label after a name
# ("SinghEdited By").
_GLUE = re.compile(
    rf"{bp.SCRIPT_GLUE.pattern}|(?<=[a-z)])(?=(?:Edited|Updated|Published|Posted|Written|Reported|Last|By)\b)"
)
# A time said relative to now ("2 घंटे पहले", "5 min ago") and reading times ("3 min read").
_RELATIVE = re.compile(
    r"\d+\s*(?:सेकंड|मिनट|घंटे|घंटा|दिन|min|mins|minutes?|hours?|hrs?|days?)\s*(?:पहले|ago|read)",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class Row:
    """What a credit row says; None where it says nothing."""

    byline: str | None
    site: str | None
    place: str | None
    date: str | None  # ISO 8601: the one labelled Published, else the first printed


def _signed(text: str) -> Row | None:
    """A row signed with a dash: a name with a known given name, and perhaps a town after it ("—
    नदीम परवेज़ धारचूला"; the last of three words or more is the name's unless a known surname), else None."""
    dashed = _DASHED.fullmatch(text)
    words = dashed["name"].split() if dashed else []
    if not 2 <= len(words) <= SIGNED_MAX_WORDS or not bp.is_given_name(words[0]):
        return None
    if not bp.is_name(" ".join(words)):
        return None
    if len(words) > 2 and not bp.is_surname(words[-1]):
        return Row(" ".join(words[:-1]), None, words[-1], None)
    return Row(" ".join(words), None, None, None)


_DASHED = re.compile(r"[—–-]+\s*(?P<name>[^\s\d,:;।|()!?\"'.@#/—–-]+(?: [^\s\d,:;।|()!?\"'.@#/—–-]+)*)")
SIGNED_MAX_WORDS = 4


def read_row(line: str, over_story: bool = False) -> Row | None:
    """The credit row a line is, else None.

    ``over_story``: the line stands right over the story's first paragraph, where a row may name the
    site in words no list knows ("गिरिडीह/जन की बात", "निष्पक्ष जनअवलोकन (अजय रावत)", "नाहन / 14 दिसम्बर
    / न्यू सुपर भारत"): there one such part of two to four words beside a name, a place or a date is the
    site's name, and the credit where no name is.
    """
    text = unicodedata.normalize("NFC", " ".join(line.split()))
    if len(text) > ROW_MAX_CHARS:
        return None
    if place := bp.location(text):  # "लोकेशन – हथगांव फतेहपुर"
        return Row(None, None, place, None)
    if report := bp.report_from(text.strip(" ।|-–")):  # "नई दिल्ली से हिमांशु शर्मा की रिपोर्ट"
        town, name, site = report
        return Row(name, site, town, None)
    if (at := _AT_SITE.fullmatch(text)) and bp.is_name(at["name"]):  # "अखिलेश श्रीवास्तव @ नया सवेरा"
        return Row(at["name"], at["site"], None, None)
    if credited := _credit_then_town(text):  # "ब्यूरो रिपोर्ट नैनीताल": a staff's credit and its desk's town
        return credited
    framed = text.strip(_FRAME)
    if framed != text and text[0] in _FRAME and text[-1] in _FRAME and bp.is_name(framed):
        return Row(framed, None, None, None)  # a name between marks: "।। अवधेश कुमार।।"
    if over_story and (signed := _signed(text)):  # "— नदीम परवेज़ धारचूला": the reporter, then the town
        return signed
    text = bp.DATE_LABEL.sub(" ", _GLUE.sub(" ", text))  # "<town>/ दिनाँक 25 मार्च 2023": the date's label
    dates = dates_in(text)
    # The publication's date: the one a "Published" label stands before, else the first printed
    # ("Modified Date: ..., Published Date : ..." prints the later one first).
    published = next(
        (iso for start, _, iso in dates if _PUBLISHED.search(text[max(0, start - 30) : start])), None
    )
    for start, end, _ in reversed(dates):
        text = f"{text[:start]} | {text[end:]}"
    found: dict[str, list[str]] = {kind: [] for kind in (*_RANK, "site", "place", "unknown")}
    before_town: list[str] = []  # one word before a town, read as a given name: "तेजस गाजियाबाद"
    labelled = False
    for role, part in _parts(text):
        if role in ("when", "label"):  # a date's label (its date is read) or a designation's
            labelled, role = labelled or role == "label", None
        elif role:
            labelled = True
        # (a weekday the date left behind is read past: "Publish Date: Thu ,09 Feb 2017 ...")
        weekday = bool(dates) and unicodedata.normalize("NFC", part.casefold()) in _WEEKDAYS
        if not part or (role is None and _SECTION.fullmatch(part)) or weekday:
            continue
        site = bp.site_name(part) or (part if bp.ADDRESS.fullmatch(part) else None)
        if over_story and site is None and not _LABEL.search(text) and not bp.is_place(part):
            # a paper's name the table lacks: "सत्यखबर,झज्जर(जगदीप राज्याण)"
            site = part if bp.is_site_name(part) and not bp.agency(part) else None
        if site is None and (inside := bp.site_in(part)) and (rest := _without_site(part)) is not None:
            site, part = inside, rest  # "Sneha Baluni लाइव हिन्दुस्तान": a name, then the site
        if site:
            found["site"].append(site)
            if role == "author" and (not part or part == site):
                found["author"].append(site)  # "By : ABP Live": the site is the credit
            if not part or part == site:
                continue
        if (place := _trailing_place(part, over_story)) is not None:
            found["place"].append(place)  # "India TV News Desk New Delhi": a credit, then the place
            part = part[: -len(place)].strip(" ,")
            if over_story and len(part.split()) == 1 and bp.is_given_name(part):
                found["name"].append(part)  # "नरेंद्र मंडी": the reporter's given name, then the town
                before_town.append(part)
                continue
            if over_story and bp.is_site_name(part) and not bp.agency(part):
                found["site"].append(part)  # "जनादेश न्यूज़ नवादा": the paper, then its desk's town
                continue
        # A role's town is no author, nor the story's dateline: "मदा राम,जिला संवाददाता जोधपुर".
        if role == "author" and bp.is_place(part) and not bp.has_given_name(part):
            continue
        if (district := _DISTRICT.fullmatch(part)) and not role:
            found["place"].insert(0, district["town"])  # "जिला इन्दौर मध्यप्रदेश": the district's town
            continue
        if role and (bp.is_name(part) or bp.agency(part) or _one_name(part)):
            found[role].append(part)
        elif bp.agency(part):
            found["credit"].append(part)
        elif bp.is_place(part) or _TOWN_PAIR.fullmatch(part):
            found["place"].append(part)
        elif bp.is_name(part):
            found["name"].append(part)
        elif not _RELATIVE.fullmatch(part):
            found["unknown"].append(part)
    # A single word the tests do not know is, beside a name or closed by a dateline's mark, a town the
    # gazetteer lacks ("राज चौहान (हरदोई)", "भुवन वर्मा, बिलासपुर 25 अप्रैल 2020", a dateline alone with
    # its date: "बस्ती, 22 सितम्बर 2025।"), and in a dated row without a name a one-word name
    # ("प्रियदर्शन") unless a credit or site stands for the writer ("Newswrap हिन्दुस्तान, उरई<date>" is a
    # town). Undated, the town must be set off as towns are (in parentheses, by a dash): "राहुल गांधी |
    # कांग्रेस" is a name and a party. Anything else is no row's.
    closed = line.rstrip().endswith(_DATELINE_MARKS)
    unknown = found.pop("unknown")
    days: list[str] = []
    # (a labelled row is read by its labels alone: "न्यूज़ टुडे संवाददाता शिमला:" names no site's words)
    if over_story and not labelled:
        # (a date without its year is a date all the same: "नाहन / 14 दिसम्बर / न्यू सुपर भारत")
        days = [p for p in unknown if bp.day_and_month(p)]
        unknown = [p for p in unknown if p not in days]
        # Two names, one a person's by its given name or surname, the other none: the other is the
        # site's ("निष्पक्ष जनअवलोकन (अजय रावत)").
        people = [n for n in found["name"] if bp.has_given_name(n) or bp.has_surname(n)]
        if len(found["name"]) == 2 and len(people) == 1 and not unknown:
            other = [n for n in found["name"] if n not in people]
            # (the other before a town is a paper's and its desk's: "तेजेश चौहान, तेजस गाजियाबाद")
            if other[0] in before_town:
                found["site"] += other
            else:
                unknown = other
            found["name"] = people
        # (a reporter's role signs the name beside it: "उधम सिंह राठौर – प्रधान संपादक")
        found["credit"] += [p for p in unknown if bp.signs_as(p)]
        unknown = [p for p in unknown if not bp.signs_as(p)]
        site_words = next((p for p in unknown if _site_words(p, loose=bool(people))), None)
        # (beside a desk's or a role's credit too: "न्यूज इंप्रेशन, संवाददाता", "खबर आजतक, चंबा ब्यूरो")
        if site_words and (
            dates or days or found["place"] or found["name"] or found["author"] or found["credit"]
        ):
            unknown.remove(site_words)
            found["site"].append(site_words)
            found["credit"].append(site_words)
    for word in unknown:
        named = bool(found["author"] or found["name"] or found["credit"] or found["site"]) or closed
        beside = dates or days or _set_off(word, text)
        if not _one_name(word) or not (dates or named) or not beside:
            return None
        found["place" if named else "name"].append(word)
    # (of names beside each other, a person's is the byline: "पब्लिक फर्स्ट I बुरहानपुर । रिजवान अंसारी")
    people = [n for n in found["name"] if bp.has_given_name(n) or bp.has_surname(n)]
    found["name"] = people + [n for n in found["name"] if n not in people]
    byline = next((values[0] for kind in _RANK if (values := found[kind])), None)
    if found["site"] and (byline is None or bp.name_key(byline) in _BARE_ROLES):
        # The paper beside its desk's town or a bare role credits the story: "जनादेश न्यूज़ नवादा",
        # "न्यूज इंप्रेशन, संवाददाता".
        byline = found["site"][0] if over_story and (found["place"] or byline) else byline
    # A row needs a date, a label, or two things a byline line pairs: a site or a place beside a
    # name ("राज चौहान (हरदोई)-", "प्रयागराज -लवकुश शर्मा"); names or places alone are a list.
    # (or a name and the reporter's role it signs as: "शिवम सिंह, संवाददाता")
    signed = any(bp.signs_as(c) for c in found["credit"])
    paired = found["site"] and byline not in found["site"] or (found["name"] and (found["place"] or signed))
    paired = paired or (byline in found["site"] and (found["place"] or found["credit"]))
    if not (dates or labelled or (byline and paired)):
        return None
    # The town, where the row prints its state too: "उत्तराखंड(देहरादून) वीरवार, 23 अक्टूबर 2025".
    towns = [p for p in found["place"] if not bp.is_state(p)] or found["place"]
    site, place = next(iter(found["site"]), None), next(iter(towns), None)
    # A word after a reporter's full name, before the district in parentheses, is the town: "रिपोर्ट
    # चारोंधाम मिश्रा दावथ (रोहतास)".
    districted = byline and place and f"({place})" in text.replace(" (", "(")
    if districted and (named := bp.reporter_then_town(byline)):
        byline, place = named
    return Row(byline, site, place, published or (dates[0][2] if dates else None))


_DISTRICT = re.compile(r"(?:जिला|जनपद|district)\s+(?P<town>[^\s\d]{2,25})", re.IGNORECASE)


def _credit_then_town(text: str) -> Row | None:
    """A staff's or an agency's credit, then its desk's known town (or a town and its state), or its
    paper's name, alone."""
    words = text.strip(" ।|:-–—").split()
    for size in range(min(len(words) - 1, bp.STAFF_MAX_WORDS), 0, -1):
        credit, towns = " ".join(words[:size]), words[size:]
        if len(towns) > 2 or not bp.agency(credit) or not _LETTERS.fullmatch(credit):
            continue
        if bp.is_place(town := " ".join(towns)) or all(bp.is_place(word) for word in towns):
            return Row(credit, bp.staff_site(credit), town if bp.is_place(town) else towns[0], None)
    # or the paper's name after a credit of two words or more: "ब्यूरो रिपोर्ट हिन्द टीवी 24" (a desk's one
    # word before it credits the desk of that paper, read whole: "डेस्क समाचार दर्पण लाइव")
    for size in range(min(len(words) - 2, bp.STAFF_MAX_WORDS), 1, -1):
        credit, paper = " ".join(words[:size]), " ".join(words[size:])
        if (
            bp.agency(credit)
            and _LETTERS.fullmatch(credit)
            and bp.is_site_name(paper)
            and not bp.is_place(paper)
        ):
            return Row(credit, paper, None, None)
    return None


_LETTERS = re.compile(r"[^\s\d,:;।|()!?\"'.@#/\-–—]+(?: [^\s\d,:;।|()!?\"'.@#/\-–—]+)*")  # words, no marks
# A role alone, naming no one: the paper beside it is the credit.
_BARE_ROLES = {bp.name_key(w) for w in ("संवाददाता", "प्रतिनिधि", "रिपोर्टर", "reporter", "correspondent")}
# A reporter "at" the paper: "अखिलेश श्रीवास्तव @ नया सवेरा".
_AT_SITE = re.compile(r"(?P<name>[^@\d]{3,40}?)\s+@\s+(?P<site>[^@\d\s][^@\d]{1,39})")
_FRAME = " ।|*•"
_DATELINE_MARKS = ("।", ":", "ः", ":-")
# A town and its district joined by a hyphen, as no name is: "शोहरतगढ़-सिद्धार्थनगर".
_TOWN_PAIR = re.compile(r"[\u0900-\u097f]{3,}-[\u0900-\u097f]{3,}")
# Who a row names, in the order a byline takes them: the writer, a name beside the date, the editor,
# a desk's or agency's credit, and the one who only published the page.
_RANK = ("author", "name", "editor", "credit", "publisher")
# A row's section label ("Blogs", "विचार"), read past.
_SECTION = re.compile(r"blogs?|opinion|ब्लॉग|विचार|संपादकीय|editorial", re.IGNORECASE)


def _set_off(word: str, text: str) -> bool:
    """Whether a word stands in parentheses or beside a dash in the row, as a town does."""
    dashed = _DASH.sub("-", text)
    return f"({word})" in text or f"{word}-" in dashed or f"-{word}" in dashed


_DASH = re.compile(r"\s*[-–—]\s*")


def _trailing_place(part: str, over_story: bool = False) -> str | None:
    """The known place a longer part ends with ("... News Desk New Delhi" -> "New Delhi"), else None.
    Over the story a given name alone may stand before it: "नरेंद्र मंडी"."""
    words = part.split()
    for size in (2, 1):
        if len(words) > size and bp.is_place(tail := " ".join(words[-size:])):
            head = " ".join(words[:-size])
            one_name = over_story and bp.one_devanagari_word(head) and bp.is_given_name(head)
            paper = over_story and not head.isascii() and bp.is_site_name(head)  # "जनादेश न्यूज़ नवादा"
            if bp.agency(head) or bp.is_name(head) or one_name or paper:
                return tail
    # (and after a reporter's full name, a one-word town the gazetteer lacks: "बृजराज कुशवाह करवाड़")
    named = bp.reporter_then_town(part) if over_story else None
    return named[1] if named else None


def _parts(text: str) -> list[tuple[str | None, str]]:
    """The row's parts, each with the role its label gives ("author", "editor", "when") or None."""
    parts: list[tuple[str | None, str]] = []
    role: str | None = None
    position = 0
    for label in [*_LABEL.finditer(text), None]:
        chunk = text[position : label.start() if label else len(text)]
        for index, piece in enumerate(_SEPARATOR.split(chunk)):
            piece = piece.strip(" :-–—.!")  # ("!!वरिष्ठ संवाददाता देव गुर्जर!!")
            if piece or (index == 0 and role):
                parts.append((role if index == 0 else None, piece))
        if label is None:
            break
        role = label.lastgroup
        position = label.end()
    return parts


def _without_site(part: str) -> str | None:
    """A part without the known site's name it ends with ("Name Site" -> "Name"), else None."""
    words = part.split()
    for cut in range(1, len(words)):
        if bp.site_name(" ".join(words[cut:])):
            return " ".join(words[:cut])
    return None


def _site_words(part: str, loose: bool = False) -> bool:
    """Two to four words that may be a site's name the lists lack ("जन की बात", "न्यूज़ 11 भारत"): no
    phrase's verb, no rubric ("बड़ी खबर"), no role, not a person's name (read as a name) and no sentence's
    mark."""
    words = part.split()
    return (
        SITE_PART_MIN_WORDS <= len(words) <= SITE_PART_MAX_WORDS
        and not _SENTENCE_MARK.search(part)
        # a number inside a name ("न्यूज़ 11 भारत"), not counting at either end ("Episode 263", "4 मत")
        and not (words[0].isdigit() or words[-1].isdigit())
        and not any(bp.name_key(w) in _PHRASE_WORDS for w in words)
        and not bp.agency(part)
        and not bp.signs_as(part)  # a reporter's role: "उधम सिंह राठौर – प्रधान संपादक"
        and not any(w.casefold() in _CALENDAR for w in words)
        and not bp.is_rubric(part)
        and (loose or not bp.is_name(part))  # (``loose``: a person's name stands beside it)
    )


SITE_PART_MIN_WORDS = 2
SITE_PART_MAX_WORDS = 4
_SENTENCE_MARK = re.compile(r"[।!?.:]")
# Words of a phrase, not of a name: verbs and the postpositions and conjunctions a name lacks ("की" is
# in names: "जन की बात").
_PHRASE_WORDS = {
    bp.name_key(w)
    for w in (
        *("है", "हैं", "था", "थी", "थे", "गया", "गई", "गए", "हुआ", "हुई", "हुए", "रहा", "रही", "रहे", "किया"),
        *("का", "के", "को", "में", "से", "ने", "पर", "और", "लिए", "नहीं", "भी", "ही", "तो", "यह", "वह"),
        *("in", "to", "for", "on", "at", "with", "from", "is", "are", "was"),  # ("Times of Bastar")
    )
}


def _one_name(part: str) -> bool:
    """A single given name after a label ("Edited By : सुमित"): one word of letters, not a weekday's or
    a month's name."""
    key = unicodedata.normalize("NFC", part.casefold().rstrip("."))
    return bool(_WORD.fullmatch(part)) and not part.islower() and key not in _CALENDAR


_CALENDAR = {unicodedata.normalize("NFC", w) for w in (*WEEKDAYS, *MONTHS)}
_WEEKDAYS = {unicodedata.normalize("NFC", w) for w in WEEKDAYS}


# One word of letters with their vowel signs (which are not ``\w``).
_WORD = re.compile(r"[^\W\d_][^\s\d,:;।|()!?\"'.]*")

"""Dates as news sites print them, read into ISO 8601.

``Published : Jan 11, 2022, 11:27 AM IST`` becomes ``2022-01-11T11:27:00+05:30``; ``Jul 20, 2024 16:27``
becomes ``2024-07-20T16:27:00`` (no time zone was printed, so none is claimed); ``11 जनवरी 2022``
becomes ``2022-01-11``. A whole string must be a date, with at most a label (Published, Updated,
प्रकाशित, ...), a weekday, a time and a time zone around it: a date inside a sentence is part of the
story, not a date line. Numeric dates are read day first (11/01/2022 is 11 January), as Indian sites
write them, unless the second cannot be a month (4/17/2021 is 17 April, as Blogger prints it).
"""

from __future__ import annotations

import contextlib
import re
import unicodedata
from datetime import date, datetime, timedelta, timezone

# (with the short forms Hindi locales print, the abbreviation sign after them: "7 फ़र॰ 2024", "अक्तू॰")
_MONTH_NAMES = (
    ("jan", "january", "जनवरी", "जन॰"),
    ("feb", "february", "फरवरी", "फ़रवरी", "फ़र॰", "फर॰"),
    ("mar", "march", "मार्च"),
    ("apr", "april", "अप्रैल", "अप्रेल"),
    ("may", "मई"),
    ("jun", "june", "जून"),
    ("jul", "july", "जुलाई", "जुल॰"),
    ("aug", "august", "अगस्त", "अग॰"),
    ("sep", "sept", "september", "सितंबर", "सितम्बर", "सित॰"),
    ("oct", "october", "अक्टूबर", "अक्तूबर", "अक्तू॰", "अक्टू॰"),
    ("nov", "november", "नवंबर", "नवम्बर", "नबम्बर", "नबंबर", "नव॰"),
    ("dec", "december", "दिसंबर", "दिसम्बर", "दिस॰"),
)
# Month name (NFC, lower case) -> month number.
MONTHS = {
    unicodedata.normalize("NFC", name): n for n, names in enumerate(_MONTH_NAMES, start=1) for name in names
}
WEEKDAYS = (
    *("mon", "monday", "tue", "tues", "tuesday", "wed", "wednesday", "thu", "thur", "thurs", "thursday"),
    *("fri", "friday", "sat", "saturday", "sun", "sunday"),
    *("सोमवार", "मंगलवार", "बुधवार", "गुरुवार", "बृहस्पतिवार", "शुक्रवार", "शनिवार", "रविवार"),
    *("वीरवार", "इतवार"),  # Thursday and Sunday as Punjab and Haryana papers print them
    # short Hindi names, and English abbreviations written in Devanagari ("अपडेटेड सन, 18 अप्रैल 2021")
    *("सोम", "मंगल", "बुध", "गुरु", "शुक्र", "शनि", "रवि"),
    *("मॉन", "मन", "ट्यू", "वेड", "थर्स", "थू", "फ्राई", "फ्राइ", "सैट", "सन"),
)
# Time-zone abbreviations Indian sites print, as offsets from UTC.
TIME_ZONES = {
    "ist": timedelta(hours=5, minutes=30),
    "gmt": timedelta(0),
    "utc": timedelta(0),
    "z": timedelta(0),
}


# The longest date line: "Last updated on: Wednesday, September 11th, 2024, 11:27:00 a.m. (IST)" is 70.
DATE_MAX_CHARS = 100


def _alternatives(words) -> str:
    # Longest first, so that "september" is not matched as "sep" followed by junk.
    return "|".join(re.escape(unicodedata.normalize("NFC", w)) for w in sorted(words, key=len, reverse=True))


_MONTH = rf"(?P<month>{_alternatives(MONTHS)})\.?"
_LATIN_MONTH = rf"(?P<month>{_alternatives(m for m in MONTHS if m.isascii())})\.?"
_DAY = r"(?P<day>\d{1,2})(?:st|nd|rd|th)?"
_YEAR = r"(?P<year>\d{4})"
# The ways a date itself is written; exactly one of them must match.
_DATE_FORMS = (
    rf"{_MONTH},?\s+{_DAY}(?:,\s*|\s+){_YEAR}",  # Jan 11, 2022, Nov, 04, 2025
    rf"{_DAY}(?:\s+|-){_MONTH}(?:,\s*|\s+|-){_YEAR}",  # 11 Jan 2022, 17-Oct-2025, 24 जनवरी,2026
    # 08 Sep 24: an English month's name, and the century's year (a Hindi "12 मार्च 26 लोग" is a count)
    rf"{_DAY}\s+{_LATIN_MONTH}\s+'?(?P<year>\d{{2}})(?![\d:])",
    r"(?P<day>\d{1,2})[/.-](?P<month>\d{1,2})[/.-](?P<year>\d{4})",  # 11/01/2022, 11.01.2022
    # 29.05.20: the century's year, the same mark twice (a count or a version has no such day and month)
    r"(?P<day>\d{1,2})(?P<mark>[/.-])(?P<month>\d{1,2})(?P=mark)(?P<year>\d{2})(?![\d/.-]\d)",
    r"(?P<year>\d{4})-(?P<month>\d{1,2})-(?P<day>\d{1,2})",  # 2022-01-11 (ISO 8601)
)
# What may stand around the date: a label, a weekday, a time (12- or 24-hour) and a time zone.
_LABEL = (
    r"(?:(?:first\s+)?published|(?:last\s+)?updated|posted|प्रकाशित|अपडेटेड|अपडेट|पब्लिश्ड)"
    r"(?:\s+(?:on|at))?\s*[:\-–]?\s*"
)
_WEEKDAY = rf"(?:{_alternatives(WEEKDAYS)})\.?,?\s*"
_TIME = (
    r"(?:T|[\s,|(/•·]+(?:at\s+)?|\s*[-–]\s*)(?P<hour>\d{1,2}):(?P<minute>\d{2})(?::(?P<second>\d{2}))?"
    r"\s*(?P<half>[ap]\.?m\.?|पूर्वाह्न|अपराह्न)?(?:\s*बजे)?"
)
_ZONE = rf"\s*[(\[]?\s*(?P<zone>{_alternatives(TIME_ZONES)}|[+-]\d{{2}}:?\d{{2}})\s*[)\]]?"
_DATES = tuple(rf"(?:{_LABEL})?(?:{_WEEKDAY})?{form}(?:{_TIME})?(?:{_ZONE})?" for form in _DATE_FORMS)
_DATE_LINES = tuple(re.compile(rf"{date}\W*", re.IGNORECASE) for date in _DATES)
# Inside a page's date line, beside a name, a place or a site: "ज़ी न्यूज़ 11 Jan 2026 4:20 pm",
# "नई दिल्ली, 25 सितंबर 2019, अपडेटेड 17:36 IST", "01:40 AM Jan 10, 2022 IST" (the time first).
_TIME_FIRST = r"(?P<hour>\d{1,2}):(?P<minute>\d{2})(?::(?P<second>\d{2}))?\s*(?P<half>[ap]\.?m\.?)?\s+"
_IN_LINE = tuple(
    re.compile(rf"(?<!\w){date}(?!\w)", re.IGNORECASE)
    for date in (
        rf"{_TIME_FIRST}(?:{_WEEKDAY})?{_DATE_FORMS[0]}(?:{_ZONE})?",
        *(d.replace(f"(?:{_TIME})?", rf"(?:(?:,?\s*{_LABEL})?{_TIME})?") for d in _DATES),
    )
)
# A date line's words beside the date: a name, a place, a site, a label ("Episode 263").
DATE_LINE_MAX_OTHER_WORDS = 6


_BULLETS = " •·▪●■►|-–"  # a list's marks around a date line: "  • Last Updated: April 28, 2016 ...", "- Nov"


def parse_date(text: str) -> str | None:
    """The ISO 8601 form of ``text`` if it is a date and nothing more, else None.

    Date and time come out as printed: a time zone only when one was given, seconds always (so that
    every date-time has one shape), the date alone when no time was printed.
    """
    text = unicodedata.normalize("NFC", " ".join(text.split())).strip(_BULLETS)
    if len(text) > DATE_MAX_CHARS:  # a sentence, not a date line: not worth a regular expression's time
        return None
    for pattern in _DATE_LINES:
        if match := pattern.fullmatch(text):
            try:
                return _iso(match)
            except ValueError:  # 31 February, 25:61 and the like: a date's shape, not a date
                return None
    return None


def find_date(text: str) -> tuple[str, str] | None:
    """In a short line that is a date with a few words beside it, the date (ISO 8601) and those words.

    ``None`` for a longer line (a sentence that mentions a date is story, not a date line) and for a
    date with no year: a year guessed is a date made up.
    """
    text = unicodedata.normalize("NFC", " ".join(text.split()))
    if len(text) > DATE_MAX_CHARS:
        return None
    for pattern in _IN_LINE:
        if match := pattern.search(text):
            rest = f"{text[: match.start()]} {text[match.end() :]}"
            if len(rest.split()) > DATE_LINE_MAX_OTHER_WORDS:
                return None
            try:
                return _iso(match), " ".join(rest.split())
            except ValueError:
                return None
    return None


def dates_in(text: str) -> list[tuple[int, int, str]]:
    """Every date (with a year) in a short line, left to right: its start, end and ISO 8601 form.

    For a row of credits that prints more than one ("Published: ... Updated: ..."); ``text`` is
    read as it is (the caller collapses its whitespace), so that the spans index it.
    """
    if len(text) > DATE_MAX_CHARS * 2:
        return []
    found: list[tuple[int, int, str]] = []
    start = 0
    while True:
        matches = [m for pattern in _IN_LINE if (m := pattern.search(text, start))]
        if not matches:
            return found
        first = min(matches, key=lambda m: (m.start(), -m.end()))
        with contextlib.suppress(ValueError):  # a date's shape, not a date: 31 February
            found.append((first.start(), first.end(), _iso(first)))
        start = first.end()


def _iso(match: re.Match[str]) -> str:
    month, year, day_number = match["month"], int(match["year"]), int(match["day"])
    number = int(month) if month.isdigit() else MONTHS[month.lower()]
    if month.isdigit() and number > 12 >= day_number:
        number, day_number = day_number, number  # "4/17/2021": month first, as Blogger prints it
    day = date(year + 2000 if year < 100 else year, number, day_number)
    if match["hour"] is None:
        return day.isoformat()
    hour = int(match["hour"])
    if match["half"]:
        if not 1 <= hour <= 12:
            raise ValueError(f"hour {hour} on a 12-hour clock")
        hour = hour % 12 + (12 if match["half"].lower().startswith(("p", "अ")) else 0)  # pm, अपराह्न
    zone = _zone(match["zone"]) if match["zone"] else None
    moment = datetime(
        day.year, day.month, day.day, hour, int(match["minute"]), int(match["second"] or 0), tzinfo=zone
    )
    return moment.isoformat()


def _zone(name: str) -> timezone:
    if name.lower() in TIME_ZONES:
        return timezone(TIME_ZONES[name.lower()])
    sign = -1 if name.startswith("-") else 1
    digits = name[1:].replace(":", "")
    return timezone(sign * timedelta(hours=int(digits[:2]), minutes=int(digits[2:])))

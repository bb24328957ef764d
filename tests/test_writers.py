import json
import os

import pytest

from summarize.errors import OutputError
from summarize.options import Options
from summarize.pipeline import Pipeline
from summarize.reading import read_source
from summarize.writers import WRITERS, brief_from_dict, get_writer, render_json, render_markdown, write_brief


@pytest.fixture
def brief(sample_paths, tagging):
    return Pipeline(Options(formats=("md", "json")), translator=tagging()).brief(
        read_source(str(sample_paths[0]))
    )


def test_markdown_has_every_section_and_every_sentence_once_in_order(brief):
    text = render_markdown(brief)
    headline = brief.article.headline
    assert text.startswith(f"# {headline.english}\n")
    for section in ("## Summary", "## Full translation", "| Source |", "| Translator | tagging (test) |"):
        assert section in text
    body = text.split("## Full translation", 1)[1]
    tags = [f"`{s.id}`" for s in brief.article.sentences]
    assert all(body.count(tag) == 1 for tag in tags)
    positions = [body.index(tag) for tag in tags]
    assert positions == sorted(positions)
    # Between one sentence's id and the next stand that sentence's Hindi and English (a heading's
    # English comes just before its id, as the heading line).
    ends = [*positions[1:], len(body)]
    starts = [0, *positions[:-1]]
    for sentence, start, end in zip(brief.article.sentences, starts, ends, strict=True):
        assert sentence.source in body[start:end]
        assert sentence.english in body[start:end]


def test_markdown_marks_captions_and_lists_the_dropped_lines(brief):
    text = render_markdown(brief)
    captions = [p for p in brief.article.paragraphs if p.kind == "caption"]
    assert captions and all(f"*Caption:* {p.sentences[0].source}" in text for p in captions)
    dropped = text.split("## Dropped lines", 1)[1]
    assert brief.article.dropped
    for entry in brief.article.dropped:
        assert f"- line {entry.line}: {entry.text} — *{entry.reason}*" in dropped


def test_json_round_trips(brief):
    data = json.loads(render_json(brief))
    assert data["schema"] == "summarize-brief/1"
    assert set(data) >= {"tool", "source", "metadata", "headline", "summary", "translator", "options"}
    assert set(data) >= {"paragraphs", "dropped", "timings"}
    again = brief_from_dict(data)
    assert render_json(again) == render_json(brief)
    assert render_markdown(again) == render_markdown(brief)
    assert again.article.paragraphs == brief.article.paragraphs
    assert set(data["timings"]) == {"clean", "split", "translate", "summarize"}


def test_writes_atomically_and_leaves_nothing_else(tmp_path, brief):
    written = write_brief(brief, tmp_path, ("md", "json"))
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted(p.name for p in written)
    assert written[0].read_text(encoding="utf-8") == render_markdown(brief)


def test_unwritable_folder_is_an_output_error(tmp_path, brief):
    blocker = tmp_path / "a-file"  # a folder under a file cannot be made, even by root
    blocker.write_text("x", encoding="utf-8")
    with pytest.raises(OutputError, match="cannot make the output folder"):
        write_brief(brief, blocker / "briefs", ("md",))
    assert [p.name for p in tmp_path.iterdir()] == ["a-file"]


def test_failed_write_keeps_the_old_brief(tmp_path, brief, monkeypatch):
    target = tmp_path / f"{brief.article.source.name}.brief.md"
    target.write_text("old brief", encoding="utf-8")

    def broken_replace(src, dst):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "replace", broken_replace)
    with pytest.raises(OutputError, match="No space left"):
        write_brief(brief, tmp_path, ("md",))
    assert target.read_text(encoding="utf-8") == "old brief"
    assert [p.name for p in tmp_path.iterdir()] == [target.name]


def test_every_registered_format_renders_a_brief_and_others_are_refused(brief):
    assert {"md", "json"} <= set(WRITERS)
    for fmt, render in WRITERS.items():
        assert brief.article.sentences[0].source in render(brief), fmt
    with pytest.raises(OutputError, match="unknown format 'pdf'"):
        get_writer("pdf")

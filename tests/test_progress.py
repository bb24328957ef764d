"""What a batch run shows while it runs and when it ends, from its outcomes alone."""

import io

from summarize import progress
from summarize.document import Brief
from summarize.errors import InputError
from summarize.progress import Progress
from summarize.runner import Outcome


def test_plain_progress_lines_and_a_summary_when_not_at_a_terminal(monkeypatch, sample_paths, tagging):
    from summarize.options import Options
    from summarize.pipeline import Pipeline
    from summarize.reading import read_source

    brief: Brief = Pipeline(Options(), translator=tagging()).brief(read_source(str(sample_paths[0])))
    monkeypatch.setattr(progress, "PLAIN_EVERY", 0.0)
    stream = io.StringIO()
    with Progress(3, stream=stream) as shown:
        shown.add(Outcome("a.txt", [], brief=brief))
        shown.add(Outcome("b.txt", [], brief=brief, skipped=True))
        shown.error("summarize: error: c.txt: empty")
        shown.add(Outcome("c.txt", error=InputError("c.txt: empty")))
    lines = stream.getvalue().splitlines()
    assert lines[0].startswith("summarize: 1/3 articles, ")
    assert lines[2] == "summarize: error: c.txt: empty"
    assert lines[-2].startswith("summarize: 1 briefs written, 1 already done, 1 failed, in ")
    assert lines[-1].startswith("summarize: time per stage: clean ")
    assert shown.failed == 1


def test_nothing_but_errors_when_not_shown():
    stream = io.StringIO()
    with Progress(2, shown=False, stream=stream) as shown:
        shown.add(Outcome("a.txt", error=InputError("a.txt: empty")))
        shown.error("summarize: error: a.txt: empty")
    assert stream.getvalue() == "summarize: error: a.txt: empty\n"

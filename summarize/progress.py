"""What a person sees of a batch run on stderr: progress while it runs, and a summary when it ends.

On a terminal, a rich progress bar (articles done of all, sentences a second, time left); elsewhere
(a log file, a pipe, cron) a plain line every ``PLAIN_EVERY`` seconds. Errors are printed as they
happen, above the bar. The summary counts briefs written, found done and failed, and the time each
stage took. The runner's outcomes are all this reads, so the library itself prints nothing.
"""

from __future__ import annotations

import sys
import time
from collections import Counter
from typing import TextIO

from summarize.runner import Outcome

PLAIN_EVERY = 10.0  # seconds between progress lines when stderr is not a terminal


class Progress:
    """Counts a run's outcomes and shows them; ``shown=False`` shows only the errors."""

    def __init__(self, total: int, shown: bool = True, stream: TextIO | None = None):
        self.total = total
        self.shown = shown
        self.stream = stream or sys.stderr
        self.counts: Counter[str] = Counter()  # written, skipped, failed
        self.sentences = 0  # translated and summarized in this run (not those of skipped briefs)
        self.stages: Counter[str] = Counter()  # seconds per stage, summed over the run's articles
        self.start = time.monotonic()
        self._last_line = self.start
        self._bar = None
        self._task = None

    @property
    def failed(self) -> int:
        return self.counts["failed"]

    def __enter__(self) -> Progress:
        if self.shown and self.stream.isatty():
            from rich.console import Console
            from rich.progress import BarColumn, MofNCompleteColumn, TextColumn, TimeRemainingColumn
            from rich.progress import Progress as Bar

            self._bar = Bar(
                TextColumn("summarize"),
                BarColumn(),
                MofNCompleteColumn(),
                TextColumn("articles · {task.fields[rate]} sentences/s"),
                TimeRemainingColumn(),
                console=Console(file=self.stream),
                transient=True,
            )
            self._bar.start()
            self._task = self._bar.add_task("", total=self.total, rate="–")
        return self

    def __exit__(self, *exc: object) -> None:
        if self._bar is not None:
            self._bar.stop()
        if self.shown and exc[0] is None:
            self.stream.write(self.summary() + "\n")

    def add(self, outcome: Outcome) -> None:
        kind = "failed" if outcome.error else "skipped" if outcome.skipped else "written"
        self.counts[kind] += 1
        if kind == "written" and outcome.brief is not None:
            self.sentences += len(outcome.brief.article.sentences)
            self.stages.update(outcome.brief.timings)
        done = sum(self.counts.values())
        if self._bar is not None:
            self._bar.update(self._task, completed=done, rate=f"{self.rate():.1f}")
        elif self.shown and time.monotonic() - self._last_line >= PLAIN_EVERY:
            self._last_line = time.monotonic()
            self.stream.write(f"summarize: {done}/{self.total} articles, {self.rate():.1f} sentences/s\n")
            self.stream.flush()

    def error(self, line: str) -> None:
        if self._bar is not None:
            self._bar.console.print(line, markup=False, highlight=False)
        else:
            self.stream.write(line + "\n")
            self.stream.flush()

    def rate(self) -> float:
        return self.sentences / max(time.monotonic() - self.start, 1e-9)

    def summary(self) -> str:
        elapsed = time.monotonic() - self.start
        lines = [
            f"summarize: {self.counts['written']} briefs written, {self.counts['skipped']} already done, "
            f"{self.counts['failed']} failed, in {elapsed:.1f} s ({self.rate():.1f} sentences/s)"
        ]
        if self.stages:
            stages = ", ".join(f"{stage} {seconds:.1f} s" for stage, seconds in self.stages.items())
            lines.append(f"summarize: time per stage: {stages}")
        return "\n".join(lines)

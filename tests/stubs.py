"""Stand-ins for tests of pipeline and command-line logic only (never of translation quality).

``TaggingTranslator`` is a real ``Translator``: it returns "EN<source>" for each sentence at once, so a
test of the runner, the CLI or an error path does not spend a minute decoding random text with a
tiny model. ``python -m tests.stubs ARGS`` is the ``summarize`` command with it in place of the
translation model, for tests that need a real process (signals, SIGKILL, a terminal).
"""

from __future__ import annotations

import os
import sys
import time
from collections.abc import Sequence

from summarize.document import ModelInfo


class TaggingTranslator:
    """ "EN<source>" for each sentence, with a character limit; records every batch it is given."""

    def __init__(self, max_chars: int = 10_000, delay: float = 0.0):
        self.model = ModelInfo(id="tagging", family="test")
        self.max_chars = max_chars
        self.delay = delay  # seconds per call, to make a real process slow enough to interrupt
        self.calls: list[list[str]] = []

    def too_long(self, sentence: str) -> bool:
        return len(sentence) > self.max_chars

    def translate(self, sentences: Sequence[str]) -> list[str]:
        self.calls.append(list(sentences))
        time.sleep(self.delay)
        return [f"EN<{s}>" for s in sentences]


class FailingFile:
    """What ``os.fdopen`` returns in a test of a full disk or an interrupted write: every write raises
    ``failure``; the descriptor is closed at once, as a real file would close it."""

    def __init__(self, handle: int, failure: BaseException):
        os.close(handle)
        self.failure = failure

    def __enter__(self) -> FailingFile:
        return self

    def __exit__(self, *exc: object) -> bool:
        return False

    def write(self, data: bytes) -> int:
        raise self.failure


def install(translator: TaggingTranslator) -> None:
    """Make every Pipeline that would load a translation model use ``translator`` instead."""
    import summarize.pipeline

    summarize.pipeline.load_translator = lambda options: translator


if __name__ == "__main__":
    from summarize.cli import main

    install(TaggingTranslator(delay=float(os.environ.get("STUB_DELAY", "0"))))
    main(sys.argv[1:])

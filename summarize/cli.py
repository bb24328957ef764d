"""The ``summarize`` command: parses options, calls the library, turns its errors into exit codes.

Errors become one line on stderr here and nowhere else: ``SummarizeError`` with its own exit code,
a usage error from the command line with 2, an interruption with 130 (Ctrl-C) or 143 (SIGTERM), and
anything unexpected with 1 and a saved traceback (``SUMMARIZE_DEBUG=1`` raises it instead).
"""

from __future__ import annotations

import logging
import os
import signal
import sys
import warnings
from dataclasses import fields
from pathlib import Path
from typing import Annotated

import typer
from typer.exceptions import TyperException

from summarize.errors import SummarizeError
from summarize.options import COMPUTE_TYPES, DEVICES, ENGINES, Options

app = typer.Typer(add_completion=False, rich_markup_mode=None, pretty_exceptions_enable=False)
DEFAULT = {f.name: f.default for f in fields(Options)}
EXIT_INTERRUPTED = 130


class Interrupted(BaseException):
    """Ctrl-C or SIGTERM, raised where the run is so that a file being written is removed.

    A BaseException, as KeyboardInterrupt is: the per-article guard, which catches every Exception,
    must not take an interruption for one article's failure.
    """

    def __init__(self, signum: int):
        super().__init__(signum)
        self.exit_code = 128 + signum  # 130 for Ctrl-C, 143 for SIGTERM, as shells report them


@app.command(
    help="Turn Hindi news articles into bilingual Hindi-English briefs.\n\n"
    "Each article (.txt, a saved .html/.htm page, each line of a .jsonl file, every such file in a "
    "folder, or - for stdin) gets ARTICLE.brief.md beside it (or in --output). Models are read "
    "from local folders or the Hugging Face cache, never "
    "downloaded during a run. Also: `summarize models --help`.",
    epilog="Exit codes: 0 all briefs written; 1 an article or output failed; 2 usage or model error "
    "(nothing written); 130 interrupted.",
)
def run(
    articles: Annotated[
        list[str], typer.Argument(help="Articles (.txt, .html, .htm, .jsonl), folders, globs, or -.")
    ],
    output: Annotated[
        Path | None,
        typer.Option("--output", "-o", help="Folder for the briefs [default: beside each input]."),
    ] = None,
    fmt: Annotated[
        str, typer.Option("--format", "-f", help="Brief formats, comma-separated, or all: md, json, ...")
    ] = ",".join(DEFAULT["formats"]),
    translator: Annotated[
        str, typer.Option("--translator", "-t", help="Translation model: Hub id or local folder.")
    ] = DEFAULT["translator"],
    summarizer: Annotated[
        str, typer.Option("--summarizer", "-s", help="'extractive' or a seq2seq summarization model.")
    ] = DEFAULT["summarizer"],
    src_lang: Annotated[str, typer.Option(help="Article language, as a FLORES-200 code.")] = DEFAULT[
        "src_lang"
    ],
    device: Annotated[str, typer.Option(help=f"Where models run: {', '.join(DEVICES)}.")] = DEFAULT["device"],
    engine: Annotated[str, typer.Option(help=f"Translation engine: {', '.join(ENGINES)}.")] = DEFAULT[
        "engine"
    ],
    compute_type: Annotated[
        str | None,
        typer.Option(help=f"CTranslate2 weights: {', '.join(COMPUTE_TYPES)} [default: by device]."),
    ] = DEFAULT["compute_type"],
    beams: Annotated[int, typer.Option(help="Beam width; 1 is greedy (fastest).")] = DEFAULT["beams"],
    batch_size: Annotated[int, typer.Option(help="Most sentences in a translation batch.")] = DEFAULT[
        "batch_size"
    ],
    batch_tokens: Annotated[int, typer.Option(help="Most tokens in a translation batch.")] = DEFAULT[
        "batch_tokens"
    ],
    workers: Annotated[int, typer.Option(help="Translation batches run at once.")] = DEFAULT["workers"],
    sentences: Annotated[
        int, typer.Option("--sentences", "-n", help="Sentences in an extractive summary.")
    ] = DEFAULT["sentences"],
    keep_boilerplate: Annotated[
        bool,
        typer.Option("--keep-boilerplate", help="Drop nothing: keep related links, promotions, repeats."),
    ] = False,
    cache: Annotated[
        Path | None,
        typer.Option(help="Translation cache file [default: ~/.cache/summarize/translations.sqlite3]."),
    ] = None,
    no_cache: Annotated[bool, typer.Option("--no-cache", help="Translate every sentence afresh.")] = False,
    force: Annotated[
        bool, typer.Option("--force", help="Redo articles whose briefs are up to date.")
    ] = False,
    quiet: Annotated[
        bool, typer.Option("--quiet", "-q", help="No progress and no end-of-run summary.")
    ] = False,
    verbose: Annotated[bool, typer.Option("--verbose", "-v", help="Log each stage to stderr.")] = False,
) -> None:
    _quiet_libraries(verbose)
    from summarize.cache import default_path
    from summarize.progress import Progress
    from summarize.runner import Runner, RunOptions
    from summarize.writers import WRITERS

    formats = tuple(WRITERS) if fmt == "all" else tuple(f.strip() for f in fmt.split(",") if f.strip())
    options = Options(
        translator=translator,
        summarizer=summarizer,
        src_lang=src_lang,
        device=device,
        engine=engine,
        compute_type=compute_type,
        beams=beams,
        batch_size=batch_size,
        batch_tokens=batch_tokens,
        workers=workers,
        sentences=sentences,
        formats=formats,
        keep_boilerplate=keep_boilerplate,
    )
    settings = RunOptions(output=output, cache=None if no_cache else cache or default_path(), force=force)
    runner = Runner(options, settings)
    outcomes = runner.run(articles)
    with Progress(runner.total, shown=not quiet and runner.total > 1) as progress:
        for outcome in outcomes:
            progress.add(outcome)
            if outcome.error:
                progress.error(error_line(str(outcome.error)))
            for path in outcome.written:
                typer.echo(str(path))
    if progress.failed:
        raise typer.Exit(1)


models_app = typer.Typer(
    add_completion=False,
    rich_markup_mode=None,
    pretty_exceptions_enable=False,
    invoke_without_command=True,
    help="List the models summarize knows (models/catalog.toml), or fetch one.",
)


@models_app.callback()
def models_list(context: typer.Context) -> None:
    """List known models: task, family, size, licence, and whether each is in the local cache."""
    if context.invoked_subcommand:
        return
    from summarize.catalog import catalog

    rows = [("NAME", "HUB ID", "TASK", "FAMILY", "SIZE", "LICENCE", "LOCAL")]
    for e in catalog():
        name = f"{e.name} (default)" if e.default else e.name
        rows.append((name, e.id, e.task, e.family, e.size, e.licence, "yes" if e.present else "no"))
    widths = [max(len(row[i]) for row in rows) for i in range(len(rows[0]))]
    for row in rows:
        typer.echo("  ".join(cell.ljust(width) for cell, width in zip(row, widths, strict=True)).rstrip())


@models_app.command("pull")
def models_pull(name: Annotated[str, typer.Argument(help="Catalog name or Hugging Face Hub id.")]) -> None:
    """Fetch a model into the Hugging Face cache, so that runs can use it offline."""
    from summarize.catalog import pull

    typer.echo(str(pull(name)))


@models_app.command("convert")
def models_convert(
    name: Annotated[str, typer.Argument(help="Catalog name, Hub id (from the local cache) or model folder.")],
    compute_type: Annotated[
        str | None,
        typer.Option(help=f"CTranslate2 weights: {', '.join(COMPUTE_TYPES)}; default: the device's."),
    ] = None,
    device: Annotated[
        str, typer.Option(help=f"Where runs will use it: {', '.join(DEVICES)} (sets the default weights).")
    ] = "auto",
) -> None:
    """Convert a translation model for the ct2 engine, once; runs find the converted copy in the cache."""
    from summarize.engines.ct2 import convert_named

    typer.echo(str(convert_named(name, compute_type, device)))


def main(argv: list[str] | None = None) -> None:
    """Console entry point: ``summarize models ...`` manages models; anything else summarizes."""
    args = sys.argv[1:] if argv is None else argv
    command, prog = (models_app, "summarize models") if args[:1] == ["models"] else (app, "summarize")
    # Our own handlers: typer would turn Ctrl-C into a silent exit, and Python's default SIGTERM
    # would end the process without removing a temporary file.
    previous = {signum: signal.signal(signum, _interrupt) for signum in (signal.SIGINT, signal.SIGTERM)}
    try:
        code = command(args[1:] if command is models_app else args, prog_name=prog, standalone_mode=False)
    except SummarizeError as exc:
        _error(str(exc))
        code = exc.exit_code
    except TyperException as exc:  # the command line itself is wrong
        _error(f"{exc.format_message()} (see {prog} --help)")
        code = 2
    except (KeyboardInterrupt, typer.Abort, Interrupted) as exc:
        _error("interrupted; briefs already written are complete, a rerun does the rest")
        code = exc.exit_code if isinstance(exc, Interrupted) else EXIT_INTERRUPTED
    except Exception as exc:  # noqa: BLE001 - the last boundary: one line, never a traceback
        if os.environ.get("SUMMARIZE_DEBUG"):
            raise
        from summarize.runner import report_bug

        _error(str(report_bug(exc, prog)))
        code = 1
    finally:
        for signum, handler in previous.items():
            signal.signal(signum, handler)
    sys.exit(code or 0)


def _interrupt(signum: int, frame: object) -> None:
    raise Interrupted(signum)


def _error(message: str) -> None:
    typer.echo(error_line(message), err=True)


# Joiners that Hindi spelling uses; every other invisible or control character in a message (a
# newline in a file name, an escape sequence, a bidi override) is shown as its escape.
_SHOWN_AS_IS = frozenset("\u200c\u200d ")


def error_line(message: str) -> str:
    """The one line stderr shows for an error, whatever the message holds."""
    shown = (
        c if c.isprintable() or c in _SHOWN_AS_IS else c.encode("unicode_escape").decode() for c in message
    )
    return f"summarize: error: {''.join(shown)}"


def _quiet_libraries(verbose: bool) -> None:
    """Our log lines on stderr, and only ours unless -v: no library's progress bars, advice or warnings."""
    logging.basicConfig(format="summarize: %(message)s", level=logging.INFO if verbose else logging.WARNING)
    if verbose:
        return
    # Read by transformers and huggingface_hub when first imported, which is later, when a model loads.
    os.environ.setdefault("HF_HUB_DISABLE_PROGRESS_BARS", "1")
    os.environ.setdefault("TRANSFORMERS_VERBOSITY", "error")
    warnings.filterwarnings("ignore")
    for name in ("trafilatura", "htmldate", "courlan", "transformers", "huggingface_hub"):
        logging.getLogger(name).setLevel(logging.ERROR)

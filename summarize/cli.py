"""The ``summarize`` command: validates options, calls the library, turns its errors into exit codes."""

from __future__ import annotations

import logging
import os
import sys
from enum import StrEnum
from pathlib import Path
from typing import Annotated

import typer

from summarize.errors import SummarizeError
from summarize.options import DEFAULT_TRANSLATOR, Options
from summarize.pipeline import Pipeline

app = typer.Typer(add_completion=False, rich_markup_mode=None)


class Format(StrEnum):
    md = "md"
    json = "json"
    all = "all"


class Device(StrEnum):
    auto = "auto"
    cpu = "cpu"
    cuda = "cuda"


@app.command(
    help="Turn Hindi news articles into bilingual Hindi-English briefs.\n\n"
    "Each article (.txt, a saved .html/.htm page, each line of a .jsonl file, every such file in a "
    "folder, or - for stdin) gets ARTICLE.brief.md beside it (or in --output). Models are read "
    "from local folders or the Hugging Face cache, never "
    "downloaded during a run. Also: `summarize models --help`.",
    epilog="Exit codes: 0 all briefs written; 1 an article or output failed; 2 usage or model error.",
)
def run(
    articles: Annotated[
        list[str], typer.Argument(help="Articles (.txt, .html, .htm, .jsonl), folders, or -.")
    ],
    output: Annotated[
        Path | None,
        typer.Option("--output", "-o", help="Folder for the briefs [default: beside each input]."),
    ] = None,
    fmt: Annotated[Format, typer.Option("--format", "-f", help="Brief format(s) to write.")] = Format.md,
    translator: Annotated[
        str, typer.Option("--translator", "-t", help="Translation model: Hub id or local folder.")
    ] = DEFAULT_TRANSLATOR,
    summarizer: Annotated[
        str, typer.Option("--summarizer", "-s", help="'extractive' or a seq2seq summarization model.")
    ] = "extractive",
    src_lang: Annotated[str, typer.Option(help="Article language, as a FLORES-200 code.")] = "hin_Deva",
    device: Annotated[Device, typer.Option(help="Where models run.")] = Device.auto,
    beams: Annotated[int, typer.Option(min=1, help="Beam width; 1 is greedy (fastest).")] = 5,
    batch_size: Annotated[int, typer.Option(min=1, help="Sentences per translation batch.")] = 8,
    sentences: Annotated[
        int, typer.Option("--sentences", "-n", min=1, help="Sentences in an extractive summary.")
    ] = 3,
    keep_boilerplate: Annotated[
        bool,
        typer.Option("--keep-boilerplate", help="Drop nothing: keep related links, promotions, repeats."),
    ] = False,
    verbose: Annotated[bool, typer.Option("--verbose", "-v", help="Log progress to stderr.")] = False,
) -> None:
    logging.basicConfig(format="summarize: %(message)s", level=logging.INFO if verbose else logging.WARNING)
    if not verbose:
        # Keep stdout and stderr to our own lines: no weight-loading bars or generation advice from
        # transformers (read when it is first imported, which is later, when a model loads).
        os.environ.setdefault("HF_HUB_DISABLE_PROGRESS_BARS", "1")
        os.environ.setdefault("TRANSFORMERS_VERBOSITY", "error")
    options = Options(
        translator=translator,
        summarizer=summarizer,
        src_lang=src_lang,
        device=device.value,
        beams=beams,
        batch_size=batch_size,
        sentences=sentences,
        formats=("md", "json") if fmt is Format.all else (fmt.value,),
        keep_boilerplate=keep_boilerplate,
    )
    failed = False
    try:
        for outcome in Pipeline(options).run(articles, output):
            if outcome.error:
                failed = True
                typer.echo(f"summarize: error: {outcome.error}", err=True)
            for path in outcome.written:
                typer.echo(str(path))
    except SummarizeError as exc:
        typer.echo(f"summarize: error: {exc}", err=True)
        raise typer.Exit(exc.exit_code) from None
    if failed:
        raise typer.Exit(1)


models_app = typer.Typer(
    add_completion=False,
    rich_markup_mode=None,
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

    try:
        typer.echo(str(pull(name)))
    except SummarizeError as exc:
        typer.echo(f"summarize: error: {exc}", err=True)
        raise typer.Exit(exc.exit_code) from None


def main(argv: list[str] | None = None) -> None:
    """Console entry point: ``summarize models ...`` manages models; anything else summarizes."""
    args = sys.argv[1:] if argv is None else argv
    if args[:1] == ["models"]:
        models_app(args[1:], prog_name="summarize models")
    else:
        app(args, prog_name="summarize")

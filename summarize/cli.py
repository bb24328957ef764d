"""The ``summarize`` command: validates options, calls the library, turns its errors into exit codes."""

from __future__ import annotations

import logging
import sys
from enum import Enum
from pathlib import Path
from typing import Annotated

import typer

from summarize.errors import SummarizeError
from summarize.options import DEFAULT_TRANSLATOR, Options
from summarize.pipeline import Pipeline

app = typer.Typer(add_completion=False, rich_markup_mode=None)


class Format(str, Enum):
    md = "md"
    json = "json"
    all = "all"


class Device(str, Enum):
    auto = "auto"
    cpu = "cpu"
    cuda = "cuda"


@app.command(
    help="Turn Hindi news articles into bilingual Hindi-English briefs.\n\n"
    "Each ARTICLE (a .txt file, a folder of them, or - for stdin) gets ARTICLE.brief.md beside it "
    "(or in --output). Models are read from local folders or the Hugging Face cache, never "
    "downloaded during a run. Also: `summarize models --help`.",
    epilog="Exit codes: 0 all briefs written; 1 an article or output failed; 2 usage or model error.",
)
def run(
    articles: Annotated[list[str], typer.Argument(help="Article files, folders of .txt articles, or -.")],
    output: Annotated[
        Path | None, typer.Option("--output", "-o", help="Folder for the briefs [default: beside each article].")
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
    verbose: Annotated[bool, typer.Option("--verbose", "-v", help="Log progress to stderr.")] = False,
) -> None:
    logging.basicConfig(format="summarize: %(message)s", level=logging.INFO if verbose else logging.WARNING)
    options = Options(
        translator=translator,
        summarizer=summarizer,
        src_lang=src_lang,
        device=device.value,
        beams=beams,
        batch_size=batch_size,
        sentences=sentences,
        formats=("md", "json") if fmt is Format.all else (fmt.value,),
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


def main(argv: list[str] | None = None) -> None:
    """Console entry point: ``summarize models ...`` manages models; anything else summarizes."""
    args = sys.argv[1:] if argv is None else argv
    if args[:1] == ["models"]:
        from summarize.models import app as models_app

        models_app(args[1:], prog_name="summarize models")
    else:
        app(args, prog_name="summarize")

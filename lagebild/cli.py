"""The `lagebild` command. Subcommands parse options and call into the package; no logic lives here."""

from __future__ import annotations

import json
import sys
from enum import StrEnum
from pathlib import Path
from typing import Annotated

import typer

from lagebild import __version__

app = typer.Typer(
    name="lagebild",
    help="Turn dated news articles (German first, English second) into PLOVER-coded political events.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)


class ExtractFormat(StrEnum):
    json = "json"
    jsonl = "jsonl"
    table = "table"
    plover = "plover"


class ExportFormat(StrEnum):
    jsonl = "jsonl"
    plover = "plover"
    csv = "csv"
    parquet = "parquet"


class EventsFormat(StrEnum):
    table = "table"
    json = "json"
    jsonl = "jsonl"


PathsArg = Annotated[list[str], typer.Argument(help="Files, directories (read recursively) or - for stdin.")]
DateOpt = Annotated[
    str | None, typer.Option("--date", help="Article date YYYY[-MM[-DD]] for inputs that state none.")
]
LangOpt = Annotated[str | None, typer.Option("--lang", help="Language of inputs that state none: de or en.")]
DbOpt = Annotated[
    str | None,
    typer.Option("--db", help="Database: an SQLite file path or an SQLAlchemy URL. Default: ./lagebild.db."),
]


def _version(value: bool) -> None:
    if value:
        typer.echo(f"lagebild {__version__}")
        raise typer.Exit()


@app.callback()
def main(
    version: Annotated[
        bool, typer.Option("--version", callback=_version, is_eager=True, help="Print the version and exit.")
    ] = False,
) -> None:
    """lagebild: who did what to whom, when, where, according to whom."""


def report_error(message: str) -> None:
    """One error line on stderr."""
    typer.echo(f"lagebild: error: {message}", err=True)


def _check_options(date: str | None, lang: str | None) -> None:
    from lagebild.lang import SUPPORTED
    from lagebild.readers.dates import InvalidDate, parse_article_date

    if date:
        try:
            parse_article_date(date)
        except InvalidDate as err:
            report_error(f"--date: {err}")
            raise typer.Exit(2) from None
    if lang and lang not in SUPPORTED:
        report_error(f"--lang: unsupported language {lang!r} (supported: {', '.join(SUPPORTED)})")
        raise typer.Exit(2)


@app.command()
def extract(
    paths: PathsArg,
    date: DateOpt = None,
    lang: LangOpt = None,
    fmt: Annotated[ExtractFormat, typer.Option("--format", "-f", help="Output format.")] = ExtractFormat.json,
    output: Annotated[Path | None, typer.Option("--output", "-o", help="Write here instead of stdout.")] = None,
) -> None:
    """Extract events, entities, time expressions, quotes and key points from articles.

    .txt files may start with a line `date YYYY-MM[-DD]`; .jsonl files hold one article per line
    with `text` and optional `id`, `date`, `title`, `url`, `language`.
    """
    from lagebild.batch import analyse_all
    from lagebild.writers import open_writer

    _check_options(date, lang)
    stream = output.open("w", encoding="utf-8") if output else sys.stdout
    writer = open_writer(fmt.value, stream)
    failures = 0
    for source, result in analyse_all(paths, date, lang):
        if isinstance(result, str):
            report_error(f"{source}: {result}")
            failures += 1
        else:
            writer.write(result)
    writer.close()
    if output:
        stream.close()
    raise typer.Exit(1 if failures else 0)


@app.command()
def ingest(
    paths: PathsArg,
    db: DbOpt = None,
    date: DateOpt = None,
    lang: LangOpt = None,
    progress: Annotated[bool, typer.Option(help="Show a progress bar on stderr.")] = True,
    workers: Annotated[int, typer.Option(min=1, help="Analyse on this many processes.")] = 1,
) -> None:
    """Analyse articles and add them to the store (idempotent: an article already stored is skipped).

    Each article is stored in its own transaction: after an interruption, run the same command
    again and it continues where it stopped.
    """
    from lagebild.batch import ingest_all

    _check_options(date, lang)
    summary = ingest_all(paths, db, date, lang, progress=progress, on_error=report_error, workers=workers)
    typer.echo(summary.describe(), err=True)
    raise typer.Exit(1 if summary.errors else 0)


@app.command()
def events(
    db: DbOpt = None,
    actor: Annotated[str | None, typer.Option(help="Actor country/org code, name or KB id.")] = None,
    recipient: Annotated[str | None, typer.Option(help="Recipient country/org code, name or KB id.")] = None,
    type_: Annotated[str | None, typer.Option("--type", help="PLOVER event type, e.g. CONSULT.")] = None,
    since: Annotated[str | None, typer.Option(help="Events dated on or after YYYY[-MM[-DD]].")] = None,
    until: Annotated[str | None, typer.Option(help="Events dated on or before YYYY[-MM[-DD]].")] = None,
    text: Annotated[str | None, typer.Option(help="Words in a mention's sentence.")] = None,
    negated: Annotated[bool, typer.Option("--negated", help="Include negated events.")] = False,
    limit: Annotated[int | None, typer.Option(help="At most this many events.")] = None,
    fmt: Annotated[EventsFormat, typer.Option("--format", "-f", help="Output format.")] = EventsFormat.table,
) -> None:
    """Query the stored events."""
    from lagebild.store.db import EventFilter
    from lagebild.store.views import event_table_line

    store = _open_existing_store(db)
    found = store.events(EventFilter(actor, recipient, type_, since, until, text, negated, limit))
    if fmt is EventsFormat.table:
        for ev in found:
            typer.echo(event_table_line(ev))
        typer.echo(f"{len(found)} events", err=True)
    elif fmt is EventsFormat.json:
        typer.echo(json.dumps([e.to_dict() for e in found], ensure_ascii=False, indent=2))
    else:
        for ev in found:
            typer.echo(json.dumps(ev.to_dict(), ensure_ascii=False))


@app.command()
def export(
    db: DbOpt = None,
    fmt: Annotated[ExportFormat, typer.Option("--format", "-f", help="Output format.")] = ExportFormat.jsonl,
    output: Annotated[Path | None, typer.Option("--output", "-o", help="Output file (parquet needs one).")] = None,
    negated: Annotated[bool, typer.Option("--negated", help="Include negated events.")] = False,
) -> None:
    """Export the stored events (deduplicated, with their mentions)."""
    from lagebild.store.db import EventFilter
    from lagebild.store.export import export_events

    store = _open_existing_store(db)
    if fmt is ExportFormat.parquet and output is None:
        report_error("--format parquet needs --output FILE")
        raise typer.Exit(2)
    found = store.events(EventFilter(include_negated=negated))
    count = export_events(found, fmt.value, output)
    typer.echo(f"exported {count} events", err=True)


@app.command("eval")
def evaluate(
    gold: Annotated[list[Path], typer.Argument(help="Gold files (*.gold.json) or directories of them.")],
    verbose: Annotated[bool, typer.Option("--verbose", "-v", help="List misses and false events.")] = False,
    fmt: Annotated[str, typer.Option("--format", "-f", help="table or json.")] = "table",
) -> None:
    """Score extraction against gold files: precision, recall, F1, event-date accuracy, timexes."""
    from lagebild.evaluate import GoldError, evaluate_files, render_report

    try:
        report = evaluate_files(gold)
    except GoldError as err:
        report_error(str(err))
        raise typer.Exit(1) from None
    typer.echo(render_report(report, verbose) if fmt == "table" else json.dumps(report.to_dict(), indent=2))
    raise typer.Exit(1 if report.errors else 0)


@app.command()
def schema() -> None:
    """Print the JSON Schema of the Document that `extract` prints."""
    from lagebild.document import document_schema

    typer.echo(json.dumps(document_schema(), ensure_ascii=False, indent=2))


@app.command(context_settings={"allow_extra_args": True, "ignore_unknown_options": True})
def bench(
    ctx: typer.Context,
    name: Annotated[str, typer.Argument(help="Which benchmark: see `lagebild bench list`.")],
) -> None:
    """Run an accuracy or speed benchmark (needs a source checkout and ../shared)."""
    from lagebild.benchrunner import BenchmarkNotFound, available, run_benchmark

    if name == "list":
        typer.echo("\n".join(available()))
        return
    try:
        code = run_benchmark(name, list(ctx.args))
    except BenchmarkNotFound as err:
        report_error(str(err))
        raise typer.Exit(2) from None
    raise typer.Exit(code)


@app.command(context_settings={"allow_extra_args": True, "ignore_unknown_options": True})
def train(
    ctx: typer.Context,
    lang: Annotated[str, typer.Argument(help="Language of the model to rebuild (de).")],
) -> None:
    """Rebuild the shipped spaCy model from the corpora in ../shared (needs a source checkout and
    `pip install ".\\[train]"`; about 40 minutes on 2 cores). Extra arguments go to `python -m training.de`,
    e.g. `lagebild train de train training.max_steps=500`."""
    from lagebild.benchrunner import REPO_ROOT

    if lang != "de":
        report_error(f"no training recipe for language {lang!r} (available: de)")
        raise typer.Exit(2)
    if not (REPO_ROOT / "training" / "de.py").exists():
        report_error(f"{REPO_ROOT / 'training'}: training recipes come with a source checkout of lagebild")
        raise typer.Exit(2)
    if str(REPO_ROOT) not in sys.path:
        sys.path.insert(0, str(REPO_ROOT))
    from training.de import main as train_de

    raise typer.Exit(train_de(list(ctx.args)))


@app.command()
def serve(
    db: DbOpt = None,
    host: Annotated[str, typer.Option(help="Interface to listen on.")] = "127.0.0.1",
    port: Annotated[int, typer.Option(help="Port.")] = 8000,
) -> None:
    """Serve the HTTP API and the web page over a store."""
    import uvicorn

    from lagebild.web import create_app

    store = _open_existing_store(db)
    uvicorn.run(create_app(store), host=host, port=port)


def _open_existing_store(db: str | None):
    from lagebild.store.db import database_url, open_store

    url = database_url(db)
    if url.startswith("sqlite:///"):
        path = Path(url.removeprefix("sqlite:///"))
        if not path.exists():
            report_error(f"{path}: no such database (run `lagebild ingest` first)")
            raise typer.Exit(1)
    return open_store(db)


def _mount_subcommands() -> None:
    from lagebild.kb.cli import app as kb_app

    app.add_typer(kb_app, name="kb", help="Look up the knowledge base.")


_mount_subcommands()

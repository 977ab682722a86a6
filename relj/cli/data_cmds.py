"""Everyday data commands: report, import, export.

Each one: get the state, load, call the pure core (relj.interchange.importer,
relj.interchange.exporter, relj.render.report), print or write. Heavy modules are imported
inside the commands, so `relj --help` and completion never load them.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Annotated

import typer

from relj.cli.app import all_customers, app, completer, state
from relj.errors import ReljError

if TYPE_CHECKING:
    from pathlib import Path

    from relj.errors import FileProblem
    from relj.interchange.importer import Plan
    from relj.storage.journal import Journal


def _output_path(journal: Journal, target: str) -> Path:
    """Where a report or export goes, checked before anything is written.

    The journal's own files are never a target: an export must not replace a customer.
    """
    from pathlib import Path

    from relj.storage.files import relative

    path = Path(target).expanduser().absolute()
    inside = (journal.customers_dir, journal.private_dir)
    if path == journal.root / "relj.toml" or any(path.is_relative_to(p) for p in inside):
        raise ReljError("everyday.output_in_journal", path=relative(path))
    if path.is_dir():
        raise ReljError("everyday.output_is_folder", path=relative(path))
    if not path.parent.is_dir():
        raise ReljError("everyday.output_no_folder", path=relative(path.parent))
    return path


def _write_private(journal: Journal, target: str, data: bytes) -> None:
    """Write a report or export atomically, readable only by its owner (0600)."""
    from relj.storage.files import atomic_write

    atomic_write(_output_path(journal, target), data)


# -- export --------------------------------------------------------------------------


@app.command()
def export(
    format_: Annotated[
        str,
        typer.Option("--format", "-f",
                     help="json (the show --json objects), csv (one row per interaction) or ics "
                          "(follow-ups and closing questions as a calendar).", show_default=False,
                     autocompletion=completer("complete_format")),
    ],
    output: Annotated[
        str | None,
        typer.Option("--output", "-o",
                     help="Write to this file (private: 0600) instead of standard output.",
                     show_default=False),
    ] = None,
) -> None:
    """The whole journal as JSON, the interactions as CSV, or a calendar (ics)."""
    import sys

    from relj.catalogue import settings
    from relj.i18n import t
    from relj.interchange import EXPORT_FORMATS, exporter
    from relj.render import out

    if format_ not in EXPORT_FORMATS:
        raise typer.BadParameter(t("everyday.bad_format", value=format_,
                                   choices=", ".join(EXPORT_FORMATS)), param_hint="--format")
    journal, customers = all_customers()
    today = state().today
    if format_ == "json":
        import json

        text = json.dumps(exporter.journal_json(customers, today, settings(journal)),
                          ensure_ascii=False, indent=2) + "\n"
        data = text.encode("utf-8")
    elif format_ == "csv":
        data = exporter.interactions_csv(customers, today).encode("utf-8")
    else:
        events = exporter.calendar_events(customers, today, settings(journal))
        data = exporter.calendar_bytes(events, today)
    if output is None or output == "-":
        sys.stdout.write(data.decode("utf-8"))
        sys.stdout.flush()
        return
    _write_private(journal, output, data)
    from pathlib import Path

    from relj.storage.files import relative

    out(t("everyday.exported", path=relative(Path(output).expanduser().absolute()),
          format=format_))


# -- import --------------------------------------------------------------------------

LISTED = 10  # added and matched customers named one by one; the rest are counted
PROGRESS_FROM = 200  # rows; smaller imports finish before a bar would be seen


@app.command("import")
def import_(
    file: Annotated[
        str,
        typer.Argument(help="A CSV file (a header row; one row a customer) or a vCard file (.vcf; "
                            "one card a customer); - for standard input."),
    ],
    dry_run: Annotated[
        bool,
        typer.Option("--dry-run", help="Show what would be imported; write nothing."),
    ] = False,
    map_: Annotated[
        list[str] | None,
        typer.Option("--map",
                     help="Read a CSV column as a field: COLUMN=FIELD (fields: name, company, "
                          "email, phone, role, tags, since, why, cadence; repeatable).",
                     show_default=False),
    ] = None,
    strict: Annotated[
        bool,
        typer.Option("--strict", help="Stop at the first bad row and write nothing."),
    ] = False,
) -> None:
    """Import customers from CSV or vCard; existing ones (same slug) are left alone."""
    from relj.interchange import importer

    mapping = importer.parse_map(map_ or [])
    journal = state().journal()
    text = importer.read_source(file)
    rows, problems = importer.read_rows(file, text, mapping, state().today)
    if strict and problems:
        raise min(problems, key=lambda p: p.line)
    plan = importer.plan_import(file, rows, journal.slugs())
    problems = sorted(problems + plan.problems, key=lambda p: p.line)
    if strict and problems:
        raise problems[0]
    _print_problems(problems)
    if not dry_run:
        _write_with_progress(journal, plan)
    _print_import_report(plan, len(problems), dry_run)


def _print_problems(problems: list[FileProblem]) -> None:
    from relj.render import err

    for problem in problems:
        err(problem.message())


def _write_with_progress(journal: Journal, plan: Plan) -> None:
    import sys

    from relj.interchange import importer
    from relj.render import is_terminal

    if len(plan.added) < PROGRESS_FROM or not is_terminal(sys.stderr):
        importer.write_new(journal, plan)
        return
    from rich.progress import Progress

    from relj.i18n import t
    from relj.render import console

    with Progress(console=console(stderr=True), transient=True) as progress:
        task = progress.add_task(t("everyday.importing"), total=len(plan.added))
        importer.write_new(journal, plan, lambda: progress.advance(task))


def _print_import_report(plan: Plan, skipped: int, dry_run: bool) -> None:
    from relj.i18n import t
    from relj.render import out

    prefix = "everyday.would_" if dry_run else "everyday."
    listings = ((prefix + "added_one", plan.added), ("everyday.matched_one", plan.matched))
    for key, entries in listings:
        for slug, row, *_ in entries[:LISTED]:
            out(t(key, slug=slug, name=row.name))
        if len(entries) > LISTED:
            out(t("everyday.and_more", count=len(entries) - LISTED))
    out(t(prefix + "import_summary", added=len(plan.added), matched=len(plan.matched),
          skipped=skipped))


# -- report --------------------------------------------------------------------------


@app.command()
def report(
    svg: Annotated[
        str | None,
        typer.Option("--svg", help="Also save the report as an SVG picture (private: 0600).",
                     show_default=False),
    ] = None,
    html: Annotated[
        str | None,
        typer.Option("--html", help="Also save the report as an HTML page (private: 0600).",
                     show_default=False),
    ] = None,
) -> None:
    """The portfolio at a glance: phases, contact health, open offers, recent phase changes."""
    from pathlib import Path

    from relj.analysis.portfolio import portfolio
    from relj.catalogue import settings
    from relj.i18n import t
    from relj.render import out
    from relj.render import report as view
    from relj.storage.files import relative

    journal, customers = all_customers()
    for target in (svg, html):  # both paths good, or neither file is written
        if target:
            _output_path(journal, target)
    picture = portfolio(customers, state().today, settings(journal))
    saved = [(kind, target, view.recorded(picture, kind).encode("utf-8"))
             for kind, target in (("svg", svg), ("html", html)) if target]
    view.print_report(picture)
    for kind, target, data in saved:
        _write_private(journal, target, data)
        out(t("everyday.report.saved", kind=kind.upper(),
              path=relative(Path(target).expanduser().absolute())))

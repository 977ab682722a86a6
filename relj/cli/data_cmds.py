"""Everyday data commands: report, import, export.

Each one: get the state, load, call the pure core (relj.interchange.importer,
relj.interchange.exporter, relj.render.report), print or write. Heavy modules are imported
inside the commands, so `relj --help` and completion never load them.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Annotated

import typer

from relj.cli.app import all_customers, app, completer, state
from relj.errors import ReljError, ReljUsageError

if TYPE_CHECKING:
    from pathlib import Path

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
        from relj.render import is_terminal, neutralise

        text = data.decode("utf-8")
        # On a screen, a name cannot move the cursor (SPEC §6); piped, the data stays exact.
        sys.stdout.write(neutralise(text.replace("\r\n", "\n")) if is_terminal() else text)
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
        typer.Argument(help="A CSV file (a header row; one row a person or a company) or a "
                            "vCard file (.vcf, 2.1 to 4.0); - for standard input."),
    ],
    dry_run: Annotated[
        bool,
        typer.Option("--dry-run", help="Show what would be imported; write nothing."),
    ] = False,
    map_: Annotated[
        list[str] | None,
        typer.Option("--map",
                     help="Read a CSV column as a field: COLUMN=FIELD (fields: name, company, "
                          "email, phone, role, tags, since, why, cadence, needs, owner, phase; "
                          "repeatable).",
                     show_default=False),
    ] = None,
    from_: Annotated[
        str | None,
        typer.Option("--from",
                     help="The tool the CSV comes from: google, outlook, thunderbird, hubspot "
                          "or pipedrive (else recognised from the header row).",
                     show_default=False),
    ] = None,
    strict: Annotated[
        bool,
        typer.Option("--strict", help="Stop at the first bad row and write nothing."),
    ] = False,
    as_json: Annotated[
        bool, typer.Option("--json", help="The report as JSON (counts and what they hold).")
    ] = False,
) -> None:
    """Import customers from CSV or vCard; people of one company become its contacts.

    Existing customers (same name) are left alone; a person they lack becomes a contact.
    """
    from relj.catalogue import names
    from relj.interchange import importer
    from relj.interchange.presets import PRESETS

    if from_ is not None and from_.casefold() not in PRESETS:
        raise ReljUsageError("everyday.import.bad_from", value=from_,
                             choices=", ".join(PRESETS))
    mapping = importer.parse_map(map_ or [])
    st = state()
    journal = st.journal()
    text = importer.read_source(file)
    preset = from_.casefold() if from_ else None
    rows, problems, warnings = importer.read_rows(file, text, mapping, st.today, preset)
    if strict and problems:
        raise min(problems, key=lambda p: p.line)

    def contacts_of(slug: str) -> list[str]:
        try:
            return [c.name for c in journal.load(slug).contacts]
        except ReljError:
            return []  # a file that does not read gets no contact: its append is refused

    plan = importer.plan_import(file, rows, names(journal), contacts_of, st.today,
                                journal.slugs())
    plan.problems = sorted(problems + plan.problems, key=lambda p: p.line)
    plan.warnings = sorted(warnings, key=lambda p: p.line)
    if strict and plan.problems:
        raise plan.problems[0]
    if not dry_run:
        _write_with_progress(journal, plan)
    _print_import_report(plan, dry_run, as_json)


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


def _print_import_report(plan: Plan, dry_run: bool, as_json: bool) -> None:
    from relj.i18n import t
    from relj.render import err, out, print_json

    for problem in sorted(plan.problems + plan.warnings, key=lambda p: (p.path, p.line)):
        err(problem.message())
    if as_json:
        print_json(plan.as_json(dry_run))
        return
    prefix = "everyday.would_" if dry_run else "everyday."
    listings: list[tuple[str, list[dict[str, str]]]] = [
        (prefix + "added_one", [{"slug": c.slug, "name": c.row.name} for c in plan.added]),
        ("everyday.import.contact_one" if not dry_run else "everyday.import.would_contact_one",
         [{"slug": slug, "name": name, "contact": str(who["name"])}
          for slug, name, who in plan.contacts]),
        ("everyday.matched_one", [{"slug": slug, "name": name} for slug, name in plan.matched]),
    ]
    for key, entries in listings:
        for fields in entries[:LISTED]:
            out(t(key, **fields))
        if len(entries) > LISTED:
            out(t("everyday.and_more", count=len(entries) - LISTED))
    counts = plan.counts()
    out(t("everyday.import." + ("would_summary" if dry_run else "summary"),
          customers_added=counts["customers_added"], contacts_added=counts["contacts_added"],
          matched=counts["matched"], values_dropped=counts["values_dropped"],
          rows_skipped=counts["rows_skipped"]))


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

    from relj.analysis.portfolio import portfolio_of
    from relj.catalogue.customers import report_rows
    from relj.i18n import t
    from relj.render import out, warn_problems
    from relj.render import report as view
    from relj.storage.files import relative

    journal = state().journal()
    rows, problems = report_rows(journal, state().today)  # a second report of a day: cached
    warn_problems(problems)
    for target in (svg, html):  # both paths good, or neither file is written
        if target:
            _output_path(journal, target)
    picture = portfolio_of(rows, state().today)
    saved = [(kind, target, view.recorded(picture, kind).encode("utf-8"))
             for kind, target in (("svg", svg), ("html", html)) if target]
    view.print_report(picture)
    for kind, target, data in saved:
        _write_private(journal, target, data)
        out(t("everyday.report.saved", kind=kind.upper(),
              path=relative(Path(target).expanduser().absolute())))

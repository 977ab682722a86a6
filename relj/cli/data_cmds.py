"""Everyday data commands: report, import, export.

Each one: get the state, load, call the pure core (relj.importer,
relj.exporter, relj.render.report), print or write. Heavy modules are imported
inside the commands, so `relj --help` and completion never load them.
"""

from __future__ import annotations

from typing import Annotated, Any

import typer

from relj.cli.app import app, state
from relj.errors import ReljError

EXPORT_FORMATS = ("json", "csv", "ics")


def _customers() -> tuple[Any, list[Any]]:
    """The journal and every customer that loads; broken files become warnings."""
    from relj.render import warn_problems

    journal = state().journal()
    customers, problems = journal.load_all()
    warn_problems(problems)
    return journal, customers


def _write_private(journal: Any, target: str, data: bytes) -> None:
    """Write a report or export atomically, readable only by its owner (0600).

    The journal's own files are never a target: an export must not replace a customer.
    """
    from pathlib import Path

    from relj.journal import atomic_write, relative

    path = Path(target).expanduser().absolute()
    inside = (journal.customers_dir, journal.private_dir)
    if path == journal.root / "relj.toml" or any(path.is_relative_to(p) for p in inside):
        raise ReljError("everyday.output_in_journal", path=relative(path))
    if path.is_dir():
        raise ReljError("everyday.output_is_folder", path=relative(path))
    atomic_write(path, data)


# -- export --------------------------------------------------------------------------


@app.command()
def export(
    format_: Annotated[str, typer.Option("--format", "-f", help="json (the show --json objects), csv (one row per interaction) or ics (follow-ups and closing questions as a calendar).", show_default=False)],
    output: Annotated[str | None, typer.Option("--output", "-o", help="Write to this file (private: 0600) instead of standard output.", show_default=False)] = None,
) -> None:
    """The whole journal as JSON, the interactions as CSV, or a calendar (ics)."""
    import sys

    from relj import exporter
    from relj.i18n import t
    from relj.render import out

    if format_ not in EXPORT_FORMATS:
        raise typer.BadParameter(t("everyday.bad_format", value=format_,
                                   choices=", ".join(EXPORT_FORMATS)), param_hint="--format")
    journal, customers = _customers()
    today = state().today
    if format_ == "json":
        import json

        text = json.dumps(exporter.journal_json(customers, today, journal.settings),
                          ensure_ascii=False, indent=2) + "\n"
        data = text.encode("utf-8")
    elif format_ == "csv":
        data = exporter.interactions_csv(customers, today).encode("utf-8")
    else:
        events = exporter.calendar_events(customers, today, journal.settings)
        data = exporter.calendar_bytes(events, today)
    if output is None or output == "-":
        sys.stdout.write(data.decode("utf-8"))
        sys.stdout.flush()
        return
    _write_private(journal, output, data)
    from relj.journal import relative
    from pathlib import Path

    out(t("everyday.exported", path=relative(Path(output).expanduser().absolute()),
          format=format_))

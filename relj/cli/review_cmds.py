"""`relj review`: the salesperson's own habits, the last N weeks against the N before.

Thin, as every command: check the options, load the customers, call the pure
core (relj.analysis.review), show it (relj.render.review) or print its JSON,
and save the SVG only once the target is known to be writable.
"""

from __future__ import annotations

from typing import Annotated

import typer

from relj.cli.app import app, state
from relj.cli.coach_cmds import JSON_HELP


@app.command()
def review(
    weeks: Annotated[
        int,
        typer.Option("--weeks", "-w", help="How many weeks to look back (compared with as many "
                                           "weeks before them)."),
    ] = 4,
    json_: Annotated[bool, typer.Option("--json", help=JSON_HELP)] = False,
    svg: Annotated[
        str | None,
        typer.Option("--svg", help="Also save the review as an SVG picture (private: 0600).",
                     show_default=False),
    ] = None,
) -> None:
    """Your own habits over the last weeks against the weeks before, and what to work on."""
    from pathlib import Path

    from relj.analysis.review import MAX_WEEKS, review_of
    from relj.catalogue import settings
    from relj.catalogue.customers import review_parts
    from relj.cli.data_cmds import _output_path, _write_private
    from relj.i18n import t
    from relj.render import out, print_json, warn_problems
    from relj.render import review as view
    from relj.storage.files import relative

    if not 1 <= weeks <= MAX_WEEKS:
        raise typer.BadParameter(t("review.bad_weeks", most=MAX_WEEKS, value=weeks),
                                 param_hint="--weeks")
    journal = state().journal()
    parts, problems = review_parts(journal, state().today, weeks)  # a second review: cached
    warn_problems(problems)
    if svg:
        _output_path(journal, svg)  # a bad target fails before anything is computed
    result = review_of(parts, state().today, settings(journal), weeks)
    if json_:
        print_json(view.review_json(result))
    else:
        view.print_review(result)
    if svg:
        _write_private(journal, svg, view.recorded_svg(result).encode("utf-8"))
        if not json_:
            out(t("review.saved", path=relative(Path(svg).expanduser().absolute())))

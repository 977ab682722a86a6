"""Commands that read the journal as a coach would: due, phase, show, list.

Each one: get the state, load, call the pure analysis, render. rich is only
imported by the screens, never for --json.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Annotated

import typer

from relj.cli.app import app, completer, state

if TYPE_CHECKING:
    from relj.analysis.due import Summary
    from relj.model import Customer
    from relj.storage.journal import Journal

JSON_HELP = "Print JSON (schema 1) instead of the screen."


def _one_customer(query: str) -> tuple[Journal, Customer]:
    from relj.catalogue import resolve

    journal = state().journal()
    return journal, journal.load(resolve(journal, query))


@app.command()
def due(
    limit: Annotated[
        int | None,
        typer.Option("--limit", "-n", min=1,
                     help="Show at most this many (default: due.limit in relj.toml).",
                     show_default=False),
    ] = None,
    all_: Annotated[
        bool,
        typer.Option("--all",
                     help="Show everyone with a reason, ended relationships too, with no limit."),
    ] = False,
    json_: Annotated[bool, typer.Option("--json", help=JSON_HELP)] = False,
    mine: Annotated[bool, typer.Option("--mine", help="Your customers and unowned ones "
                                       "(the default where customers have an owner).")] = False,
    owner: Annotated[
        str | None,
        typer.Option("--owner", help="That teammate's customers and unowned ones.",
                     show_default=False),
    ] = None,
    everyone: Annotated[bool, typer.Option("--everyone",
                                           help="Every customer, whoever owns it.")] = False,
) -> None:
    """The morning list: whom to contact today, why, and what to do."""
    from relj.catalogue import due_items, settings
    from relj.cli.owner_cmds import due_owner
    from relj.render import out, print_json, warn_problems

    journal = state().journal()
    today = state().today
    cut = limit if limit is not None else (None if all_ else settings(journal).due_limit)
    whose = due_owner(journal, mine, owner, everyone)
    # Through the cache: files unchanged since the last run today are not read.
    shown, total, problems = due_items(journal, today, include_all=all_, limit=cut,
                                       owner=whose)
    warn_problems(problems)
    if whose is not None and not json_:
        from relj.i18n import t
        from relj.storage.cache import owners

        if owners(journal.root):  # a journal that uses owners: say whose list this is
            out(t("team.due_for_owner", owner=whose))
    if json_:
        from relj.render.json_out import due_json

        print_json(due_json(shown, today))
        return
    from relj.render.coach import print_due

    print_due(shown, today, total, everyone=all_)


@app.command()
def phase(
    customer: Annotated[
        str | None,
        typer.Argument(help="Slug, name or unique prefix (default: every customer).",
                       show_default=False, autocompletion=completer("complete_customer")),
    ] = None,
    json_: Annotated[bool, typer.Option("--json", help=JSON_HELP)] = False,
    set_: Annotated[
        str | None,
        typer.Option("--set", help="Record your own assessment: a phase code, number or word.",
                     show_default=False, autocompletion=completer("complete_phase")),
    ] = None,
    at: Annotated[
        str | None,
        typer.Option("--at", help="The assessment's day (default: today).", show_default=False),
    ] = None,
    note: Annotated[
        str | None,
        typer.Option("--note", help="Why you judge it so.", show_default=False),
    ] = None,
) -> None:
    """The phase of a relationship, with its evidence and advice; --set records your own."""
    from relj.analysis.phase import compute_phase
    from relj.catalogue import settings
    from relj.render import coach as view
    from relj.render import json_out, print_json

    if set_ is not None or at is not None or note is not None:
        _assess(customer, set_, at, note)
        return
    if customer is not None:
        journal, one = _one_customer(customer)
        result = compute_phase(one, state().today, settings(journal))
        if json_:
            print_json(json_out.phase_object(one, result))
        else:
            from relj.analysis.due import due_item

            view.print_phase(one, result, due_item(one, state().today, settings(journal)).reasons)
        return
    pairs = [(c, s.phase) for s, c in _listing()]  # the phase summarize computed
    if json_:
        print_json(json_out.phases_json(pairs))
    else:
        view.print_phases(pairs)


def _assess(customer: str | None, phase: str | None, at: str | None, note: str | None) -> None:
    """`relj phase CUSTOMER --set PHASE`: append an [[assessment]] (ground truth from its day)."""
    from relj.catalogue import resolve
    from relj.dates import day_text, parse_day
    from relj.errors import ReljUsageError
    from relj.i18n import label, t
    from relj.model import PHASE_CODES
    from relj.render import out
    from relj.storage.codec import render_block
    from relj.storage.entries import assessment_data, parse_phase

    if customer is None or phase is None:
        raise ReljUsageError("coach.set_needs_customer")
    st = state()
    journal = st.journal()
    slug = resolve(journal, customer)
    number = parse_phase(phase)
    day = parse_day(at, st.today, "past") if at else st.today
    text = note.strip() if note and note.strip() else None
    journal.append_block(slug, render_block("assessment", assessment_data(day, number, text)))
    out(t("coach.phase_set", customer=slug, phase=label("phase", PHASE_CODES[number]),
          day=day_text(day)))


@app.command()
def show(
    customer: Annotated[
        str,
        typer.Argument(help="Slug, name or unique prefix.",
                       autocompletion=completer("complete_customer")),
    ],
    json_: Annotated[bool, typer.Option("--json", help=JSON_HELP)] = False,
) -> None:
    """A customer's profile, phase, contact metrics, open offers and interactions."""
    from relj.analysis.due import summarize
    from relj.catalogue import settings
    from relj.render import json_out, print_json

    journal, one = _one_customer(customer)
    today = state().today
    summary = summarize(one, today, settings(journal))
    if json_:
        print_json(json_out.show_json(one, summary, today))
    else:
        from relj.analysis.due import due_item
        from relj.render.show import print_show

        reasons = due_item(one, today, settings(journal)).reasons
        print_show(one, summary, today, settings(journal), reasons)


@app.command("list")
def list_customers(
    phase_: Annotated[
        str | None,
        typer.Option("--phase",
                     help="Only this phase: 0-5, or a name such as struggle or separated.",
                     show_default=False, autocompletion=completer("complete_phase")),
    ] = None,
    tag: Annotated[
        str | None,
        typer.Option("--tag", help="Only customers with this tag.", show_default=False),
    ] = None,
    json_: Annotated[bool, typer.Option("--json", help=JSON_HELP)] = False,
) -> None:
    """All customers: phase, days since genuine contact, open offers."""
    from relj.cli.typed import phase_filter
    from relj.render import coach as view
    from relj.render import json_out, print_json

    state().journal()  # first: its relj.toml may choose the language of the words
    wanted = phase_filter(phase_)
    chosen = [(s, c) for s, c in _listing() if tag is None or tag in c.tags]
    summaries = [s for s, _ in chosen if wanted is None or s.phase.code == wanted]
    if json_:
        print_json(json_out.list_json(summaries))
    else:
        view.print_list(summaries, {c.slug: c for _, c in chosen})


def _listing() -> list[tuple[Summary, Customer]]:
    """Every customer's row of the day (its Summary, and the customer without its
    interactions), from the cache; broken files become warnings."""
    from relj.catalogue.listing import listing
    from relj.render import warn_problems

    rows, problems = listing(state().journal(), state().today)
    warn_problems(problems)
    return rows

"""Commands that create and write the journal: init, add, log, offer, check, edit."""

from __future__ import annotations

from typing import TYPE_CHECKING, Annotated

import typer

from relj.cli.app import app, completer, state
from relj.errors import ReljError

if TYPE_CHECKING:
    from datetime import date
    from pathlib import Path


@app.command()
def init(
    path: Annotated[
        str | None,
        typer.Argument(help="Folder of the new journal (default: the journal relj would use).",
                       show_default=False),
    ] = None,
    no_git: Annotated[
        bool,
        typer.Option("--no-git", help="Do not make it a git repository."),
    ] = False,
) -> None:
    """Make a journal (or, in a fresh clone of one, register the git merge driver)."""
    from relj.i18n import t
    from relj.render import out
    from relj.storage.init import init_journal
    from relj.storage.journal import Journal

    journal = Journal(_absolute(path)) if path else state().journal_location()
    created = init_journal(journal, lang=state().lang)
    if not no_git:
        from relj.team.git import setup_repository

        setup_repository(journal.root)
    out(t("core.init_created" if created else "core.init_existing", path=str(journal.root)))


def _absolute(path: str) -> Path:
    from pathlib import Path

    return Path(path).expanduser().absolute()


# -- add ----------------------------------------------------------------------


@app.command()
def add(
    name: Annotated[str, typer.Argument(help="The customer's or prospect's name.")],
    since: Annotated[
        str | None,
        typer.Option("--since", help="Customer since this day (absent: a prospect).",
                     show_default=False),
    ] = None,
    why: Annotated[
        str | None,
        typer.Option("--why",
                     help="Why you want this customer: dream, challenge, money or any text.",
                     show_default=False, autocompletion=completer("complete_why")),
    ] = None,
    needs: Annotated[
        str | None,
        typer.Option("--needs", help="How they tick, what they need (shown before every contact).",
                     show_default=False),
    ] = None,
    cadence: Annotated[
        str | None,
        typer.Option("--cadence", help="Wanted gap between genuine contacts: 10d, 3w, 2m, 1y.",
                     show_default=False),
    ] = None,
    contact: Annotated[
        list[str] | None,
        typer.Option("--contact",
                     help='A contact as "Name, role" (repeatable; the first is the key contact).',
                     show_default=False),
    ] = None,
    tag: Annotated[
        list[str] | None,
        typer.Option("--tag", help="A tag (repeatable).", show_default=False),
    ] = None,
    phase: Annotated[
        str | None,
        typer.Option("--phase",
                     help="Where the relationship stands today (recorded as your assessment).",
                     show_default=False, autocompletion=completer("complete_phase")),
    ] = None,
    owner: Annotated[
        str | None,
        typer.Option("--owner", help="Whose account it is (team journals).", show_default=False),
    ] = None,
) -> None:
    """Add a customer (with --since) or a prospect."""
    from relj.catalogue import names
    from relj.cli.typed import why_option
    from relj.dates import parse_day, parse_duration
    from relj.i18n import t
    from relj.render import out
    from relj.slugs import fold, slugify
    from relj.storage.codec import render_block
    from relj.storage.entries import assessment_data, customer_text, parse_contact, parse_phase

    st = state()
    journal = st.journal()
    if not name.strip():
        raise ReljError("core.empty_name_given")
    since_day = parse_day(since, st.today, "past") if since else None
    if cadence is not None:
        parse_duration(cadence)
    contacts = [parse_contact(c) for c in contact or []]
    assessed = parse_phase(phase) if phase is not None else None
    why = why_option(why)  # wunschkunde, herausforderung, geld: their codes
    for slug, existing in names(journal):
        if fold(existing) == fold(name):
            raise ReljError("core.customer_exists", slug=slug)
    why, needs, assessed = _asked_for_add(name.strip(), why, needs, assessed, since_day)
    slug = slugify(name)  # made unique (-2, -3, ...) under the lock, by create
    text = customer_text(name.strip(), since_day, why, cadence, list(tag or []), contacts,
                         added=st.today, owner=(owner or "").strip() or None)
    if needs is not None:
        from relj.storage.entries import with_top_key

        text = with_top_key(text.encode("utf-8"), "needs", needs).decode("utf-8")
    if assessed is not None:
        text += render_block("assessment", assessment_data(st.today, assessed, None))
    slug = journal.create(slug, text, unique=True).stem  # the slug is chosen under the lock
    kind = "core.added_customer" if since_day else "core.added_prospect"
    out(t(kind, name=name.strip(), slug=slug, path=journal.display_path(slug)))


def _asked_for_add(name: str, why: str | None, needs: str | None, phase: int | None,
                   since: date | None) -> tuple[str | None, str | None, int | None]:
    """On a terminal: the why and the needs when not given, and where an older
    relationship stands today (SPEC §3 `add`); without one, what was given."""
    from relj.catalogue import settings
    from relj.cli.why_prompt import AddAnswers, ask_for_add

    st = state()
    given = AddAnswers(_blank(why), _blank(needs), phase)
    answers = ask_for_add(name, given, since, st.today, settings(st.journal()))
    return answers.why, answers.needs, answers.phase


def _blank(text: str | None) -> str | None:
    return text.strip() if text and text.strip() else None


# -- log ----------------------------------------------------------------------


@app.command()
def log(
    customer: Annotated[
        str | None,
        typer.Argument(help="Slug, name or unique prefix (asked for on a terminal).",
                       show_default=False, autocompletion=completer("complete_customer")),
    ] = None,
    channel: Annotated[
        str | None,
        typer.Option("--channel", "-c", help="call, video, visit, email, message, event or other.",
                     show_default=False, autocompletion=completer("complete_channel")),
    ] = None,
    concern: Annotated[
        str | None,
        typer.Option("--concern", help="Your real concern in this contact (makes it genuine).",
                     show_default=False),
    ] = None,
    check_in: Annotated[
        bool,
        typer.Option("--check-in", help="A check-in without a real concern."),
    ] = False,
    genuine: Annotated[
        bool,
        typer.Option("--genuine",
                     help="A genuine contact (you listened, helped or asked real questions)."),
    ] = False,
    mood: Annotated[
        str | None,
        typer.Option("--mood", "-m",
                     help="The customer's mood: annoyed, passive, depressed, optimistic, "
                          "desperate, uncertain, active.", show_default=False,
                     autocompletion=completer("complete_mood")),
    ] = None,
    signal: Annotated[
        list[str] | None,
        typer.Option("--signal", "-s",
                     help="A signal such as praise, objection:price, delay, trust (repeatable).",
                     show_default=False, autocompletion=completer("complete_signal")),
    ] = None,
    pitch: Annotated[
        bool,
        typer.Option("--pitch", help="You offered or pushed something."),
    ] = False,
    closing: Annotated[
        str | None,
        typer.Option("--closing", help="Answer to the closing question: yes, no or later.",
                     show_default=False, autocompletion=completer("complete_closing")),
    ] = None,
    offer: Annotated[
        str | None,
        typer.Option("--offer", help="The offer this is about (its id).", show_default=False),
    ] = None,
    follow_up: Annotated[
        str | None,
        typer.Option("--follow-up", "-f",
                     help="Follow up on this day (e.g. 'in 2 weeks', 'friday', 01.12.).",
                     show_default=False),
    ] = None,
    with_: Annotated[
        str | None,
        typer.Option("--with", "-w", help="Whom you spoke with.", show_default=False),
    ] = None,
    at: Annotated[
        str | None,
        typer.Option("--at",
                     help="When it happened (default: now), e.g. 'yesterday 14:30', 24.11.",
                     show_default=False),
    ] = None,
    note: Annotated[
        str | None,
        typer.Option("--note", "-n", help="Free text.", show_default=False),
    ] = None,
    edit: Annotated[bool, typer.Option("--edit", help="Write the note in $EDITOR.")] = False,
    commit: Annotated[bool, typer.Option("--commit", help="Commit the change to git.")] = False,
    phase: Annotated[
        str | None,
        typer.Option("--phase", help="Your assessment of the phase, dated like the interaction.",
                     show_default=False, autocompletion=completer("complete_phase")),
    ] = None,
    no_answer: Annotated[
        bool,
        typer.Option("--no-answer",
                     help="An attempt that reached nobody: no contact, tried again later."),
    ] = False,
) -> None:
    """Record an interaction with a customer (or, with --no-answer, an attempt)."""
    from relj.cli.log_flow import LogOptions, run_log

    run_log(LogOptions(customer=customer, channel=channel, concern=concern, check_in=check_in,
                       genuine=genuine, mood=mood, signals=tuple(signal or ()), pitch=pitch,
                       closing=closing, offer=offer, follow_up=follow_up, with_=with_, at=at,
                       note=note, edit=edit, commit=commit, phase=phase,
                       no_answer=no_answer))


# -- offer --------------------------------------------------------------------


@app.command()
def offer(
    customer: Annotated[
        str,
        typer.Argument(help="Slug, name or unique prefix.",
                       autocompletion=completer("complete_customer")),
    ],
    what: Annotated[str, typer.Argument(help="What you offer.")],
    value: Annotated[  # text: relj.numbers reads a decimal comma, 12.000,50 too
        str | None,
        typer.Option("--value", help="Its value.", show_default=False),
    ] = None,
    currency: Annotated[
        str | None,
        typer.Option("--currency", help="Currency code, e.g. EUR.", show_default=False),
    ] = None,
    at: Annotated[
        str | None,
        typer.Option("--at", help="Opened on this day (default: today).", show_default=False),
    ] = None,
) -> None:
    """Open an offer; a closing answer in `relj log` closes it."""
    from relj.catalogue import resolve
    from relj.dates import parse_day
    from relj.i18n import t
    from relj.numbers import parse_amount
    from relj.render import out
    from relj.storage.codec import render_block
    from relj.storage.entries import offer_data

    st = state()
    journal = st.journal()
    slug = resolve(journal, customer)
    if not what.strip():
        raise ReljError("core.empty_offer")
    number = parse_amount(value) if value is not None else None
    if number is not None and not 0 <= number <= 10**15:  # also nan; TOML holds it exactly
        raise ReljError("core.bad_offer_value", value=str(value))  # not an amount
    opened = parse_day(at, st.today, "past") if at else st.today
    amount = int(number) if number is not None and number.is_integer() else number
    data = offer_data(what.strip(), opened, amount, currency)
    journal.append_block(slug, render_block("offer", data))
    out(t("core.offer_opened", id=data["id"], what=data["what"], customer=slug,
          day=opened.isoformat()))


# -- check --------------------------------------------------------------------


@app.command()
def check() -> None:
    """Validate every file; each problem as path:line: message (exit 1 if any)."""
    from relj.i18n import t
    from relj.render import out
    from relj.storage.check import journal_problems, journal_warnings
    from relj.team.unmerged import team_problems

    journal = state().journal()
    problems, count = journal_problems(journal)
    problems += team_problems(journal.root)  # unfinished merges, as git lists them
    for problem in problems + journal_warnings(journal):  # warnings: exit 0 all the same
        out(problem)
    if problems:
        raise typer.Exit(1)
    out(t("core.check_ok", count=count))


# -- edit ---------------------------------------------------------------------


@app.command()
def edit(
    customer: Annotated[
        str,
        typer.Argument(help="Slug, name or unique prefix.",
                       autocompletion=completer("complete_customer")),
    ],
) -> None:
    """Open a customer's file in $EDITOR; it is checked before it is kept."""
    from relj.cli.edit_flow import edit_customer

    edit_customer(state().journal(), customer)


"""`relj catch-up`: proposals from a calendar or a mailbox, decided on a terminal."""

from __future__ import annotations

from typing import TYPE_CHECKING, Annotated

import typer

from relj.cli.app import all_customers, app, state
from relj.errors import ReljUsageError

if TYPE_CHECKING:
    from collections.abc import Iterator
    from datetime import date, datetime, tzinfo
    from pathlib import Path

    from relj.errors import ReljError
    from relj.interchange.catchup.proposals import Item


@app.command("catch-up")
def catch_up(
    ics: Annotated[
        str | None,
        typer.Option("--ics", metavar="FILE",
                     help="A calendar export (.ics: Outlook, Google, Thunderbird).",
                     show_default=False),
    ] = None,
    mbox: Annotated[
        str | None,
        typer.Option("--mbox", metavar="FILE",
                     help="A mailbox file (mbox, e.g. Thunderbird's Sent).",
                     show_default=False),
    ] = None,
    maildir: Annotated[
        str | None,
        typer.Option("--maildir", metavar="DIR", help="A Maildir folder (with cur/ and new/).",
                     show_default=False),
    ] = None,
    days: Annotated[
        int,
        typer.Option("--days", metavar="N", min=1, max=3660,
                     help="How many days back, today included."),
    ] = 14,
    json: Annotated[bool, typer.Option("--json", help="The proposals as JSON.")] = False,
) -> None:
    """Contacts from your calendar or mail that the journal lacks: decide each one."""
    from datetime import timedelta

    from dateutil.tz import tzlocal

    from relj.interchange.catchup.proposals import in_window, propose
    from relj.render import out, print_json, warn_problems
    from relj.render.prompt import interactive
    from relj.storage.skipped import skipped_tokens

    if (ics is not None) + (mbox is not None) + (maildir is not None) != 1:
        raise ReljUsageError("catchup.one_source")
    st = state()
    journal = st.journal()
    zone = tzlocal()
    now = _now(st.today)
    first_day = st.today - timedelta(days=days - 1)
    warnings: list[ReljError] = []
    items = [item for item in _items(ics, mbox, maildir, first_day, st.today, zone, warnings)
             if in_window(item, first_day, now)]
    _, customers = all_customers()
    proposals = propose(items, customers, st.today, skipped_tokens(journal.root),
                        _git_email(journal.root))
    warn_problems(warnings)
    if json:
        print_json({"schema": 1, "proposals": [p.as_json() for p in proposals]})
        return
    if not proposals:
        from relj.i18n import t

        out(t("catchup.nothing", days=days))
        return
    if interactive():
        from relj.interchange.catchup.decide import decide_all

        decide_all(journal, proposals, _git_user(journal.root))
        return
    from relj.i18n import t
    from relj.interchange.catchup.decide import list_lines

    for line in list_lines(proposals):
        out(line)
    out(t("catchup.list_hint", count=len(proposals)))


def _items(ics: str | None, mbox: str | None, maildir: str | None, first_day: date,
           last_day: date, zone: tzinfo, warnings: list[ReljError]) -> Iterator[Item]:
    """The events or messages of the one source named, read lazily."""
    from pathlib import Path

    from relj.storage.files import relative

    if ics is not None:
        from relj.interchange.catchup.ics import read_calendar, read_ics

        path = Path(ics).expanduser().absolute()
        data = read_calendar(path, relative(path))
        return read_ics(data, relative(path), first_day, last_day, zone, warnings)
    from relj.interchange.catchup.mail import read_maildir, read_mbox

    if mbox is not None:
        path = Path(mbox).expanduser().absolute()
        return read_mbox(path, relative(path), first_day, last_day, zone, warnings)
    assert maildir is not None  # exactly one source was checked above
    path = Path(maildir).expanduser().absolute()
    return read_maildir(path, relative(path), first_day, last_day, zone, warnings)


def _now(today: date) -> datetime:
    """Now on the clock; with --today (a time machine), that day at the current time,
    as `relj log` takes it: what starts after it has not happened yet."""
    from relj.dates import local_now

    now = local_now()
    if now.date() != today:
        return now.replace(year=today.year, month=today.month, day=today.day)
    return now


def _git_user(root: Path) -> str | None:
    """Who logs (team journals write `by`), as `relj log` finds it."""
    from relj.team.git import in_repository, user_name

    if not in_repository(root):
        return None
    return user_name(root)


def _git_email(root: Path) -> str | None:
    """Your own address, when git knows it for this journal (its user.email)."""
    from relj.team.runner import git_available, in_repository, run

    if not git_available() or not in_repository(root):
        return None
    done = run(root, "config", "user.email", check=False)
    return done.stdout.strip() or None

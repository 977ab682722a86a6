"""Telling relj "not now" and finding what was said: `relj snooze` and `relj search`.

(`relj log --no-answer`, the third way of this family, is an option of `log`.)
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Annotated

import typer

from relj.cli.app import app, completer, state
from relj.errors import ReljError, ReljUsageError

if TYPE_CHECKING:
    from datetime import date

    from relj.analysis.search import Hit
    from relj.storage.search_index import FileText


@app.command()
def snooze(
    customer: Annotated[
        str,
        typer.Argument(help="Slug, name or unique prefix.",
                       autocompletion=completer("complete_customer")),
    ],
    until: Annotated[
        str | None,
        typer.Option("--until", help="Off the morning list until this day, e.g. 24.12., "
                                     "'in 2 weeks', monday.", show_default=False),
    ] = None,
    clear: Annotated[bool, typer.Option("--clear", help="Back on the list now.")] = False,
) -> None:
    """Keep a customer off the morning list until a day (a follow-up or a crisis still shows)."""
    from relj.catalogue import resolve
    from relj.dates import day_text, parse_day
    from relj.i18n import t
    from relj.render import out
    from relj.storage.entries import checked_top_keys

    if clear == (until is not None):
        raise ReljUsageError("attempts.snooze_usage")
    st = state()
    journal = st.journal()
    slug = resolve(journal, customer)
    day: date | None = None
    if until is not None:
        day = parse_day(until, st.today, "future")
        if day <= st.today:  # "today" names no later day: the list is today's
            raise ReljError("attempts.snooze_not_future", day=day_text(day),
                            today=day_text(st.today))
    elif journal.load(slug).snooze is None:  # nothing to clear: say so, write nothing
        out(t("attempts.snooze_none", customer=slug))
        return

    journal.update(slug, lambda current: checked_top_keys(
        current, {"snooze": day}, journal.display_path(slug), "attempts.snooze_unwritable"))
    if day is None:
        out(t("attempts.snooze_cleared", customer=slug))
    else:
        out(t("attempts.snoozed", customer=slug, day=day_text(day)))


@app.command()
def search(
    text: Annotated[str, typer.Argument(help="What to look for (case and accents ignored).")],
    customer: Annotated[
        str | None,
        typer.Option("--customer", help="Only this customer (slug, name or unique prefix).",
                     show_default=False, autocompletion=completer("complete_customer")),
    ] = None,
    since: Annotated[
        str | None,
        typer.Option("--since", help="Only what is dated on or after this day.",
                     show_default=False),
    ] = None,
    json_: Annotated[
        bool, typer.Option("--json", help="Print JSON (schema 1) instead of the screen.")
    ] = False,
) -> None:
    """Find concerns, notes, contacts and offers containing TEXT, newest first."""
    from relj.analysis.search import newest_first, query_pair
    from relj.dates import parse_day
    from relj.render import print_json, warn_problems
    from relj.storage.search_index import searchable

    st = state()
    journal = st.journal()
    folded = query_pair(text)
    if not folded[0] and not folded[1]:
        raise ReljUsageError("attempts.search_empty_query")
    since_day = parse_day(since, st.today, "past") if since else None
    if customer is not None:
        from relj.catalogue import resolve  # imported only when needed: start-up counts

        slugs = [resolve(journal, customer)]
    else:
        slugs = journal.slugs()
    files, problems = searchable(journal, slugs)
    warn_problems(problems)
    hits = newest_first(_hits(files, folded), st.today, since_day)
    if json_:
        from relj.render.search import search_json

        print_json(search_json(text, hits))
        return
    from relj.render.search import print_search

    print_search(hits, text, folded)


def _hits(files: dict[str, FileText], folded: tuple[str, str]) -> list[Hit]:
    from relj.analysis.search import Hit, matching

    found: list[Hit] = []
    for slug, entry in files.items():
        indexes = matching(entry.lines_a, entry.lines_b or entry.lines_a, folded)
        for key, day, field, text in entry.records(indexes):
            found.append(Hit(slug, entry.name or slug, key, day, field, text))
    return found

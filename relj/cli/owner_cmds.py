"""Ownership in a team journal: `relj owner CUSTOMER NAME` / `--clear`."""

from __future__ import annotations

from typing import TYPE_CHECKING, Annotated

import typer

from relj.cli.app import app, completer, state
from relj.errors import ReljError, ReljUsageError

if TYPE_CHECKING:
    from relj.storage.journal import Journal


@app.command()
def owner(
    customer: Annotated[
        str,
        typer.Argument(help="Slug, name or unique prefix.",
                       autocompletion=completer("complete_customer")),
    ],
    name: Annotated[
        str | None,
        typer.Argument(help="Whose account it is (a teammate's git user.name).",
                       show_default=False),
    ] = None,
    clear: Annotated[bool, typer.Option("--clear", help="Nobody's account any more.")] = False,
) -> None:
    """Set whose account a customer is (team journals); `relj due` shows yours by default."""
    from relj.catalogue import resolve
    from relj.i18n import t
    from relj.render import out
    from relj.storage.entries import checked_top_keys

    if clear == (name is not None):
        raise ReljUsageError("team.owner_usage")
    if name is not None and not name.strip():
        raise ReljError("team.owner_empty")
    journal = state().journal()
    slug = resolve(journal, customer)
    wanted = name.strip() if name is not None else None

    journal.update(slug, lambda current: checked_top_keys(
        current, {"owner": wanted}, journal.display_path(slug), "team.owner_unwritable"))
    if wanted is None:
        out(t("team.owner_cleared", customer=slug))
    else:
        out(t("team.owner_set", customer=slug, owner=wanted))


def due_owner(journal: Journal, mine: bool, owner: str | None, everyone: bool) -> str | None:
    """Whose customers `relj due` shows (None: everyone's). In a journal where customers
    have an owner the default is your own (git user.name) and the unowned ones."""
    if mine + (owner is not None) + everyone > 1:
        raise ReljUsageError("team.due_owner_usage")
    if everyone:
        return None
    if owner is not None:
        return owner.strip() or None
    # Unowned customers always show, so in a journal without owners this is everyone.
    from relj.team.owner import me

    name = me(journal.root)
    if name is None and mine:
        raise ReljError("team.due_mine_unknown")
    return name

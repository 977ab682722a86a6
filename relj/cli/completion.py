"""Shell completion (Typer's `relj --install-completion`): customers and stable codes.

Every TAB starts Python afresh, so this module imports only os and pathlib (and,
for --format, the constant of the tiny relj.interchange package), and
customers are completed from the file names in customers/ (their slugs, listed
by relj.storage.location as the journal lists them): no file is parsed. Whatever goes
wrong (no journal, an unreadable folder) gives no suggestions rather than an
error in the middle of the user's typing.

The code tuples repeat relj.model's (tests/test_completion.py keeps them equal)
so that completing `--mood` need not import the model.
"""

from __future__ import annotations

import os
from pathlib import Path

CHANNELS = ("call", "video", "visit", "email", "message", "event", "other")
MOODS = ("annoyed", "passive", "depressed", "optimistic", "desperate", "uncertain", "active")
SIGNALS = ("praise", "criticism", "objection:price", "objection:scope", "objection:other",
           "conflict", "delay", "discount-pressure", "rework", "project", "repeat-order",
           "trust", "contact-left", "won", "lost")
CLOSING_ANSWERS = ("yes", "no", "later")


def _journal_option(ctx: object) -> str | None:
    """The --journal/-J given on the command line being completed, if any."""
    root = ctx
    while getattr(root, "parent", None) is not None:
        root = root.parent  # type: ignore[attr-defined]
    params = getattr(root, "params", None) or {}
    value = params.get("journal")
    return value if isinstance(value, str) and value.strip() else None


def complete_customer(ctx: object, incomplete: str) -> list[str]:
    """Slugs starting with what was typed.

    Typer keeps only suggestions that start with the typed text, so a name typed
    as "Mü" cannot become "mueller-…": completion offers slugs; type their start.
    """
    try:
        from relj.storage.location import customer_slugs, find_root

        root = find_root(_journal_option(ctx), os.environ, Path.cwd())
        slugs = customer_slugs(root / "customers")
        return [s for s in slugs if s.startswith(incomplete or "")]
    except Exception:  # noqa: BLE001 - completion must never break the shell
        return []


# Every completer takes (ctx, incomplete), so the CLI wraps them all alike.


def _matching(codes: tuple[str, ...], incomplete: str) -> list[str]:
    typed = (incomplete or "").casefold()
    return [code for code in codes if code.startswith(typed)]


def complete_channel(ctx: object, incomplete: str) -> list[str]:
    return _matching(CHANNELS, incomplete)


def complete_mood(ctx: object, incomplete: str) -> list[str]:
    return _matching(MOODS, incomplete)


def complete_signal(ctx: object, incomplete: str) -> list[str]:
    return _matching(SIGNALS, incomplete)


def complete_closing(ctx: object, incomplete: str) -> list[str]:
    return _matching(CLOSING_ANSWERS, incomplete)


def complete_format(ctx: object, incomplete: str) -> list[str]:
    from relj.interchange import EXPORT_FORMATS  # the package only: neither importer nor exporter

    return _matching(EXPORT_FORMATS, incomplete)

"""Shell completion (Typer's `relj --install-completion`): customers and stable codes.

Every TAB starts Python afresh, so this module imports only os and pathlib (and,
for --format, the constant of the tiny relj.interchange package; for codes, the
word table relj/messages/words.py, which is a plain dict), and
customers are completed from the file names in customers/ (their slugs, listed
by relj.storage.location as the journal lists them): no file is parsed. Whatever goes
wrong (no journal, an unreadable folder) gives no suggestions rather than an
error in the middle of the user's typing.

Codes are offered as their German words when relj would speak German (--lang de,
relj.toml's lang, or the locale), as the codes otherwise. The codes come from the
word table, not relj.model (tests/test_words.py keeps the two equal), so that
completing `--mood` need not import the model.
"""

from __future__ import annotations

import os
from pathlib import Path


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


def completion_lang(ctx: object, environ: dict[str, str] | os._Environ[str] | None = None,
                    cwd: Path | None = None) -> str:
    """The language relj would speak on this command line, found cheaply: --lang, else
    the journal's relj.toml ``lang`` (read as text: no TOML parser on a TAB), else the
    locale ($LC_ALL, $LC_MESSAGES, $LANG), as relj.cli.app decides it."""
    env = os.environ if environ is None else environ
    root = ctx
    while getattr(root, "parent", None) is not None:
        root = root.parent  # type: ignore[attr-defined]
    typed = (getattr(root, "params", None) or {}).get("lang")
    if typed in ("en", "de"):
        return str(typed)
    try:
        from relj.storage.location import find_root

        folder = find_root(_journal_option(ctx), env, cwd or Path.cwd())
        chosen = journal_lang(folder)
    except Exception:  # noqa: BLE001 - an unreadable journal leaves the locale to decide
        chosen = None
    if chosen is not None:
        return chosen
    for name in ("LC_ALL", "LC_MESSAGES", "LANG"):
        value = env.get(name, "")
        if value:
            return "de" if value.lower().startswith("de") else "en"
    return "en"


def journal_lang(root: Path) -> str | None:
    """The top-level ``lang = "de"`` of the journal's relj.toml, if it says en or de.
    Read as text, because completion and --help must not load a TOML parser; a value
    written any other way (a multi-line string, an escape) is simply not seen here."""
    path = root / "relj.toml"
    if not path.is_file():
        return None
    for line in path.read_text(encoding="utf-8", errors="replace").splitlines():
        text = line.strip()
        if text.startswith("["):
            return None  # past the top level
        name, _, value = text.partition("=")
        if name.strip() == "lang":
            word = value.split("#", 1)[0].strip().strip("\"'")
            return word if word in ("en", "de") else None
    return None


def _words(ctx: object, kind: str, incomplete: str) -> list[str]:
    """The German words of a kind's codes on a German command line, else the codes;
    with no German word matching, the codes that do are offered (a German user may
    type the code). Typer keeps only suggestions that start with the typed text, so
    ``spae`` completes nothing (relj.i18n.code_of still takes it when typed out)."""
    from relj.messages.words import WORDS  # a small dict: cheap enough for a TAB

    codes = tuple(WORDS[kind])
    if completion_lang(ctx) == "de":
        german = tuple(words["de"] for words in WORDS[kind].values())
        found = _matching(german, incomplete)
        if found:
            return found
    return _matching(codes, incomplete)


def _matching(codes: tuple[str, ...], incomplete: str) -> list[str]:
    typed = (incomplete or "").casefold()
    return [code for code in codes if code.startswith(typed)]


def complete_channel(ctx: object, incomplete: str) -> list[str]:
    return _words(ctx, "channel", incomplete)


def complete_mood(ctx: object, incomplete: str) -> list[str]:
    return _words(ctx, "mood", incomplete)


def complete_signal(ctx: object, incomplete: str) -> list[str]:
    return _words(ctx, "signal", incomplete)


def complete_closing(ctx: object, incomplete: str) -> list[str]:
    return _words(ctx, "closing", incomplete)


def complete_phase(ctx: object, incomplete: str) -> list[str]:
    return _words(ctx, "phase", incomplete)


def complete_why(ctx: object, incomplete: str) -> list[str]:
    return _words(ctx, "why", incomplete)


def complete_format(ctx: object, incomplete: str) -> list[str]:
    from relj.interchange import EXPORT_FORMATS  # the package only: neither importer nor exporter

    return _matching(EXPORT_FORMATS, incomplete)

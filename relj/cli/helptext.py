"""`--help` in the user's language (SPEC §3: "--help follows the language").

The English help stays in the Typer declarations, where whoever adds an option
writes it; the German is in relj/messages/help.py, keyed by command and option.
When help is about to be written (relj.cli.app.ReljContext.make_formatter) the
command's texts, and its subcommands' for a group's command list, are swapped to
the language of the help, and swapped back for English: the English originals are
kept on the objects, so one process can show both (tests do). Typer's own words
(Usage:, Options:, "Show this message and exit.") are swapped by their English
text as they are written, through the formatter's public methods; words Typer
changes in a later version simply stay English.

The language of help is decided before the global options' callback runs (`relj
--lang de --help` prints while the options are parsed): relj.cli.app notes what
was typed for --lang and --journal, and help_lang reads the journal's relj.toml as
text (no TOML parser: help is on the start-up path).
"""

from __future__ import annotations

import os
import re
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from collections.abc import Callable, Sequence

    import click

_ORIGINAL = "_relj_english_help"


def help_lang(typed_lang: str | None, typed_journal: str | None) -> str:
    """--lang as typed, else the journal's relj.toml ``lang``, else the locale."""
    from relj.i18n import LANGUAGES, lang_from_environment

    if typed_lang in LANGUAGES:
        return str(typed_lang)
    try:
        from relj.cli.completion import journal_lang
        from relj.storage.location import find_root

        found = journal_lang(find_root(typed_journal, os.environ, Path.cwd()))
    except OSError:  # an unreadable journal: the locale decides
        found = None
    return found or lang_from_environment()


def help_key(command_name: str, param: click.Parameter) -> str:
    """``help.log.--mood`` for an option (its first long name), ``help.log.customer``
    for an argument."""
    if getattr(param, "param_type_name", "") == "option":
        names = [o for o in param.opts if o.startswith("--")] or list(param.opts)
        return f"help.{command_name}.{names[0]}"
    return f"help.{command_name}.{param.name}"


def _swap(target: Any, attribute: str, key: str, lang: str) -> None:
    """Set ``target.attribute`` to the German of ``key`` (if there is one) or back to
    the English it had when first seen."""
    from relj.i18n import catalogue

    originals: dict[str, Any] = target.__dict__.setdefault(_ORIGINAL, {})
    english = originals.setdefault(attribute, getattr(target, attribute))
    entry = catalogue("help").get(key)
    text = entry["de"] if lang == "de" and entry is not None and english else english
    setattr(target, attribute, text)


def localise(command: click.Command, name: str, lang: str) -> None:
    """The command's help and its parameters' help in ``lang``."""
    _swap(command, "help", f"help.{name}", lang)
    for param in command.params:
        if hasattr(param, "help"):
            _swap(param, "help", help_key(name, param), lang)


def localise_group(group: click.Group, ctx: click.Context, lang: str,
                   name: str = "") -> None:
    """A group's own help and its commands' (their first sentence is the command
    list): relj itself (``name`` empty), or a command with subcommands (``contact``,
    whose ``add`` is keyed ``contact.add``)."""
    localise(group, name or "relj", lang)
    for sub in group.list_commands(ctx):
        command = group.get_command(ctx, sub)
        if command is not None:
            localise(command, f"{name}.{sub}" if name else sub, lang)


def library_words(lang: str) -> dict[str, str]:
    """Typer's English words → their German (empty in English)."""
    from relj.i18n import catalogue

    if lang != "de":
        return {}
    return {entry["en"]: entry["de"] for key, entry in catalogue("help").items()
            if key.startswith("help.typer.") and not key.startswith("help.typer.metavar.")}


def usage_words(lang: str) -> dict[str, str]:
    """The usage line's placeholders (OPTIONS, COMMAND, customer …) → German."""
    from relj.i18n import catalogue

    if lang != "de":
        return {}
    return {entry["en"]: entry["de"] for key, entry in catalogue("help").items()
            if key.startswith("help.typer.metavar.")}


_METAVAR = re.compile(r"[A-Za-z_]+")


def translate_usage_args(args: str, lang: str) -> str:
    """``[OPTIONS] COMMAND [ARGS]...`` → ``[OPTIONEN] BEFEHL [ARGUMENTE]...``; words
    not in the catalogue stay as they are."""
    words = usage_words(lang)
    return _METAVAR.sub(lambda found: words.get(found.group(), found.group()), args)


def translate_formatter(formatter: click.HelpFormatter, lang: str) -> None:
    """Make ``formatter`` write Typer's own words in ``lang``: the usage prefix, the
    section headings, and known help lines (the help option's). Only this one
    formatter object is changed, through its public writing methods."""
    words = library_words(lang)
    if not words:
        return
    write_usage: Callable[..., None] = formatter.write_usage
    write_heading: Callable[[str], None] = formatter.write_heading
    write_dl: Callable[..., None] = formatter.write_dl

    def usage(prog: str, args: str = "", prefix: str | None = None) -> None:
        write_usage(prog, translate_usage_args(args, lang),
                    words["Usage: "] if prefix is None else prefix)

    def heading(text: str) -> None:
        write_heading(words.get(text, text))

    def rows(found: Sequence[tuple[str, str]], *args: Any, **kwargs: Any) -> None:
        write_dl([(first, words.get(second, second)) for first, second in found],
                 *args, **kwargs)

    formatter.write_usage = usage
    formatter.write_heading = heading
    formatter.write_dl = rows

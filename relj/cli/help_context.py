"""Help and usage errors in the user's language: the context relj's commands get,
and what was typed for --lang and --journal, noted before click parses anything
(help is written while the options are parsed, before the global options' callback
has run). The texts and the swapping live in relj/cli/helptext.py."""

from __future__ import annotations

from typing import TYPE_CHECKING

import typer
from typer.core import TyperGroup

if TYPE_CHECKING:
    import click
    from typer._click.exceptions import UsageError

# --lang and --journal as typed, noted before parsing: help is written while the
# options are parsed, before global_options() has run (relj.cli.helptext.help_lang).
_typed_for_help: dict[str, str | None] = {"lang": None, "journal": None}


class ReljContext(typer.Context):
    """A context whose help is written in the user's language (relj.cli.helptext)."""

    def make_formatter(self) -> click.HelpFormatter:
        from relj.cli.helptext import help_lang, localise, localise_group, translate_formatter

        lang = help_lang(_typed_for_help["lang"], _typed_for_help["journal"])
        name = _help_name(self)
        if self.parent is None:  # relj itself
            localise_group(self.command, self, lang)
        elif isinstance(self.command, TyperGroup):  # a command with subcommands (contact)
            localise_group(self.command, self, lang, name)
        else:
            localise(self.command, name, lang)
        formatter = super().make_formatter()
        translate_formatter(formatter, lang)
        return formatter


def _help_name(ctx: click.Context) -> str:
    """The command's name under relj, subcommands dotted: ``log``, ``contact.add``."""
    names: list[str] = []
    while ctx.parent is not None:
        names.append(ctx.info_name or "")
        ctx = ctx.parent
    return ".".join(reversed(names))


def localised(error: UsageError) -> UsageError:
    """Click's usage error in the language help uses (relj.cli.usage_errors)."""
    from relj.cli.helptext import help_lang
    from relj.cli.usage_errors import localised as in_language

    return in_language(error, help_lang(_typed_for_help["lang"], _typed_for_help["journal"]))


def note_for_help(args: list[str]) -> None:
    """Keep what was typed for --lang and --journal (-J), wherever on the line."""
    _typed_for_help.update(lang=None, journal=None)
    names = {"--lang": "lang", "--journal": "journal", "-J": "journal"}
    for i, token in enumerate(args):
        if token == "--":
            break
        name, has_value, value = token.partition("=")
        if name in names:
            if has_value:
                _typed_for_help[names[name]] = value
            elif i + 1 < len(args):
                _typed_for_help[names[name]] = args[i + 1]



"""Click's usage errors in the user's language (SPEC §3: screens follow the language).

Typer's click prints a usage error (exit 2) as the usage line, "Try 'relj log -h'
for help." and "Error: <sentence>", in English. relj.cli.app catches each
UsageError where it already catches errors (ReljGroup.parse_args and invoke)
and, on a German screen, raises a ``LocalisedUsageError`` in its place: a
UsageError of click's public kind whose ``show`` writes the same three parts in
German (the usage line through relj's German help formatter, the sentence through
relj/messages/usage.py). Nothing of click is patched; exit code and stream stay.
"""

from __future__ import annotations

import re
import sys
from functools import cache
from typing import IO, Any

import typer
from typer._click.exceptions import NoArgsIsHelpError, UsageError

_FIELD = re.compile(r"\{(\w+)\}")


class LocalisedUsageError(UsageError):
    """``original`` shown in ``lang`` (German); the same exit code (2)."""

    def __init__(self, original: UsageError, lang: str) -> None:
        super().__init__(original.format_message(), original.ctx)
        self.exit_code = original.exit_code
        self.lang = lang

    def format_message(self) -> str:
        return translate(self.message, self.lang)

    def show(self, file: IO[Any] | None = None) -> None:
        from relj.i18n import t

        stream = file if file is not None else sys.stderr
        ctx = self.ctx
        color = ctx.color if ctx is not None else None
        if ctx is not None:
            hint = ""
            if ctx.command.get_help_option(ctx) is not None:
                command = f"'{ctx.command_path} {ctx.help_option_names[0]}'"
                hint = t("usage.try_help", lang=self.lang, command=command) + "\n"
            typer.echo(f"{ctx.get_usage()}\n{hint}", file=stream, color=color)
        typer.echo(t("usage.error", lang=self.lang, message=self.format_message()),
                   file=stream, color=color)


def localised(error: UsageError, lang: str) -> UsageError:
    """``error`` as the user's language shows it (itself in English, or help)."""
    if lang != "de" or isinstance(error, (NoArgsIsHelpError, LocalisedUsageError)):
        return error
    return LocalisedUsageError(error, lang)


@cache
def _patterns(lang: str) -> list[tuple[re.Pattern[str], str, tuple[str, ...]]]:
    from relj.i18n import catalogue

    found = []
    for key, entry in catalogue("usage").items():
        if not key.startswith("usage.click."):
            continue
        parts = _FIELD.split(entry["en"])  # text, name, text, name, ..., text
        names = tuple(parts[1::2])
        regex = "".join(re.escape(part) if i % 2 == 0 else f"(?P<{part}>.*?)"
                        for i, part in enumerate(parts))
        found.append((re.compile(f"^{regex}$", re.DOTALL), entry[lang], names))
    return found


def translate(message: str, lang: str) -> str:
    """Click's English ``message`` in ``lang``; unchanged if no sentence matches."""
    if lang == "en":
        return message
    wording = message.replace("argument(s)", "arguments")  # click's one "(s)"
    for pattern, text, names in _patterns(lang):
        found = pattern.match(wording)
        if found is None:
            continue
        fields = {name: found.group(name) for name in names}
        if "problem" in fields:
            fields["problem"] = translate(fields["problem"], lang)
        if not fields.get("name", "-").strip("'").startswith("-"):  # an argument, not an option
            from relj.cli.helptext import translate_usage_args

            fields["name"] = translate_usage_args(fields["name"], lang)
        return text.format(**fields)
    return message

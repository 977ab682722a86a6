"""The Typer application, its global options, and the one place errors are caught."""

from __future__ import annotations

import os
import sys
from collections.abc import Callable, Iterator, Mapping, MutableMapping
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any

import typer
from typer._click.exceptions import UsageError  # typer's click: what it raises and shows
from typer.core import TyperGroup

from relj.cli.help_context import ReljContext, localised, note_for_help
from relj.errors import ReljError

if TYPE_CHECKING:  # the journal's code is imported only by the commands that use it
    import click
    from typer.models import CommandInfo

    from relj.model import Customer
    from relj.storage.journal import Journal

# Global options (SPEC §3) are accepted before and after the command:
# ReljGroup moves the ones typed after it to the front before parsing.
GLOBAL_VALUE_OPTIONS = ("--journal", "-J", "--lang", "--today")
GLOBAL_FLAGS = ("--no-color", "--debug")


@dataclass
class State:
    journal_path: str | None = None
    lang: str | None = None
    today_text: str | None = None
    debug: bool = False
    _journal: Journal | None = field(default=None, repr=False)
    _today: date | None = None

    def journal(self) -> Journal:
        """The journal in use; it must exist (relj init makes one)."""
        if self._journal is None:
            self._journal = self.journal_location().require()
            self._apply_journal_language(self._journal)
        return self._journal

    def journal_location(self) -> Journal:
        from relj.storage.journal import Journal
        from relj.storage.location import find_root

        return Journal(find_root(self.journal_path, os.environ, Path.cwd()))

    def _apply_journal_language(self, journal: Journal) -> None:
        from relj.catalogue import settings
        from relj.i18n import set_lang

        lang = settings(journal).lang
        if self.lang is None and lang:
            set_lang(lang)

    @property
    def today(self) -> date:
        if self._today is None:
            self._today = self._parse_today()
        return self._today

    def _parse_today(self) -> date:
        from relj.dates import local_now, parse_day

        real_today = local_now().date()
        text = self.today_text or os.environ.get("RELJ_TODAY")
        return parse_day(text, real_today, "past") if text else real_today


_state = State()


def state() -> State:
    return _state


def completer(name: str) -> Callable[[typer.Context, str], list[str]]:
    """A completion callback that imports relj.cli.completion only when TAB is pressed."""

    def complete(ctx: typer.Context, incomplete: str) -> list[str]:
        from relj.cli import completion

        result: list[str] = getattr(completion, name)(ctx, incomplete)
        return result

    return complete


def all_customers() -> tuple[Journal, list[Customer]]:
    """The journal and every customer that loads; broken files become warnings.

    The Customers come from the cached facts where a file is unchanged (fast on a
    large journal) and equal the parsed ones, except ``raw`` (empty): see
    ``relj.catalogue.customers``."""
    from relj.catalogue.customers import all_customers as from_facts
    from relj.render import warn_problems

    journal = state().journal()
    customers, problems = from_facts(journal)
    warn_problems(problems)
    return journal, customers


def _value_options(command: click.Command | None) -> set[str]:
    names: set[str] = set()
    for param in getattr(command, "params", []):
        is_option = getattr(param, "param_type_name", "") == "option"
        if is_option and not getattr(param, "is_flag", False):
            names.update(param.opts)
            names.update(param.secondary_opts)
    return names


class _LazyCommands(MutableMapping[str, "click.Command"]):
    """relj's commands, each built from its function when first asked for.

    Typer builds a click command by inspecting the function's signature, about
    10 ms for all fifteen; a run needs one (help and completion of command
    names build them all). Keeps the order in which they were registered.
    """

    def __init__(self, built: Mapping[str, click.Command], infos: dict[str, CommandInfo]
                 ) -> None:
        self._built = dict(built)
        self._infos = dict(infos)

    def __getitem__(self, name: str) -> click.Command:
        if name not in self._built:
            from typer.main import get_command_from_info

            info = self._infos[name]  # KeyError: not a command
            self._built[name] = get_command_from_info(
                info, pretty_exceptions_short=app.pretty_exceptions_short,
                rich_markup_mode=app.rich_markup_mode)
        return self._built[name]

    def __setitem__(self, name: str, command: click.Command) -> None:
        self._built[name] = command

    def __delitem__(self, name: str) -> None:
        self._built.pop(name, None)
        self._infos.pop(name, None)

    def __iter__(self) -> Iterator[str]:
        yield from self._infos
        yield from (name for name in self._built if name not in self._infos)

    def __len__(self) -> int:
        return len(set(self._infos) | set(self._built))


# Set by main() for the one group it builds; tests that invoke `app` build eagerly.
_lazy_infos: dict[str, CommandInfo] | None = None

class ReljGroup(TyperGroup):
    context_class = ReljContext

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        if _lazy_infos is not None:
            self.commands = _LazyCommands(self.commands, _lazy_infos)

    def get_command(self, ctx: click.Context, cmd_name: str) -> click.Command | None:
        command = super().get_command(ctx, cmd_name)
        if command is not None:  # built lazily or eagerly: its help follows the language
            command.context_class = ReljContext
            for sub in getattr(command, "commands", {}).values():  # contact add|left|key
                sub.context_class = ReljContext
        return command

    def parse_args(self, ctx: click.Context, args: list[str]) -> list[str]:
        _refuse_undecodable(args)
        note_for_help(args)
        try:
            return super().parse_args(ctx, self._hoist_globals(ctx, list(args)))
        except UsageError as error:  # `relj --bogus`: in the user's language
            raise localised(error) from None

    def _hoist_globals(self, ctx: click.Context, args: list[str]) -> list[str]:
        """Move global options found after the command name in front of it."""
        start = _command_index(args)
        if start is None:
            return args
        command = self.get_command(ctx, args[start])
        takes_value = _value_options(command)
        hoisted: list[str] = []
        rest: list[str] = []
        i = start + 1
        while i < len(args):
            token = args[i]
            name = token.split("=", 1)[0]
            if token == "--":
                rest.extend(args[i:])
                break
            if name in GLOBAL_VALUE_OPTIONS and name not in takes_value:
                count = 1 if "=" in token else 2
                hoisted.extend(args[i : i + count])
                i += count
                continue
            if token in GLOBAL_FLAGS and token not in takes_value:
                hoisted.append(token)
            else:
                rest.append(token)
                if token in takes_value and i + 1 < len(args):
                    rest.append(args[i + 1])
                    i += 1
            i += 1
        return args[:start] + hoisted + [args[start]] + rest

    def invoke(self, ctx: click.Context) -> Any:
        try:
            return super().invoke(ctx)
        except UsageError as error:  # a command's usage error: in the user's language
            raise localised(error) from None
        except (typer.Exit, typer.Abort, typer.exceptions.TyperException):
            raise
        except ReljError as error:
            if _state.debug:
                raise
            _report(error.message())
            ctx.exit(error.exit_code)
        except KeyboardInterrupt:
            _report_key("core.interrupted")
            ctx.exit(130)
        except OverflowError:
            # Date arithmetic beyond year 1 or 9999 (e.g. --today 0001-01-01).
            if _state.debug:
                raise
            _report_key("safety.date_overflow")
            ctx.exit(1)
        except Exception as error:  # noqa: BLE001 - the one place unexpected errors end
            if _state.debug:
                raise
            from relj.i18n import t

            _report(t("core.internal_error", error=f"{type(error).__name__}: {error}"))
            ctx.exit(1)


def _refuse_undecodable(args: list[str]) -> None:
    """Bytes that are not UTF-8 reach Python as lone surrogates; the journal is
    UTF-8, so such an argument is refused before anything runs (exit 2)."""
    for number, arg in enumerate(args, start=1):
        try:
            arg.encode("utf-8")
        except UnicodeEncodeError:
            from relj.i18n import lang_from_environment, t

            shown = "".join("\ufffd" if "\ud800" <= c <= "\udfff" else c for c in arg[:60])
            message = t("safety.not_utf8", lang=lang_from_environment(), number=number, arg=shown)
            raise typer.BadParameter(message) from None


def _command_index(args: list[str]) -> int | None:
    i = 0
    while i < len(args):
        token = args[i]
        if token == "--":
            return None
        if not token.startswith("-"):
            return i
        i += 2 if token in GLOBAL_VALUE_OPTIONS else 1
    return None


def _report(message: str) -> None:
    from relj.render import err

    # One line, whatever the message holds (a file's value may contain newlines).
    err("relj: " + " ".join(message.split("\n")))


def _report_key(key: str) -> None:
    from relj.i18n import t

    _report(t(key))


app = typer.Typer(
    cls=ReljGroup,
    name="relj",
    help="A relationship journal for people who sell: log every call, see whom to call today.",
    no_args_is_help=True,
    add_completion=True,
    pretty_exceptions_enable=False,
    pretty_exceptions_show_locals=False,
    context_settings={"help_option_names": ["-h", "--help"]},
    rich_markup_mode=None,
)


def _version(value: bool) -> None:
    if value:
        from relj import __version__

        typer.echo(f"relj {__version__}")
        raise typer.Exit()


@app.callback()
def global_options(
    journal: Annotated[
        str | None,
        typer.Option("--journal", "-J",
                     help="The journal folder (else $RELJ_JOURNAL, the nearest relj.toml "
                          "upwards, ~/relj).", show_default=False),
    ] = None,
    lang: Annotated[
        str | None,
        typer.Option("--lang", help="Language of the screens: en or de.", show_default=False),
    ] = None,
    today: Annotated[
        str | None,
        typer.Option("--today", help="Analyse the journal as of this day (also $RELJ_TODAY).",
                     show_default=False),
    ] = None,
    no_color: Annotated[
        bool,
        typer.Option("--no-color", help="No colours (also NO_COLOR)."),
    ] = False,
    debug: Annotated[bool, typer.Option("--debug", help="Show a traceback on errors.")] = False,
    version: Annotated[
        bool, typer.Option("--version", callback=_version, is_eager=True, help="Show the version.")
    ] = False,
) -> None:
    """A relationship journal for people who sell."""
    global _state
    from relj.i18n import lang_from_environment, set_lang, t
    from relj.render import configure

    if lang is not None and lang not in ("en", "de"):
        message = t("core.bad_lang_option", lang=lang_from_environment())
        raise typer.BadParameter(message, param_hint="--lang")
    if journal is not None and not journal.strip():
        # An empty path must not silently mean "the default journal".
        message = t("core.empty_journal_option", lang=lang or lang_from_environment())
        raise typer.BadParameter(message, param_hint="--journal")
    _state = State(journal_path=journal, lang=lang, today_text=today, debug=debug)
    set_lang(lang or lang_from_environment())
    configure(no_color)


def main() -> None:
    global _lazy_infos

    registered = app.registered_commands
    _lazy_infos = {_command_name(info): info for info in registered}
    app.registered_commands = []  # built lazily by ReljGroup instead
    try:
        app()
    except KeyboardInterrupt:
        _report_key("core.interrupted")
        sys.exit(130)
    finally:
        app.registered_commands = registered
        _lazy_infos = None


def _command_name(info: CommandInfo) -> str:
    """The name Typer gives a registered command: its own, else its function's."""
    from typer.main import get_command_name

    if info.name:
        return info.name
    assert info.callback is not None  # Typer registers functions (and asserts it too)
    return get_command_name(info.callback.__name__)

"""`--help` follows the language (SPEC §3): --lang, relj.toml's lang, or the locale.

The German texts live in relj/messages/help.py keyed by command and option; a
command or option added without its German fails here, naming the missing keys.
"""

from __future__ import annotations

from pathlib import Path

import pytest
import typer
import typer.main

from relj.cli import app
from relj.cli.helptext import help_key
from relj.i18n import catalogue
from tests.helpers import invoke


def _commands() -> list[tuple[str, object]]:
    """(name, click command) of relj itself and of every command, as --help sees them."""
    group = typer.main.get_command(app)
    ctx = typer.Context(group, info_name="relj")
    found: list[tuple[str, object]] = [("relj", group)]
    for name in group.list_commands(ctx):  # type: ignore[attr-defined]
        command = group.get_command(ctx, name)  # type: ignore[attr-defined]
        found.append((name, command))
        for sub, inner in getattr(command, "commands", {}).items():  # contact add|left|key
            found.append((f"{name}.{sub}", inner))
    return found


def _wanted() -> dict[str, str]:
    """Every help key relj's commands need, with the English the code holds."""
    wanted: dict[str, str] = {}
    for name, command in _commands():
        wanted[f"help.{name}"] = command.help or ""  # type: ignore[attr-defined]
        for param in command.params:  # type: ignore[attr-defined]
            wanted[help_key(name, param)] = getattr(param, "help", None) or ""
    return wanted


def test_every_command_and_option_has_german_help() -> None:
    have = catalogue("help")
    missing = sorted(key for key in _wanted() if key not in have)
    assert not missing, ("German help missing in relj/messages/help.py for: "
                         + ", ".join(missing))


def test_the_english_in_the_help_catalogue_is_the_codes() -> None:
    """An English help text changed in the code leaves its German behind: say which."""
    have = catalogue("help")
    stale = sorted(key for key, english in _wanted().items()
                   if key in have and have[key]["en"] != english)
    assert not stale, "help.py's English differs from the code's (update the German too): " \
        + ", ".join(stale)
    unused = sorted(key for key in have
                    if key not in _wanted() and not key.startswith("help.typer."))
    assert not unused, "help.py has keys for no command or option: " + ", ".join(unused)


def test_relj_lang_de_help_is_german(journal_dir: Path) -> None:
    result = invoke(journal_dir, "--lang", "de", "--help")
    assert result.exit_code == 0
    text = result.stdout
    assert text.startswith("Aufruf: ")
    for line in ("Optionen:", "Befehle:", "  log       Einen Kontakt mit einem Kunden notieren",
                 "Diese Hilfe zeigen und beenden.", "Sprache der Ausgaben: en oder de."):
        assert line in text, text
    assert "Usage" not in text and "Options:" not in text and "Show this message" not in text


def test_relj_lang_de_log_help_is_german(journal_dir: Path) -> None:
    result = invoke(journal_dir, "--lang", "de", "log", "--help")
    assert result.exit_code == 0
    text = result.stdout
    assert text.startswith("Aufruf: ") and "Argumente:" in text and "Optionen:" in text
    assert "Einen Kontakt mit einem Kunden notieren" in text
    assert "Antwort auf die Abschlussfrage: ja, nein oder später." in text
    assert "genervt" in text and "annoyed" not in text
    # the global option typed after the command chooses the language too
    assert invoke(journal_dir, "log", "--help", "--lang", "de").stdout == text


def test_help_switches_back_to_english_in_the_same_process(journal_dir: Path) -> None:
    invoke(journal_dir, "--lang", "de", "log", "--help")
    text = invoke(journal_dir, "--lang", "en", "log", "--help").stdout
    assert text.startswith("Usage: ") and "Answer to the closing question: yes, no or later." \
        in text and "Show this message and exit." in text


def test_the_locale_chooses_german_help(journal_dir: Path, monkeypatch: pytest.MonkeyPatch
                                        ) -> None:
    monkeypatch.setenv("LANG", "de_DE.UTF-8")
    assert "Nur diese Phase" in invoke(journal_dir, "list", "--help").stdout
    assert "Only this phase" in invoke(journal_dir, "--lang", "en", "list", "--help").stdout


def test_the_journals_lang_chooses_german_help(journal_dir: Path) -> None:
    settings = journal_dir / "relj.toml"
    settings.write_text('lang = "de"\n' + settings.read_text("utf-8"), "utf-8")
    assert invoke(journal_dir, "--help").stdout.startswith("Aufruf: ")
    assert "Nur diese Phase" in invoke(journal_dir, "list", "--help").stdout


@pytest.mark.parametrize("name", [name for name, _ in _commands()])
def test_german_help_fits_80_columns(journal_dir: Path, name: str) -> None:
    args = ("--help",) if name == "relj" else (*name.split("."), "--help")
    result = invoke(journal_dir, "--lang", "de", *args)
    assert result.exit_code == 0, result.output
    too_wide = [line for line in result.stdout.splitlines() if len(line) > 80]
    assert not too_wide, too_wide

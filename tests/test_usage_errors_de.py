"""Click's usage errors on German screens are German (they were English: "Error:
No such option", "Try 'relj review -h' for help."), exit code 2 kept; English
screens unchanged. The usage line's placeholders are German too."""

from __future__ import annotations

from pathlib import Path

import pytest

from relj.cli.usage_errors import translate
from tests.helpers import init_journal, invoke

ENGLISH = ("Error", "Try ", "Usage", "No such", "Invalid value", "Missing", "OPTIONS",
           "requires", "unexpected", "not a valid")


@pytest.fixture
def root(tmp_path: Path) -> Path:
    root = init_journal(tmp_path / "j")
    assert invoke(root, "add", "Keller").exit_code == 0
    return root


@pytest.mark.parametrize(("args", "german"), [
    (["review", "--weeks", "0"], "Fehler: Ungültiger Wert für --weeks: "),
    (["review", "--weeks", "x"], "'x' ist keine ganze Zahl."),
    (["log", "Keller", "--bogus"], "Fehler: Unbekannte Option: --bogus"),
    (["offer"], "Fehler: Das Argument 'kunde' fehlt."),
    (["offer", "Keller", "X", "Y"], "Fehler: Unerwartete zusätzliche Argumente (Y)"),
    (["offer", "Keller", "X", "--value"], "Fehler: Die Option '--value' braucht einen Wert."),
    (["bogus"], "Fehler: Unbekannter Befehl 'bogus'."),
    (["--bogus"], "Fehler: Unbekannte Option: --bogus"),
])
def test_a_usage_error_on_a_german_screen_is_german(root: Path, args: list[str],
                                                    german: str) -> None:
    result = invoke(root, "--lang", "de", *args)
    assert result.exit_code == 2
    assert german in result.output
    assert not [word for word in ENGLISH if word in result.output], result.output


def test_the_help_hint_and_usage_line_are_german(root: Path) -> None:
    result = invoke(root, "--lang", "de", "review", "--weeks", "0")
    assert "Aufruf: relj review [OPTIONEN]" in result.output
    assert "Hilfe zeigt 'relj review -h'." in result.output


def test_an_english_screen_keeps_clicks_words(root: Path) -> None:
    result = invoke(root, "--lang", "en", "log", "Keller", "--bogus")
    assert result.exit_code == 2
    assert "Error: No such option: --bogus" in result.output
    assert "Try 'relj log -h' for help." in result.output


def test_german_help_usage_line_has_german_placeholders(root: Path) -> None:
    assert "Aufruf: relj [OPTIONEN] BEFEHL [ARGUMENTE]..." in invoke(
        root, "--lang", "de", "--help").output
    assert "Aufruf: relj log [OPTIONEN] [kunde]" in invoke(
        root, "--lang", "de", "log", "--help").output


@pytest.mark.parametrize(("english", "german"), [
    ("No such option: --x (Possible options: --a, --b)",
     "Unbekannte Option: --x (möglich sind: --a, --b)"),
    ("Missing option '--to'.", "Die Option '--to' fehlt."),
    ("Invalid value for '--n': '3.5' is not a valid integer.",
     "Ungültiger Wert für '--n': '3.5' ist keine ganze Zahl."),
    ("Invalid value for '--v': 'x' is not a valid float.",
     "Ungültiger Wert für '--v': 'x' ist keine Zahl."),
    ("Invalid value: 0 is not in the range x>=1.",
     "Ungültiger Wert: 0 liegt nicht im Bereich x>=1."),
    ("Option '-n' requires 2 arguments.", "Die Option '-n' braucht 2 Werte."),
    ("Something click says anew.", "Something click says anew."),
])
def test_clicks_sentences_are_translated(english: str, german: str) -> None:
    assert translate(english, "de") == german
    assert translate(english, "en") == english

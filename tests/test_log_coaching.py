"""`relj log` ends with its echo and at most one line of coaching, on stdout (SPEC §3, §4)."""

from __future__ import annotations

from pathlib import Path

import pytest

from relj.i18n import t
from relj.messages.moment import MESSAGES
from tests.helpers import init_journal, interactions, invoke

TODAY = "2026-11-24"


@pytest.fixture
def journal(tmp_path: Path) -> Path:
    root = init_journal(tmp_path / "j")
    assert invoke(root, "add", "Müller Maschinenbau", "--since", "2026-10-01",
                  today=TODAY).exit_code == 0
    return root


def log(root: Path, *args: str, lang: str = "en") -> list[str]:
    result = invoke(root, "--lang", lang, "log", "mueller-maschinenbau", *args, today=TODAY)
    assert result.exit_code == 0, result.output
    return result.stdout.splitlines()


def test_a_plain_genuine_contact_gets_the_echo_only(journal: Path) -> None:
    lines = log(journal, "--concern", "Spring order", "--channel", "call")
    assert len(lines) == 1 and lines[0].startswith("Logged mueller-maschinenbau")


@pytest.mark.parametrize("lang", ["en", "de"])
def test_the_third_pitch_gets_one_line_after_the_echo(journal: Path, lang: str) -> None:
    assert len(log(journal, "--concern", "a", "--pitch", "--channel", "visit", lang=lang)) == 1
    for concern in "bcd":
        log(journal, "--concern", concern, lang=lang)
    lines = log(journal, "--concern", "e", "--pitch", "--channel", "video", lang=lang)
    assert len(lines) == 1  # 2 pitches in 5 contacts: no pressure yet
    lines = log(journal, "--concern", "f", "--pitch", "--channel", "video", lang=lang)
    assert len(lines) == 2
    assert lines[1] == t("moment.pressure_pitches", lang=lang, count=3,
                         weeks=round(_pressure_days() / 7))


def _pressure_days() -> int:
    from relj.settings import Settings

    return Settings().pressure_days


@pytest.mark.parametrize("lang", ["en", "de"])
@pytest.mark.parametrize("args", [
    ("--check-in", "--mood", "depressed"),
    ("--concern", "Wartung", "--mood", "passive", "--pitch"),
    ("--concern", "Wartung", "--signal", "contact-left"),
    ("--concern", "Wartung", "--signal", "criticism"),
    ("--concern", "Wartung", "--signal", "conflict"),
])
def test_each_line_follows_the_echo_and_fits_80_columns(journal: Path, lang: str,
                                                        args: tuple[str, ...]) -> None:
    lines = log(journal, "--channel", "call", *args, lang=lang)
    assert len(lines) == 2, lines
    echo = t("core.logged", lang=lang, customer="mueller-maschinenbau", details="")
    assert lines[0].startswith(echo.strip())
    assert all(len(line) <= 80 for line in lines), lines


def test_a_no_gets_its_line_and_asks_nothing_without_a_terminal(journal: Path) -> None:
    assert invoke(journal, "offer", "mueller", "Pilot", today=TODAY).exit_code == 0
    lines = log(journal, "--concern", "Pilot?", "--closing", "no")
    assert lines[1] == t("moment.no", lang="en")
    entry = interactions(journal / "customers" / "mueller-maschinenbau.toml")[-1]
    assert "note" not in entry


def test_json_free_and_quiet_on_stderr(journal: Path) -> None:
    result = invoke(journal, "log", "mueller", "--check-in", "--mood", "annoyed", today=TODAY)
    assert result.exit_code == 0 and result.stderr == ""
    assert result.stdout.splitlines()[1] == t("moment.crisis.annoyed", lang="en", days=7)


# Worst cases for the fields: a two-digit count, the longest crisis mood label.
WORST = {"days": 14, "count": 12, "weeks": 6, "contacts": 24}


@pytest.mark.parametrize("key", sorted(k for k in MESSAGES if not k.startswith(
    ("moment.prompt", "moment.why", "moment.ask", "moment.signs"))))
@pytest.mark.parametrize("lang", ["en", "de"])
def test_every_coaching_line_fits_80_columns(key: str, lang: str) -> None:
    from relj.model import MOODS

    moods = [t(f"labels.mood.{mood}", lang=lang) for mood in MOODS]
    for mood in moods:
        text = t(key, lang, mood=mood, **WORST)
        assert len(text) <= 80, text


def test_a_long_echo_breaks_between_words_to_fit_the_terminal() -> None:
    from relj.render.lines import fit_line

    line = ("Notiert northwind-logistics: Di 24.11.2026 10:50 +01:00, Anruf, echt, "
            "Abschlussantwort: nein")
    fitted = fit_line(line, 80).splitlines()
    assert len(fitted) == 2 and all(len(part) <= 80 for part in fitted)
    assert fitted[1] == "  Abschlussantwort: nein"
    assert fit_line("short", 80) == "short"

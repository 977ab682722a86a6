"""`relj catch-up` on a real (pseudo-)terminal: each proposal decided, each decision
written at once as `relj log` writes it, skips remembered, Ctrl-C keeps what was decided."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import tomllib
from pathlib import Path

import pytest

from tests.helpers import installed_relj
from tests.test_catchup import CUSTOMERS, DATA, TODAY
from tests.test_interactive import Terminal

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="needs a POSIX pseudo-terminal")


def setup(tmp_path: Path, lang: str = "en_US.UTF-8") -> tuple[Path, dict[str, str]]:
    journal = tmp_path / "j"
    env = {**os.environ, "RELJ_JOURNAL": str(journal), "LANG": lang, "COLUMNS": "80",
           "TZ": "Europe/Berlin", "RELJ_TODAY": TODAY}
    subprocess.run([*installed_relj(), "init", str(journal), "--no-git"], env=env, check=True,
                   capture_output=True)
    for slug, text in CUSTOMERS.items():
        (journal / "customers" / f"{slug}.toml").write_text(text, encoding="utf-8")
    return journal, env


def entries(journal: Path, slug: str) -> list[dict[str, object]]:
    text = (journal / "customers" / f"{slug}.toml").read_text(encoding="utf-8")
    found: list[dict[str, object]] = tomllib.loads(text).get("interaction", [])
    return found


def test_decide_genuine_check_in_skip_and_later(tmp_path: Path) -> None:
    journal, env = setup(tmp_path)
    term = Terminal([*installed_relj(), "catch-up", "--ics", str(DATA / "google.ics")], env)
    term.expect("Technik-Abstimmung · with Jörg Weiß")
    term.answer("Enter = later:", "g")
    term.answer("Your real concern? (Enter: Technik-Abstimmung)", "")  # the title it is
    term.expect("Logged mueller-maschinenbau: Fri 2026-11-13 09:30 +01:00, event, genuine")
    term.answer("Messe Stuttgart", "s")
    term.expect("not proposed again")
    term.answer("Jour fixe Bergmann", "")  # later
    assert term.finish() == 0, term.screen
    assert "Caught up: 1 logged, 1 skipped, 1 left for later." in term.screen
    [old, new] = entries(journal, "mueller-maschinenbau")
    assert new["channel"] == "event" and new["with"] == "Jörg Weiß" and new["genuine"] is True
    assert new["concern"] == "Technik-Abstimmung"
    assert str(new["at"]) == "2026-11-13 09:30:00+01:00"
    assert entries(journal, "nordlicht-software") == []  # skipped: nothing logged
    # Next time: the logged day and the skipped item are gone, the one left for later stays.
    again = subprocess.run([*installed_relj(), "catch-up", "--ics", str(DATA / "google.ics"),
                            "--json"], env=env, capture_output=True, text=True, check=True)
    assert [p["title"] for p in json.loads(again.stdout)["proposals"]] == ["Jour fixe Bergmann"]


def test_a_check_in_in_german_and_a_second_mail_of_a_logged_day(tmp_path: Path) -> None:
    journal, env = setup(tmp_path, "de_DE.UTF-8")
    args = [*installed_relj(), "catch-up", "--mbox", str(DATA / "thunderbird.mbox"),
            "--days", "5"]
    term = Terminal(args, env)
    term.answer("Einladung Anwendertreffen März · mit Anna Müller", "k")
    term.expect("Kontrollkontakt")
    term.answer("Einladung Anwendertreffen März · mit Dana Nord", "ü")
    assert term.finish() == 0, term.screen
    [_, logged] = entries(journal, "mueller-maschinenbau")
    assert logged["genuine"] is False and logged["channel"] == "email"
    assert "concern" not in logged and str(logged["at"]) == "2026-11-20 11:30:00+01:00"


def test_ctrl_c_keeps_what_was_decided(tmp_path: Path) -> None:
    journal, env = setup(tmp_path)
    term = Terminal([*installed_relj(), "catch-up", "--maildir", str(DATA / "maildir")], env)
    term.answer("Termin bestätigt", "c")
    term.expect("Kurze Frage")
    term.expect("Enter = later:")
    term.process.send_signal(signal.SIGINT)
    assert term.finish() == 130, term.screen
    [_, logged] = entries(journal, "mueller-maschinenbau")
    assert logged["genuine"] is False and logged["with"] == "Anna Müller"
    assert entries(journal, "nordlicht-software") == []

"""`relj inbox` on a real (pseudo-)terminal: line by line, asking what is missing."""

from __future__ import annotations

import os
import sys
from datetime import date
from pathlib import Path

import pytest

from tests.helpers import init_journal, installed_relj, interactions, write_customer
from tests.test_interactive import Terminal

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="needs a POSIX pseudo-terminal")

INBOX = """\
# Notizen
- Acme: Liefertermin besprochen
- [2026-11-20] zzz: who?
- [2026-11-21] Müller: Angebot nachgefragt ?später
- [2026-11-22] acme: nicht jetzt
"""


def test_inbox_on_a_terminal_asks_line_by_line_and_can_skip(tmp_path: Path) -> None:
    root = init_journal(tmp_path / "j")
    write_customer(root, "acme", 'name = "Acme"\nsince = 2025-01-01\n')
    write_customer(root, "mueller", 'name = "Müller"\nsince = 2025-01-01\n\n[[offer]]\n'
                   'id = "o-1"\nwhat = "Pilot"\nopened = 2026-11-01\nstatus = "open"\n')
    (root / "inbox.md").write_text(INBOX, encoding="utf-8")
    env = {**os.environ, "RELJ_JOURNAL": str(root), "RELJ_TODAY": "2026-11-24",
           "LANG": "de_DE.UTF-8", "COLUMNS": "80"}
    term = Terminal([*installed_relj(), "inbox"], env)
    term.answer("inbox.md:2: - Acme: Liefertermin besprochen", "")  # record it
    term.answer("Wann war das?", "gestern")
    term.answer("Wie haben Sie gesprochen?", "1")
    term.answer("Welcher Kunde ist 'zzz'?", "")  # skip: the line stays
    term.answer("inbox.md:3: - [2026-11-21]", "")
    term.answer("wann fragen Sie wieder nach?", "freitag")
    term.answer("Wie haben Sie gesprochen?", "")
    term.answer("inbox.md:3: - [2026-11-22] acme: nicht jetzt", "s")
    assert term.finish() == 0, term.screen
    assert "2 Notizen eingetragen; in inbox.md bleiben 2 Zeilen." in term.screen
    acme = interactions(root / "customers" / "acme.toml")
    assert acme == [{"id": acme[0]["id"], "at": date(2026, 11, 23), "channel": "call",
                     "genuine": True, "concern": "Liefertermin besprochen"}]
    [answer] = interactions(root / "customers" / "mueller.toml")
    assert answer["closing"] == "later" and answer["follow_up"] == date(2026, 11, 27)
    assert (root / "inbox.md").read_text(encoding="utf-8").splitlines() == [
        "# Notizen", "- [2026-11-20] zzz: who?", "- [2026-11-22] acme: nicht jetzt"]


def test_an_answer_with_no_open_offer_is_reported_before_any_question(tmp_path: Path) -> None:
    # The reviewer's case: ?später for a customer without an offer asked when to ask
    # again and the channel, then threw both answers away.
    root = init_journal(tmp_path / "j")
    write_customer(root, "alder", 'name = "Alder"\nsince = 2025-01-01\n')
    line = "- [18.11.2026] Alder: Angebot nachgefragt ?später"
    (root / "inbox.md").write_text(line + "\n", encoding="utf-8")
    env = {**os.environ, "RELJ_JOURNAL": str(root), "RELJ_TODAY": "2026-11-24",
           "LANG": "de_DE.UTF-8", "COLUMNS": "80"}
    term = Terminal([*installed_relj(), "inbox"], env)
    assert term.finish() == 1, term.screen
    assert "Alder hat kein offenes Angebot" in term.screen
    assert "nachfragen" not in term.screen.replace("nachgefragt", "")
    assert "Wie haben Sie gesprochen?" not in term.screen
    assert (root / "inbox.md").read_text(encoding="utf-8") == line + "\n"


def test_the_note_echo_fits_80_columns_with_the_day_as_a_german_screen_reads_it(
        tmp_path: Path) -> None:
    root = init_journal(tmp_path / "j")
    env = {**os.environ, "RELJ_JOURNAL": str(root), "RELJ_TODAY": "2026-11-24",
           "LANG": "de_DE.UTF-8", "COLUMNS": "80"}
    text = ("Keller: Rückruf wegen der Linie 2, Preis ist in Ordnung, Lieferung im Januar, "
            "Technik will noch eine Vorführung @genervt #lob")
    term = Terminal([*installed_relj(), "--lang", "de", "note", text], env)
    assert term.finish() == 0, term.screen
    lines = term.screen.replace("\r", "").splitlines()
    assert lines[0].startswith("In inbox.md notiert (relj inbox trägt es ein): - [24.11.2026 ")
    assert len(lines) > 1 and all(len(line) <= 80 for line in lines), term.screen
    [line] = (root / "inbox.md").read_text(encoding="utf-8").splitlines()
    assert line.startswith("- [2026-11-24 ") and line.endswith(text)  # the file keeps ISO

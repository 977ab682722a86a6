"""`relj end`: an amicable end sets `ended`, keeps a parting note, and quiets `due`."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tomllib
from pathlib import Path

import pytest

from tests.helpers import init_journal, installed_relj, invoke, snapshot, write_customer

TODAY = "2026-11-24"

# Overdue for months, with a follow-up that is due: `relj due` lists it today.
ACME = """# kept by hand
name = "Acme"
since = 2024-01-10   # a long one
why = "money"

[[contact]]
name = "Anna"
key = true

[[interaction]]
id = "i-1"
at = 2026-06-01
genuine = true
concern = "Prices"
signals = ["conflict"]
follow_up = 2026-07-01
"""


@pytest.fixture
def root(tmp_path: Path) -> Path:
    root = init_journal(tmp_path / "j")
    write_customer(root, "acme", ACME)
    return root


def _data(root: Path) -> dict[str, object]:
    return tomllib.loads((root / "customers" / "acme.toml").read_text(encoding="utf-8"))


def test_end_sets_ended_and_the_parting_note_at_the_top_only(root: Path) -> None:
    result = invoke(root, "end", "acme", "--note", "They moved in-house; parted as friends",
                    today=TODAY)
    assert result.exit_code == 0, result.output
    lines = result.output.splitlines()
    assert lines[0] == "Ended acme on 2026-11-24: separated."
    assert "keeps the door open" in lines[1]
    text = (root / "customers" / "acme.toml").read_text(encoding="utf-8")
    top, rest = text.split("\n[[contact]]", 1)
    assert "\n[[contact]]" + rest == ACME[ACME.index("\n[[contact]]"):]  # blocks untouched
    assert top.startswith('# kept by hand\nname = "Acme"\nsince = 2024-01-10   # a long one\n')
    data = _data(root)
    assert str(data["ended"]) == "2026-11-24"
    assert data["parting"] == "They moved in-house; parted as friends"
    assert len(data["interaction"]) == 1  # the note is no contact  # type: ignore[arg-type]


def test_end_at_a_day_and_without_a_note_off_a_terminal(root: Path) -> None:
    result = invoke(root, "end", "acme", "--at", "2026-11-02", today=TODAY)
    assert result.exit_code == 0, result.output
    data = _data(root)
    assert str(data["ended"]) == "2026-11-02" and "parting" not in data


def test_an_ended_customer_gets_no_due_reason(root: Path) -> None:
    listed = json.loads(invoke(root, "due", "--all", "--json", today=TODAY).output)
    assert [i["customer"] for i in listed["items"]] == ["acme"]
    assert invoke(root, "end", "acme", "--note", "done", today=TODAY).exit_code == 0
    after = json.loads(invoke(root, "due", "--all", "--json", today=TODAY).output)
    assert after["items"] == []
    phase = json.loads(invoke(root, "phase", "acme", "--json", today=TODAY).output)
    assert phase["phase"] is None and phase["phase_name"] == "separated"


@pytest.mark.parametrize(("lang", "said"), [
    ("en", "this relationship has ended already, since 2026-11-02"),
    ("de", "Diese Beziehung ist bereits beendet, seit dem 02.11.2026"),
])
def test_end_on_an_ended_customer_says_since_when_and_writes_nothing(root: Path, lang: str,
                                                                     said: str) -> None:
    assert invoke(root, "end", "acme", "--at", "2026-11-02", today=TODAY).exit_code == 0
    before = snapshot(root)
    result = invoke(root, "--lang", lang, "end", "acme", "--note", "again", today=TODAY)
    assert result.exit_code == 1
    assert said in result.output
    assert snapshot(root) == before


def test_a_planned_end_is_said_as_one_and_refused_twice(root: Path) -> None:
    result = invoke(root, "end", "acme", "--at", "2026-12-31", today=TODAY)
    assert result.exit_code == 0, result.output
    assert "acme ends on 2026-12-31" in result.output
    again = invoke(root, "end", "acme", today=TODAY)
    assert again.exit_code == 1 and "already set to end on 2026-12-31" in again.output


def test_end_in_german_speaks_german_dates(root: Path) -> None:
    result = invoke(root, "--lang", "de", "end", "acme", "--note", "im Guten", today=TODAY)
    assert result.exit_code == 0, result.output
    assert "acme am 24.11.2026 beendet" in result.output
    assert "Tür offen" in result.output and "2026-11-24" not in result.output


def test_bad_input_to_end_writes_nothing(root: Path) -> None:
    before = snapshot(root)
    assert invoke(root, "end", "nobody", today=TODAY).exit_code == 1
    assert invoke(root, "end", "acme", "--at", "31.02.2026", today=TODAY).exit_code == 1
    assert snapshot(root) == before


def test_hopeless_struggle_advice_names_relj_end(tmp_path: Path) -> None:
    """A struggle that came back a third time: change it, love it or leave it (relj end),
    on `phase` and on the morning list alike."""
    root = init_journal(tmp_path / "j")
    entries = "".join(
        f'\n[[interaction]]\nid = "i-{n}"\nat = {day}\ngenuine = true\nconcern = "x"\n'
        f'signals = ["{signal}"]\n'
        for n, (day, signal) in enumerate([
            ("2025-01-10", "conflict"), ("2025-04-20", "project"),
            ("2025-06-01", "conflict"), ("2025-06-10", "delay"), ("2025-09-15", "project"),
            ("2026-10-01", "conflict"), ("2026-10-10", "delay")]))
    write_customer(root, "acme", 'name = "Acme"\nsince = 2025-01-01\n' + entries)
    shown = invoke(root, "phase", "acme", today=TODAY).output
    assert "Phase: struggle" in shown and "(relj end)" in " ".join(shown.split())
    due = json.loads(invoke(root, "due", "--json", today=TODAY).output)
    assert "(relj end)" in due["items"][0]["action"]


@pytest.mark.skipif(sys.platform == "win32", reason="needs a POSIX pseudo-terminal")
def test_end_on_a_terminal_asks_for_the_parting_note(root: Path) -> None:
    from tests.test_interactive import Terminal

    env = {**os.environ, "RELJ_JOURNAL": str(root), "LANG": "en_US.UTF-8", "COLUMNS": "80",
           "RELJ_TODAY": TODAY}
    term = Terminal([*installed_relj(), "end", "acme"], env)
    term.answer("A parting note for Acme", "Thanked Anna; handed over the files")
    assert term.finish() == 0, term.screen
    assert "keeps the door open" in term.screen
    assert _data(root)["parting"] == "Thanked Anna; handed over the files"


def test_end_without_a_terminal_asks_nothing(root: Path) -> None:
    env = {**os.environ, "RELJ_JOURNAL": str(root), "RELJ_TODAY": TODAY, "LANG": "C"}
    done = subprocess.run([*installed_relj(), "end", "acme"], env=env, input="ignored\n",
                          capture_output=True, text=True, timeout=60)
    assert done.returncode == 0, done.stderr
    assert "parting" not in _data(root) and done.stderr == ""

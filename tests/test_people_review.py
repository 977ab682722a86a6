"""Findings of the salesperson's review: a prospect's key contact leaving, control
characters and a name missing in `contact add`, a planned end moved, an entry logged
after the end."""

from __future__ import annotations

import tomllib
from pathlib import Path

import pytest

from tests.helpers import init_journal, invoke, snapshot, write_customer

TODAY = "2026-11-24"

PROSPECT = """name = "Müller Logistik"
added = 2026-10-01

[[contact]]
name = "Eva Roth"
key = true

[[contact]]
name = "Jan Kurz"
"""


@pytest.fixture
def root(tmp_path: Path) -> Path:
    root = init_journal(tmp_path / "j")
    write_customer(root, "mueller-logistik", PROSPECT)
    write_customer(root, "keller", 'name = "Keller"\nsince = 2024-01-10\n')
    return root


def _data(root: Path, slug: str) -> dict[str, object]:
    return tomllib.loads((root / "customers" / f"{slug}.toml").read_text(encoding="utf-8"))


@pytest.mark.parametrize("lang", ["en", "de"])
def test_a_prospects_key_contact_leaving_does_not_start_anything_over(root: Path,
                                                                      lang: str) -> None:
    result = invoke(root, "--lang", lang, "contact", "left", "mueller-logistik", "Eva",
                    today=TODAY)
    assert result.exit_code == 0, result.output
    assert "starts over" not in result.output and "von vorn" not in result.output
    said = {"en": "find out who decides now", "de": "Finden Sie heraus, wer jetzt entscheidet"}
    assert said[lang] in result.output


@pytest.mark.parametrize("typed", ["Mallory \x1b[31mRed, Boss", "Eve, \u202eBoss",
                                   "Del\x7f, x", "C1\x9b, x", "Iso\u2066late"])
def test_contact_add_refuses_control_characters_in_name_and_role(root: Path,
                                                                 typed: str) -> None:
    before = snapshot(root)
    result = invoke(root, "contact", "add", "keller", typed, today=TODAY)
    assert result.exit_code == 1
    [line] = result.output.strip().splitlines()
    assert "control" in line and "\x1b" not in line and "\u202e" not in line
    assert snapshot(root) == before


@pytest.mark.parametrize("option", ["--email", "--phone"])
def test_contact_add_refuses_control_characters_in_email_and_phone(root: Path,
                                                                   option: str) -> None:
    before = snapshot(root)
    result = invoke(root, "--lang", "de", "contact", "add", "keller", "Lena", option,
                    "a@b.c\x1b[2J", today=TODAY)
    assert result.exit_code == 1
    assert f"{option} 'a@b.c\\x1b[2J' enthält ein Steuer" in result.output
    assert snapshot(root) == before


def test_contact_add_without_a_name_names_what_was_typed_not_an_option(root: Path) -> None:
    before = snapshot(root)
    result = invoke(root, "--lang", "de", "contact", "add", "keller", ", nur Rolle",
                    today=TODAY)
    assert result.exit_code != 0
    assert "--contact" not in result.output
    assert "', nur Rolle' braucht einen Namen vor dem Komma" in result.output
    assert snapshot(root) == before


def test_a_planned_end_can_be_moved_with_at_an_end_past_cannot(root: Path) -> None:
    assert invoke(root, "end", "keller", "--at", "2026-12-01", "--note", "bye",
                  today=TODAY).exit_code == 0
    moved = invoke(root, "end", "keller", "--at", "2026-12-15", today=TODAY)
    assert moved.exit_code == 0, moved.output
    assert "keller now ends on 2026-12-15 (was 2026-12-01)." in moved.output
    data = _data(root, "keller")
    assert str(data["ended"]) == "2026-12-15" and data["parting"] == "bye"
    before = snapshot(root)
    back = invoke(root, "end", "keller", "--at", "1999-01-01", today=TODAY)
    assert back.exit_code == 1
    assert "already set to end on 2026-12-15" in back.output and "--at" in back.output
    assert snapshot(root) == before
    assert invoke(root, "end", "keller", "--at", "2026-11-24", today=TODAY).exit_code == 0
    past = invoke(root, "end", "keller", "--at", "2026-12-30", today="2026-11-25")
    assert past.exit_code == 1 and "ended already, since 2026-11-24" in past.output
    assert snapshot(root) != before


@pytest.mark.parametrize(("lang", "said"), [
    ("en", "keller ended on 2026-11-20; this entry does not reopen it."),
    ("de", "keller wurde am 20.11.2026 beendet; dieser Eintrag eröffnet"),
])
def test_logging_after_the_end_records_and_warns_once(root: Path, lang: str, said: str) -> None:
    assert invoke(root, "end", "keller", "--at", "2026-11-20", "--note", "x",
                  today=TODAY).exit_code == 0
    result = invoke(root, "--lang", lang, "log", "keller", "--concern", "nach Ende",
                    today=TODAY)
    assert result.exit_code == 0, result.output
    lines = result.output.splitlines()
    assert said in lines[1] and len([line for line in lines if "2026" in line]) >= 1
    assert len(_data(root, "keller")["interaction"]) == 1  # type: ignore[arg-type]


def test_logging_before_a_planned_end_says_nothing_of_it(root: Path) -> None:
    assert invoke(root, "end", "keller", "--at", "2026-12-20", "--note", "x",
                  today=TODAY).exit_code == 0
    result = invoke(root, "log", "keller", "--concern", "still here", today=TODAY)
    assert result.exit_code == 0 and "ended" not in result.output


CUSTOMER = """name = "Keller"
since = 2024-01-10

[[contact]]
name = "Anna"
key = true

[[contact]]
name = "Tom"
"""


@pytest.mark.parametrize(("lang", "action", "reason"), [
    ("en", "Find out who is in charge now", "nobody you know is left there"),
    ("de", "Finden Sie heraus, wer jetzt zuständig ist", "niemand mehr, den Sie kennen"),
])
def test_with_every_contact_gone_due_says_find_who_is_in_charge_not_meet_them(
        tmp_path: Path, lang: str, action: str, reason: str) -> None:
    import json

    root = init_journal(tmp_path / "j")
    write_customer(root, "keller", CUSTOMER)
    assert invoke(root, "contact", "left", "keller", "anna", "--at", "2026-11-20",
                  today=TODAY).exit_code == 0
    one_left = json.loads(invoke(root, "--lang", lang, "due", "--json", today=TODAY).output)
    assert action not in one_left["items"][0]["action"]  # Tom is there: meet him
    assert invoke(root, "contact", "left", "keller", "tom", "--at", "2026-11-21",
                  today=TODAY).exit_code == 0
    due = json.loads(invoke(root, "--lang", lang, "due", "--json", today=TODAY).output)
    [item] = due["items"]
    assert action in item["action"]
    [left] = [r for r in item["reasons"] if r["code"] == "contact-left"]
    assert reason in left["text"]
    shown = invoke(root, "--lang", lang, "due", today=TODAY).output
    assert all(len(line) <= 80 for line in shown.splitlines())


@pytest.mark.parametrize("typed", ["Telefon", "telefon", "TELEFON"])
def test_channel_telefon_is_a_call(root: Path, typed: str) -> None:
    result = invoke(root, "--lang", "de", "log", "keller", "--channel", typed, "--concern", "x",
                    today=TODAY)
    assert result.exit_code == 0, result.output
    assert _data(root, "keller")["interaction"][0]["channel"] == "call"  # type: ignore[index]

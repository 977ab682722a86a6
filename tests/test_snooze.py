"""`relj snooze CUSTOMER --until D` / `--clear` (SPEC §2 `snooze`, §3, §4)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.helpers import init_journal, invoke, write_customer

TODAY = "2026-11-24"
TEXT = """# Hand-written: kept as it is.
name = "Acme"   # the name
since = 2025-01-01
cadence = "1w"

[[contact]]
name = "Anna"

[[interaction]]
id = "i-1"
at = 2026-10-01
genuine = true
concern = "Linie 2"   # a comment
follow_up = 2026-11-26
"""


@pytest.fixture
def journal(tmp_path: Path) -> Path:
    root = init_journal(tmp_path / "j")
    write_customer(root, "acme", TEXT)
    return root


def _codes(root: Path, today: str, *args: str) -> list[tuple[str, bool]]:
    result = invoke(root, "due", "--json", *args, today=today)
    assert result.exit_code == 0, result.output
    items = json.loads(result.stdout)["items"]
    return [(r["code"], r["acts"]) for i in items for r in i["reasons"]]


def test_snooze_sets_the_key_and_keeps_the_rest_byte_for_byte(journal: Path) -> None:
    path = journal / "customers" / "acme.toml"
    result = invoke(journal, "snooze", "acme", "--until", "in 2 weeks", today=TODAY)
    assert result.exit_code == 0, result.output
    assert "2026-12-08" in result.stdout
    text = path.read_text()
    assert "snooze = 2026-12-08" in text
    assert text.replace("snooze = 2026-12-08\n", "") == TEXT
    assert invoke(journal, "snooze", "acme", "--clear", today=TODAY).exit_code == 0
    assert path.read_text() == TEXT


def test_clear_without_a_snooze_says_so_and_writes_nothing(journal: Path) -> None:
    path = journal / "customers" / "acme.toml"
    stat = path.stat()
    result = invoke(journal, "snooze", "acme", "--clear", today=TODAY)
    assert result.exit_code == 0 and "was not snoozed" in result.stdout
    assert path.stat().st_mtime_ns == stat.st_mtime_ns and path.read_text() == TEXT


@pytest.mark.parametrize("day", ["today", "2026-11-24", "23.11.2026"])
def test_a_snooze_must_end_after_today(journal: Path, day: str) -> None:
    result = invoke(journal, "snooze", "acme", "--until", day, today=TODAY)
    assert result.exit_code == 1 and result.stderr.count("\n") == 1
    assert (journal / "customers" / "acme.toml").read_text() == TEXT


@pytest.mark.parametrize("args", [(), ("--until", "friday", "--clear")])
def test_until_or_clear_exactly_one(journal: Path, args: tuple[str, ...]) -> None:
    assert invoke(journal, "snooze", "acme", *args, today=TODAY).exit_code == 2


def test_a_snoozed_customer_shows_only_for_its_follow_up(journal: Path) -> None:
    assert ("genuine-overdue", True) in _codes(journal, TODAY)
    assert invoke(journal, "snooze", "acme", "--until", "2026-12-10", today=TODAY).exit_code == 0
    assert _codes(journal, TODAY) == []
    assert ("genuine-overdue", False) in _codes(journal, TODAY, "--all")
    on_follow_up = _codes(journal, "2026-11-26")
    assert ("follow-up", True) in on_follow_up and ("genuine-overdue", False) in on_follow_up
    assert ("genuine-overdue", True) in _codes(journal, "2026-12-10")  # the snooze is over


@pytest.mark.parametrize(("lang", "words"), [("en", "snoozed until 10.12.2026"),
                                             ("de", "zurückgestellt bis 10.12.2026")])
def test_show_says_until_when(journal: Path, lang: str, words: str) -> None:
    invoke(journal, "snooze", "acme", "--until", "10.12.", today=TODAY)
    result = invoke(journal, "--lang", lang, "show", "acme", today=TODAY)
    shown = words if lang == "de" else words.replace("10.12.2026", "2026-12-10")
    assert shown in result.stdout, result.stdout


@pytest.mark.parametrize(("lang", "words"), [("en", "snoozed until 2026-12-10"),
                                             ("de", "zurückgestellt bis 10.12.2026")])
def test_due_all_says_until_when(journal: Path, lang: str, words: str) -> None:
    invoke(journal, "snooze", "acme", "--until", "10.12.", today=TODAY)
    result = invoke(journal, "--lang", lang, "due", "--all", today=TODAY)
    assert words in result.stdout and "Acme" in result.stdout
    assert all(len(line) <= 80 for line in result.stdout.splitlines())
    assert invoke(journal, "--lang", lang, "due", today=TODAY).stdout.count("Acme") == 0

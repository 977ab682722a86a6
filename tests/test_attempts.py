"""`relj log --no-answer`: an attempt is no contact, keeps the customer off the list for
retry_days, and the third in a row suggests another way in (SPEC §2 `reached`, §3, §4)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from relj.i18n import t
from tests.helpers import init_journal, interactions, invoke

TODAY = "2026-11-24"
SLUG = "mueller-maschinenbau"


@pytest.fixture
def journal(tmp_path: Path) -> Path:
    root = init_journal(tmp_path / "j")
    assert invoke(root, "add", "Müller Maschinenbau", "--since", "2026-01-01",
                  "--contact", "Anna Müller, Einkauf", "--contact", "Bernd Roth, Technik",
                  today="2026-01-01").exit_code == 0
    assert invoke(root, "log", SLUG, "--concern", "Linie 2", "--at", "2026-10-01",
                  today="2026-10-01").exit_code == 0
    return root


def _attempt(root: Path, *args: str, today: str = TODAY, lang: str = "en") -> list[str]:
    result = invoke(root, "--lang", lang, "log", SLUG, "--no-answer", *args, today=today)
    assert result.exit_code == 0, result.output
    return result.stdout.splitlines()


def _due(root: Path, today: str, *args: str) -> dict[str, object]:
    result = invoke(root, "due", "--json", *args, today=today)
    assert result.exit_code == 0, result.output
    items = {i["customer"]: i for i in json.loads(result.stdout)["items"]}
    return items.get(SLUG, {})


def test_an_attempt_is_written_as_reached_false_and_echoed_as_an_attempt(journal: Path) -> None:
    lines = _attempt(journal, "--channel", "call", "--concern", "Angebot nachfassen")
    assert len(lines) == 1 and lines[0].endswith("call, attempt, nobody reached")
    last = interactions(journal / "customers" / f"{SLUG}.toml")[-1]
    assert last["reached"] is False and last["concern"] == "Angebot nachfassen"
    german = _attempt(journal, "--channel", "email", lang="de")
    assert german[0].endswith("E-Mail, Versuch, nicht erreicht")


def test_an_attempt_does_not_change_the_genuine_contact_age(journal: Path) -> None:
    before = _due(journal, TODAY, "--all")["days_since_genuine"]
    _attempt(journal, "--concern", "Linie 3")
    assert _due(journal, TODAY, "--all")["days_since_genuine"] == before == 54


def test_an_attempt_keeps_the_customer_off_the_list_for_retry_days(journal: Path) -> None:
    assert _due(journal, TODAY)  # overdue: listed
    _attempt(journal, "--channel", "call", today="2026-11-23")
    for day in ("2026-11-23", "2026-11-24", "2026-11-25"):
        assert _due(journal, day) == {}, day  # retry_days = 2
        held = _due(journal, day, "--all")
        assert held and not any(r["acts"] for r in held["reasons"])  # type: ignore[union-attr]
    assert _due(journal, "2026-11-26")  # back after retry_days


def test_a_follow_up_still_shows_after_an_attempt(journal: Path) -> None:
    assert invoke(journal, "log", SLUG, "--concern", "Preise", "--follow-up", "2026-11-24",
                  "--at", "2026-11-20", today="2026-11-20").exit_code == 0
    _attempt(journal, today="2026-11-23")
    item = _due(journal, "2026-11-24")
    assert [r["code"] for r in item["reasons"] if r["acts"]] == ["follow-up"]  # type: ignore


@pytest.mark.parametrize("lang", ["en", "de"])
def test_the_third_attempt_in_a_row_suggests_another_way(journal: Path, lang: str) -> None:
    assert len(_attempt(journal, "--channel", "call", "--with", "Anna Müller", lang=lang)) == 1
    assert len(_attempt(journal, "--channel", "call", "--with", "Anna Müller", lang=lang)) == 1
    lines = _attempt(journal, "--channel", "call", "--with", "Anna Müller", lang=lang)
    assert lines[1] == t("attempts.moment_channel_person", lang=lang, count=3,
                         channel=t("labels.channel.call", lang=lang), person="Bernd Roth")
    assert len(lines[1]) <= 80


def test_a_contact_between_attempts_starts_the_count_again(journal: Path) -> None:
    _attempt(journal, "--channel", "call")
    _attempt(journal, "--channel", "email")
    assert invoke(journal, "log", SLUG, "--concern", "Erreicht", today=TODAY).exit_code == 0
    _attempt(journal, "--channel", "call")
    assert len(_attempt(journal, "--channel", "email")) == 1
    lines = _attempt(journal)
    assert lines[1] == t("attempts.moment", lang="en", count=3)


@pytest.mark.parametrize("option", [("--closing", "no"), ("--mood", "annoyed"), ("--pitch",),
                                    ("--signal", "praise")])
def test_an_attempt_with_what_only_an_answer_gives_is_a_usage_error(journal: Path,
                                                                   option: tuple[str, ...]
                                                                   ) -> None:
    path = journal / "customers" / f"{SLUG}.toml"
    before = path.read_bytes()
    result = invoke(journal, "log", SLUG, "--no-answer", *option, today=TODAY)
    assert result.exit_code == 2
    assert option[0] in result.stderr and "--no-answer" in result.stderr
    assert path.read_bytes() == before


def test_on_a_terminal_an_attempt_asks_only_the_channel(tmp_path: Path) -> None:
    import os
    import subprocess
    import sys

    if sys.platform == "win32":
        pytest.skip("needs a POSIX pseudo-terminal")
    from tests.helpers import installed_relj
    from tests.test_interactive import Terminal

    root = tmp_path / "j"
    env = {**os.environ, "RELJ_JOURNAL": str(root), "LANG": "en_US.UTF-8", "COLUMNS": "80"}
    relj = installed_relj()
    subprocess.run([*relj, "init", str(root), "--no-git"], env=env, check=True,
                   capture_output=True)
    subprocess.run([*relj, "add", "Acme"], env=env, check=True, capture_output=True,
                   stdin=subprocess.DEVNULL)
    terminal = Terminal([*relj, "log", "acme", "--no-answer"], env)
    terminal.answer("How did you talk?", "1")
    assert terminal.finish() == 0
    assert "attempt, nobody reached" in terminal.screen
    assert "concern" not in terminal.screen.lower()
    [entry] = interactions(root / "customers" / "acme.toml")
    assert entry["reached"] is False and entry["channel"] == "call"

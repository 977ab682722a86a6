"""Assessments and `added` from the command line (SPEC §3, §4 "Phase"): `phase --set`,
`add --phase`, `log --phase`, `added` written by add and import; bad input writes nothing."""

from __future__ import annotations

import json
import tomllib
from pathlib import Path
from typing import Any

import pytest

TODAY = "2026-11-30"


def ok(result: Any) -> Any:
    assert result.exit_code == 0, result.output
    return result


def phase_json(relj: Any, who: str, today: str = TODAY) -> dict[str, Any]:
    return json.loads(ok(relj("--today", today, "phase", who, "--json")).stdout)


def data(journal_dir: Path, slug: str) -> dict[str, Any]:
    return tomllib.loads((journal_dir / "customers" / f"{slug}.toml").read_text("utf-8"))


def test_add_writes_added_and_an_old_customer_is_unknown(relj: Any, journal_dir: Path) -> None:
    ok(relj("--today", TODAY, "add", "Dream AG", "--since", "2015-03-01", "--why", "dream"))
    assert str(data(journal_dir, "dream-ag")["added"]) == TODAY
    result = phase_json(relj, "dream-ag")
    assert (result["phase"], result["phase_name"], result["computed"]) == (None, "unknown", None)
    assert [e["signal"] for e in result["evidence"]] == ["start"]
    screen = ok(relj("--today", TODAY, "--lang", "de", "phase", "dream-ag")).stdout
    assert "unbekannt" in screen
    due = json.loads(ok(relj("--today", TODAY, "due", "--all", "--json")).stdout)
    assert all(i["phase"] is None and i["phase_name"] == "unknown" for i in due["items"])


def test_add_phase_records_an_assessment_dated_added(relj: Any, journal_dir: Path) -> None:
    ok(relj("--today", TODAY, "add", "Home GmbH", "--since", "2015-03-01", "--phase", "Zuhause"))
    written = data(journal_dir, "home-gmbh")
    assert [(str(a["on"]), a["phase"]) for a in written["assessment"]] == [(TODAY, "home")]
    result = phase_json(relj, "home-gmbh")
    assert (result["phase"], result["phase_name"]) == (5, "home")
    assert result["evidence"][-1]["signal"] == "assessment"


@pytest.mark.parametrize(("typed", "expected"), [
    ("me-you-us", 4), ("4", 4), ("Ich-Du-Wir", 4), ("machtkampf", 3), ("STRUGGLE", 3),
])
def test_phase_set_takes_the_code_the_number_or_the_word(
    relj: Any, journal_dir: Path, typed: str, expected: int
) -> None:
    ok(relj("--today", TODAY, "add", "Acme", "--since", "2015-03-01"))
    out = ok(relj("--today", TODAY, "phase", "acme", "--set", typed, "--at", "2026-11-20",
                  "--note", "known for years")).stdout
    assert "acme" in out and "2026-11-20" in out
    [block] = data(journal_dir, "acme")["assessment"]
    assert (str(block["on"]), block["note"]) == ("2026-11-20", "known for years")
    assert phase_json(relj, "acme")["phase"] == expected


def test_log_phase_writes_an_assessment_dated_like_the_interaction(
    relj: Any, journal_dir: Path
) -> None:
    ok(relj("--today", TODAY, "add", "Acme", "--since", "2015-03-01"))
    ok(relj("--today", TODAY, "log", "acme", "--concern", "review", "--at", "2026-11-25 10:00",
            "--phase", "2"))
    written = data(journal_dir, "acme")
    assert [(str(a["on"]), a["phase"]) for a in written["assessment"]] == [
        ("2026-11-25", "disenchantment")]
    assert len(written["interaction"]) == 1
    assert phase_json(relj, "acme")["phase_name"] == "disenchantment"


@pytest.mark.parametrize("args", [
    ("phase", "acme", "--set", "bliss"),
    ("phase", "acme", "--set", "6"),
    ("log", "acme", "--concern", "x", "--phase", "bliss"),
])
def test_an_unknown_phase_word_is_one_line_and_writes_nothing(
    relj: Any, journal_dir: Path, args: tuple[str, ...]
) -> None:
    ok(relj("--today", TODAY, "add", "Acme", "--since", "2015-03-01"))
    path = journal_dir / "customers" / "acme.toml"
    before = path.read_bytes()
    result = relj("--today", TODAY, *args)
    assert result.exit_code == 1
    lines = result.output.strip().splitlines()
    assert len(lines) == 1 and "me-you-us" in lines[0] and "courtship" in lines[0]
    assert path.read_bytes() == before


def test_add_with_a_bad_phase_creates_no_file(relj: Any, journal_dir: Path) -> None:
    result = relj("--today", TODAY, "add", "Acme", "--since", "2015-03-01", "--phase", "bliss")
    assert result.exit_code == 1
    assert not (journal_dir / "customers" / "acme.toml").exists()


def test_phase_set_needs_a_customer(relj: Any) -> None:
    assert relj("--today", TODAY, "phase", "--set", "4").exit_code == 2


def test_import_writes_added_as_the_day_of_the_import(
    relj: Any, journal_dir: Path, tmp_path: Path
) -> None:
    source = tmp_path / "people.csv"
    source.write_text("name,since\nOld Friend AG,2012-05-01\n", "utf-8")
    ok(relj("--today", TODAY, "import", str(source)))
    assert str(data(journal_dir, "old-friend-ag")["added"]) == TODAY
    assert phase_json(relj, "old-friend-ag")["phase_name"] == "unknown"

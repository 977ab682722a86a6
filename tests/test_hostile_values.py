"""Values that would write a file relj cannot read back, or nonsense (issue 16)."""

from __future__ import annotations

import tomllib
from pathlib import Path

import pytest

from tests.helpers import init_journal, invoke, snapshot


@pytest.mark.parametrize("value", ["1e30", "-5", "-0.01", "1000000000000001", "nan", "inf"])
def test_an_offer_value_outside_money_is_refused_and_nothing_written(
        tmp_path: Path, value: str) -> None:
    root = init_journal(tmp_path / "j")
    assert invoke(root, "add", "Acme").exit_code == 0
    before = snapshot(root / "customers")
    result = invoke(root, "offer", "acme", "Deal", "--value", value)
    assert result.exit_code == 1, result.output
    assert "--value" in result.output
    assert snapshot(root / "customers") == before


@pytest.mark.parametrize(("value", "stored"), [("0", 0), ("1e15", 10**15), ("9.5", 9.5)])
def test_an_offer_value_within_bounds_is_stored_exactly(
        tmp_path: Path, value: str, stored: float) -> None:
    root = init_journal(tmp_path / "j")
    assert invoke(root, "add", "Acme").exit_code == 0
    assert invoke(root, "offer", "acme", "Deal", "--value", value).exit_code == 0
    data = tomllib.loads((root / "customers" / "acme.toml").read_text(encoding="utf-8"))
    assert data["offer"][0]["value"] == stored


def test_an_add_racing_another_add_takes_the_next_slug_under_the_lock(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A teammate's `add` of a name with the same slug lands between this add's
    check and its write: the slug is chosen under the lock, so both customers exist."""
    from relj.storage.journal import Journal

    root = init_journal(tmp_path / "j")
    real_lock = Journal.lock
    raced = []

    def racing_lock(self: Journal):  # type: ignore[no-untyped-def]
        if not raced:
            raced.append(True)
            path = root / "customers" / "a-b-gmbh.toml"
            path.write_text('name = "A & B GmbH"\n', encoding="utf-8")
            path.chmod(0o600)
        return real_lock(self)

    monkeypatch.setattr(Journal, "lock", racing_lock)
    result = invoke(root, "add", "A.B. GmbH")
    assert result.exit_code == 0, result.output
    assert "a-b-gmbh-2" in result.output
    data = tomllib.loads((root / "customers" / "a-b-gmbh-2.toml").read_text(encoding="utf-8"))
    assert data["name"] == "A.B. GmbH"

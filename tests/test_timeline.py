"""The timeline of `relj show`: a strip of genuine and check-in marks, phase changes, offers."""

from __future__ import annotations

import json
from pathlib import Path


def _setup(relj) -> None:  # type: ignore[no-untyped-def]
    steps = [
        ("add", "Acme", "--since", "2026-01-10"),
        ("log", "acme", "--at", "2026-01-10", "--concern", "Kick-off"),
        ("log", "acme", "--at", "2026-02-01", "--check-in"),
        ("offer", "acme", "Wartung", "--value", "12000", "--currency", "EUR", "--at", "2026-02-03"),
        ("log", "acme", "--at", "2026-03-01", "--concern", "Price", "--signal", "objection:price"),
        ("log", "acme", "--at", "2026-03-05", "--check-in", "--closing", "yes"),
    ]
    for step in steps:
        result = relj("--today", "2026-03-10", *step)
        assert result.exit_code == 0, (step, result.output)
    # Logged in December, so it lies after the 2026-03-10 the tests look from.
    result = relj("--today", "2026-12-24", "log", "acme", "--at", "2026-12-24",
                  "--concern", "in the future")
    assert result.exit_code == 0, result.output


def test_show_draws_the_strip_and_the_events_in_order(relj) -> None:  # type: ignore[no-untyped-def]
    _setup(relj)
    result = relj("--today", "2026-03-10", "show", "acme")
    assert result.exit_code == 0, result.output
    out = result.stdout
    # genuine, check-in, genuine (price objection) then the phase change, check-in
    assert "  2026-01-10 ●◆○●◆○ 2026-03-05" in out
    assert "● genuine  ○ check-in  ◆ phase change" in out
    timeline = out[out.index("Timeline"):]
    order = ["courtship → infatuation", "+ offer", "Wartung (12,000 EUR)",
             "infatuation → disenchantment", "✓ offer won"]
    positions = [timeline.index(text) for text in order]
    assert positions == sorted(positions)
    assert "in the future" not in out  # the time machine: later entries are not shown
    assert max(len(line) for line in out.splitlines()) <= 80


def test_show_timeline_speaks_german_and_json_is_unchanged(relj) -> None:  # type: ignore[no-untyped-def]
    _setup(relj)
    german = relj("--today", "2026-03-10", "--lang", "de", "show", "acme")
    assert "Verlauf" in german.stdout and "Verliebtheit → Ernüchterung" in german.stdout
    assert "✓ Angebot gewonnen" in german.stdout and "Wartung (12.000 EUR)" in german.stdout
    data = json.loads(relj("--today", "2026-03-10", "show", "acme", "--json").stdout)
    assert [i["at"] for i in data["interactions"]] == [
        "2026-01-10", "2026-02-01", "2026-03-01", "2026-03-05"]
    assert set(data) == {"schema", "name", "since", "added", "offer", "slug", "phase",
                         "days_since_genuine", "interactions"}


def test_a_long_history_keeps_the_strip_within_80_columns(relj) -> None:  # type: ignore[no-untyped-def]
    relj("add", "Busy", "--since", "2025-01-01")
    for day in range(1, 71):
        kind = "--check-in" if day % 3 else "--genuine"
        relj("log", "busy", "--at", f"2025-03-{day % 28 + 1:02d}" if day <= 28
             else f"2025-{4 + day // 28:02d}-{day % 28 + 1:02d}", kind)
    out = relj("--today", "2026-01-01", "show", "busy").stdout
    assert max(len(line) for line in out.splitlines()) <= 80
    assert "earlier not shown" in out
    assert "relj show busy --json has every interaction" in out


def test_a_prospect_without_interactions(relj, journal_dir: Path) -> None:  # type: ignore[no-untyped-def]
    relj("add", "Nobody")
    out = relj("show", "nobody").stdout
    assert "Timeline" in out and "none yet" in out and "●" not in out

"""relj export: JSON equal to show --json, CSV rows per interaction, an RFC 5545 calendar."""

from __future__ import annotations

import csv
import io
import json
import stat
import tomllib
from datetime import date
from functools import partial
from pathlib import Path

import pytest

from tests.helpers import invoke

TODAY = "2026-11-24"
_run = partial(invoke, today=TODAY)


def _files(journal: Path) -> dict[str, dict]:
    return {p.stem: tomllib.loads(p.read_text("utf-8"))
            for p in sorted((journal / "customers").glob("*.toml"))}


def test_export_json_objects_equal_show_json(runner, example_journal: Path) -> None:
    result = _run(example_journal, "export", "--format", "json")
    assert result.exit_code == 0, result.output
    exported = json.loads(result.stdout)
    assert exported["schema"] == 1 and exported["today"] == TODAY
    slugs = [c["slug"] for c in exported["customers"]]
    assert slugs == sorted(_files(example_journal))
    for obj in exported["customers"]:
        shown = _run(example_journal, "show", obj["slug"], "--json")
        assert shown.exit_code == 0, shown.output
        assert obj == json.loads(shown.stdout)


def test_export_csv_has_one_row_per_interaction_with_its_customer(
    runner, example_journal: Path
) -> None:
    result = _run(example_journal, "export", "--format", "csv")
    assert result.exit_code == 0, result.output
    rows = list(csv.DictReader(io.StringIO(result.stdout)))
    expected = {(slug, i["id"]) for slug, doc in _files(example_journal).items()
                for i in doc.get("interaction", [])
                if str(i["at"])[:10] <= TODAY}
    assert {(r["customer"], r["id"]) for r in rows} == expected
    assert len(rows) == len(expected)
    names = {slug: doc["name"] for slug, doc in _files(example_journal).items()}
    assert all(r["name"] == names[r["customer"]] for r in rows)
    assert {r["genuine"] for r in rows} <= {"true", "false"}


def test_export_csv_defuses_spreadsheet_formulas(runner, journal_dir: Path) -> None:
    from relj.cli import app

    runner.invoke(app, ["-J", str(journal_dir), "add", "Acme"])
    runner.invoke(app, ["-J", str(journal_dir), "log", "acme", "--concern", "=HYPERLINK(1)",
                        "--at", "2026-11-20"])
    result = _run(journal_dir, "export", "--format", "csv")
    row = next(csv.DictReader(io.StringIO(result.stdout)))
    assert row["concern"] == "'=HYPERLINK(1)"


def _open_follow_ups(journal: Path) -> set[tuple[str, str]]:
    """(interaction id, day) of follow-ups no interaction has come after, counted from the files."""
    found = set()
    for doc in _files(journal).values():
        if "ended" in doc and str(doc["ended"]) <= TODAY:
            continue
        items = [i for i in doc.get("interaction", []) if str(i["at"])[:10] <= TODAY]
        if not items:
            continue
        last = max(str(i["at"])[:10] for i in items)
        found |= {(i["id"], str(i["follow_up"])) for i in items
                  if "follow_up" in i and str(i["follow_up"]) > last}
    return found


def test_export_ics_parses_and_holds_one_event_per_follow_up(runner, example_journal: Path) -> None:
    from icalendar import Calendar

    result = _run(example_journal, "export", "--format", "ics")
    assert result.exit_code == 0, result.output
    calendar = Calendar.from_ical(result.stdout)
    assert calendar["VERSION"] == "2.0" and calendar.get("PRODID")
    events = list(calendar.walk("VEVENT"))
    for event in events:  # RFC 5545 §3.6.1: UID and DTSTAMP are required
        assert event.get("UID") and event.get("DTSTAMP") and event.get("DTSTART")
        assert event.get("SUMMARY")
    follow_ups = {(str(e["UID"]).split("-follow-up@")[0], e.decoded("DTSTART").isoformat())
                  for e in events if "-follow-up@" in str(e["UID"])}
    wanted = _open_follow_ups(example_journal)
    assert wanted, "the example journal has open follow-ups"
    assert follow_ups == wanted
    assert len([e for e in events if "-follow-up@" in str(e["UID"])]) == len(wanted)
    closing = [e for e in events if "-closing-" in str(e["UID"])]
    assert closing, "the example journal has a due closing question"
    assert all(e.decoded("DTSTART") <= date.fromisoformat(TODAY) for e in closing)
    assert len({str(e["UID"]) for e in events}) == len(events)


def test_export_ics_uids_are_stable_across_runs_and_days(runner, example_journal: Path) -> None:
    from icalendar import Calendar

    def uids(today: str) -> dict[str, str]:
        from relj.cli import app

        out = runner.invoke(app, ["-J", str(example_journal), "--today", today,
                                  "export", "--format", "ics"]).stdout
        return {str(e["UID"]): e.decoded("DTSTART").isoformat()
                for e in Calendar.from_ical(out).walk("VEVENT")}

    first, again = uids(TODAY), uids(TODAY)
    assert first == again
    later = uids("2026-11-25")
    # The same follow-up on another day of export keeps its UID and its day.
    assert {u: d for u, d in first.items() if "follow-up" in u}.items() <= later.items()


def test_export_to_a_file_is_private_and_the_journal_is_refused(runner, example_journal: Path,
                                                                tmp_path: Path) -> None:
    target = tmp_path / "out" / "journal.ics"
    target.parent.mkdir()
    result = _run(example_journal, "export", "--format", "ics", "-o", str(target))
    assert result.exit_code == 0, result.output
    assert stat.S_IMODE(target.stat().st_mode) == 0o600
    assert target.read_bytes().startswith(b"BEGIN:VCALENDAR\r\n")
    victim = example_journal / "customers" / "northwind-logistics.toml"
    before = victim.read_bytes()
    refused = _run(example_journal, "export", "--format", "json", "-o", str(victim))
    assert refused.exit_code == 1
    assert "inside the journal" in refused.output
    assert victim.read_bytes() == before


@pytest.mark.parametrize("bad", ["xml", "", "JSON"])
def test_export_refuses_an_unknown_format(runner, example_journal: Path, bad: str) -> None:
    result = _run(example_journal, "export", "--format", bad)
    assert result.exit_code == 2
    assert "json, csv, ics" in result.output

"""`relj catch-up` on bad input: one clear line (FILE:LINE: where there is a line), exit 1,
nothing written; a single bad event or message is skipped with a warning."""

from __future__ import annotations

import json
import os
import sys
from pathlib import Path

import pytest

from tests.helpers import invoke, snapshot
from tests.test_catchup import DATA, TODAY, berlin, journal  # noqa: F401  (fixtures)

GOOD_EVENT = """BEGIN:VEVENT
DTSTART:20261120T090000Z
UID:good-1
SUMMARY:Good one
ATTENDEE;CN=Dana Nord:mailto:dana@nordlicht.example
END:VEVENT
"""


def ics(tmp_path: Path, body: str, name: str = "cal.ics") -> Path:
    path = tmp_path / name
    path.write_text(body.replace("\n", "\r\n"), encoding="utf-8", newline="")
    return path


def fails(root: Path, *args: str) -> str:
    """The one line of a refused run; nothing in the journal changed."""
    before = snapshot(root)
    result = invoke(root, "catch-up", *args, today=TODAY)
    assert result.exit_code == 1, result.output
    assert snapshot(root) == before
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and "Traceback" not in result.output, result.output
    return lines[0]


def test_a_missing_file_is_named(journal: Path, tmp_path: Path) -> None:  # noqa: F811
    line = fails(journal, "--ics", str(tmp_path / "nope.ics"))
    assert line.endswith("nope.ics: no such file or folder")
    assert fails(journal, "--mbox", str(tmp_path / "nope")).endswith("nope: no such file or folder")
    assert fails(journal, "--maildir", str(tmp_path / "nope")).endswith(
        "nope: no such file or folder")


def test_a_line_that_is_no_icalendar_is_reported_with_its_line(journal: Path,  # noqa: F811
                                                               tmp_path: Path) -> None:
    path = ics(tmp_path, "BEGIN:VCALENDAR\nVERSION:2.0\nthis is not ical\nEND:VCALENDAR\n")
    assert fails(journal, "--ics", str(path)).endswith(
        "cal.ics:3: not an iCalendar line: this is not ical")


def test_a_cut_short_calendar_names_the_unclosed_begin(journal: Path,  # noqa: F811
                                                       tmp_path: Path) -> None:
    path = ics(tmp_path, "BEGIN:VCALENDAR\nVERSION:2.0\nBEGIN:VEVENT\nDTSTART:20261120T0900")
    assert "cal.ics:3: BEGIN:VEVENT is never closed" in fails(journal, "--ics", str(path))


def test_a_file_that_is_no_calendar_at_all(journal: Path, tmp_path: Path) -> None:  # noqa: F811
    path = tmp_path / "notes.ics"
    path.write_text("Name: Anna\n", encoding="utf-8")
    assert fails(journal, "--ics", str(path)).endswith(
        "notes.ics:1: not an iCalendar file (it must begin with BEGIN:VCALENDAR)")
    empty = tmp_path / "empty.ics"
    empty.write_bytes(b"")
    assert "empty.ics:1: not an iCalendar file" in fails(journal, "--ics", str(empty))


def test_mismatched_end_and_latin1_bytes(journal: Path, tmp_path: Path) -> None:  # noqa: F811
    path = ics(tmp_path, "BEGIN:VCALENDAR\nBEGIN:VEVENT\nEND:VTODO\nEND:VCALENDAR\n")
    assert "cal.ics:3: END:VTODO does not close BEGIN:VEVENT of line 2" in fails(
        journal, "--ics", str(path))
    latin = tmp_path / "latin.ics"
    latin.write_bytes(b"BEGIN:VCALENDAR\r\nSUMMARY:M\xfcller\r\nEND:VCALENDAR\r\n")
    assert "latin.ics:2: not UTF-8 text" in fails(journal, "--ics", str(latin))


def test_one_bad_event_is_skipped_with_a_warning_the_rest_read(journal: Path,  # noqa: F811
                                                               tmp_path: Path) -> None:
    bad = "BEGIN:VEVENT\nDTSTART:2026xx\nUID:bad-1\nSUMMARY:Broken\nEND:VEVENT\n"
    garbled = "BEGIN:VEVENT\nUID:bad-2\ngarbage here\nEND:VEVENT\n"
    rule = "BEGIN:VEVENT\nDTSTART:20261120T090000Z\nRRULE:FREQ=SOMETIMES\nUID:bad-3\nEND:VEVENT\n"
    path = ics(tmp_path, "BEGIN:VCALENDAR\n" + bad + garbled + rule + GOOD_EVENT
               + "END:VCALENDAR\n")
    result = invoke(journal, "catch-up", "--ics", str(path), "--json", today=TODAY)
    assert result.exit_code == 0, result.output
    assert [p["title"] for p in json.loads(result.stdout)["proposals"]] == ["Good one"]
    warnings = result.stderr.splitlines()
    assert len(warnings) == 3, result.stderr
    # each at the line at fault
    assert warnings[0].startswith("warning: ") and "cal.ics:3: event skipped" in warnings[0]
    assert "cal.ics:9: event skipped" in warnings[1]
    assert "cal.ics:13: event skipped" in warnings[2] and "SOMETIMES" in warnings[2]


def test_a_file_that_is_no_mbox(journal: Path, tmp_path: Path) -> None:  # noqa: F811
    path = tmp_path / "inbox"
    path.write_text("\nSubject: hello\n\nbody\n", encoding="utf-8")
    assert fails(journal, "--mbox", str(path)).endswith(
        'inbox:2: not an mbox file (its first line must begin with "From ")')
    assert fails(journal, "--mbox", str(tmp_path)).endswith(": not a file")


def test_an_empty_mbox_is_an_empty_mailbox(journal: Path, tmp_path: Path) -> None:  # noqa: F811
    path = tmp_path / "empty.mbox"
    path.write_bytes(b"")
    result = invoke(journal, "catch-up", "--mbox", str(path), today=TODAY)
    assert result.exit_code == 0 and result.stdout.startswith("Nothing to catch up")


def test_a_folder_that_is_no_maildir(journal: Path, tmp_path: Path) -> None:  # noqa: F811
    (tmp_path / "mail").mkdir()
    assert fails(journal, "--maildir", str(tmp_path / "mail")).endswith(
        "mail: not a Maildir folder (it needs cur/ and new/ inside)")


@pytest.mark.skipif(sys.platform == "win32" or os.geteuid() == 0,
                    reason="root reads every folder")
def test_an_unreadable_maildir(journal: Path, tmp_path: Path) -> None:  # noqa: F811
    import shutil

    box = tmp_path / "box"
    shutil.copytree(DATA / "maildir", box)
    (box / "cur").chmod(0)
    try:
        assert "box: cannot be read" in fails(journal, "--maildir", str(box))
    finally:
        (box / "cur").chmod(0o700)


def test_an_unreadable_message_in_a_maildir_is_skipped(journal: Path,  # noqa: F811
                                                        tmp_path: Path) -> None:
    import shutil

    box = tmp_path / "box"
    shutil.copytree(DATA / "maildir", box)
    (box / "new" / "1763805600.M2P100.host").write_text("Subject: no date\n\n", encoding="utf-8")
    result = invoke(journal, "catch-up", "--maildir", str(box), "--json", today=TODAY)
    assert result.exit_code == 0
    assert len(json.loads(result.stdout)["proposals"]) == 1
    assert "box/1763805600.M2P100.host: message skipped" in result.stderr


@pytest.mark.parametrize("args", [[], ["--ics", "a.ics", "--mbox", "b"], ["--days", "0"]])
def test_usage_errors_exit_2(journal: Path, args: list[str]) -> None:  # noqa: F811
    extra = ["--maildir", str(DATA / "maildir")] if args == ["--days", "0"] else []
    result = invoke(journal, "catch-up", *args, *extra, today=TODAY)
    assert result.exit_code == 2, result.output


def test_dates_at_the_end_of_time_are_no_crash(journal: Path, tmp_path: Path) -> None:  # noqa: F811
    path = ics(tmp_path, "BEGIN:VCALENDAR\nBEGIN:VEVENT\nDTSTART:99991231T230000Z\nUID:end\n"
               "ATTENDEE:mailto:dana@nordlicht.example\nEND:VEVENT\n"
               "BEGIN:VEVENT\nDTSTART;VALUE=DATE:00010101\nRRULE:FREQ=DAILY\nUID:start\n"
               "ATTENDEE:mailto:dana@nordlicht.example\nEND:VEVENT\nEND:VCALENDAR\n")
    result = invoke(journal, "catch-up", "--ics", str(path), "--json", today=TODAY)
    assert result.exit_code == 0, result.output
    assert json.loads(result.stdout)["proposals"] == []
    assert "cal.ics:9: event skipped" in result.stderr  # a daily series from the year 1
    mbox = tmp_path / "end.mbox"
    mbox.write_text("From - x\nDate: Fri, 31 Dec 9999 23:00:00 -1200\n"
                    "From: dana@nordlicht.example\n\nhi\n", encoding="utf-8")
    result = invoke(journal, "catch-up", "--mbox", str(mbox), today=TODAY)
    assert result.exit_code == 0, result.output
    assert "end.mbox:1: message skipped" in result.stderr

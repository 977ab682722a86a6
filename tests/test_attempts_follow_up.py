"""Follow-ups with context (SPEC §4 "the action ... a follow-up, quoting what it was
about"): `relj due` and the calendar export name the concern, else the note, of the
interaction that planned the follow-up."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.helpers import init_journal, invoke, write_customer

TODAY = "2026-11-24"
LONG = "Rückruf wegen der Ersatzteile für Linie 2, bevor die Wartung im Dezember beginnt"


def _customer(concern: str | None, note: str | None) -> str:
    lines = ['name = "Acme"', "", "[[interaction]]", 'id = "i-1"', "at = 2026-11-10",
             "genuine = true"]
    if concern:
        lines.append(f'concern = "{concern}"')
    if note:
        lines.append(f'note = "{note}"')
    return "\n".join([*lines, "follow_up = 2026-11-20", ""])


@pytest.fixture
def journal(tmp_path: Path) -> Path:
    return init_journal(tmp_path / "j")


def _calendar_event(root: Path) -> dict[str, str]:
    from icalendar import Calendar

    result = invoke(root, "export", "--format", "ics", today=TODAY)
    assert result.exit_code == 0, result.output
    [event] = [e for e in Calendar.from_ical(result.stdout).walk("VEVENT")
               if "-follow-up@" in str(e["UID"])]
    return {"summary": str(event["SUMMARY"]), "description": str(event["DESCRIPTION"])}


@pytest.mark.parametrize(("concern", "note", "about"), [
    ("Preise 2027", "Notiz", "Preise 2027"),  # the concern first
    (None, "Hat nach Mustern gefragt", "Hat nach Mustern gefragt"),  # else the note
])
def test_due_quotes_what_the_follow_up_was_about(journal: Path, concern: str | None,
                                                 note: str, about: str) -> None:
    write_customer(journal, "acme", _customer(concern, note))
    result = invoke(journal, "due", "--json", today=TODAY)
    [item] = json.loads(result.stdout)["items"]
    [reason] = [r for r in item["reasons"] if r["code"] == "follow-up"]
    assert about in reason["text"] and about in item["action"]
    screen = " ".join(invoke(journal, "due", today=TODAY).stdout.split())
    assert about.split()[-1] in screen


def test_due_quotes_a_long_note_shortened_to_one_line(journal: Path) -> None:
    write_customer(journal, "acme", _customer(None, LONG + "\\n\\n" + LONG))
    item = json.loads(invoke(journal, "due", "--json", today=TODAY).stdout)["items"][0]
    quote = item["action"].split("\u201c")[1].rstrip("\u201d")
    assert len(quote) == 60 and quote.endswith("\u2026") and LONG.startswith(quote[:-1])
    assert all(len(line) <= 80 for line in invoke(journal, "due", today=TODAY).stdout.splitlines())


@pytest.mark.parametrize(("concern", "note", "about"), [
    ("Preise 2027", "Notiz", "Preise 2027"),
    (None, "Hat nach Mustern gefragt", "Hat nach Mustern gefragt"),
])
def test_the_calendar_event_quotes_it_too(journal: Path, concern: str | None, note: str,
                                          about: str) -> None:
    write_customer(journal, "acme", _customer(concern, note))
    event = _calendar_event(journal)
    assert event["summary"] == f"Follow up with Acme: {about}"
    assert about in event["description"]


def test_a_long_concern_is_shortened_in_the_title_and_whole_in_the_description(
        journal: Path) -> None:
    write_customer(journal, "acme", _customer(LONG, None))
    event = _calendar_event(journal)
    title = event["summary"].removeprefix("Follow up with Acme: ")
    assert len(title) <= 60 and title.endswith("…") and LONG.startswith(title[:-1])
    assert LONG in event["description"]


def test_a_follow_up_about_nothing_in_particular_says_only_that(journal: Path) -> None:
    write_customer(journal, "acme", _customer(None, None))
    event = _calendar_event(journal)
    assert event["summary"] == "Follow up with Acme"
    assert "Concern:" not in event["description"] and "Acme" in event["description"]

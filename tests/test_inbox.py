"""Quick notes: `relj note` adds a line to inbox.md, `relj inbox` records the lines."""

from __future__ import annotations

import subprocess
from datetime import date
from pathlib import Path

import pytest

from relj.errors import FileProblem
from tests.helpers import (
    init_journal,
    installed_relj,
    interactions,
    invoke,
    snapshot,
    write_customer,
)

ACME = """\
# written by hand
name = "Acme Tools"
since = 2024-03-01

[[contact]]
name = "Anna"
key = true
"""

OFFER = """
[[offer]]
id = "o-1"
what = "Wartungsvertrag"
opened = 2026-11-01
status = "open"
"""


@pytest.fixture
def root(tmp_path: Path) -> Path:
    root = init_journal(tmp_path / "j")
    write_customer(root, "acme", ACME)
    write_customer(root, "acme-labs", 'name = "Acme Labs"\n')
    write_customer(root, "mueller", 'name = "Müller Maschinenbau GmbH"\nsince = 2024-01-01\n'
                   + OFFER)
    return root


def inbox(root: Path) -> str:
    return (root / "inbox.md").read_text(encoding="utf-8")


# -- relj note --------------------------------------------------------------------


def test_note_appends_a_dated_line_privately_without_asking(root: Path) -> None:
    result = invoke(root, "note", "müller: Rückruf wegen Linie 2 @annoyed #delay",
                    today="2026-11-24")
    assert result.exit_code == 0, (result.output, result.exception)
    [line] = inbox(root).splitlines()
    assert line.startswith("- [2026-11-24 ")
    assert line.endswith("] müller: Rückruf wegen Linie 2 @annoyed #delay")
    assert (root / "inbox.md").stat().st_mode & 0o777 == 0o600
    invoke(root, "note", "unknown-yet: first call", today="2026-11-24")  # not resolved
    assert inbox(root).splitlines()[0] == line and len(inbox(root).splitlines()) == 2


@pytest.mark.parametrize(("text", "words"), [
    ("no customer here", "starts with the customer"),
    ("acme: two\nlines", "one line"),
    ("acme: bell \x07", "one line"),
    ("acme: @grumpy", "is not a mood; possible: annoyed"),
    ("acme: ?vielleicht", "closing question"),
])
def test_a_bad_note_is_a_usage_error_and_writes_nothing(root: Path, text: str,
                                                        words: str) -> None:
    before = snapshot(root)
    result = invoke(root, "note", text)
    assert result.exit_code == 2
    assert words in result.stderr
    assert snapshot(root) == before


def test_note_imports_no_toml_parser_and_no_analysis(root: Path) -> None:
    from tests.test_imports import assert_none_of, imported

    invoke(root, "due")  # a warm cache, as every day after the first
    modules = imported(["-J", str(root), "note", "acme: a call"])
    assert "relj.storage.inbox" in modules  # the probe really ran note
    assert_none_of(modules, {"tomllib", "tomlkit", "relj.analysis", "relj.catalogue",
                             "relj.storage.codec", "rich", "dateutil"})


def test_two_notes_at_once_both_land(root: Path) -> None:
    relj = installed_relj()
    runs = [subprocess.Popen([*relj, "-J", str(root), "note", f"acme: note {n}"],
                             stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
            for n in range(6)]
    assert [run.wait(timeout=60) for run in runs] == [0] * 6
    lines = inbox(root).splitlines()
    assert sorted(line.split("] ", 1)[1] for line in lines) == [f"acme: note {n}"
                                                                for n in range(6)]


# -- relj inbox: the round trip -------------------------------------------------------


def test_round_trip_in_english(root: Path) -> None:
    invoke(root, "note", "acme: Rückruf wegen Linie 2 @annoyed #delay #praise",
           today="2026-11-24")
    before = (root / "customers" / "acme.toml").read_bytes()
    result = invoke(root, "inbox", today="2026-11-30")
    assert result.exit_code == 0, result.output
    assert "inbox.md:1: recorded for acme: Tue 2026-11-24" in result.stdout
    after = (root / "customers" / "acme.toml").read_bytes()
    assert after.startswith(before)
    entry = interactions(root / "customers" / "acme.toml")[-1]
    assert entry["concern"] == "Rückruf wegen Linie 2"
    assert entry["genuine"] is True
    assert entry["mood"] == "annoyed" and entry["signals"] == ["delay", "praise"]
    assert entry["at"].date() == date(2026, 11, 24)
    assert inbox(root) == ""


def test_round_trip_in_german_with_a_closing_answer(root: Path) -> None:
    invoke(root, "--lang", "de", "note",
           "Müller: Angebot besprochen @genervt #einwand:preis ?später >freitag",
           today="2026-11-24")
    result = invoke(root, "--lang", "de", "inbox", today="2026-11-25")
    assert result.exit_code == 0, result.output
    assert "eingetragen bei mueller: Di 24.11.2026" in result.stdout
    entry = interactions(root / "customers" / "mueller.toml")[-1]
    assert entry["mood"] == "annoyed" and entry["signals"] == ["objection:price"]
    assert entry["closing"] == "later" and entry["offer"] == "o-1"
    assert entry["follow_up"] == date(2026, 11, 27)  # the Friday after the note's day
    assert entry["concern"] == "Angebot besprochen"


def test_a_yes_closes_the_only_open_offer(root: Path) -> None:
    (root / "inbox.md").write_text("- [2026-11-20] müller: unterschrieben ?ja\n")
    result = invoke(root, "inbox", today="2026-11-24")
    assert result.exit_code == 0, result.output
    text = (root / "customers" / "mueller.toml").read_text()
    assert 'status = "won"' in text and "closed = 2026-11-20" in text


def test_a_check_in_line_keeps_its_text_as_a_note(root: Path) -> None:
    (root / "inbox.md").write_text("- [24.11.2026] acme: Kontrolle, kurz gemeldet\n"
                                   "- [2026-11-24] acme: check-in\n")
    assert invoke(root, "inbox", today="2026-11-24").exit_code == 0
    first, second = interactions(root / "customers" / "acme.toml")
    assert first["genuine"] is False and first["note"] == "kurz gemeldet"
    assert "concern" not in first
    assert second["genuine"] is False and "note" not in second


HAND_TYPED = """\
# Inbox

Ideas for the week: call the bank.
- [ ] buy flowers for Anna
- acme: no date, about #2 and anna@example.com
- [2026-12-24] acme: from the future
- [2026-11-20] zzz: who is this?
* [2026-11-21] acme labs: *Labs* meeting on Friday
- [2026-11-20] acm: ambiguous
- [2026-11-20] acme: #nonsense here
- [2026-11-20] acme: they said ?yes

- [2026-11-22]: no customer
"""


def test_a_hand_typed_inbox_records_what_it_can_and_reports_the_rest(root: Path) -> None:
    (root / "inbox.md").write_text(HAND_TYPED)
    result = invoke(root, "inbox", today="2026-11-24")
    assert result.exit_code == 1
    assert "2 notes recorded; 6 lines left in inbox.md." in result.stdout
    lines = inbox(root).splitlines()
    assert lines[:4] == HAND_TYPED.splitlines()[:4]  # prose, headings, tasks untouched
    reports = {line.split(": ", 1)[0]: line for line in result.stderr.splitlines()}
    numbered = {f"inbox.md:{n}": lines[n - 1] for n in range(1, len(lines) + 1)}
    assert "after today" in reports["inbox.md:5"] and "2026-12-24" in numbered["inbox.md:5"]
    assert "'zzz'" in reports["inbox.md:6"] and "zzz" in numbered["inbox.md:6"]
    assert "acme (Acme Tools), acme-labs (Acme Labs)" in reports["inbox.md:7"]
    assert "#nonsense is not a signal; possible: praise" in reports["inbox.md:8"]
    assert "no open offer" in reports["inbox.md:9"] and "?yes" in numbered["inbox.md:9"]
    assert "needs the customer and a colon" in reports["inbox.md:11"]
    acme = interactions(root / "customers" / "acme.toml")
    assert acme[0]["at"] == date(2026, 11, 24)  # no date on the line: the day it is recorded
    assert acme[0]["concern"] == "no date, about #2 and anna@example.com"
    labs = interactions(root / "customers" / "acme-labs.toml")
    assert labs[0]["concern"] == "*Labs* meeting on Friday"


def test_list_items_that_do_not_read_as_notes_are_reported_not_kept_as_prose(
        root: Path) -> None:
    # The reviewer's lines: a forgotten colon, no space after the dash, empty brackets.
    text = ("# Notes\n"
            "- Keller Anruf gut gelaufen, Preis ok\n"
            "-[2026-11-23] acme: no space after the dash\n"
            "- []acme: empty\n"
            "- [ ] a task stays a task\n"
            "- [x] so does a done one\n"
            "Prose: stays prose\n")
    (root / "inbox.md").write_text(text)
    result = invoke(root, "inbox", today="2026-11-24")
    assert result.exit_code == 1
    assert result.stderr.splitlines() == [
        "inbox.md:2: a note needs the customer and a colon first: - [DATE] CUSTOMER: text",
        "inbox.md:3: the date in [] is empty: - [DATE] CUSTOMER: text, or leave out the []",
    ]
    assert "1 note recorded; 2 lines left in inbox.md." in result.stdout
    assert [e["concern"] for e in interactions(root / "customers" / "acme.toml")] == [
        "no space after the dash"]
    assert inbox(root).splitlines() == [
        "# Notes", "- Keller Anruf gut gelaufen, Preis ok", "- []acme: empty",
        "- [ ] a task stays a task", "- [x] so does a done one", "Prose: stays prose"]


def test_dry_run_writes_nothing(root: Path) -> None:
    (root / "inbox.md").write_text(HAND_TYPED)
    (root / ".relj").mkdir(exist_ok=True)
    before = snapshot(root)
    result = invoke(root, "inbox", "--dry-run", today="2026-11-24")
    assert result.exit_code == 1  # lines with problems are reported, in a dry run too
    assert "would record for acme" in result.stdout
    assert "nothing was written" in result.stdout
    assert snapshot(root) == before


def test_dry_run_reports_an_answer_with_no_open_offer(root: Path) -> None:
    (root / "inbox.md").write_text("- [18.11.2026] acme: Angebot nachgefragt ?später\n")
    result = invoke(root, "inbox", "--dry-run", today="2026-11-24")
    assert result.exit_code == 1
    assert result.stderr.startswith("inbox.md:1: Acme Tools has no open offer to answer")


def test_no_inbox_is_nothing_to_do(root: Path) -> None:
    result = invoke(root, "inbox")
    assert result.exit_code == 0
    assert "No inbox.md" in result.stdout


def test_a_linked_inbox_is_refused(root: Path, tmp_path: Path) -> None:
    outside = tmp_path / "elsewhere.md"
    outside.write_text("- acme: hello\n")
    (root / "inbox.md").symlink_to(outside)
    result = invoke(root, "inbox")
    assert result.exit_code == 1
    assert "inbox.md:1:" in result.stderr
    assert interactions(root / "customers" / "acme.toml") == []
    assert invoke(root, "note", "acme: x").exit_code == 1
    assert outside.read_text() == "- acme: hello\n"


# -- crash safety of the move (in-process; the kill -9 loop is in test_inbox_crash) ---------


def test_a_crash_between_the_two_writes_neither_loses_nor_duplicates(
        root: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Identical lines are the hard case: the recovery must know which one had gone."""
    import relj.storage.inbox as store

    twice = "- [2026-11-20] acme: same words\n"
    (root / "inbox.md").write_text(twice + twice + "- [2026-11-21] acme: third\n")
    real = store.atomic_write

    def crash_on_inbox(path: Path, data: bytes, durable: bool = True) -> int:
        if path.name == "inbox.md":
            raise SystemExit(137)  # as good as a kill: nothing after it runs
        return real(path, data, durable)

    monkeypatch.setattr(store, "atomic_write", crash_on_inbox)
    invoke(root, "inbox", today="2026-11-24")
    monkeypatch.undo()
    assert len(interactions(root / "customers" / "acme.toml")) == 1
    assert (root / ".relj" / "inbox-pending.json").exists()
    result = invoke(root, "inbox", today="2026-11-24")
    assert result.exit_code == 0, result.output
    assert "interrupted run" in result.stdout
    concerns = [e["concern"] for e in interactions(root / "customers" / "acme.toml")]
    assert concerns == ["same words", "same words", "third"]
    assert inbox(root) == ""
    assert not (root / ".relj" / "inbox-pending.json").exists()


def test_a_crash_before_the_customer_write_keeps_the_line(
        root: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import relj.storage.inbox as store

    (root / "inbox.md").write_text("- [2026-11-20] acme: once\n")
    monkeypatch.setattr(store, "_change_customer", lambda *a: (_ for _ in ()).throw(
        SystemExit(137)))
    invoke(root, "inbox", today="2026-11-24")
    monkeypatch.undo()
    assert invoke(root, "inbox", today="2026-11-24").exit_code == 0
    assert [e["concern"] for e in interactions(root / "customers" / "acme.toml")] == ["once"]


def test_the_parser_reports_its_line() -> None:
    from datetime import UTC, datetime

    from relj.interchange.inbox_lines import parse_note

    now = datetime(2026, 11, 24, 9, 0, tzinfo=UTC)
    with pytest.raises(FileProblem) as caught:
        parse_note(7, "- [31.02.2026] acme: x", now, now.date())
    assert caught.value.message().startswith("inbox.md:7: ")
    assert parse_note(1, "## heading", now, now.date()) is None
    note = parse_note(2, "- [gestern 14:30] acme: @aktiv #lob ok", now, now.date())
    assert note is not None and note.mood == "active" and note.signals == ("praise",)
    assert note.at == datetime(2026, 11, 23, 14, 30, tzinfo=UTC) and note.text == "ok"


def test_line_ends_and_odd_separators_count_lines_as_an_editor_does(root: Path) -> None:
    """CRLF from a Windows editor, a form feed or U+2028 inside a note: one line each."""
    data = ("- [2026-11-20] acme: first\u2028still first\r\n"
            "prose with a \x0c form feed\r\n"
            "- [2026-11-21] acme: second\r\n")
    (root / "inbox.md").write_bytes(data.encode("utf-8"))
    result = invoke(root, "inbox", today="2026-11-24")
    assert result.exit_code == 0, result.output
    assert [e["concern"] for e in interactions(root / "customers" / "acme.toml")] == [
        "first still first", "second"]  # runs of white space in a note become one space
    assert (root / "inbox.md").read_bytes() == b"prose with a \x0c form feed\r\n"


def test_a_broken_customer_file_is_reported_on_the_note_line(root: Path) -> None:
    write_customer(root, "broken", 'name = "Broken"\n')
    invoke(root, "list")  # the name is known to the cache, then the file breaks
    write_customer(root, "broken", 'name = "Broken"\nsince = [\n')
    (root / "inbox.md").write_text("# x\n- [2026-11-20] broken: hello\n")
    result = invoke(root, "inbox", today="2026-11-24")
    assert result.exit_code == 1
    assert result.stderr.startswith("inbox.md:2: the customer's file cannot be read: ")
    assert "customers/broken.toml:2: not valid TOML" in result.stderr
    assert (root / "inbox.md").read_text() == "# x\n- [2026-11-20] broken: hello\n"

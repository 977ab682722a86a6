"""`relj catch-up` on real-shaped exports: Outlook and Google Calendar, a Thunderbird
mbox, a Maildir folder (tests/data/catchup/), seen on 2026-11-24 in Berlin."""

from __future__ import annotations

import json
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.helpers import ROOT, init_journal, invoke, snapshot, write_customer

DATA = ROOT / "tests" / "data" / "catchup"
TODAY = "2026-11-24"

CUSTOMERS = {
    "mueller-maschinenbau": """name = "Müller Maschinenbau GmbH"
since = 2024-03-01

[[contact]]
name = "Anna Müller"
role = "Einkauf"
key = true
email = "anna.mueller@mueller-mb.example"

[[contact]]
name = "Jörg Weiß"
role = "Technik"

[[interaction]]
id = "i-20261118T1400-0001"
at = 2026-11-18T14:00:00+01:00
channel = "call"
genuine = true
concern = "Liefertermin"
""",
    "bergmann-logistik": """name = "Bergmann Logistik"
since = 2025-01-01

[[contact]]
name = "Bernd Schmidt"
key = true
""",
    "nordlicht-software": """name = "Nordlicht Software"

[[contact]]
name = "Dana Nord"
email = "dana@nordlicht.example"
""",
    "altkunde": """name = "Altkunde AG"
since = 2020-01-01
ended = 2026-06-01

[[contact]]
name = "Clara Alt"
email = "clara@alt.example"
""",
}


def use_zone(monkeypatch: pytest.MonkeyPatch, zone: str) -> None:
    monkeypatch.setenv("TZ", zone)
    time.tzset()


@pytest.fixture(autouse=True)
def berlin(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """The user sits in Berlin (the local zone decides each item's day)."""
    use_zone(monkeypatch, "Europe/Berlin")
    yield
    monkeypatch.undo()
    time.tzset()


@pytest.fixture
def journal(tmp_path: Path) -> Path:
    root = init_journal(tmp_path / "j")
    for slug, text in CUSTOMERS.items():
        write_customer(root, slug, text)
    return root


def proposals(root: Path, *args: str) -> list[tuple[str, str, str, str, str | None]]:
    result = invoke(root, "catch-up", *args, "--json", today=TODAY)
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    assert data["schema"] == 1
    return [(p["customer"], p["date"], p["source"], p["title"], p["with"])
            for p in data["proposals"]]


# -- calendars ------------------------------------------------------------------------------


def test_outlook_events_in_windows_time_zones_become_berlin_days(journal: Path) -> None:
    # The 18th is logged already, Altkunde has ended, the meeting of 3 December lies ahead;
    # 16:00 in Seattle on the 22nd is 01:00 on the 23rd in Berlin.
    assert proposals(journal, "--ics", str(DATA / "outlook.ics")) == [
        # "Schmidt, Bernd" at another address than any contact's: matched by the full name
        ("bergmann-logistik", "2026-11-19", "ics", "Wochenabstimmung Touren", "Bernd Schmidt"),
        ("mueller-maschinenbau", "2026-11-20", "ics", "Quartalsgespräch Linie 2", "Anna Müller"),
        ("nordlicht-software", "2026-11-23", "ics", "Nordlicht roadmap call", "Dana Nord"),
    ]


def test_the_day_is_the_users_own_zone(journal: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    use_zone(monkeypatch, "America/New_York")
    found = proposals(journal, "--ics", str(DATA / "outlook.ics"))
    assert [(slug, day) for slug, day, *_ in found] == [
        ("bergmann-logistik", "2026-11-19"), ("mueller-maschinenbau", "2026-11-20"),
        ("nordlicht-software", "2026-11-22")]


def test_an_outlook_series_across_the_clock_change_with_a_moved_and_a_removed_one() -> None:
    from datetime import date, datetime, timedelta, timezone
    from zoneinfo import ZoneInfo

    from relj.errors import ReljError
    from relj.interchange.catchup.ics import read_ics

    warnings: list[ReljError] = []
    items = read_ics((DATA / "outlook.ics").read_bytes(), "outlook.ics", date(2026, 10, 16),
                     date(2026, 11, 24), ZoneInfo("Europe/Berlin"), warnings)
    summer, winter = timezone(timedelta(hours=2)), timezone(timedelta(hours=1))
    assert sorted((i.at, i.title) for i in items if "Touren" in i.title) == [
        (datetime(2026, 10, 22, 9, 0, tzinfo=summer), "Wochenabstimmung Touren"),
        (datetime(2026, 10, 29, 9, 0, tzinfo=winter), "Wochenabstimmung Touren"),
        # the 5th moved to the 6th by its own entry; the 12th removed by EXDATE
        (datetime(2026, 11, 6, 14, 0, tzinfo=winter), "Wochenabstimmung Touren (verschoben)"),
        (datetime(2026, 11, 19, 9, 0, tzinfo=winter), "Wochenabstimmung Touren"),
    ]
    assert warnings == []


def test_google_export_recurring_all_day_cn_only_cancelled_declined(journal: Path) -> None:
    assert proposals(journal, "--ics", str(DATA / "google.ics")) == [
        # an attendee with a name and no address: Jörg Weiss is Jörg Weiß
        ("mueller-maschinenbau", "2026-11-13", "ics", "Technik-Abstimmung", "Jörg Weiß"),
        # all day, MAILTO: and the address in capitals
        ("nordlicht-software", "2026-11-19", "ics", "Messe Stuttgart", "Dana Nord"),
        # weekly on Mondays; the 16th is an EXDATE
        ("bergmann-logistik", "2026-11-23", "ics", "Jour fixe Bergmann", "Bernd Schmidt"),
    ]


def test_a_weekly_series_is_expanded_over_the_whole_window(journal: Path) -> None:
    found = proposals(journal, "--ics", str(DATA / "google.ics"), "--days", "30")
    assert [day for slug, day, *_ in found if slug == "bergmann-logistik"] == [
        "2026-10-26", "2026-11-02", "2026-11-09", "2026-11-23"]


def test_an_all_day_event_is_a_day_and_a_timed_one_a_berlin_time() -> None:
    from datetime import date, datetime, timedelta, timezone
    from zoneinfo import ZoneInfo

    from relj.errors import ReljError
    from relj.interchange.catchup.ics import read_ics

    warnings: list[ReljError] = []
    items = read_ics((DATA / "google.ics").read_bytes(), "google.ics", date(2026, 11, 19),
                     date(2026, 11, 23), ZoneInfo("Europe/Berlin"), warnings)
    assert [(item.title, item.at) for item in items] == [
        ("Jour fixe Bergmann", datetime(2026, 11, 23, 8, 0, tzinfo=timezone(timedelta(hours=1)))),
        ("Messe Stuttgart", date(2026, 11, 19))]
    assert warnings == []


# -- mail -----------------------------------------------------------------------------------


def test_thunderbird_mbox_encoded_names_multipart_forwarded(journal: Path) -> None:
    result = invoke(journal, "catch-up", "--mbox", str(DATA / "thunderbird.mbox"), "--json",
                    today=TODAY)
    assert result.exit_code == 0, result.output
    found = [(p["customer"], p["date"], p["title"], p["with"])
             for p in json.loads(result.stdout)["proposals"]]
    assert found == [
        ("mueller-maschinenbau", "2026-11-12", "Angebot Wartung für Linie 2", "Anna Müller"),
        # only an encoded name, from another address: matched by the full name
        ("mueller-maschinenbau", "2026-11-13", "Technikfrage", "Jörg Weiß"),
        # 08:00 in New York is 14:00 in Berlin
        ("nordlicht-software", "2026-11-16", "Re: Lizenzen 2027", "Dana Nord"),
        # one message to two customers proposes each
        ("mueller-maschinenbau", "2026-11-20", "Einladung Anwendertreffen März", "Anna Müller"),
        ("nordlicht-software", "2026-11-20", "Einladung Anwendertreffen März", "Dana Nord"),
    ]  # the forwarded complaint of Bernd Schmidt (inside the body) is no contact with him
    assert "thunderbird.mbox:80: message skipped" in result.stderr  # no Date


def test_maildir_reads_cur_and_new(journal: Path) -> None:
    assert proposals(journal, "--maildir", str(DATA / "maildir")) == [
        ("mueller-maschinenbau", "2026-11-19", "maildir", "Termin bestätigt", "Anna Müller"),
        ("nordlicht-software", "2026-11-22", "maildir", "Kurze Frage", "Dana Nord"),
    ]


def test_days_narrows_the_window(journal: Path) -> None:
    assert proposals(journal, "--maildir", str(DATA / "maildir"), "--days", "3") == [
        ("nordlicht-software", "2026-11-22", "maildir", "Kurze Frage", "Dana Nord")]


def test_an_attempt_on_that_day_counts_as_logged(journal: Path) -> None:
    path = journal / "customers" / "nordlicht-software.toml"
    path.write_text(path.read_text(encoding="utf-8") + '\n[[interaction]]\nid = "i-1"\n'
                    'at = 2026-11-22T09:00:00+01:00\nreached = false\n', encoding="utf-8")
    assert proposals(journal, "--maildir", str(DATA / "maildir")) == [
        ("mueller-maschinenbau", "2026-11-19", "maildir", "Termin bestätigt", "Anna Müller")]


# -- without a terminal: a list, nothing written ------------------------------------------


def test_without_a_terminal_it_lists_and_writes_nothing(journal: Path) -> None:
    before = snapshot(journal)
    result = invoke(journal, "catch-up", "--mbox", str(DATA / "thunderbird.mbox"), today=TODAY)
    assert result.exit_code == 0, result.output
    lines = result.stdout.splitlines()
    assert lines[0] == "2026-11-12  Müller Maschinenbau GmbH: Angebot Wartung für Linie 2 " \
                       "(Anna Müller)"
    assert lines[-1].startswith("5 proposals, none logged")
    assert all(len(line) <= 80 for line in lines)
    assert snapshot(journal) == before


def test_the_list_in_german(journal: Path) -> None:
    result = invoke(journal, "--lang", "de", "catch-up", "--maildir", str(DATA / "maildir"),
                    today=TODAY)
    assert result.stdout.splitlines() == [
        "19.11.2026  Müller Maschinenbau GmbH: Termin bestätigt (Anna Müller)",
        "22.11.2026  Nordlicht Software: Kurze Frage (Dana Nord)",
        "2 Vorschläge, nichts notiert. Entscheiden Sie im Terminal: `relj catch-up`",
    ]


def test_nothing_to_catch_up_says_so(journal: Path) -> None:
    result = invoke(journal, "catch-up", "--maildir", str(DATA / "maildir"), "--days", "1",
                    today=TODAY)
    assert result.exit_code == 0
    assert result.stdout.startswith("Nothing to catch up")


def test_titles_from_files_are_neutralised(journal: Path, tmp_path: Path) -> None:
    text = (DATA / "outlook.ics").read_text(encoding="utf-8").replace(
        "Quartalsgespräch Linie 2", "Quartal\x1b]52;c;ZXZpbA==\x07 Linie 2")
    evil = tmp_path / "evil.ics"
    evil.write_text(text, encoding="utf-8", newline="")
    result = invoke(journal, "catch-up", "--ics", str(evil), today=TODAY)
    assert result.exit_code == 0, result.output
    assert "\x1b" not in result.stdout and "\x07" not in result.stdout
    assert "Quartal\u241b]52;c;ZXZpbA==\u2407 Linie 2" in result.stdout


# -- skipped proposals -----------------------------------------------------------------------


def test_a_skipped_proposal_is_not_proposed_again(journal: Path) -> None:
    from relj.interchange.catchup.proposals import skip_token
    from relj.storage.skipped import remember_skipped, skipped_tokens

    token = skip_token("<maildir-0002@nordlicht.example>", "nordlicht-software")
    remember_skipped(journal, token)
    remember_skipped(journal, token)  # twice is once
    assert skipped_tokens(journal) == {token}
    assert (journal / ".relj" / "catchup-skipped").stat().st_mode & 0o777 == 0o600
    assert proposals(journal, "--maildir", str(DATA / "maildir")) == [
        ("mueller-maschinenbau", "2026-11-19", "maildir", "Termin bestätigt", "Anna Müller")]


@pytest.mark.parametrize("damage", [b"", b"\x00\xff garbage", b"relj-catchup-skipped 1\nxyz\n"])
def test_a_damaged_skip_file_counts_as_empty(journal: Path, damage: bytes) -> None:
    from relj.storage.skipped import remember_skipped, skipped_tokens

    private = journal / ".relj"
    private.mkdir(exist_ok=True)
    (private / "catchup-skipped").write_bytes(damage)
    assert skipped_tokens(journal) == frozenset()
    assert len(proposals(journal, "--maildir", str(DATA / "maildir"))) == 2
    remember_skipped(journal, "ab" * 32)  # and it is mended by the next skip
    assert skipped_tokens(journal) == {"ab" * 32}


# -- the pure parts --------------------------------------------------------------------------


def test_full_names_match_folded_and_in_outlooks_order() -> None:
    from relj.interchange.catchup.proposals import name_keys

    assert name_keys("Müller, Anna") & name_keys("anna mueller")
    assert name_keys("ANNA  MULLER") & name_keys("Anna Müller")
    assert name_keys("Anna") == set()  # one word is no full name


def test_your_own_address_is_the_one_on_most_items() -> None:
    from datetime import date

    from relj.interchange.catchup.proposals import Item, Person, own_address

    me, anna, dana = (Person(a, None) for a in ("me@x", "anna@x", "dana@x"))
    items = [Item("mbox", str(n), date(2026, 11, n), "", people)
             for n, people in enumerate([(me, anna), (dana, me), (me, anna)], start=1)]
    assert own_address(items) == "me@x"
    assert own_address(items[:1]) is None  # one item: nobody is known to be you


_MERIDIAN_ICS = """BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//test//EN
BEGIN:VEVENT
UID:m1@x
DTSTART:20261118T090000Z
SUMMARY:Meridian Angebot
ORGANIZER;CN=Jörg Weiß:mailto:joerg.weiss@meridian.example
END:VEVENT
BEGIN:VEVENT
UID:m2@x
DTSTART:20261120T090000Z
SUMMARY:Meridian Technik
ATTENDEE;CN=Jörg Weiß:mailto:Joerg.Weiss@Meridian.example
END:VEVENT
BEGIN:VEVENT
UID:o1@x
DTSTART:20261121T090000Z
SUMMARY:Intern
ORGANIZER:mailto:jan@x
END:VEVENT
END:VCALENDAR
"""


def test_a_contact_in_most_meetings_is_not_taken_for_you(tmp_path: Path) -> None:
    # The reviewer's case: Jörg is on more events than anyone, your own address on none.
    root = init_journal(tmp_path / "j")
    write_customer(root, "meridian", 'name = "Meridian"\n\n[[contact]]\n'
                   'name = "Jörg Weiß"\nemail = "Joerg.Weiss@Meridian.example"\n')
    calendar = tmp_path / "meridian.ics"
    calendar.write_text(_MERIDIAN_ICS, encoding="utf-8")
    assert proposals(root, "--ics", str(calendar)) == [
        ("meridian", "2026-11-18", "ics", "Meridian Angebot", "Jörg Weiß"),
        ("meridian", "2026-11-20", "ics", "Meridian Technik", "Jörg Weiß"),
    ]


def test_gits_user_email_is_yours_and_a_contacts_address_never_is() -> None:
    from datetime import date

    from relj.interchange.catchup.proposals import Item, Person, own_address

    me, anna, dana = (Person(a, None) for a in ("me@x", "anna@x", "dana@x"))
    items = [Item("mbox", str(n), date(2026, 11, n), "", people)
             for n, people in enumerate([(me, anna), (dana, anna), (me, anna)], start=1)]
    assert own_address(items) == "anna@x"
    assert own_address(items, {"anna@x"}) == "me@x"
    assert own_address(items, {"anna@x"}, "Dana@X") == "dana@x"
    assert own_address(items, {"anna@x"}, "anna@x") is None


# -- a large mailbox is read as a stream ----------------------------------------------------


def _peak_rss_kib(args: list[str], env: dict[str, str]) -> int:
    """Peak resident memory of one run of ``args`` (a fresh parent, so only that child counts)."""
    import subprocess
    import sys

    probe = ("import resource, subprocess, sys; "
             "subprocess.run(sys.argv[1:], stdout=subprocess.DEVNULL, check=True); "
             "print(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)")
    done = subprocess.run([sys.executable, "-c", probe, *args], env=env, capture_output=True,
                          text=True, check=True)
    return int(done.stdout.strip())


def _mbox(path: Path, messages: int, body_kib: int) -> None:
    body = ("Lorem ipsum dolor sit amet, consectetur adipiscing elit. " * 18 + "\n") * body_kib
    with path.open("w", encoding="utf-8", newline="\n") as out:
        for n in range(messages):
            day = 20 if n % 500 == 0 else 1 + n % 28  # a few in the window, most a year ago
            year = 2026 if n % 500 == 0 else 2025
            out.write(f"From - Mon Jan  1 00:00:00 {year}\n"
                      f"Message-ID: <big-{n}@nordlicht.example>\n"
                      f"Date: {day:02d} Nov {year} 10:00:00 +0100\n"
                      "From: Dana Nord <dana@nordlicht.example>\n"
                      "To: jan@mysales.example\n"
                      f"Subject: Nachricht {n}\n\n{body}\n")


@pytest.mark.slow
def test_a_50_mb_mbox_keeps_memory_flat(journal: Path, tmp_path: Path) -> None:
    import os

    from tests.helpers import installed_relj

    small, big = tmp_path / "small.mbox", tmp_path / "big.mbox"
    _mbox(small, 10, 10)
    _mbox(big, 5200, 10)
    assert big.stat().st_size > 50 * 1024 * 1024
    env = {**os.environ, "RELJ_JOURNAL": str(journal), "RELJ_TODAY": TODAY}
    base = [*installed_relj(), "catch-up", "--json", "--mbox"]
    small_peak = _peak_rss_kib([*base, str(small)], env)
    big_peak = _peak_rss_kib([*base, str(big)], env)
    assert big_peak < small_peak + 20 * 1024, (small_peak, big_peak)  # not the file's 50 MB


def test_exdates_as_whole_days_and_all_day_series() -> None:
    from datetime import date
    from zoneinfo import ZoneInfo

    from relj.errors import ReljError
    from relj.interchange.catchup.ics import read_ics

    text = ("BEGIN:VCALENDAR\r\n"
            "BEGIN:VEVENT\r\nUID:timed\r\nDTSTART:20261102T080000Z\r\nRRULE:FREQ=WEEKLY\r\n"
            "EXDATE;VALUE=DATE:20261109\r\nSUMMARY:timed\r\nEND:VEVENT\r\n"
            "BEGIN:VEVENT\r\nUID:allday\r\nDTSTART;VALUE=DATE:20261103\r\n"
            "RRULE:FREQ=WEEKLY;UNTIL=20261117\r\nEXDATE;VALUE=DATE:20261110\r\n"
            "SUMMARY:allday\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n")
    warnings: list[ReljError] = []
    items = read_ics(text.encode(), "x.ics", date(2026, 11, 1), date(2026, 11, 24),
                     ZoneInfo("Europe/Berlin"), warnings)
    assert sorted((i.title, i.day.isoformat()) for i in items) == [
        ("allday", "2026-11-03"), ("allday", "2026-11-17"),
        ("timed", "2026-11-02"), ("timed", "2026-11-16"), ("timed", "2026-11-23")]
    assert warnings == []

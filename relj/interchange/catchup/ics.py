"""Events of an iCalendar file (Outlook, Google Calendar, Thunderbird) as Items.

icalendar parses; it does not expand recurrences, so a weekly meeting is
expanded here with dateutil's rrule from its DTSTART, within the window
only, EXDATE and RDATE honoured, and an occurrence moved by its own
RECURRENCE-ID entry replaced by it. Every start ends up in the user's zone:
a TZID (Outlook's Windows names too: icalendar maps them), UTC (``Z``) and
floating times (the user's wall clock) alike; an all-day event is a day.
Cancelled events and attendees who declined are no contact.

The file is scanned first for its structure, so a broken file is reported
with its line (``FILE:LINE:``) and a single broken event is skipped with a
warning while the others are read.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta, tzinfo
from typing import TYPE_CHECKING, Any

from relj.errors import FileProblem, ReljError
from relj.interchange.catchup.proposals import Item, Person, local_moment

if TYPE_CHECKING:
    from pathlib import Path

    from icalendar import Component as Event

# name, parameters (quoted values may hold ; and :), then the value
_CONTENT_LINE = re.compile(
    r'[A-Za-z0-9-]+(?:;[A-Za-z0-9-]+=(?:"[^"]*"|[^";:,]*)(?:,(?:"[^"]*"|[^";:,]*))*)*:')
# A recurrence this many steps from its start before the window is not a meeting.
MAX_STEPS = 100_000


@dataclass
class Scan:
    """What the structural scan found: where each VEVENT begins, where its properties
    stand (a warning points at the bad one) and its lines that are no content lines."""

    event_lines: list[int] = field(default_factory=list)
    bad_events: dict[int, int] = field(default_factory=dict)  # event index -> bad line
    properties: list[dict[str, int]] = field(default_factory=list)  # name -> its first line


def read_ics(data: bytes, shown: str, first_day: date, last_day: date, zone: tzinfo,
             warnings: list[ReljError]) -> Iterator[Item]:
    """Every event occurrence starting from ``first_day`` through ``last_day`` (in
    ``zone``), as Items; events that cannot be read are added to ``warnings``."""
    from icalendar import Calendar

    text = _text(data, shown)
    scan = scan_structure(text, shown)
    try:
        calendars = Calendar.from_ical(text, multiple=True)
    except Exception as error:  # noqa: BLE001 - icalendar raises many kinds; the scan passed
        raise ReljError("catchup.bad_file", path=shown, reason=_first_line(error)) from None
    events = [e for cal in calendars for e in cal.walk("VEVENT")]
    moved = {(_uid(e), _moved_from(e)) for e in events if e.get("RECURRENCE-ID") is not None}
    for index, event in enumerate(events):
        line = scan.event_lines[index] if index < len(scan.event_lines) else 1
        lines = scan.properties[index] if index < len(scan.properties) else {}
        problem = _problem(event, scan.bad_events.get(index))
        if problem is not None:
            where, reason = problem
            at = where if isinstance(where, int) else lines.get(str(where).upper(), line)
            warnings.append(FileProblem(shown, at, "catchup.bad_event", reason=reason))
            continue
        if str(event.get("STATUS", "")).upper() == "CANCELLED":
            continue
        try:
            starts = list(_starts(event, first_day, last_day, zone, moved))
        except (ValueError, TypeError, OverflowError) as error:
            warnings.append(FileProblem(shown, lines.get("RRULE", line), "catchup.bad_event",
                                        reason=_first_line(error)))
            continue
        people = _people(event)
        title = _clean(str(event.get("SUMMARY", "")))
        for start in starts:
            try:
                moment = local_moment(start, zone)
            except OverflowError:  # the year 9999 in another zone: no meeting of ours
                continue
            day = moment if not isinstance(moment, datetime) else moment.date()
            if first_day <= day <= last_day:
                # the day too: skipping one meeting of a series skips only that one
                yield Item("ics", f"{_uid(event)}/{day.isoformat()}", moment, title, people)


def read_calendar(path: Path, shown: str) -> bytes:
    """The bytes of the calendar file: a regular file, else one clear line."""
    import stat

    try:
        info = path.stat()
        if not stat.S_ISREG(info.st_mode):
            raise ReljError("catchup.not_a_file", path=shown)
        return path.read_bytes()
    except FileNotFoundError:
        raise ReljError("catchup.no_such_file", path=shown) from None
    except OSError as error:
        raise ReljError("catchup.unreadable", path=shown,
                        reason=error.strerror or str(error)) from None


def _text(data: bytes, shown: str) -> str:
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        line = data[: error.start].count(b"\n") + 1
        raise FileProblem(shown, line, "catchup.not_utf8") from None


def scan_structure(text: str, shown: str) -> Scan:
    """BEGIN/END nesting and content lines, with their line numbers: a file that is
    no calendar is refused here, a broken event is only noted."""
    scan = Scan()
    stack: list[tuple[str, int]] = []
    seen_calendar = False
    for line, content in _unfolded(text):
        if not content.strip():
            continue
        inside_event = any(name == "VEVENT" for name, _ in stack)
        if not _CONTENT_LINE.match(content):
            if inside_event:
                scan.bad_events.setdefault(len(scan.event_lines) - 1, line)
                continue
            raise FileProblem(shown, line, "catchup.bad_line", text=content[:40])
        name, _, value = content.partition(":")
        name = name.split(";", 1)[0].upper()
        value = value.strip().upper()
        if not stack and not (name == "BEGIN" and value == "VCALENDAR"):
            raise FileProblem(shown, line, "catchup.not_calendar")
        if stack and stack[-1][0] == "VEVENT":
            scan.properties[-1].setdefault(name, line)
        if name == "BEGIN":
            stack.append((value, line))
            seen_calendar = True
            if value == "VEVENT":
                scan.event_lines.append(line)
                scan.properties.append({})
        elif name == "END":
            if not stack or stack[-1][0] != value:
                opened = stack[-1] if stack else ("-", line)
                raise FileProblem(shown, line, "catchup.bad_end", end=value, begin=opened[0],
                                  begin_line=opened[1])
            stack.pop()
    if stack:
        raise FileProblem(shown, stack[-1][1], "catchup.not_closed", begin=stack[-1][0])
    if not seen_calendar:
        raise FileProblem(shown, 1, "catchup.not_calendar")
    return scan


def _unfolded(text: str) -> Iterator[tuple[int, str]]:
    """Logical content lines (RFC 5545 folding undone) with the line each begins on."""
    start, parts = 0, list[str]()
    for number, raw in enumerate(text.splitlines(), start=1):
        if raw[:1] in (" ", "\t") and parts:
            parts.append(raw[1:])
            continue
        if parts:
            yield start, "".join(parts)
        start, parts = number, [raw]
    if parts:
        yield start, "".join(parts)


def _problem(event: Event, bad_line: int | None) -> tuple[int | str, str] | None:
    """Why an event cannot be read, and where: a line, or the property at fault."""
    if bad_line is not None:
        return bad_line, "?"
    errors: list[tuple[Any, str]] = list(getattr(event, "errors", []) or [])
    if errors:
        prop, message = errors[0]
        return str(prop or "BEGIN"), f"{prop}: {message}" if prop else str(message)
    if event.get("DTSTART") is None or not _decodable(event):
        return "DTSTART", "DTSTART?"
    return None


def _moved_from(event: Event) -> object:
    """The occurrence an entry with a RECURRENCE-ID replaces (None if unreadable)."""
    try:
        return _stamp(event.decoded("RECURRENCE-ID"))
    except Exception:  # noqa: BLE001 - a broken RECURRENCE-ID replaces nothing
        return None


def _decodable(event: Event) -> bool:
    try:
        return isinstance(event.decoded("DTSTART"), date)
    except Exception:  # noqa: BLE001 - any failure means: not a usable start
        return False


def _uid(event: Event) -> str:
    uid = str(event.get("UID", "")).strip()
    if uid:
        return uid
    import hashlib

    raw = f"{event.get('DTSTART')!r}{event.get('SUMMARY')}".encode("utf-8", "replace")
    return "no-uid-" + hashlib.sha256(raw).hexdigest()[:16]


def _starts(event: Event, first_day: date, last_day: date, zone: tzinfo,
            moved: set[tuple[str, object]]) -> Iterator[date | datetime]:
    """The event's start, or each start of its recurrence near the window."""
    start = event.decoded("DTSTART")
    if event.get("RRULE") is None and event.get("RDATE") is None:
        yield start
        return
    uid = _uid(event)
    excluded = {_stamp(moment) for moment in _dates(event, "EXDATE")}
    whole_days = {m for m in _dates(event, "EXDATE") if not isinstance(m, datetime)}
    lowest = datetime.combine(first_day - timedelta(days=2), time())
    highest = datetime.combine(last_day + timedelta(days=2), time())
    candidates = list(_expanded(event, start, lowest, highest, zone))
    candidates += [m for m in _dates(event, "RDATE") if isinstance(m, date)]
    for moment in candidates:
        stamp = _stamp(moment)
        if stamp in excluded or (uid, stamp) in moved:
            continue
        if isinstance(moment, datetime) and moment.date() in whole_days:
            continue  # an EXDATE given as a whole day removes that day's occurrence
        yield moment


def _expanded(event: Event, start: date | datetime, lowest: datetime, highest: datetime,
              zone: tzinfo) -> Iterator[date | datetime]:
    from dateutil.rrule import rrulestr

    rule = event.get("RRULE")
    if rule is None:
        return
    if isinstance(rule, list):  # several RRULEs are deprecated: the first one counts
        rule = rule[0]
    rule = rule.copy()
    until = (rule.pop("UNTIL", None) or [None])[0]
    all_day = not isinstance(start, datetime)
    base = datetime.combine(start, time()) if all_day else start
    text = rule.to_ical().decode("ascii", "replace")
    recurrence = rrulestr(text, dtstart=base)
    for step, moment in enumerate(recurrence):
        if step > MAX_STEPS:
            raise ValueError("RRULE")
        if until is not None and _after(moment, until, zone):
            return
        if _naive(moment, zone) > highest:
            return
        if _naive(moment, zone) >= lowest:
            yield moment.date() if all_day else moment


def _naive(moment: datetime, zone: tzinfo) -> datetime:
    """The moment on the user's wall clock, for comparing with the window's edges."""
    if moment.tzinfo is None:
        return moment
    return moment.astimezone(zone).replace(tzinfo=None)


def _after(moment: datetime, until: date | datetime, zone: tzinfo) -> bool:
    if not isinstance(until, datetime):
        return moment.date() > until
    if (moment.tzinfo is None) != (until.tzinfo is None):
        return _naive(moment, zone) > _naive(until, zone)
    return moment > until


def _dates(event: Event, name: str) -> list[date | datetime]:
    values = event.get(name)
    if values is None:
        return []
    found: list[date | datetime] = []
    for value in values if isinstance(values, list) else [values]:
        for item in getattr(value, "dts", []):
            if isinstance(item.dt, date):  # a PERIOD (a tuple) is left out
                found.append(item.dt)
    return found


def _stamp(moment: object) -> object:
    """A comparable key of a moment: the instant for aware times, else the value itself."""
    if isinstance(moment, datetime) and moment.tzinfo is not None:
        return moment.astimezone(UTC).replace(tzinfo=None)
    return moment


def _people(event: Event) -> tuple[Person, ...]:
    """The organiser and every attendee who did not decline."""
    found: list[Person] = []
    values: list[Any] = []
    organiser = event.get("ORGANIZER")
    if organiser is not None:
        values.append(organiser)
    attendees = event.get("ATTENDEE")
    if attendees is not None:
        values.extend(attendees if isinstance(attendees, list) else [attendees])
    for value in values:
        params = getattr(value, "params", {}) or {}
        if str(params.get("PARTSTAT", "")).upper() == "DECLINED":
            continue
        found.append(person_of(str(value), params.get("CN")))
    return tuple(found)


def person_of(address: str, name: object) -> Person:
    """``mailto:Anna@X.com`` and ``CN=...`` as a Person (address in lower case)."""
    text = address.strip()
    if text.casefold().startswith("mailto:"):
        text = text[len("mailto:"):]
    email = text.strip().casefold() if "@" in text else None
    shown = _clean(str(name)).strip() if name else None
    return Person(email or None, shown or None)


def _clean(text: str) -> str:
    return text.replace("\r", " ").replace("\n", " ").strip()


def _first_line(error: BaseException) -> str:
    text = str(error) or type(error).__name__
    return text.splitlines()[0][:120] if text else type(error).__name__

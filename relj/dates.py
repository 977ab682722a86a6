"""Dates, times and durations typed on the command line, in English and German.

Pure: "today" and "now" are arguments; only ``local_now`` reads the clock.
Forms are matched exactly (ISO, German, a small table of words); nothing is
guessed. dateutil's parser is never used on user input (it guesses month-first
and invents years); dateutil only supplies calendar arithmetic.
"""

from __future__ import annotations

import re
from datetime import date, datetime, time, timedelta, timezone

from dateutil.relativedelta import relativedelta

from relj.errors import ReljError

_WORDS = {
    "today": 0, "heute": 0,
    "yesterday": -1, "gestern": -1,
    "tomorrow": 1, "morgen": 1,
    "vorgestern": -2, "übermorgen": 2, "uebermorgen": 2,
}
_WEEKDAYS = {
    0: ("monday", "mon", "montag", "mo"),
    1: ("tuesday", "tue", "tues", "dienstag", "di"),
    2: ("wednesday", "wed", "mittwoch", "mi"),
    3: ("thursday", "thu", "thurs", "donnerstag", "do"),
    4: ("friday", "fri", "freitag", "fr"),
    5: ("saturday", "sat", "samstag", "sonnabend", "sa"),
    6: ("sunday", "sun", "sonntag", "so"),
}
_WEEKDAY_BY_NAME = {name: day for day, names in _WEEKDAYS.items() for name in names}
_UNITS = {
    "d": "days", "day": "days", "days": "days", "t": "days", "tag": "days", "tage": "days",
    "tagen": "days",
    "w": "weeks", "week": "weeks", "weeks": "weeks", "woche": "weeks", "wochen": "weeks",
    "m": "months", "month": "months", "months": "months", "monat": "months", "monate": "months",
    "monaten": "months",
    "y": "years", "year": "years", "years": "years", "j": "years", "jahr": "years",
    "jahre": "years", "jahren": "years",
}
_ISO = re.compile(r"^(\d{4})-(\d{1,2})-(\d{1,2})$")
_GERMAN = re.compile(r"^(\d{1,2})\.(\d{1,2})\.(\d{4}|\d{2})?$")
_SHIFT = re.compile(r"^([+-])\s*(\d+)\s*([a-z]+)$")
_IN = re.compile(r"^in\s+(\d+)\s+([a-zäöü]+)$")
_AGO = re.compile(r"^(\d+)\s+([a-z]+)\s+ago$")
_VOR = re.compile(r"^vor\s+(\d+)\s+([a-zäöü]+)$")
_DURATION = re.compile(r"^(\d+)\s*([a-z]+)$")
_TIME = re.compile(r"^(\d{1,2}):(\d{2})(?:\s*uhr)?$")


def local_now() -> datetime:
    """The current local time, to the minute, with a whole-minute UTC offset."""
    now = datetime.now().astimezone().replace(second=0, microsecond=0)
    return _whole_minutes(now)


def _whole_minutes(moment: datetime) -> datetime:
    offset = moment.utcoffset()
    if offset is None or offset.total_seconds() % 60 == 0:
        return moment
    minutes = round(offset.total_seconds() / 60)
    return moment.replace(tzinfo=timezone(timedelta(minutes=minutes)))


def parse_day(text: str, today: date, direction: str) -> date:
    """A calendar day. ``direction`` is "past" (for --at: a weekday name is the most
    recent such day, today included) or "future" (for --follow-up: the next such
    day after today)."""
    value = " ".join(text.strip().casefold().split())
    if not value:
        raise ReljError("input.empty_date")
    if "/" in value:
        raise ReljError("input.ambiguous_date", value=text)
    for parse in (_iso_day, _german_day, _word_day, _weekday, _relative_day):
        day = parse(value, today, direction)
        if day is not None:
            return day
    raise ReljError("input.bad_date", value=text)


def _make_date(year: int, month: int, day: int, original: str) -> date:
    try:
        return date(year, month, day)
    except ValueError:
        raise ReljError("input.impossible_date", value=original) from None


def _iso_day(value: str, today: date, direction: str) -> date | None:
    found = _ISO.match(value)
    if not found:
        return None
    year, month, day = (int(part) for part in found.groups())
    return _make_date(year, month, day, value)


def _german_day(value: str, today: date, direction: str) -> date | None:
    found = _GERMAN.match(value)
    if not found:
        return None
    day, month, year_text = found.groups()
    if year_text is None:
        year = today.year  # "24.11." is in the year of today (SPEC §3)
    elif len(year_text) == 2:
        year = 2000 + int(year_text)  # "24.11.26": the echo shows 2026, so a slip is seen at once
    else:
        year = int(year_text)
    return _make_date(year, int(month), int(day), value)


def _word_day(value: str, today: date, direction: str) -> date | None:
    offset = _WORDS.get(value)
    return None if offset is None else today + timedelta(days=offset)


def _weekday(value: str, today: date, direction: str) -> date | None:
    wanted = _WEEKDAY_BY_NAME.get(value.rstrip("."))
    if wanted is None:
        return None
    if direction == "future":
        return today + timedelta(days=(wanted - today.weekday() - 1) % 7 + 1)
    return today - timedelta(days=(today.weekday() - wanted) % 7)


def _relative_day(value: str, today: date, direction: str) -> date | None:
    for pattern, sign in ((_SHIFT, None), (_IN, 1), (_AGO, -1), (_VOR, -1)):
        found = pattern.match(value)
        if not found:
            continue
        groups = found.groups()
        if sign is None:
            sign = 1 if groups[0] == "+" else -1
            groups = groups[1:]
        amount, unit = int(groups[0]), groups[1]
        if unit not in _UNITS:
            raise ReljError("input.bad_unit", value=value, unit=unit)
        return today + relativedelta(**{_UNITS[unit]: sign * amount})
    return None


def parse_moment(text: str, now: datetime) -> date | datetime:
    """For --at: a day gives a date; a day with a time (or a time alone, meaning
    today) gives a datetime in the UTC offset of ``now``; an ISO datetime with
    its own offset keeps it."""
    value = " ".join(text.strip().split())
    iso = _iso_datetime(value)
    if iso is not None:
        return iso
    day_part, time_part = _split_time(value)
    if time_part is None:
        return parse_day(value, now.date(), "past")
    day = parse_day(day_part, now.date(), "past") if day_part else now.date()
    return _whole_minutes(datetime.combine(day, time_part, tzinfo=now.tzinfo))


def _iso_datetime(value: str) -> datetime | None:
    if "t" not in value.casefold() or not value[:4].isdigit():
        return None
    try:
        moment = datetime.fromisoformat(value)
    except ValueError:
        raise ReljError("input.bad_date", value=value) from None
    return _whole_minutes(moment.replace(second=0, microsecond=0)) if moment.tzinfo else None


def _split_time(value: str) -> tuple[str, time | None]:
    """'yesterday 9:15' -> ('yesterday', 09:15); '14:30' -> ('', 14:30); else (value, None)."""
    lowered = value.casefold()
    parts = lowered.rsplit(" ", 2)
    for cut in (2, 1):
        if len(parts) >= cut:
            tail = " ".join(parts[-cut:])
            found = _TIME.match(tail)
            if found:
                head = " ".join(parts[:-cut])
                return head, _clock(int(found.group(1)), int(found.group(2)), value)
    if "t" in lowered and _ISO.match(lowered.split("t", 1)[0]):
        head, _, tail = lowered.partition("t")
        found = _TIME.match(tail)
        if found:
            return head, _clock(int(found.group(1)), int(found.group(2)), value)
    return value, None


def _clock(hour: int, minute: int, original: str) -> time:
    if not (0 <= hour <= 23 and 0 <= minute <= 59):
        raise ReljError("input.bad_time", value=original)
    return time(hour, minute)


def parse_duration(text: str) -> relativedelta:
    """A cadence: 10d, 3w, 2m, 1y (calendar months and years); whole positive numbers."""
    found = _DURATION.match(text.strip().casefold())
    if not found or found.group(2) not in _UNITS or int(found.group(1)) == 0:
        raise ReljError("input.bad_duration", value=text)
    return relativedelta(**{_UNITS[found.group(2)]: int(found.group(1))})


def duration_days(duration: relativedelta, start: date) -> int:
    """How many days ``duration`` spans from ``start`` (months and years vary)."""
    return ((start + duration) - start).days

"""Dates, times and durations typed on the command line, in English and German,
and a moment echoed back as the user will recognise it.

Pure: "today" and "now" are arguments; only ``local_now`` reads the clock.
Forms are matched exactly (ISO, German, a small table of words); nothing is
guessed. dateutil's parser is never used on user input (it guesses month-first
and invents years); dateutil only supplies calendar arithmetic (relativedelta,
always with plural arguments).

Decisions worth knowing:

- ``24.11.26`` (a two-digit year) is read as 2026: years are 2000-2099. Every
  ``relj log`` echoes the date it understood, so a slip is seen at once.
- ``24.11.`` is in the year of "today".
- A weekday name for ``--at`` (direction "past") is the most recent such day,
  *today included*: "monday" on a Monday is today. For ``--follow-up``
  (direction "future") it is the next such day, *strictly after* today.
- Forms that could mean two things (``03/04/2026``, ``3/4``, ``03-04-2026``)
  are refused, never guessed, with a hint naming what was typed read both ways
  (``03/12/2026``: 2026-12-03 or 2026-03-12), or the only reading that is a
  day (``13/05/2026``: 2026-05-13); days the calendar lacks are refused too.
- A time keeps hours and minutes; seconds (``14:30:15``) are accepted and
  dropped. A UTC offset that is not whole minutes is rounded to whole minutes
  (TOML writers cannot express anything finer).
"""

from __future__ import annotations

import re
import unicodedata
from datetime import UTC, date, datetime, time, timedelta, timezone
from typing import TYPE_CHECKING, Final, Literal

from relj.errors import ReljError
from relj.i18n import current_lang, t

if TYPE_CHECKING:  # imported where used: reading an ISO --today needs no calendar arithmetic
    from dateutil.relativedelta import relativedelta

Direction = Literal["past", "future"]  # which way a weekday name points (see above)
PAST: Final = "past"
FUTURE: Final = "future"

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
    "d": "days", "day": "days", "days": "days",
    "t": "days", "tag": "days", "tage": "days", "tagen": "days",
    "w": "weeks", "week": "weeks", "weeks": "weeks",
    "woche": "weeks", "wochen": "weeks",
    "m": "months", "month": "months", "months": "months",
    "monat": "months", "monate": "months", "monaten": "months",
    "y": "years", "year": "years", "years": "years",
    "j": "years", "jahr": "years", "jahre": "years", "jahren": "years",
}
# The longest cadence relj accepts, per unit (about a hundred years).
_DURATION_LIMITS = {"days": 36_500, "weeks": 5_200, "months": 1_200, "years": 100}

# [0-9], never \d: \d also matches other scripts' digits.
_ISO = re.compile(r"^([0-9]{4})-([0-9]{1,2})-([0-9]{1,2})$")
_GERMAN = re.compile(r"^([0-9]{1,2})\. ?([0-9]{1,2})\.(?: ?([0-9]{4}|[0-9]{2}))?$")
_AMBIGUOUS = re.compile(
    r"^[0-9]{1,4}/[0-9]{1,2}(?:/[0-9]{1,4})?$"  # 03/04/2026, 3/4, 2026/04/03
    r"|^[0-9]{1,2}-[0-9]{1,2}(?:-[0-9]{2,4})?$"  # 03-04-2026, 3-4
)
_SHIFT = re.compile(r"^([+-]) ?([0-9]+) ?([a-zäöü]+)$")
_IN = re.compile(r"^in ([0-9]+) ([a-zäöü]+)$")
_AGO = re.compile(r"^([0-9]+) ([a-zäöü]+) ago$")
_VOR = re.compile(r"^vor ([0-9]+) ([a-zäöü]+)$")
_DURATION = re.compile(r"^([0-9]+) ?([a-zäöü]+)$")
_TIME_TAIL = re.compile(
    r"([0-9]{1,2}):([0-9]{2})(?::([0-9]{2})(?:[.,][0-9]+)?)?"  # 14:30, 14:30:15, 14:30:15.5
    r"(?: ?(z|[+-][0-9]{2}(?::?[0-9]{2}(?::?[0-9]{2}(?:\.[0-9]+)?)?)?))?"  # Z, +01:00, +0100, +01
    r"(?: ?uhr)?$"
)
_CONNECTORS = ("um", "at")  # "gestern um 9:15", "yesterday at 9:15"


# -- the clock ----------------------------------------------------------------


def local_now() -> datetime:
    """The current local time, to the minute, with a whole-minute UTC offset.

    The only function in relj that reads the clock (the CLI calls it once).
    """
    now = datetime.now().astimezone().replace(second=0, microsecond=0)
    return _whole_minutes(now)


def _whole_minutes(moment: datetime) -> datetime:
    """``moment`` with its UTC offset rounded to whole minutes (wall clock kept)."""
    offset = moment.utcoffset()
    if offset is None or offset.total_seconds() % 60 == 0:
        return moment
    minutes = round(offset.total_seconds() / 60)
    return moment.replace(tzinfo=timezone(timedelta(minutes=minutes)))


# -- days ---------------------------------------------------------------------


def _normalise(text: str) -> str:
    """NFC (so a decomposed ü is an ü), case folded, runs of spaces made one."""
    return " ".join(unicodedata.normalize("NFC", text).casefold().split())


def parse_day(text: str, today: date, direction: Direction) -> date:
    """The calendar day ``text`` names, relative to ``today``.

    Accepted (case-insensitive, English and German):

    - ISO ``2026-11-24``; German ``24.11.2026``, ``24.11.26`` (= 2026, years
      2000-2099) and ``24.11.`` (the year of ``today``);
    - ``today``/``heute``, ``yesterday``/``gestern``, ``tomorrow``/``morgen``,
      ``vorgestern``, ``übermorgen``;
    - ``in 2 weeks``/``in 2 Wochen``, ``3 days ago``/``vor 3 Tagen``, ``+3d``,
      ``-1w``, ``+2m``, ``+1y`` (units d/t, w, m, y/j and their words; months and
      years are calendar months and years);
    - weekday names (``friday``, ``fri``, ``Freitag``, ``fr``). ``direction`` is
      "past" (for ``--at``): the most recent such day, today included; or
      "future" (for ``--follow-up``): the next such day, strictly after today.

    Refused with a ReljError: ambiguous forms (``03/04/2026``, ``3/4``,
    ``03-04-2026``), days the calendar lacks (``31.02.2026``, ``2026-13-01``),
    anything else.
    """
    if direction not in (PAST, FUTURE):
        raise ValueError(f"direction must be {PAST!r} or {FUTURE!r}, not {direction!r}")
    value = _normalise(text)
    if not value:
        raise ReljError("input.empty_date")
    if _AMBIGUOUS.match(value):
        _refuse_ambiguous(value, today, text.strip())
    for parse in (_iso_day, _german_day, _word_day, _weekday, _relative_day):
        try:
            day = parse(value, today, direction)
        except (OverflowError, ValueError):  # beyond year 1 or 9999
            raise ReljError("input.out_of_range", value=text.strip()) from None
        except ReljError as error:  # name what the user typed, as typed
            raise ReljError(error.key, **{**error.fields, "value": text.strip()}) from None
        if day is not None:
            return day
    raise ReljError("input.bad_date", value=text.strip())


def _refuse_ambiguous(value: str, today: date, original: str) -> None:
    """Refuse ``03/12/2026`` naming what it could mean, day first then month first
    (``2026-12-03 or 2026-03-12``), so that copying the hint books the day meant;
    if only one reading is a day of the calendar (``13/05/2026``), name that one."""
    parts = re.split("[/-]", value)
    if len(parts[0]) == 4:  # 2026/04/03: the year first, then month and day or day and month
        if len(parts) != 3:
            raise ReljError("input.bad_date", value=original)
        year_text, first, second = parts
    else:
        first, second = parts[0], parts[1]
        year_text = parts[2] if len(parts) == 3 else str(today.year)
        if len(parts[0]) > 2 or len(year_text) not in (2, 4):
            raise ReljError("input.bad_date", value=original)
        if len(year_text) == 2:
            year_text = f"20{year_text}"  # as 24.11.26 is 2026
    year, a, b = int(year_text), int(first), int(second)
    orders = ((a, b), (b, a)) if len(parts[0]) == 4 else ((b, a), (a, b))
    readings: list[date] = []
    for month, day in orders:  # day first, then month first (after a year: the other way)
        try:
            reading = date(year, month, day)
        except ValueError:
            continue
        if reading not in readings:
            readings.append(reading)
    if not readings:
        raise ReljError("input.impossible_date", value=original)
    if len(readings) == 1:
        raise ReljError("input.ambiguous_date_one", value=original, day=day_text(readings[0]))
    raise ReljError("input.ambiguous_date", value=original, first=day_text(readings[0]),
                    second=day_text(readings[1]))


def _make_date(year: int, month: int, day: int, original: str) -> date:
    try:
        return date(year, month, day)
    except ValueError:
        raise ReljError("input.impossible_date", value=original) from None


def _iso_day(value: str, today: date, direction: Direction) -> date | None:
    found = _ISO.match(value)
    if not found:
        return None
    year, month, day = (int(part) for part in found.groups())
    return _make_date(year, month, day, value)


def _german_day(value: str, today: date, direction: Direction) -> date | None:
    found = _GERMAN.match(value)
    if not found:
        return None
    day, month, year_text = found.groups()
    if year_text is None:
        year = today.year  # "24.11." is in the year of today (SPEC §3)
    elif len(year_text) == 2:
        year = 2000 + int(year_text)  # "24.11.26" is 2026; the echo shows it
    else:
        year = int(year_text)
    return _make_date(year, int(month), int(day), value)


def _word_day(value: str, today: date, direction: Direction) -> date | None:
    offset = _WORDS.get(value)
    return None if offset is None else today + timedelta(days=offset)


def _weekday(value: str, today: date, direction: Direction) -> date | None:
    wanted = _WEEKDAY_BY_NAME.get(value.removesuffix("."))
    if wanted is None:
        return None
    if direction == FUTURE:  # strictly after today: 1 to 7 days ahead
        return today + timedelta(days=(wanted - today.weekday() - 1) % 7 + 1)
    return today - timedelta(days=(today.weekday() - wanted) % 7)  # 0 to 6 days back


def _relative_day(value: str, today: date, direction: Direction) -> date | None:
    for pattern, sign in ((_SHIFT, 0), (_IN, 1), (_AGO, -1), (_VOR, -1)):
        found = pattern.match(value)
        if not found:
            continue
        groups = found.groups()
        if sign == 0:
            sign = 1 if groups[0] == "+" else -1
            groups = groups[1:]
        amount, unit = int(groups[0]), groups[1]
        if unit not in _UNITS:
            raise ReljError("input.bad_unit", value=value, unit=unit)
        if amount > 100_000:  # relativedelta would be slow to fail on huge numbers
            raise OverflowError(value)
        from dateutil.relativedelta import relativedelta

        shifted: date = today + relativedelta(**{_UNITS[unit]: sign * amount})  # untyped library
        return shifted
    return None


# -- moments ------------------------------------------------------------------


def parse_moment(text: str, now: datetime) -> date | datetime:
    """What ``--at`` names: a ``date`` or an aware ``datetime``.

    Everything ``parse_day(direction="past")`` accepts gives a ``date`` (stored
    as a TOML date). A day with a time — ``2026-11-24 14:30``,
    ``2026-11-24T14:30``, ``24.11.2026 14:30``, ``yesterday 9:15``,
    ``gestern um 9:15``, ``heute 14:30 Uhr`` — or a time alone (``14:30``,
    meaning today) gives a datetime in the UTC offset of ``now`` (which must be
    aware). A time written with its own offset (``2026-11-24T14:30+05:30``,
    ``…Z``) keeps that offset. Offsets are rounded to whole minutes, seconds
    are dropped; hours must be 0-23 and minutes 0-59.
    """
    offset = now.utcoffset()
    if offset is None:
        raise ValueError("now must be an aware datetime")
    value = _normalise(text)
    found = _TIME_TAIL.search(value)
    if found is None:
        return parse_day(text, now.date(), PAST)
    day = _day_before_time(value[: found.start()], now.date(), text.strip())
    hour, minute, second, zone = found.groups()
    clock = _clock(int(hour), int(minute), int(second or 0), text.strip())
    tzinfo = _offset(zone, text.strip()) if zone else timezone(offset)
    return _whole_minutes(datetime.combine(day, clock, tzinfo=tzinfo))


def _day_before_time(head: str, today: date, original: str) -> date:
    """The day part in front of a time: '' (today), 'yesterday ', '2026-11-24t', …"""
    if not head:
        return today
    if head.endswith("t") and _ISO.match(head[:-1]):
        head = head[:-1]
    elif not head.endswith(" "):
        raise ReljError("input.bad_date", value=original)  # e.g. "x14:30"
    words = head.strip().rstrip(",").split()
    if words and words[-1] in _CONNECTORS:
        words.pop()
    if not words:
        return today
    try:
        return parse_day(" ".join(words), today, PAST)
    except ReljError as error:  # name what the user typed, not a fragment of it
        raise ReljError(error.key, **{**error.fields, "value": original}) from None


def _clock(hour: int, minute: int, second: int, original: str) -> time:
    if not (0 <= hour <= 23 and 0 <= minute <= 59 and 0 <= second <= 59):
        raise ReljError("input.bad_time", value=original)
    return time(hour, minute)


def _offset(zone: str, original: str) -> timezone:
    """'z', '+01:00', '+0100', '+01', '+05:30:15' -> a fixed UTC offset."""
    if zone == "z":
        return UTC
    sign = -1 if zone[0] == "-" else 1
    digits = zone[1:].replace(":", "")
    hours, minutes = int(digits[0:2]), int(digits[2:4] or 0)
    seconds = float(digits[4:] or 0)
    if hours > 23 or minutes > 59 or seconds >= 60:
        raise ReljError("input.bad_offset", value=original)
    total = timedelta(hours=hours, minutes=minutes, seconds=seconds)
    rounded = round(total.total_seconds() / 60)
    if rounded >= 24 * 60:  # 23:59:45 rounds to 24:00, which no offset can be
        raise ReljError("input.bad_offset", value=original)
    return timezone(sign * timedelta(minutes=rounded))


# -- durations ----------------------------------------------------------------


def parse_duration(text: str) -> relativedelta:
    """A cadence: ``10d``, ``3w``, ``2m``, ``1y`` (also ``3 w``, ``2 weeks``,
    ``10t``, ``1j``, ``2 Wochen``); a whole number from 1 up to about a hundred
    years. Months and years are calendar months and years."""
    found = _DURATION.match(_normalise(text))
    if not found or found.group(2) not in _UNITS:
        raise ReljError("input.bad_duration", value=text.strip())
    amount, unit = int(found.group(1)), _UNITS[found.group(2)]
    if amount == 0:
        raise ReljError("input.bad_duration", value=text.strip())
    if amount > _DURATION_LIMITS[unit]:
        raise ReljError("input.duration_too_long", value=text.strip())
    from dateutil.relativedelta import relativedelta

    return relativedelta(**{unit: amount})


def duration_days(rd: relativedelta, start: date) -> int:
    """How many days ``rd`` spans from ``start`` (months and years vary:
    ``1m`` from 31 January is 28 or 29 days, to the last day of February)."""
    try:
        days: int = ((start + rd) - start).days  # relativedelta is untyped
        return days
    except (OverflowError, ValueError):
        raise ReljError("input.out_of_range", value=start.isoformat()) from None


# -- echoing back ---------------------------------------------------------------


def moment_text(moment: date | datetime) -> str:
    """A date or time as the user will recognise it: 'Tue 2026-11-24 14:30 +01:00'.

    What ``relj log`` echoes, so a misread date is seen at once (see above).
    """
    weekday = t("labels.weekdays").split()[moment.weekday()]
    if isinstance(moment, datetime):
        return f"{weekday} {day_text(moment)} {moment:%H:%M} {_offset_text(moment)}".rstrip()
    return f"{weekday} {day_text(moment)}"


def day_text(day: date) -> str:
    """A day as people read it in the screen's language: 2026-11-24 or 24.11.2026."""
    return f"{day:%d.%m.%Y}" if current_lang() == "de" else f"{day:%Y-%m-%d}"


def _offset_text(moment: datetime) -> str:
    text = moment.strftime("%z")
    return f"{text[:3]}:{text[3:]}" if text else ""

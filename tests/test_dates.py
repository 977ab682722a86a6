"""Dates, times and durations typed on the command line (SPEC §3)."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta, timezone

import pytest
from dateutil.relativedelta import relativedelta
from hypothesis import given
from hypothesis import strategies as st

from relj.dates import duration_days, local_now, parse_day, parse_duration, parse_moment
from relj.errors import ReljError
from relj.i18n import t

TODAY = date(2026, 11, 24)  # a Tuesday
assert TODAY.weekday() == 1
CET = timezone(timedelta(hours=1))
NOW = datetime(2026, 11, 24, 16, 5, tzinfo=CET)


def d(text: str) -> date:
    return date.fromisoformat(text)


# -- parse_day: accepted forms --------------------------------------------------

BOTH_DIRECTIONS = [
    # ISO and German
    ("2026-11-24", "2026-11-24"),
    ("2026-03-01", "2026-03-01"),
    ("2026-3-1", "2026-03-01"),
    ("2024-02-29", "2024-02-29"),
    ("  2026-11-24  ", "2026-11-24"),
    ("24.11.2026", "2026-11-24"),
    ("1.3.2027", "2027-03-01"),
    ("01.03.2027", "2027-03-01"),
    ("24. 11. 2026", "2026-11-24"),
    ("24.11.26", "2026-11-24"),
    ("05.01.99", "2099-01-05"),
    ("24.11.", "2026-11-24"),
    ("1.2.", "2026-02-01"),
    ("31.12.", "2026-12-31"),
    # words
    ("today", "2026-11-24"),
    ("Today", "2026-11-24"),
    ("heute", "2026-11-24"),
    ("HEUTE", "2026-11-24"),
    ("yesterday", "2026-11-23"),
    ("gestern", "2026-11-23"),
    ("tomorrow", "2026-11-25"),
    ("morgen", "2026-11-25"),
    ("vorgestern", "2026-11-22"),
    ("übermorgen", "2026-11-26"),
    ("Übermorgen", "2026-11-26"),
    ("u\u0308bermorgen", "2026-11-26"),  # a decomposed ü, as some terminals send it
    ("uebermorgen", "2026-11-26"),
    # relative
    ("+3d", "2026-11-27"),
    ("+3 d", "2026-11-27"),
    ("+3t", "2026-11-27"),
    ("-1w", "2026-11-17"),
    ("+2m", "2027-01-24"),
    ("-2m", "2026-09-24"),
    ("+1y", "2027-11-24"),
    ("+1j", "2027-11-24"),
    ("+0d", "2026-11-24"),
    ("+3 days", "2026-11-27"),
    ("in 2 weeks", "2026-12-08"),
    ("in 2 Wochen", "2026-12-08"),
    ("in 1 week", "2026-12-01"),
    ("in 1 Woche", "2026-12-01"),
    ("in 3 days", "2026-11-27"),
    ("in 3 Tagen", "2026-11-27"),
    ("in 1 month", "2026-12-24"),
    ("in 1 Monat", "2026-12-24"),
    ("in 2 Monaten", "2027-01-24"),
    ("in 1 year", "2027-11-24"),
    ("in 2 Jahren", "2028-11-24"),
    ("in   2   weeks", "2026-12-08"),
    ("2 days ago", "2026-11-22"),
    ("1 week ago", "2026-11-17"),
    ("3 months ago", "2026-08-24"),
    ("vor 2 Tagen", "2026-11-22"),
    ("vor 1 Woche", "2026-11-17"),
    ("vor 1 Monat", "2026-10-24"),
    ("vor 1 Jahr", "2025-11-24"),
]


@pytest.mark.parametrize("direction", ["past", "future"])
@pytest.mark.parametrize(("text", "expected"), BOTH_DIRECTIONS)
def test_parse_day_accepts(text: str, expected: str, direction: str) -> None:
    assert parse_day(text, TODAY, direction) == d(expected)


WEEKDAYS_PAST = [  # for --at: the most recent such day, today included
    ("tuesday", "2026-11-24"),
    ("Dienstag", "2026-11-24"),
    ("tue", "2026-11-24"),
    ("di", "2026-11-24"),
    ("monday", "2026-11-23"),
    ("montag", "2026-11-23"),
    ("mon", "2026-11-23"),
    ("Mo", "2026-11-23"),
    ("mo.", "2026-11-23"),
    ("sunday", "2026-11-22"),
    ("sonntag", "2026-11-22"),
    ("so", "2026-11-22"),
    ("saturday", "2026-11-21"),
    ("samstag", "2026-11-21"),
    ("sonnabend", "2026-11-21"),
    ("friday", "2026-11-20"),
    ("Freitag", "2026-11-20"),
    ("fri", "2026-11-20"),
    ("fr", "2026-11-20"),
    ("thursday", "2026-11-19"),
    ("donnerstag", "2026-11-19"),
    ("do", "2026-11-19"),
    ("wednesday", "2026-11-18"),
    ("Mittwoch", "2026-11-18"),
    ("wed", "2026-11-18"),
    ("mi", "2026-11-18"),
]

WEEKDAYS_FUTURE = [  # for --follow-up: the next such day, strictly after today
    ("wednesday", "2026-11-25"),
    ("mittwoch", "2026-11-25"),
    ("thursday", "2026-11-26"),
    ("friday", "2026-11-27"),
    ("Fr", "2026-11-27"),
    ("saturday", "2026-11-28"),
    ("sunday", "2026-11-29"),
    ("monday", "2026-11-30"),
    ("Montag", "2026-11-30"),
    ("tuesday", "2026-12-01"),
    ("dienstag", "2026-12-01"),
]


@pytest.mark.parametrize(("text", "expected"), WEEKDAYS_PAST)
def test_weekday_for_at_is_the_most_recent_one_today_included(text: str, expected: str) -> None:
    assert parse_day(text, TODAY, "past") == d(expected)


@pytest.mark.parametrize(("text", "expected"), WEEKDAYS_FUTURE)
def test_weekday_for_follow_up_is_the_next_one_after_today(text: str, expected: str) -> None:
    assert parse_day(text, TODAY, "future") == d(expected)


@given(st.dates(min_value=date(1900, 1, 1), max_value=date(2999, 12, 31)),
       st.sampled_from(["monday", "dienstag", "wed", "do", "freitag", "sat", "so"]))
def test_weekday_names_land_on_that_weekday_within_a_week(today: date, name: str) -> None:
    past = parse_day(name, today, "past")
    future = parse_day(name, today, "future")
    assert past.weekday() == future.weekday()
    assert 0 <= (today - past).days <= 6
    assert 1 <= (future - today).days <= 7


def test_short_german_date_takes_the_year_of_today() -> None:
    assert parse_day("24.11.", date(2031, 1, 5), "past") == date(2031, 11, 24)
    assert parse_day("29.02.", date(2028, 6, 1), "future") == date(2028, 2, 29)


def test_months_are_calendar_months() -> None:
    assert parse_day("+1m", date(2026, 1, 31), "future") == date(2026, 2, 28)
    assert parse_day("+1m", date(2028, 1, 31), "future") == date(2028, 2, 29)
    assert parse_day("+1y", date(2028, 2, 29), "future") == date(2029, 2, 28)
    assert parse_day("vor 1 Monat", date(2026, 3, 31), "past") == date(2026, 2, 28)


@given(st.dates())
def test_any_iso_date_reads_as_itself(day: date) -> None:
    assert parse_day(day.isoformat(), TODAY, "past") == day
    assert parse_day(day.isoformat(), TODAY, "future") == day


@given(st.dates(min_value=date(1000, 1, 1)))
def test_any_german_date_reads_as_itself(day: date) -> None:
    assert parse_day(day.strftime("%d.%m.") + str(day.year), TODAY, "past") == day
    assert parse_day(f"{day.day}.{day.month}.{day.year}", TODAY, "past") == day


# -- parse_day: refused forms ---------------------------------------------------

REFUSED = [
    # ambiguous: day or month first?
    ("03/04/2026", "input.ambiguous_date"),
    ("3/4", "input.ambiguous_date"),
    ("3/4/26", "input.ambiguous_date"),
    ("11/24/2026", "input.ambiguous_date_one"),  # only month first is a day
    ("13/05/2026", "input.ambiguous_date_one"),  # only day first is a day
    ("03/03/2026", "input.ambiguous_date_one"),  # either way the same day, still refused
    ("13/13/2026", "input.impossible_date"),
    ("2026/04/03", "input.ambiguous_date"),
    ("03-04-2026", "input.ambiguous_date"),
    ("3-4", "input.ambiguous_date"),
    # days the calendar lacks
    ("31.02.2026", "input.impossible_date"),
    ("29.02.2026", "input.impossible_date"),
    ("2026-13-01", "input.impossible_date"),
    ("2026-02-30", "input.impossible_date"),
    ("2026-00-10", "input.impossible_date"),
    ("0000-01-01", "input.impossible_date"),
    ("32.1.2026", "input.impossible_date"),
    ("1.13.", "input.impossible_date"),
    ("0.1.2026", "input.impossible_date"),
    # unknown units
    ("+3x", "input.bad_unit"),
    ("in 2 fortnights", "input.bad_unit"),
    ("vor 2 stunden", "input.bad_unit"),
    ("2 hours ago", "input.bad_unit"),
    # beyond what a calendar can count
    ("+100000y", "input.out_of_range"),
    ("+999999999999999999999d", "input.out_of_range"),
    ("in 8000 years", "input.out_of_range"),
    # nothing at all
    ("", "input.empty_date"),
    ("   ", "input.empty_date"),
    # not a date
    ("soon", "input.bad_date"),
    ("next friday", "input.bad_date"),
    ("November 24", "input.bad_date"),
    ("24 Nov 2026", "input.bad_date"),
    ("20261124", "input.bad_date"),
    ("24.11", "input.bad_date"),
    ("24.11.2026.", "input.bad_date"),
    ("24.11.026", "input.bad_date"),
    ("26-11-2026x", "input.bad_date"),
    ("+3", "input.bad_date"),
    ("in weeks", "input.bad_date"),
    ("in -2 weeks", "input.bad_date"),
    ("in 1.5 weeks", "input.bad_date"),
    ("+1,5w", "input.bad_date"),
    ("2026-11-24 14:30", "input.bad_date"),  # a time is for --at (parse_moment) only
    ("\u0662\u0660\u0662\u0666-11-24", "input.bad_date"),  # other scripts' digits
    ("n/a", "input.bad_date"),
    ("todays", "input.bad_date"),
]


@pytest.mark.parametrize("direction", ["past", "future"])
@pytest.mark.parametrize(("text", "key"), REFUSED)
def test_parse_day_refuses(text: str, key: str, direction: str) -> None:
    with pytest.raises(ReljError) as caught:
        parse_day(text, TODAY, direction)
    assert caught.value.key == key


def _refusal(text: str, lang: str) -> str:
    """The line `relj` prints for a day it refuses, on a screen in ``lang``."""
    from relj.i18n import current_lang, set_lang

    before = current_lang()
    set_lang(lang)
    try:
        with pytest.raises(ReljError) as caught:
            parse_day(text, TODAY, "past")
        return "relj: " + caught.value.message()
    finally:
        set_lang(before)


def test_a_refusal_quotes_what_was_typed_and_hints_at_what_works() -> None:
    with pytest.raises(ReljError) as caught:
        parse_day(" 03/04/2026 ", TODAY, "past")
    assert caught.value.fields["value"] == "03/04/2026"
    for lang in ("en", "de"):
        message = _refusal(" 03/04/2026 ", lang)
        assert "03/04/2026" in message
        assert "\n" not in message


# The hint once named a fixed day (2026-04-03) whatever was typed: copying it
# booked another day. It names both readings of what was typed, day first.
@pytest.mark.parametrize(("text", "lang", "hint"), [
    ("03/12/2026", "en", "write 2026-12-03 or 2026-03-12"),
    ("03/12/2026", "de", "03.12.2026 oder 12.03.2026"),
    ("3/12/26", "en", "write 2026-12-03 or 2026-03-12"),
    ("03-12-2026", "de", "03.12.2026 oder 12.03.2026"),
    ("3/12", "en", "write 2026-12-03 or 2026-03-12"),  # the year of today
    ("2026/12/03", "en", "write 2026-12-03 or 2026-03-12"),  # year first: ISO order first
    ("13/05/2026", "en", "can only be 2026-05-13; write 2026-05-13"),
    ("13/05/2026", "de", "kann nur der 13.05.2026 sein; schreiben Sie 13.05.2026"),
    ("05/13/2026", "en", "can only be 2026-05-13; write 2026-05-13"),
])
def test_an_ambiguous_date_names_the_days_it_could_mean(text: str, lang: str,
                                                        hint: str) -> None:
    assert hint in _refusal(text, lang)


@pytest.mark.parametrize("lang", ["en", "de"])
@pytest.mark.parametrize("text", ["03/12/2026", "13/05/2026", "2026/12/03", "3-4-26"])
def test_an_ambiguous_date_hint_fits_a_terminal_line(text: str, lang: str) -> None:
    """80 columns: the terminal never breaks a date of the hint in two."""
    assert len(_refusal(text, lang)) <= 80


def test_an_unknown_unit_is_named_in_the_message() -> None:
    with pytest.raises(ReljError) as caught:
        parse_day("+3X", TODAY, "past")
    assert caught.value.fields == {"value": "+3X", "unit": "x"}


def test_direction_must_be_past_or_future() -> None:
    with pytest.raises(ValueError, match="direction"):
        parse_day("friday", TODAY, "later")


# -- parse_moment ---------------------------------------------------------------

MOMENTS = [
    ("2026-11-24 14:30", datetime(2026, 11, 24, 14, 30, tzinfo=CET)),
    ("2026-11-24T14:30", datetime(2026, 11, 24, 14, 30, tzinfo=CET)),
    ("2026-11-24t14:30", datetime(2026, 11, 24, 14, 30, tzinfo=CET)),
    ("2026-11-24T09:05:59", datetime(2026, 11, 24, 9, 5, tzinfo=CET)),
    ("2026-11-24 14:30:15.25", datetime(2026, 11, 24, 14, 30, tzinfo=CET)),
    ("24.11.2026 14:30", datetime(2026, 11, 24, 14, 30, tzinfo=CET)),
    ("24.11. 8:00", datetime(2026, 11, 24, 8, 0, tzinfo=CET)),
    ("24.11.2026, 14:30", datetime(2026, 11, 24, 14, 30, tzinfo=CET)),
    ("yesterday 9:15", datetime(2026, 11, 23, 9, 15, tzinfo=CET)),
    ("yesterday at 9:15", datetime(2026, 11, 23, 9, 15, tzinfo=CET)),
    ("gestern 9:15", datetime(2026, 11, 23, 9, 15, tzinfo=CET)),
    ("gestern um 9:15", datetime(2026, 11, 23, 9, 15, tzinfo=CET)),
    ("Gestern um 9:15 Uhr", datetime(2026, 11, 23, 9, 15, tzinfo=CET)),
    ("heute 14:30", datetime(2026, 11, 24, 14, 30, tzinfo=CET)),
    ("monday 17:00", datetime(2026, 11, 23, 17, 0, tzinfo=CET)),
    ("vor 2 Tagen 10:00", datetime(2026, 11, 22, 10, 0, tzinfo=CET)),
    ("14:30", datetime(2026, 11, 24, 14, 30, tzinfo=CET)),
    ("um 14:30", datetime(2026, 11, 24, 14, 30, tzinfo=CET)),
    ("0:00", datetime(2026, 11, 24, 0, 0, tzinfo=CET)),
    ("23:59", datetime(2026, 11, 24, 23, 59, tzinfo=CET)),
    ("14:30 Uhr", datetime(2026, 11, 24, 14, 30, tzinfo=CET)),
    # an explicit offset is kept
    ("2026-11-24T14:30+05:30",
     datetime(2026, 11, 24, 14, 30, tzinfo=timezone(timedelta(hours=5, minutes=30)))),
    ("2026-11-24T14:30-0800", datetime(2026, 11, 24, 14, 30, tzinfo=timezone(timedelta(hours=-8)))),
    ("2026-11-24T14:30Z", datetime(2026, 11, 24, 14, 30, tzinfo=UTC)),
    ("2026-11-24 14:30 +02", datetime(2026, 11, 24, 14, 30, tzinfo=timezone(timedelta(hours=2)))),
    ("2026-11-24T14:30:00+00:00", datetime(2026, 11, 24, 14, 30, tzinfo=UTC)),
    # an offset that is not whole minutes is rounded
    ("2026-11-24T14:30+00:53:28",
     datetime(2026, 11, 24, 14, 30, tzinfo=timezone(timedelta(minutes=53)))),
    ("2026-11-24T14:30+00:53:31",
     datetime(2026, 11, 24, 14, 30, tzinfo=timezone(timedelta(minutes=54)))),
]


@pytest.mark.parametrize(("text", "expected"), MOMENTS)
def test_parse_moment_with_a_time(text: str, expected: datetime) -> None:
    got = parse_moment(text, NOW)
    assert isinstance(got, datetime)
    assert got == expected
    assert got.utcoffset() == expected.utcoffset()  # same instant is not enough
    assert got.second == 0 and got.microsecond == 0


@pytest.mark.parametrize(("text", "expected"), [
    *BOTH_DIRECTIONS, *WEEKDAYS_PAST,
])
def test_parse_moment_with_a_day_only_gives_a_date(text: str, expected: str) -> None:
    got = parse_moment(text, NOW)
    assert type(got) is date
    assert got == d(expected)


def test_parse_moment_uses_the_offset_of_now() -> None:
    india = timezone(timedelta(hours=5, minutes=30))
    now = datetime(2026, 7, 1, 12, 0, tzinfo=india)
    got = parse_moment("yesterday 9:15", now)
    assert got == datetime(2026, 6, 30, 9, 15, tzinfo=india)
    assert got.utcoffset() == timedelta(hours=5, minutes=30)


def test_parse_moment_takes_the_offset_now_has_not_the_one_of_its_zone_on_that_day() -> None:
    zoneinfo = pytest.importorskip("zoneinfo")
    try:
        berlin = zoneinfo.ZoneInfo("Europe/Berlin")
    except zoneinfo.ZoneInfoNotFoundError:
        pytest.skip("no time zone data")
    summer = datetime(2026, 7, 1, 12, 0, tzinfo=berlin)  # +02:00
    got = parse_moment("2026-01-10 9:15", summer)  # Berlin is at +01:00 in January
    assert got.utcoffset() == timedelta(hours=2)
    assert got.tzinfo == timezone(timedelta(hours=2))


def test_parse_moment_rounds_an_odd_offset_of_now() -> None:
    lmt = timezone(timedelta(minutes=53, seconds=28))
    got = parse_moment("14:30", datetime(2026, 11, 24, 12, 0, tzinfo=lmt))
    assert got.utcoffset() == timedelta(minutes=53)


def test_parse_moment_needs_an_aware_now() -> None:
    with pytest.raises(ValueError, match="aware"):
        parse_moment("14:30", datetime(2026, 11, 24, 12, 0))


MOMENTS_REFUSED = [
    ("24:00", "input.bad_time"),
    ("25:00", "input.bad_time"),
    ("yesterday 9:60", "input.bad_time"),
    ("2026-11-24T14:30:60", "input.bad_time"),
    ("2026-11-24 99:99", "input.bad_time"),
    ("2026-11-24T14:30+24:00", "input.bad_offset"),
    ("2026-11-24T14:30+01:75", "input.bad_offset"),
    ("2026-11-24T14:30+23:59:45", "input.bad_offset"),
    ("03/04/2026 14:30", "input.ambiguous_date"),
    ("31.02.2026 14:30", "input.impossible_date"),
    ("soon 14:30", "input.bad_date"),
    ("x14:30", "input.bad_date"),
    ("yesterday 9:5", "input.bad_date"),
    ("9:15 yesterday", "input.bad_date"),
    ("14.30", "input.bad_date"),
    ("", "input.empty_date"),
]


@pytest.mark.parametrize(("text", "key"), MOMENTS_REFUSED)
def test_parse_moment_refuses(text: str, key: str) -> None:
    with pytest.raises(ReljError) as caught:
        parse_moment(text, NOW)
    assert caught.value.key == key


def test_a_refused_moment_quotes_all_of_what_was_typed() -> None:
    with pytest.raises(ReljError) as caught:
        parse_moment("31.02.2026 14:30", NOW)
    assert caught.value.fields["value"] == "31.02.2026 14:30"


@given(st.datetimes(min_value=datetime(1, 1, 2), max_value=datetime(9999, 12, 30)),
       st.integers(min_value=-23 * 60 - 59, max_value=23 * 60 + 59))
def test_any_iso_datetime_with_an_offset_keeps_day_time_and_offset(
        moment: datetime, minutes: int) -> None:
    zone = timezone(timedelta(minutes=minutes))
    aware = moment.replace(second=0, microsecond=0, tzinfo=zone)
    got = parse_moment(aware.isoformat(), NOW)
    assert got == aware and got.utcoffset() == aware.utcoffset()


# -- local_now ------------------------------------------------------------------


def test_local_now_is_aware_to_the_minute_with_a_whole_minute_offset() -> None:
    now = local_now()
    assert now.tzinfo is not None
    assert now.second == 0 and now.microsecond == 0
    offset = now.utcoffset()
    assert offset is not None and offset.total_seconds() % 60 == 0
    assert abs(now - datetime.now(UTC)) < timedelta(minutes=2)


# -- durations ------------------------------------------------------------------

DURATIONS = [
    ("10d", relativedelta(days=10)),
    ("10 d", relativedelta(days=10)),
    ("10D", relativedelta(days=10)),
    ("10t", relativedelta(days=10)),
    ("10 days", relativedelta(days=10)),
    ("10 Tage", relativedelta(days=10)),
    ("1 day", relativedelta(days=1)),
    ("3w", relativedelta(weeks=3)),
    ("3 weeks", relativedelta(weeks=3)),
    ("3 Wochen", relativedelta(weeks=3)),
    ("2m", relativedelta(months=2)),
    ("2 months", relativedelta(months=2)),
    ("2 Monate", relativedelta(months=2)),
    ("1y", relativedelta(years=1)),
    ("1j", relativedelta(years=1)),
    ("1 Jahr", relativedelta(years=1)),
    (" 21d ", relativedelta(days=21)),
    ("100y", relativedelta(years=100)),
]


@pytest.mark.parametrize(("text", "expected"), DURATIONS)
def test_parse_duration_accepts(text: str, expected: relativedelta) -> None:
    assert parse_duration(text) == expected


DURATIONS_REFUSED = [
    ("", "input.bad_duration"),
    ("d", "input.bad_duration"),
    ("10", "input.bad_duration"),
    ("0d", "input.bad_duration"),
    ("-3d", "input.bad_duration"),
    ("+3d", "input.bad_duration"),
    ("1.5w", "input.bad_duration"),
    ("3x", "input.bad_duration"),
    ("3 fortnights", "input.bad_duration"),
    ("3w2d", "input.bad_duration"),
    ("three weeks", "input.bad_duration"),
    ("\u0663d", "input.bad_duration"),  # an Arabic-Indic three
    ("101y", "input.duration_too_long"),
    ("1201m", "input.duration_too_long"),
    ("5201w", "input.duration_too_long"),
    ("36501d", "input.duration_too_long"),
    ("99999999999999999999y", "input.duration_too_long"),
]


@pytest.mark.parametrize(("text", "key"), DURATIONS_REFUSED)
def test_parse_duration_refuses(text: str, key: str) -> None:
    with pytest.raises(ReljError) as caught:
        parse_duration(text)
    assert caught.value.key == key


UNITS = {"d": "days", "w": "weeks", "m": "months", "y": "years",
         "t": "days", "j": "years"}
LIMITS = {"days": 36_500, "weeks": 5_200, "months": 1_200, "years": 100}


@given(st.sampled_from(sorted(UNITS)), st.data())
def test_parse_duration_round_trips(unit: str, data: st.DataObject) -> None:
    field = UNITS[unit]
    n = data.draw(st.integers(min_value=1, max_value=LIMITS[field]))
    assert parse_duration(f"{n}{unit}") == relativedelta(**{field: n})
    assert parse_duration(f"{n} {unit.upper()}") == relativedelta(**{field: n})


@pytest.mark.parametrize(("text", "start", "days"), [
    ("10d", "2026-11-24", 10),
    ("3w", "2026-11-24", 21),
    ("1m", "2026-01-31", 28),  # to the last day of February
    ("1m", "2028-01-31", 29),
    ("1m", "2026-03-01", 31),
    ("1m", "2026-04-01", 30),
    ("2m", "2026-11-24", 61),
    ("1y", "2026-11-24", 365),
    ("1y", "2027-11-24", 366),  # across 29 February 2028
    ("1y", "2028-02-29", 365),  # to 28 February 2029
])
def test_duration_days_counts_calendar_months_and_years(text: str, start: str, days: int) -> None:
    assert duration_days(parse_duration(text), d(start)) == days


def test_duration_days_beyond_the_calendar_is_a_clear_error() -> None:
    with pytest.raises(ReljError) as caught:
        duration_days(parse_duration("1y"), date(9999, 6, 1))
    assert caught.value.key == "input.out_of_range"


@given(st.dates(max_value=date(9000, 1, 1)), st.integers(min_value=1, max_value=36_500))
def test_duration_days_of_days_is_the_number_of_days(start: date, n: int) -> None:
    assert duration_days(parse_duration(f"{n}d"), start) == n


# -- every refusal has words ----------------------------------------------------


@pytest.mark.parametrize("key", sorted({key for _, key in
                                        REFUSED + MOMENTS_REFUSED + DURATIONS_REFUSED}))
@pytest.mark.parametrize("lang", ["en", "de"])
def test_every_refusal_has_a_one_line_message(key: str, lang: str) -> None:
    message = t(key, lang=lang, value="VALUE", unit="UNIT", first="A", second="B", day="D")
    assert ("VALUE" in message) is (key != "input.empty_date")
    assert "\n" not in message
    assert message != key

"""Genuine-contact age, cadence, illusion and pressure (SPEC §4), with a fixed today."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta

import pytest

from relj.analysis.contact import (
    cadence_days,
    cadence_text,
    genuine_contact_age,
    is_illusion,
    last_mood,
    pressure,
)
from relj.model import Customer, Interaction
from relj.settings import Settings

SETTINGS = Settings()
TODAY = date(2026, 11, 24)


def ago(n: int) -> date:
    return TODAY - timedelta(days=n)


def act(
    n: int, genuine: bool = True, mood: str | None = None, pitched: bool = False,
    reached: bool = True,
) -> Interaction:
    """An interaction ``n`` days before TODAY (negative: after it)."""
    return Interaction(id=f"i-{n}", at=ago(n), genuine=genuine, mood=mood,  # type: ignore[arg-type]
                       pitched=pitched, reached=reached)


def customer(*items: Interaction, **kw: object) -> Customer:
    items_sorted = tuple(sorted(items, key=lambda i: i.sort_key))
    return Customer(slug="acme", name="Acme", since=date(2025, 1, 1), interactions=items_sorted,
                    **kw)  # type: ignore[arg-type]


# -- genuine-contact age ----------------------------------------------------------


def test_genuine_contact_age_counts_whole_days_from_the_latest_genuine_one() -> None:
    c = customer(act(40), act(12), act(3, genuine=False))
    assert genuine_contact_age(c, TODAY) == 12


def test_no_genuine_contact_has_no_age() -> None:
    assert genuine_contact_age(customer(act(5, genuine=False)), TODAY) is None
    assert genuine_contact_age(customer(), TODAY) is None


def test_a_genuine_contact_after_today_is_not_seen() -> None:
    c = customer(act(30), act(-2))
    assert genuine_contact_age(c, TODAY) == 30


def test_a_datetime_counts_by_its_day() -> None:
    from datetime import datetime, timezone

    at = datetime(2026, 11, 20, 23, 30, tzinfo=timezone(timedelta(hours=1)))
    c = customer(Interaction(id="x", at=at, genuine=True))
    assert genuine_contact_age(c, TODAY) == 4


# -- cadence ----------------------------------------------------------------------


def test_cadence_is_the_customers_else_its_first_tagged_else_the_default() -> None:
    settings = replace(SETTINGS, cadence_tags={"key": "2w", "small": "2m"})
    assert cadence_text(customer(cadence="10d", tags=("key",)), settings) == "10d"
    assert cadence_text(customer(tags=("other", "small", "key")), settings) == "2m"
    assert cadence_text(customer(tags=("other",)), settings) == "21d"


@pytest.mark.parametrize(("phase", "days"), [
    (0, 21), (1, 21), (2, 10), (3, 10), (4, 21), (5, 21), (None, 21),
])
def test_phases_2_and_3_want_contact_sooner_courtship_does_not(
    phase: int | None, days: int
) -> None:
    assert cadence_days(customer(), phase, SETTINGS, TODAY) == days


def test_the_early_factor_comes_from_the_settings() -> None:
    assert cadence_days(customer(), 2, replace(SETTINGS, cadence_early_factor=1.0), TODAY) == 21


def test_after_a_no_the_cadence_is_long_and_casual() -> None:
    assert cadence_days(customer(), 1, SETTINGS, TODAY, after_no=True) == 63
    assert cadence_days(customer(), 2, SETTINGS, TODAY, after_no=True) == 30


def test_months_are_calendar_months() -> None:
    monthly = customer(cadence="1m")
    assert cadence_days(monthly, 1, SETTINGS, date(2026, 2, 1)) == 28
    assert cadence_days(monthly, 1, SETTINGS, date(2026, 3, 1)) == 31


# -- illusion ---------------------------------------------------------------------


@pytest.mark.parametrize(("items", "expected"), [
    ((act(30), act(20, False), act(10, False), act(1, False)), True),
    ((act(20, False), act(10, False), act(1, False)), True),
    ((act(30), act(10, False), act(1, False)), False),  # only two
    ((act(20, False), act(10), act(1, False)), False),  # a genuine one in between
    ((act(20, False), act(10, False), act(1, False), act(-1)), True),  # the genuine one is tomorrow
    ((act(30, False), act(20, False), act(10), act(1, False)), True),  # 3 of the last 4
    ((act(30, False), act(20), act(10, False), act(1, False)), True),
    ((act(40, False), act(30), act(20, False), act(10), act(1, False)), False),  # 2 of 4
    ((act(20, False), act(10, False), act(1, False, reached=False)), False),  # an attempt
])
def test_illusion_is_a_check_in_pattern(
    items: tuple[Interaction, ...], expected: bool
) -> None:
    assert is_illusion(customer(*items), TODAY, SETTINGS) is expected


def test_the_illusion_streak_length_comes_from_the_settings() -> None:
    c = customer(act(30), act(10, False), act(1, False))
    assert is_illusion(c, TODAY, replace(SETTINGS, illusion_check_ins=2))


# -- last mood and pressure ------------------------------------------------------------


def test_a_mood_stands_until_another_is_recorded() -> None:
    assert last_mood(customer(act(10, mood="annoyed"), act(2, mood="active")), TODAY) == "active"
    # a check-in without a mood does not erase a desperate customer (issue 12)
    assert last_mood(customer(act(10, mood="desperate"), act(2, False)), TODAY) == "desperate"
    assert last_mood(customer(act(10, mood="annoyed"), act(-1, mood="active")), TODAY) == "annoyed"
    assert last_mood(customer(act(10, mood="annoyed"), act(2, mood="active", reached=False)),
                     TODAY) == "annoyed"  # an attempt reached nobody


def test_a_mood_is_forgotten_after_mood_days() -> None:
    assert last_mood(customer(act(59, mood="passive"), act(2)), TODAY) == "passive"
    assert last_mood(customer(act(60, mood="passive"), act(2)), TODAY) is None


SEVEN = (act(41, pitched=True), act(30), act(20), act(15, pitched=True), act(10), act(5),
         act(0, pitched=True))


@pytest.mark.parametrize(("items", "pitches"), [
    (SEVEN, 3),  # three pitches in 42 days, on fewer than half of the contacts
    ((act(15, pitched=True), act(0, pitched=True)), 2),  # pitches on half the contacts
    ((act(15, pitched=True), act(10), act(5), act(0, pitched=True)), 2),
    ((act(44, pitched=True), act(41, pitched=True)), 2),  # lasts until 42 days pass
])
def test_pressure_is_a_pattern_of_pitches(
    items: tuple[Interaction, ...], pitches: int
) -> None:
    found = pressure(customer(*items), TODAY, SETTINGS)
    assert found is not None and found.pitches == pitches and found.bad_mood is None


@pytest.mark.parametrize("items", [
    (act(42, pitched=True), act(35), *SEVEN[1:]),  # the first is 42 days ago: 2 of 7 left
    ((act(15, pitched=True), act(12), act(10), act(5), act(0, pitched=True))),  # 2 of 5
    ((act(0, pitched=True),)),  # one pitch is no pattern
    ((act(46, pitched=True), act(42, pitched=True))),  # 42 days passed
    ((act(20, pitched=True), act(10), act(9), act(-1, pitched=True))),  # one is tomorrow
])
def test_no_pattern_no_pressure(items: tuple[Interaction, ...]) -> None:
    assert pressure(customer(*items), TODAY, SETTINGS) is None


@pytest.mark.parametrize("mood", ["annoyed", "desperate", "depressed", "uncertain", "passive"])
def test_a_pitch_into_a_crisis_mood_is_pressure(mood: str) -> None:
    found = pressure(customer(act(3, mood=mood, pitched=True)), TODAY, SETTINGS)
    assert found is not None and found.bad_mood == mood


def test_a_pitch_without_a_mood_takes_the_mood_logged_before_it() -> None:
    found = pressure(customer(act(9, mood="desperate"), act(3, pitched=True)), TODAY, SETTINGS)
    assert found is not None and found.bad_mood == "desperate"


@pytest.mark.parametrize("items", [
    (act(9, mood="annoyed"), act(3, mood="optimistic", pitched=True)),  # the mood had turned
    (act(42, mood="annoyed", pitched=True), act(2)),  # 42 days passed
    (act(70, mood="annoyed"), act(3, pitched=True)),  # the mood was forgotten
    (act(3, mood="annoyed"), act(1)),  # no pitch at all
])
def test_near_misses_of_pitching_into_a_crisis_mood(items: tuple[Interaction, ...]) -> None:
    assert pressure(customer(*items), TODAY, SETTINGS) is None

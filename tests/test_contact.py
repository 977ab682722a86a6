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
    n: int, genuine: bool = True, mood: str | None = None, pitched: bool = False
) -> Interaction:
    """An interaction ``n`` days before TODAY (negative: after it)."""
    return Interaction(id=f"i-{n}", at=ago(n), genuine=genuine, mood=mood, pitched=pitched)


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
    (0, 10), (1, 21), (2, 10), (3, 10), (4, 21), (5, 21), (None, 21),
])
def test_early_phases_want_contact_sooner(phase: int | None, days: int) -> None:
    assert cadence_days(customer(), phase, SETTINGS, TODAY) == days


def test_the_early_factor_comes_from_the_settings() -> None:
    assert cadence_days(customer(), 2, replace(SETTINGS, cadence_early_factor=1.0), TODAY) == 21


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
])
def test_illusion_is_a_streak_of_three_check_ins(
    items: tuple[Interaction, ...], expected: bool
) -> None:
    assert is_illusion(customer(*items), TODAY, SETTINGS) is expected


def test_the_illusion_streak_length_comes_from_the_settings() -> None:
    c = customer(act(30), act(10, False), act(1, False))
    assert is_illusion(c, TODAY, replace(SETTINGS, illusion_check_ins=2))


# -- last mood and pressure ------------------------------------------------------------


def test_last_mood_is_the_latest_interactions_mood() -> None:
    assert last_mood(customer(act(10, mood="annoyed"), act(2, mood="active")), TODAY) == "active"
    assert last_mood(customer(act(10, mood="annoyed"), act(2)), TODAY) is None
    assert last_mood(customer(act(10, mood="annoyed"), act(-1, mood="active")), TODAY) == "annoyed"


@pytest.mark.parametrize(("items", "pitches"), [
    ((act(30, pitched=True), act(15, pitched=True), act(0, pitched=True)), 3),
    ((act(25, pitched=True), act(20, pitched=True), act(5, pitched=True), act(1, pitched=True)), 4),
])
def test_three_pitches_within_30_days_are_pressure(
    items: tuple[Interaction, ...], pitches: int
) -> None:
    found = pressure(customer(*items), TODAY, SETTINGS)
    assert found is not None and found.pitches == pitches and found.bad_mood is None


@pytest.mark.parametrize("items", [
    (act(31, pitched=True), act(15, pitched=True), act(0, pitched=True)),  # one is 31 days ago
    (act(15, pitched=True), act(0, pitched=True)),  # two
    (act(20, pitched=True), act(10, pitched=True), act(-1, pitched=True)),  # one is tomorrow
])
def test_fewer_pitches_in_the_window_are_no_pressure(items: tuple[Interaction, ...]) -> None:
    assert pressure(customer(*items), TODAY, SETTINGS) is None


@pytest.mark.parametrize("mood", ["annoyed", "desperate", "depressed"])
def test_a_pitch_into_a_bad_mood_is_pressure(mood: str) -> None:
    found = pressure(customer(act(3, mood=mood, pitched=True)), TODAY, SETTINGS)
    assert found is not None and found.bad_mood == mood


def test_a_pitch_without_a_mood_takes_the_mood_logged_before_it() -> None:
    found = pressure(customer(act(9, mood="desperate"), act(3, pitched=True)), TODAY, SETTINGS)
    assert found is not None and found.bad_mood == "desperate"


@pytest.mark.parametrize("items", [
    (act(9, mood="annoyed"), act(3, mood="optimistic", pitched=True)),  # the mood had turned
    (act(3, mood="uncertain", pitched=True),),  # uncertain is support, not pressure
    (act(40, mood="annoyed", pitched=True), act(2)),  # too long ago
    (act(3, mood="annoyed"), act(1)),  # no pitch at all
])
def test_near_misses_of_pitching_into_a_bad_mood(items: tuple[Interaction, ...]) -> None:
    assert pressure(customer(*items), TODAY, SETTINGS) is None

"""Genuine contact, cadence, illusion and pressure (SPEC §4).

A *genuine* interaction had a real concern, real questions or real listening;
a *check-in* only made sure that all is well (seed 000: an illusion of contact).
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from datetime import date, timedelta

from relj.analysis import visible_interactions
from relj.model import PRESSURE_MOODS, Customer, Interaction
from relj.settings import Settings

# Phases that want contact sooner: courtship, disenchantment, struggle.
EARLY_PHASES = frozenset({0, 2, 3})


def last_genuine_day(customer: Customer, today: date) -> date | None:
    for item in reversed(visible_interactions(customer, today)):
        if item.genuine:
            return item.day
    return None


def genuine_contact_age(customer: Customer, today: date) -> int | None:
    """Whole days since the latest genuine interaction; None when there was none."""
    day = last_genuine_day(customer, today)
    return None if day is None else (today - day).days


def cadence_text(customer: Customer, settings: Settings) -> str:
    """The wanted gap as written: the customer's, else its first tag's, else the default."""
    if customer.cadence:
        return customer.cadence
    for tag in customer.tags:
        if tag in settings.cadence_tags:
            return settings.cadence_tags[tag]
    return settings.cadence_default


def cadence_days(customer: Customer, phase: int | None, settings: Settings, start: date) -> int:
    """The wanted gap in days, counted from ``start`` (months are calendar months).

    Early phases multiply it by ``cadence_early_factor`` (rounded down, so they
    really are sooner, but never below one day).
    """
    from relj.dates import duration_days, parse_duration

    days = duration_days(parse_duration(cadence_text(customer, settings)), start)
    if phase in EARLY_PHASES:
        days = math.floor(days * settings.cadence_early_factor)
    return max(1, days)


@dataclass(frozen=True, slots=True)
class CheckInStreak:
    count: int  # check-ins in a row, up to today
    since: date | None  # the day of the first of them


def check_in_streak(customer: Customer, today: date) -> CheckInStreak:
    count = 0
    since: date | None = None
    for item in reversed(visible_interactions(customer, today)):
        if item.genuine:
            break
        count += 1
        since = item.day
    return CheckInStreak(count, since)


def is_illusion(customer: Customer, today: date, settings: Settings) -> bool:
    """The last ``illusion_check_ins`` interactions are all check-ins."""
    return check_in_streak(customer, today).count >= settings.illusion_check_ins


def last_mood(customer: Customer, today: date) -> str | None:
    """The mood logged on the latest interaction (None when it records none)."""
    items = visible_interactions(customer, today)
    return items[-1].mood if items else None


@dataclass(frozen=True, slots=True)
class Pressure:
    pitches: int  # pitches within the last ``pressure_days``
    bad_mood: str | None  # the mood a recent pitch went into, when it was a pressure mood
    day: date  # the latest pitch that counts


def mood_at(items: tuple[Interaction, ...], index: int) -> str | None:
    """The mood known when interaction ``index`` happened.

    The mood recorded on that interaction (you saw it while pitching); when it
    records none, the latest mood recorded before it.
    """
    for item in reversed(items[: index + 1]):
        if item.mood is not None:
            return item.mood
    return None


def pressure(customer: Customer, today: date, settings: Settings) -> Pressure | None:
    """Pressure now: ``pressure_pitches`` pitches within the last ``pressure_days``
    days, or a pitch in that time into an annoyed, desperate or depressed mood."""
    items = visible_interactions(customer, today)
    window_start = today - timedelta(days=settings.pressure_days)
    recent = [i for i, item in enumerate(items) if item.pitched and item.day >= window_start]
    if not recent:
        return None
    bad = [mood_at(items, i) for i in recent]
    bad_moods = [m for m in bad if m in PRESSURE_MOODS]
    if len(recent) < settings.pressure_pitches and not bad_moods:
        return None
    return Pressure(len(recent), bad_moods[-1] if bad_moods else None, items[recent[-1]].day)

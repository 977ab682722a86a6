"""Genuine contact, cadence, illusion and pressure (SPEC §4 "Facts").

A *genuine* interaction had a real concern, real questions or real listening;
a *check-in* only made sure that all is well (seed 000: an illusion of contact).
An *attempt* (``reached = false``) reached nobody: it is no contact at all.

Pressure is a pattern, not a single pitch (seed 001: pull beats push): it
holds from a pitch that makes the pattern true until ``pressure_days`` pass
without another such pitch.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from datetime import date

from relj.analysis import visible_interactions
from relj.analysis.mood import CRISIS_MOODS, mood_standing
from relj.model import Customer, Interaction, quick_pickle
from relj.settings import Settings

# Phases that want contact sooner: disenchantment and struggle. Courtship keeps
# the plain cadence: wooing more often is pushing.
EARLY_PHASES = frozenset({2, 3})


def contacts_of(customer: Customer, today: date) -> tuple[Interaction, ...]:
    """The interactions that reached someone, up to ``today``, oldest first."""
    return tuple(i for i in visible_interactions(customer, today) if i.reached)


def last_genuine_day(customer: Customer, today: date) -> date | None:
    for item in reversed(visible_interactions(customer, today)):
        if item.genuine and item.reached:
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


def cadence_days(customer: Customer, phase: int | None, settings: Settings, start: date,
                 after_no: bool = False) -> int:
    """The wanted gap in days, counted from ``start`` (months are calendar months).

    Disenchantment and struggle multiply it by ``cadence_early_factor`` (rounded
    down, so they really are sooner, but never below one day); after a "no" it
    is ``after_no_factor`` times longer (casual, never courting).
    """
    from relj.dates import duration_days, parse_duration

    days = duration_days(parse_duration(cadence_text(customer, settings)), start)
    if phase in EARLY_PHASES:
        days = math.floor(days * settings.cadence_early_factor)
    if after_no:
        days = math.floor(days * settings.after_no_factor)
    return max(1, days)


@quick_pickle
@dataclass(frozen=True, slots=True)
class CheckInStreak:
    count: int  # check-ins in a row, up to today
    since: date | None  # the day of the first of them


def check_in_streak(customer: Customer, today: date) -> CheckInStreak:
    count = 0
    since: date | None = None
    for item in reversed(contacts_of(customer, today)):
        if item.genuine:
            break
        count += 1
        since = item.day
    return CheckInStreak(count, since)


def illusion_window(customer: Customer, today: date,
                    settings: Settings) -> tuple[Interaction, ...]:
    """The last contacts the check-in pattern looks at: ``illusion_check_ins`` (N) + 1.
    (The coaching at logging asks whether the entry is among them.)"""
    return contacts_of(customer, today)[-(settings.illusion_check_ins + 1):]


def is_illusion(customer: Customer, today: date, settings: Settings) -> bool:
    """The check-in pattern: at least ``illusion_check_ins`` (N) of the last N + 1
    contacts are check-ins, or the last N are."""
    n = settings.illusion_check_ins
    recent = illusion_window(customer, today, settings)
    return len(recent) >= n and sum(1 for i in recent if not i.genuine) >= n


def last_mood(customer: Customer, today: date,
              mood_days: int = Settings.mood_days) -> str | None:
    """The mood that stands today (the latest recorded, forgotten after ``mood_days``)."""
    found = mood_standing(visible_interactions(customer, today), today, mood_days)
    return None if found is None else found.mood


@quick_pickle
@dataclass(frozen=True, slots=True)
class Pressure:
    pitches: int  # pitches within ``pressure_days`` up to the pitch that made it true
    bad_mood: str | None  # the crisis mood that pitch went into, if it did
    day: date  # the latest pitch that made the pattern true
    contacts: int  # contacts within the same days (the share of pitches is pitches/contacts)


def _pressing(items: tuple[Interaction, ...], index: int,
              settings: Settings) -> Pressure | None:
    """Whether the pitch ``items[index]`` made the pattern true, looking back
    ``pressure_days`` from it (contacts only, up to and including it)."""
    day = items[index].day
    window = [i for i in items[: index + 1]
              if i.reached and (day - i.day).days < settings.pressure_days]
    pitches = sum(1 for i in window if i.pitched)
    standing = mood_standing(items, day, settings.mood_days, index + 1)
    crisis = standing.mood if standing is not None and standing.mood in CRISIS_MOODS else None
    if (crisis is not None or pitches >= settings.pressure_pitches
            or (pitches >= 2 and 2 * pitches >= len(window))):
        return Pressure(pitches, crisis, day, len(window))
    return None


def pressure(customer: Customer, today: date, settings: Settings) -> Pressure | None:
    """Pressure today: a pitch within the last ``pressure_days`` that made the pattern
    true (``pressure_pitches`` pitches, pitches on at least half of two or more
    contacts, or a pitch into a crisis mood); the latest such pitch."""
    items = visible_interactions(customer, today)
    for index in range(len(items) - 1, -1, -1):
        item = items[index]
        if (today - item.day).days >= settings.pressure_days:
            return None
        if item.pitched and item.reached:
            found = _pressing(items, index, settings)
            if found is not None:
                return found
    return None

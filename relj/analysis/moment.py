"""Coaching at the moment of logging (SPEC §4): what the entry just logged calls for.

A coach beside the salesperson says something right after a call only when the
call gave a reason: a pitch that makes (or keeps) pressure, a check-in that
turns contact into an illusion, a customer in a crisis, a "no", the first doubts
after the honeymoon, a struggle beginning, a key contact leaving. Otherwise the
coach keeps quiet. At most one thing is said, picked by a fixed priority: the
customer's crisis first, because then nothing else matters.

Pure: the customer as it is after the append, the new interaction, today and
the settings in; one Message (area "moment") or None out.

The pattern rules (standing mood, pressure, illusion) follow SPEC §4 "Facts".
They are implemented here with small helpers because relj.analysis.contact
still has the older rules; once it has them, these helpers give way to its own.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date, timedelta
from typing import TYPE_CHECKING

from relj.analysis import Message, message, visible_interactions
from relj.model import STRUGGLE_SIGNALS, Customer, Interaction

if TYPE_CHECKING:
    from relj.settings import Settings

# SPEC §4 "Mood": the moods of a crisis.
CRISIS_MOODS = frozenset({"annoyed", "depressed", "desperate", "uncertain", "passive"})
# Signals that are friction (the first one after the honeymoon is disenchantment).
FRICTION_SIGNALS = frozenset({"criticism", "objection:price", "objection:scope",
                              "objection:other", *STRUGGLE_SIGNALS})
# Defaults of settings that the journal's Settings may not carry yet (SPEC §4).
DEFAULTS = {"support_days": 7, "mood_days": 60}
# The last contacts that make the illusion pattern: at least ``illusion_check_ins``
# of the last ``ILLUSION_WINDOW``, or the last ``illusion_check_ins`` in a row.
ILLUSION_WINDOW = 4


def setting(settings: Settings, name: str) -> int:
    """A whole-number setting, its SPEC default when this journal's Settings lacks it."""
    value = getattr(settings, name, None)
    return value if isinstance(value, int) and not isinstance(value, bool) else DEFAULTS[name]


def may_call_for_coaching(entry: Interaction) -> bool:
    """Whether the entry could call for a word at all, judged from the entry alone."""
    return coachable(entry.genuine, entry.pitched, entry.mood, entry.closing, entry.signals,
                     entry.reached)


def coachable(genuine: bool, pitched: bool, mood: str | None, closing: str | None,
              signals: tuple[str, ...], reached: bool = True) -> bool:
    """The same from the values `relj log` is about to write: reading a customer's whole
    history costs time on a long file, so a plain genuine contact without a pitch, a
    mood of crisis, a "no" or a telling signal is never coached and needs no history.
    """
    if not reached:
        return False
    return (pitched or not genuine or mood in CRISIS_MOODS or closing == "no"
            or bool(set(signals) & (FRICTION_SIGNALS | {"contact-left", "lost"})))


def ends_hope(entry: Interaction) -> bool:
    """A "no": a closing answer no, or the signal that the customer was lost."""
    return entry.closing == "no" or "lost" in entry.signals


def coach_on_log(after: Customer, entry: Interaction, today: date,
                 settings: Settings) -> Message | None:
    """The one word the entry just logged calls for, or None (the usual case)."""
    if not may_call_for_coaching(entry):
        return None
    before = replace(after, interactions=tuple(i for i in after.interactions if i is not entry))
    for rule in (_crisis, _no, _contact_left, _pressure, _illusion, _phase):
        said = rule(before, after, entry, today, settings)
        if said is not None:
            return said
    return None


def _crisis(before: Customer, after: Customer, entry: Interaction, today: date,
            settings: Settings) -> Message | None:
    mood = standing_mood(after, today, settings)
    if entry.mood is None or mood != entry.mood or mood not in CRISIS_MOODS:
        return None  # a back-dated mood that a later one replaced does not stand
    return message(f"moment.crisis.{mood}", days=setting(settings, "support_days"))


def _no(before: Customer, after: Customer, entry: Interaction, today: date,
        settings: Settings) -> Message | None:
    return message("moment.no") if ends_hope(entry) else None


def _contact_left(before: Customer, after: Customer, entry: Interaction, today: date,
                  settings: Settings) -> Message | None:
    return message("moment.contact_left") if "contact-left" in entry.signals else None


def _pressure(before: Customer, after: Customer, entry: Interaction, today: date,
              settings: Settings) -> Message | None:
    if not entry.pitched:
        return None
    found = pressure_now(after, today, settings)
    if found is None or entry.day < today - timedelta(days=settings.pressure_days):
        return None
    weeks = max(1, round(settings.pressure_days / 7))
    if found.pitches >= settings.pressure_pitches:
        return message("moment.pressure_pitches", count=found.pitches, weeks=weeks)
    if found.mood is not None:
        return message("moment.pressure_mood", mood=found.mood)
    return message("moment.pressure_share", count=found.pitches, contacts=found.contacts,
                   weeks=weeks)


def _illusion(before: Customer, after: Customer, entry: Interaction, today: date,
              settings: Settings) -> Message | None:
    if entry.genuine or not is_illusion_now(after, today, settings):
        return None
    if is_illusion_now(before, today, settings):
        return None  # the pattern stood already: said when it began, not at every check-in
    recent = contacts(after, today)[-ILLUSION_WINDOW:]
    if not any(item is entry for item in recent):
        return None  # a back-filled check-in of long ago does not make today's pattern
    return message("moment.illusion")


def _phase(before: Customer, after: Customer, entry: Interaction, today: date,
           settings: Settings) -> Message | None:
    from relj.analysis.phase import compute_phase

    if not set(entry.signals) & FRICTION_SIGNALS:
        return None  # a phase that changed with time alone is not this entry's doing
    old = compute_phase(before, today, settings).computed
    new = compute_phase(after, today, settings).computed
    if old == 1 and new == 2:
        return message("moment.disenchantment")
    if old != 3 and new == 3:
        return message("moment.struggle")
    return None


# -- the patterns of SPEC §4 "Facts" ---------------------------------------------------
# To be replaced by relj.analysis.contact's own once it follows SPEC §4.


def contacts(customer: Customer, today: date) -> tuple[Interaction, ...]:
    """Interactions that reached someone (an attempt is no contact at all), oldest first."""
    return tuple(i for i in visible_interactions(customer, today) if i.reached)


def standing_mood(customer: Customer, today: date, settings: Settings,
                  until: int | None = None) -> str | None:
    """The latest recorded mood, kept until another is recorded, forgotten after
    ``mood_days`` without a new record. ``until``: as it stood at that contact's index."""
    items = contacts(customer, today)
    end = len(items) if until is None else until + 1
    for item in reversed(items[:end]):
        if item.mood is not None:
            moment = today if until is None else items[until].day
            fresh = (moment - item.day).days <= setting(settings, "mood_days")
            return item.mood if fresh else None
    return None


@dataclass(frozen=True, slots=True)
class PressureNow:
    pitches: int  # pitches within the last ``pressure_days``
    contacts: int  # contacts within them
    mood: str | None  # the crisis mood the latest pitch into one went into, if any


def pressure_now(customer: Customer, today: date, settings: Settings) -> PressureNow | None:
    """SPEC §4 "Pressure" over the last ``pressure_days``: at least ``pressure_pitches``
    pitches, pitches on at least half of the contacts (with at least 2 pitches), or
    any pitch while a crisis mood stood."""
    items = contacts(customer, today)
    start = today - timedelta(days=settings.pressure_days)
    window = [index for index, item in enumerate(items) if item.day >= start]
    pitched = [index for index in window if items[index].pitched]
    if not pitched:
        return None
    moods = [standing_mood(customer, today, settings, until=index) for index in pitched]
    crisis = [mood for mood in moods if mood in CRISIS_MOODS]
    many = len(pitched) >= settings.pressure_pitches
    share = len(pitched) >= 2 and 2 * len(pitched) >= len(window)
    if not (many or share or crisis):
        return None
    return PressureNow(len(pitched), len(window), crisis[-1] if crisis else None)


def is_illusion_now(customer: Customer, today: date, settings: Settings) -> bool:
    """SPEC §4 "Illusion": at least ``illusion_check_ins`` of the last 4 contacts are
    check-ins, or the last ``illusion_check_ins`` are."""
    needed = settings.illusion_check_ins
    recent = contacts(customer, today)[-max(ILLUSION_WINDOW, needed):]
    check_ins = [not item.genuine for item in recent]
    in_a_row = len(check_ins) >= needed and all(check_ins[-needed:])
    return in_a_row or sum(check_ins[-ILLUSION_WINDOW:]) >= needed


def selling_paused(customer: Customer, today: date, settings: Settings,
                   mood: str | None = None) -> bool:
    """No closing question now (SPEC §4 principle 4): a crisis mood stands (``mood``:
    one just given for the entry being logged) or pressure is on."""
    standing = mood if mood is not None else standing_mood(customer, today, settings)
    return standing in CRISIS_MOODS or pressure_now(customer, today, settings) is not None


def last_concern(customer: Customer, today: date) -> Interaction | None:
    """The latest contact that had a concern: what the last real talk was about."""
    for item in reversed(contacts(customer, today)):
        if item.concern:
            return item
    return None

"""Coaching at the moment of logging (SPEC §4): what the entry just logged calls for.

A coach beside the salesperson says something right after a call only when the
call gave a reason: a pitch that makes (or keeps) pressure, a check-in that
turns contact into an illusion, a customer in a crisis, a "no", the first doubts
after the honeymoon, a struggle beginning, a key contact leaving, a third
attempt in a row that reached nobody (try another way). Otherwise the
coach keeps quiet. At most one thing is said, picked by a fixed priority: the
customer's crisis first, because then nothing else matters.

Pure: the customer as it is after the append, the new interaction, today and
the settings in; one Message (area "moment") or None out.

Every pattern is the one `relj due` judges by (relj.analysis.contact, .mood,
.closing, .reasons): the line said at logging, the log prompt and the morning
list can never disagree about a crisis, pressure, an illusion or a "no".
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from typing import TYPE_CHECKING

from relj.analysis import Message, message, visible_interactions
from relj.analysis.closing import says_no
from relj.analysis.contact import contacts_of, illusion_window, is_illusion, last_mood, pressure
from relj.analysis.mood import CRISIS_MOODS
from relj.analysis.phase import FRICTION, compute_phase
from relj.model import Customer, Interaction

if TYPE_CHECKING:
    from relj.settings import Settings


def may_call_for_coaching(entry: Interaction) -> bool:
    """Whether the entry could call for a word at all, judged from the entry alone."""
    return coachable(entry.genuine, entry.pitched, entry.mood, entry.closing, entry.signals,
                     entry.reached)


def coachable(genuine: bool, pitched: bool, mood: str | None, closing: str | None,
              signals: tuple[str, ...], reached: bool = True) -> bool:
    """The same from the values `relj log` is about to write: reading a customer's whole
    history costs time on a long file, so a plain genuine contact without a pitch, a
    mood of crisis, a "no" or a telling signal is never coached and needs no history.
    An attempt always needs it: whether it is the third in a row is in the history.
    """
    if not reached:
        return True
    return (pitched or not genuine or mood in CRISIS_MOODS or closing == "no"
            or bool(set(signals) & (FRICTION | {"contact-left", "lost"})))


def ends_hope(entry: Interaction) -> bool:
    """A "no" (the one that starts `relj due`'s after-a-no): worth a look at its signs."""
    return says_no(entry)


def coach_on_log(after: Customer, entry: Interaction, today: date,
                 settings: Settings) -> Message | None:
    """The one word the entry just logged calls for, or None (the usual case)."""
    if not may_call_for_coaching(entry):
        return None
    if not entry.reached:  # nobody answered: only the attempts themselves can call for a word
        return _attempts(after, entry, today)
    before = replace(after, interactions=tuple(i for i in after.interactions if i is not entry))
    for rule in (_crisis, _no, _contact_left, _pressure, _illusion, _phase):
        said = rule(before, after, entry, today, settings)
        if said is not None:
            return said
    return None


def _crisis(before: Customer, after: Customer, entry: Interaction, today: date,
            settings: Settings) -> Message | None:
    mood = last_mood(after, today, settings.mood_days)
    if entry.mood is None or mood != entry.mood or mood not in CRISIS_MOODS:
        return None  # a back-dated mood that a later one replaced does not stand
    return message(f"moment.crisis.{mood}", days=settings.support_days)


def _no(before: Customer, after: Customer, entry: Interaction, today: date,
        settings: Settings) -> Message | None:
    return message("moment.no") if ends_hope(entry) else None


def _contact_left(before: Customer, after: Customer, entry: Interaction, today: date,
                  settings: Settings) -> Message | None:
    return message("moment.contact_left") if "contact-left" in entry.signals else None


def _pressure(before: Customer, after: Customer, entry: Interaction, today: date,
              settings: Settings) -> Message | None:
    """A pitch logged while pressure holds (including the one that turns it on), worded
    as `relj due` words its pressure: a pitch into a crisis mood first."""
    if not entry.pitched or (today - entry.day).days >= settings.pressure_days:
        return None
    found = pressure(after, today, settings)
    if found is None:
        return None
    weeks = max(1, round(settings.pressure_days / 7))
    if found.bad_mood is not None:
        return message("moment.pressure_mood", mood=found.bad_mood)
    if found.pitches >= settings.pressure_pitches:
        return message("moment.pressure_pitches", count=found.pitches, weeks=weeks)
    return message("moment.pressure_share", count=found.pitches, contacts=found.contacts,
                   weeks=weeks)


def _illusion(before: Customer, after: Customer, entry: Interaction, today: date,
              settings: Settings) -> Message | None:
    if entry.genuine or not is_illusion(after, today, settings):
        return None
    if is_illusion(before, today, settings):
        return None  # the pattern stood already: said when it began, not at every check-in
    if not any(item is entry for item in illusion_window(after, today, settings)):
        return None  # a back-filled check-in of long ago does not make today's pattern
    return message("moment.illusion")


def _phase(before: Customer, after: Customer, entry: Interaction, today: date,
           settings: Settings) -> Message | None:
    if not set(entry.signals) & FRICTION:
        return None  # a phase that changed with time alone is not this entry's doing
    old = compute_phase(before, today, settings).computed
    new = compute_phase(after, today, settings).computed
    if old == 1 and new == 2:
        return message("moment.disenchantment")
    if old != 3 and new == 3:
        return message("moment.struggle")
    return None


ATTEMPTS_IN_A_ROW = 3  # unanswered attempts with no contact between them: try another way


def _attempts(after: Customer, entry: Interaction, today: date) -> Message | None:
    """A third attempt in a row (or more) that reached nobody, this one among them:
    the same way keeps failing, so suggest another channel or another person,
    naming the channel when every attempt used the same one, and a contact who
    was not tried when there is one."""
    streak: list[Interaction] = []
    for item in reversed(visible_interactions(after, today)):
        if item.reached:
            break
        streak.append(item)
    if len(streak) < ATTEMPTS_IN_A_ROW or not any(item is entry for item in streak):
        return None
    tried = {item.with_.casefold() for item in streak if item.with_}
    others = [c.name for c in after.contacts
              if (c.left is None or c.left > today) and c.name.casefold() not in tried]
    channels = {item.channel for item in streak}
    fields: dict[str, object] = {"count": len(streak)}
    key = "attempts.moment"
    if len(channels) == 1 and None not in channels:
        key += "_channel"
        fields["channel"] = next(iter(channels))
    if tried and others:  # someone else at the customer may pick up
        key += "_person"
        fields["person"] = others[0]
    return message(key, **fields)


def last_concern(customer: Customer, today: date) -> Interaction | None:
    """The latest contact that had a concern: what the last real talk was about."""
    for item in reversed(contacts_of(customer, today)):
        if item.concern:
            return item
    return None

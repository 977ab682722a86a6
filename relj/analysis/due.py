"""The morning list: who needs you today, why, and what to do (SPEC §4).

The score explains itself: it is the sum of the points of every reason,
modifiers included. Work happens in three steps so each can be tested alone:
``facts_of`` reads a customer's history into Facts, ``reasons_of``
(relj.analysis.reasons) judges them, and ``action_of`` gives the one thing to
do, in one voice with the reasons: the first of SPEC §4's list that applies,
so that a crisis, pressure or a "no" never meets a selling prompt.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, replace
from datetime import date, timedelta
from typing import Literal

from relj.analysis import Message, message, visible_interactions
from relj.analysis.closing import ClosingState, after_no_since, closing_states, due_among
from relj.analysis.contact import (
    cadence_days,
    cadence_text,
    check_in_streak,
    is_illusion,
    last_genuine_day,
    pressure,
)
from relj.analysis.follow_up import open_follow_up
from relj.analysis.mood import mood_standing
from relj.analysis.phase import FRICTION, compute_phase
from relj.analysis.reasons import Facts, overdue_points, reasons_of, selling_allowed
from relj.analysis.results import DueItem, PhaseResult, rank
from relj.model import Customer, Interaction, quick_pickle
from relj.settings import Settings

__all__ = ["Facts", "action_of", "due_item", "facts_of", "overdue_points", "rank_due",
           "reasons_of", "summarize"]

OBJECTION_DAYS = 30  # an objection shapes the advice this long (SPEC §4 `objection`)
ANNIVERSARY_DAYS = 7  # the anniversary is remembered within this many days after it
# Actions that sell: never while a crisis mood stands, pressure is on, or after a "no".
SELLING_ACTIONS = frozenset({"coach.action.closing"})


# -- reading the history --------------------------------------------------------


def departure(customer: Customer, items: tuple[Interaction, ...], today: date,
              settings: Settings) -> date | None:
    """The latest key-contact departure within ``contact_left_days`` that nobody
    else was met after: no genuine interaction since ``with`` another person (or
    without ``with``) than the people who left."""
    start = today - timedelta(days=settings.contact_left_days)
    # (day, index of the first interaction that may resolve it)
    events = [(i.day, n + 1) for n, i in enumerate(items)
              if "contact-left" in i.signals and i.day >= start]
    for c in customer.contacts:
        if c.key and c.left is not None and start <= c.left <= today:
            events.append((c.left, next((n for n, i in enumerate(items) if i.day >= c.left),
                                        len(items))))
    if not events:
        return None
    day, after = max(events)
    # Who left: the contacts marked ``left`` (the contact-left entry itself may have been
    # with the successor, so its ``with`` proves nothing; quiet beats nagging).
    gone = {c.name.casefold() for c in customer.contacts if c.left is not None}
    for item in items[after:]:
        if item.genuine and item.reached and (
                item.with_ is None or item.with_.casefold() not in gone):
            return None
    return day


def win_day(customer: Customer, items: tuple[Interaction, ...], today: date,
            settings: Settings) -> date | None:
    """The latest win within ``kickoff_days`` (a yes, a ``won`` signal, or ``since``
    reached) that no genuine contact on a later day has followed yet."""
    wins = [i.day for i in items if i.closing == "yes" or "won" in i.signals]
    if customer.since is not None and customer.since <= today:
        wins.append(customer.since)
    if not wins:
        return None
    day = max(wins)
    if (today - day).days > settings.kickoff_days:
        return None
    if any(i.genuine and i.reached and i.day > day for i in items):
        return None
    return day


def anniversary_of(customer: Customer, phase: PhaseResult, items: tuple[Interaction, ...],
                   today: date) -> tuple[date, int] | None:
    """The anniversary of ``since`` within the last ANNIVERSARY_DAYS (phases 1-5, or
    unknown: a customer whose phase relj has not observed is still a relationship),
    when no genuine contact has happened since it."""
    found = last_anniversary(customer.since, today) if phase.won else None
    if found is None or any(i.genuine and i.reached and i.day >= found[0] for i in items):
        return None
    return found


def last_anniversary(since: date | None, today: date) -> tuple[date, int] | None:
    """The anniversary of ``since`` within the last ANNIVERSARY_DAYS days, with its
    years (at least one), or None."""
    if since is None:
        return None
    for year in (today.year, today.year - 1):
        try:
            day = since.replace(year=year)
        except ValueError:  # 29 February in a common year
            day = date(year, 2, 28)
        years = year - since.year
        if years >= 1 and 0 <= (today - day).days <= ANNIVERSARY_DAYS:
            return day, years
    return None


# Objections and discount demands: information, never a worry by themselves (Principle 6).
OBJECTION_SIGNALS = frozenset(
    {"objection:price", "objection:scope", "objection:other", "discount-pressure"})


def recent_objection(items: tuple[Interaction, ...], today: date) -> str | None:
    for item in reversed(items):
        if (today - item.day).days > OBJECTION_DAYS:
            return None
        for signal in item.signals:
            if signal in OBJECTION_SIGNALS:
                return signal
    return None


def risk_phase(phase: PhaseResult, items: tuple[Interaction, ...]) -> int | None:
    """The phase that counts for ``phase-risk`` and the shorter cadence.

    SPEC §4's Principle 6 wins over the transition table here: objections and
    discount demands are information, never by themselves a reason to worry. A
    disenchantment that only they brought about counts as the infatuation it was.
    """
    if phase.phase != 2 or phase.entered is None:
        return phase.phase
    friction = [s for i in items if i.day >= phase.entered for s in i.signals
                if s in FRICTION]
    if friction and all(s in OBJECTION_SIGNALS for s in friction):
        return 1
    return phase.phase


def introduced(customer: Customer, today: date, settings: Settings) -> bool:
    """Known for at least ``intro_days``: since the earlier of ``added`` and the
    first entry (with neither, relj cannot tell, and treats it as known)."""
    firsts = [customer.added] if customer.added is not None and customer.added <= today else []
    firsts += [i.day for i in customer.interactions[:1] if i.day <= today]
    firsts += [o.opened for o in customer.offers if o.opened is not None and o.opened <= today]
    firsts += [a.on for a in customer.assessments if a.on <= today]
    return not firsts or (today - min(firsts)).days >= settings.intro_days


def held(customer: Customer, items: tuple[Interaction, ...], today: date,
         settings: Settings) -> bool:
    """Snoozed, or an attempt (nobody reached) within ``retry_days``."""
    if customer.snooze is not None and customer.snooze > today:
        return True
    for item in reversed(items):
        if (today - item.day).days > settings.retry_days:
            return False
        if not item.reached:
            return True
    return False


def facts_of(customer: Customer, today: date, settings: Settings) -> Facts:
    return _facts(customer, today, settings)[0]


def _facts(customer: Customer, today: date,
           settings: Settings) -> tuple[Facts, tuple[ClosingState, ...]]:
    """The Facts, and the closing state of every open offer (``summarize`` shows them all)."""
    phase = compute_phase(customer, today, settings)
    items = visible_interactions(customer, today)
    genuine_day = last_genuine_day(customer, today)
    after_no = after_no_since(customer, today, settings)
    at_risk = risk_phase(phase, items)
    cadence = None
    if not phase.separated:
        cadence = cadence_days(customer, at_risk, settings, genuine_day or today,
                               after_no is not None)
    states = closing_states(customer, today, settings)
    return Facts(
        phase=phase,
        at_risk=at_risk in (2, 3),
        genuine_age=None if genuine_day is None else (today - genuine_day).days,
        genuine_today=genuine_day == today,
        cadence=cadence,
        follow_up=open_follow_up(customer, today),
        closing=due_among(states),
        check_ins=check_in_streak(customer, today).count,
        illusion=is_illusion(customer, today, settings),
        mood=mood_standing(items, today, settings.mood_days),
        pressure=pressure(customer, today, settings),
        after_no=after_no,
        contact_left=departure(customer, items, today, settings),
        contacts=sum(1 for c in customer.contacts if c.left is None or c.left > today),
        win=win_day(customer, items, today, settings),
        anniversary=anniversary_of(customer, phase, items, today),
        objection=recent_objection(items, today),
        introduced=introduced(customer, today, settings),
        held=held(customer, items, today, settings),
        why=customer.why,
        needs=customer.needs,
    ), states


# -- the one thing to do ------------------------------------------------------------


def action_of(f: Facts, codes: Iterable[str], today: date, settings: Settings) -> Message:
    """The first of SPEC §4's list that applies: crisis, pressure, a new contact,
    a kick-off, a follow-up, the closing question, an objection, after a "no",
    the anniversary, else the phase's advice (with ``why`` and ``needs``)."""
    present = set(codes)
    if f.mood is not None and f.mood.crisis:
        return message(f"coach.action.support.{f.mood.mood}")
    if f.pressure is not None:
        return message("coach.action.pressure")
    if "contact-left" in present:  # nobody left to meet: find the one now in charge
        return message("coach.action.contact_left" if f.contacts else
                       "coach.action.contact_left_nobody")
    if "kick-off" in present:
        return message("coach.action.kick_off", needs=f.needs)
    if "follow-up" in present and f.follow_up is not None:
        about = f.follow_up.concern or f.follow_up.note
        if "closing-question" in present:  # one voice: serve both listed reasons
            offer = f.closing[0].offer
            if about:
                return message("coach.action.follow_up_closing_concern", concern=about,
                               offer=offer.what or offer.id)
            return message("coach.action.follow_up_closing", offer=offer.what or offer.id)
        if about:
            return message("coach.action.follow_up_concern", concern=about)
        return message("coach.action.follow_up")
    if "closing-question" in present:
        offer = f.closing[0].offer
        return message("coach.action.closing", offer=offer.what or offer.id)
    # Principle 4 wins over SPEC §4's order: after a "no", no offer advice at all,
    # so the casual contact goes before "hold your price".
    if f.after_no is not None:
        return message("coach.action.after_no")
    if f.objection is not None:
        return message("coach.action.objection")
    if "anniversary" in present:
        return message("coach.action.anniversary", why=f.why)
    return _advice(f, present, today, settings)


def _advice(f: Facts, present: set[str], today: date, settings: Settings) -> Message:
    """The phase's advice, narrowed by what the reasons say, with ``why`` and ``needs``."""
    code = f.phase.code
    if f.phase.separated:
        return message("coach.action.separated")
    if "never-genuine" in present:
        key = "coach.action.never_genuine" + (".courtship" if f.phase.phase == 0 else "")
        return message(key, needs=f.needs)
    if "illusion" in present:
        return message("coach.action.illusion", needs=f.needs)
    if f.mood is not None and f.mood.mood in ("optimistic", "active"):
        return message(f"coach.action.mood.{f.mood.mood}", why=f.why, needs=f.needs)
    if code == "struggle":
        return message(f"coach.action.struggle.{struggle_stage(f.phase, today, settings)}",
                       why=f.why)
    if code not in ("courtship", "infatuation", "disenchantment", "me-you-us", "home"):
        return message("coach.action.phase.unknown", why=f.why, needs=f.needs)
    if "single-threaded" in present and f.phase.phase in (4, 5):
        return message("coach.action.single_threaded", needs=f.needs)
    return message(f"coach.action.phase.{code}", why=f.why, needs=f.needs)


def struggle_stage(phase: PhaseResult, today: date, settings: Settings) -> str:
    """``early`` (say what does not work; remember why) until the struggle lasted
    ``hopeless_days`` or came back a third time; then ``decide``."""
    lasted = phase.entered is not None and (today - phase.entered).days >= settings.hopeless_days
    return "decide" if lasted or phase.struggles >= 3 else "early"


def due_item(customer: Customer, today: date, settings: Settings) -> DueItem:
    return _item(customer, facts_of(customer, today, settings), today, settings)


def judge(customer: Customer, today: date, settings: Settings) -> tuple[DueItem, Summary]:
    """``due_item`` and ``summarize`` of the same customer and day, from one reading of
    the history: the judging pool needs both for every customer each new day, and the
    summary's numbers are the very Facts the due item is judged from."""
    facts, states = _facts(customer, today, settings)
    mood = facts.mood
    summary = Summary(customer.slug, customer.name, facts.phase, facts.genuine_age,
                      facts.cadence, cadence_text(customer, settings), facts.check_ins,
                      None if mood is None else mood.mood, states)
    return _item(customer, facts, today, settings), summary


def _item(customer: Customer, facts: Facts, today: date, settings: Settings) -> DueItem:
    reasons = reasons_of(facts, today, settings)
    score = sum(r.points for r in reasons)
    action = action_of(facts, (r.code for r in reasons), today, settings)
    snoozed = customer.snooze if customer.snooze and customer.snooze > today else None
    return DueItem(customer.slug, customer.name, score, facts.phase, facts.genuine_age, reasons,
                   action, snoozed)


def rank_due(customers: Iterable[Customer], today: date, settings: Settings,
             include_all: bool = False) -> list[DueItem]:
    """Customers with an acting reason (with ``include_all``: any reason), highest
    score first (ties by slug)."""
    return rank([due_item(c, today, settings) for c in customers], include_all)


# -- pull, not push: may relj prompt a sale now? ----------------------------------------


@dataclass(frozen=True, slots=True)
class SellingPause:
    """Why no selling prompt now: the first of a crisis mood, pressure, a "no"."""

    why: Literal["crisis", "pressure", "after-no"]
    mood: str | None = None  # the crisis mood, when that is why


def selling_pause(customer: Customer, today: date, settings: Settings,
                  mood: str | None = None) -> SellingPause | None:
    """Pull, not push (SPEC §4 principle 4), by the very rule the list applies
    (``reasons.selling_allowed``): no selling prompt while a crisis mood stands,
    pressure is on, or after a "no". One answer for `relj due`, the `relj log`
    prompt and the calendar export. ``mood``: one just given for the entry being
    logged; it stands from now on, so it replaces the recorded one."""
    from relj.analysis.mood import StandingMood

    facts = facts_of(customer, today, settings)
    if mood is not None:
        facts = replace(facts, mood=StandingMood(mood, today))
    if selling_allowed(facts):
        return None
    if facts.mood is not None and facts.mood.crisis:
        return SellingPause("crisis", facts.mood.mood)
    return SellingPause("pressure") if facts.pressure is not None else SellingPause("after-no")


def selling_paused(customer: Customer, today: date, settings: Settings,
                   mood: str | None = None) -> bool:
    return selling_pause(customer, today, settings, mood) is not None



# -- the numbers of `relj list` and `relj show` -----------------------------------------


@quick_pickle
@dataclass(frozen=True, slots=True)
class Summary:
    slug: str
    name: str
    phase: PhaseResult
    days_since_genuine: int | None
    cadence: int | None  # wanted days between genuine contacts; None when separated
    cadence_text: str  # the cadence as written (customer, tag or default)
    check_ins: int  # check-ins in a row up to today
    mood: str | None  # the mood that stands today
    offers: tuple[ClosingState, ...]  # the open offers, each with its closing question


def summarize(customer: Customer, today: date, settings: Settings,
              phase: PhaseResult | None = None) -> Summary:
    """The numbers of `relj list` and `relj show`. ``phase``: compute_phase of the same
    customer, today and settings when the caller has it (the judging pool does)."""
    genuine_day = last_genuine_day(customer, today)
    if phase is None:
        phase = compute_phase(customer, today, settings)
    items = visible_interactions(customer, today)
    cadence = None
    if not phase.separated:
        cadence = cadence_days(customer, risk_phase(phase, items), settings,
                               genuine_day or today,
                               after_no_since(customer, today, settings) is not None)
    mood = mood_standing(items, today, settings.mood_days)
    return Summary(customer.slug, customer.name, phase,
                   None if genuine_day is None else (today - genuine_day).days, cadence,
                   cadence_text(customer, settings), check_in_streak(customer, today).count,
                   None if mood is None else mood.mood,
                   closing_states(customer, today, settings))


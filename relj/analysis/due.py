"""The morning list: who needs you today, why, and what to do (SPEC §4).

The score explains itself: it is the sum of the reasons' points, each from
``settings.points``; ``genuine-overdue`` adds ``overdue_point_per_day`` per day
late, up to ``overdue_point_cap``. Work happens in two steps so each can be
tested alone: ``facts_of`` reads a customer's history into Facts, and
``reasons_of`` / ``action_of`` judge the Facts.

Decisions where SPEC §4 leaves room:
- "within N days" means at most N days ago (``today - day <= N``).
- A genuine contact is overdue from the day the cadence is reached (0 days late).
- Separated customers (shown only with ``--all``) have no cadence, so no
  ``genuine-overdue`` or ``never-genuine``.
- The manual ``phase`` override counts for ``phase-risk``, ``single-threaded``
  and the cadence, because the user knows better than the signals.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, timedelta

from relj.analysis import Fields, Message, message, visible_interactions
from relj.analysis.closing import ClosingState, closing_due, closing_states
from relj.analysis.contact import (
    Pressure,
    cadence_days,
    cadence_text,
    check_in_streak,
    last_genuine_day,
    last_mood,
    pressure,
)
from relj.analysis.follow_up import FollowUp, open_follow_up
from relj.analysis.phase import compute_phase
from relj.analysis.results import DueItem, PhaseResult, Reason, rank
from relj.model import SUPPORT_MOODS, Customer
from relj.settings import Settings

# Display order of reasons with equal points (most concrete first).
REASON_ORDER = (
    "follow-up",
    "closing-question",
    "mood-support",
    "pressure",
    "contact-left",
    "genuine-overdue",
    "never-genuine",
    "illusion",
    "phase-risk",
    "single-threaded",
)


@dataclass(frozen=True, slots=True)
class Facts:
    """Everything ``due`` judges, read from one customer's history on one day."""

    phase: PhaseResult
    genuine_age: int | None
    cadence: int | None  # wanted days between genuine contacts; None when separated
    follow_up: FollowUp | None
    closing: tuple[ClosingState, ...]  # open offers on which the question is due
    check_ins: int  # check-ins in a row up to today
    mood: str | None  # the latest interaction's mood
    pressure: Pressure | None
    contact_left: date | None  # the latest contact-left signal within the window
    contacts: int


# -- reading the history --------------------------------------------------------


def recent_contact_left(customer: Customer, today: date, settings: Settings) -> date | None:
    window_start = today - timedelta(days=settings.contact_left_days)
    days = [i.day for i in visible_interactions(customer, today)
            if "contact-left" in i.signals and i.day >= window_start]
    return days[-1] if days else None


def facts_of(customer: Customer, today: date, settings: Settings) -> Facts:
    phase = compute_phase(customer, today, settings)
    genuine_day = last_genuine_day(customer, today)
    cadence = None
    if not phase.separated:
        cadence = cadence_days(customer, phase.phase, settings, genuine_day or today)
    return Facts(
        phase=phase,
        genuine_age=None if genuine_day is None else (today - genuine_day).days,
        cadence=cadence,
        follow_up=open_follow_up(customer, today),
        closing=closing_due(customer, today, settings),
        check_ins=check_in_streak(customer, today).count,
        mood=last_mood(customer, today),
        pressure=pressure(customer, today, settings),
        contact_left=recent_contact_left(customer, today, settings),
        contacts=len(customer.contacts),
    )


# -- judging -----------------------------------------------------------------------


def overdue_points(days_late: int, settings: Settings) -> float:
    """Base points plus a per-day amount, capped: never less for a longer gap."""
    extra = min(settings.overdue_point_cap, settings.overdue_point_per_day * max(0, days_late))
    return settings.points["genuine-overdue"] + extra


def _contact_reasons(f: Facts, settings: Settings) -> list[Reason]:
    if f.cadence is None:
        return []
    if f.genuine_age is None:
        return [Reason("never-genuine", settings.points["never-genuine"],
                       "coach.reason.never_genuine")]
    late = f.genuine_age - f.cadence
    if late < 0:
        return []
    return [Reason("genuine-overdue", overdue_points(late, settings),
                   "coach.reason.genuine_overdue",
                   (("age", f.genuine_age), ("cadence", f.cadence), ("late", late)))]


def _follow_up_reason(f: Facts, today: date, points: float) -> list[Reason]:
    if f.follow_up is None:
        return []
    fields: Fields = (("day", f.follow_up.day), ("days", (today - f.follow_up.day).days))
    if f.follow_up.concern:
        return [Reason("follow-up", points, "coach.reason.follow_up_concern",
                       (*fields, ("concern", f.follow_up.concern)))]
    return [Reason("follow-up", points, "coach.reason.follow_up", fields)]


def _closing_reason(f: Facts, points: float) -> list[Reason]:
    if not f.closing:
        return []
    first = f.closing[0]
    fields: Fields = (("offer", first.offer.what or first.offer.id),
                      ("interactions", first.interactions))
    if first.days is None:  # an offer without an opening day counts interactions only
        return [Reason("closing-question", points, "coach.reason.closing_undated", fields)]
    key = "coach.reason.closing_answered" if first.last_answer else "coach.reason.closing"
    return [Reason("closing-question", points, key, (*fields, ("days", first.days)))]


def _pressure_reason(f: Facts, settings: Settings, points: float) -> list[Reason]:
    p = f.pressure
    if p is None:
        return []
    if p.bad_mood is not None:
        return [Reason("pressure", points, "coach.reason.pressure_mood", (("mood", p.bad_mood),))]
    return [Reason("pressure", points, "coach.reason.pressure_pitches",
                   (("count", p.pitches), ("days", settings.pressure_days)))]


def _relationship_reasons(f: Facts, today: date, settings: Settings) -> list[Reason]:
    points = settings.points
    found: list[Reason] = []
    if f.check_ins >= settings.illusion_check_ins:
        found.append(Reason("illusion", points["illusion"], "coach.reason.illusion",
                            (("count", f.check_ins),)))
    if f.mood in SUPPORT_MOODS:
        found.append(Reason("mood-support", points["mood-support"], "coach.reason.mood_support",
                            (("mood", f.mood),)))
    if f.phase.phase in (2, 3):
        found.append(Reason("phase-risk", points["phase-risk"], "coach.reason.phase_risk",
                            (("phase", f.phase.code),)))
    if f.contact_left is not None:
        found.append(Reason("contact-left", points["contact-left"], "coach.reason.contact_left",
                            (("day", f.contact_left), ("days", (today - f.contact_left).days))))
    if f.phase.phase in (4, 5) and f.contacts < 2:
        found.append(Reason("single-threaded", points["single-threaded"],
                            "coach.reason.single_threaded", (("count", f.contacts),)))
    return found


def reasons_of(f: Facts, today: date, settings: Settings) -> tuple[Reason, ...]:
    """Every reason that applies, highest points first (then REASON_ORDER)."""
    points = settings.points
    found = [
        *_follow_up_reason(f, today, points["follow-up"]),
        *_contact_reasons(f, settings),
        *_closing_reason(f, points["closing-question"]),
        *_pressure_reason(f, settings, points["pressure"]),
        *_relationship_reasons(f, today, settings),
    ]
    found.sort(key=lambda r: (-r.points, REASON_ORDER.index(r.code)))
    return tuple(found)


def action_of(f: Facts, codes: Iterable[str]) -> Message:
    """One thing to do, fitting the last mood first and the phase second.

    A bad mood turns everything into support (seed 003): no selling then.
    """
    present = set(codes)
    if f.mood in SUPPORT_MOODS:
        return message(f"coach.action.support.{f.mood}")
    if "pressure" in present:
        return message("coach.action.pressure")
    if f.closing:
        offer = f.closing[0].offer
        return message("coach.action.closing", offer=offer.what or offer.id)
    if f.follow_up is not None:
        if f.follow_up.concern:
            return message("coach.action.follow_up_concern", concern=f.follow_up.concern)
        return message("coach.action.follow_up")
    if f.phase.separated:
        return message("coach.action.separated")
    return _relationship_action(f, present)


def _relationship_action(f: Facts, present: set[str]) -> Message:
    code = f.phase.code
    if "contact-left" in present:
        return message("coach.action.contact_left")
    if "illusion" in present:
        return message("coach.action.illusion")
    if "never-genuine" in present:
        return message("coach.action.never_genuine" + (".courtship" if f.phase.phase == 0 else ""))
    if "genuine-overdue" in present or "phase-risk" in present:
        return message(f"coach.action.phase.{code}")
    if "single-threaded" in present:
        return message("coach.action.single_threaded")
    return message(f"coach.action.phase.{code}")


def due_item(customer: Customer, today: date, settings: Settings) -> DueItem:
    facts = facts_of(customer, today, settings)
    reasons = reasons_of(facts, today, settings)
    score = sum(r.points for r in reasons)
    action = action_of(facts, (r.code for r in reasons))
    return DueItem(customer.slug, customer.name, score, facts.phase, facts.genuine_age, reasons,
                   action)


def rank_due(customers: Iterable[Customer], today: date, settings: Settings,
             include_ended: bool = False) -> list[DueItem]:
    """Customers with at least one reason, highest score first (ties by slug).

    Separated customers are left out unless ``include_ended``.
    """
    return rank([due_item(c, today, settings) for c in customers], include_ended)


# -- the numbers of `relj list` and `relj show` -----------------------------------------


@dataclass(frozen=True, slots=True)
class Summary:
    slug: str
    name: str
    phase: PhaseResult
    days_since_genuine: int | None
    cadence: int | None  # wanted days between genuine contacts; None when separated
    cadence_text: str  # the cadence as written (customer, tag or default)
    check_ins: int  # check-ins in a row up to today
    mood: str | None  # the latest interaction's mood
    offers: tuple[ClosingState, ...]  # the open offers, each with its closing question


def summarize(customer: Customer, today: date, settings: Settings) -> Summary:
    facts = facts_of(customer, today, settings)
    return Summary(customer.slug, customer.name, facts.phase, facts.genuine_age, facts.cadence,
                   cadence_text(customer, settings), facts.check_ins, facts.mood,
                   closing_states(customer, today, settings))

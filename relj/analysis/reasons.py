"""The reasons of the morning list, judged from a customer's Facts (SPEC §4 table).

Each reason has a code, points, a sentence, and whether it *acts* today. Only
acting reasons list a customer; modifiers (phase-risk, single-threaded,
illusion, pressure, objection, and mood-support before ``support_days``) raise
the rank and shape the action of a customer listed anyway. Every acting reason
is resolved by doing it (SPEC §4 "Principles"): the Facts are read so that the
deed that resolves a reason makes it go away (see ``relj.analysis.due``).

Decisions where SPEC §4 leaves room:
- "within N days" means at most N days ago; "for N days" / "until N days pass"
  ends on the N-th day.
- A genuine contact is overdue from the day the cadence is reached (0 days late).
- The manual ``phase`` override counts for phase-risk, single-threaded and the
  cadence: the user knows better than the signals.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date

from relj.analysis import Fields
from relj.analysis.closing import ClosingState
from relj.analysis.contact import Pressure
from relj.analysis.follow_up import FollowUp
from relj.analysis.mood import StandingMood
from relj.analysis.results import PhaseResult, Reason
from relj.settings import Settings

# Display order of reasons with equal points (most concrete first).
REASON_ORDER = (
    "follow-up",
    "mood-support",
    "kick-off",
    "contact-left",
    "closing-question",
    "genuine-overdue",
    "never-genuine",
    "anniversary",
    "illusion",
    "pressure",
    "phase-risk",
    "objection",
    "single-threaded",
)
# What still lists a snoozed customer, or one just tried without reaching anyone.
THROUGH_HOLD = frozenset({"follow-up", "mood-support"})


@dataclass(frozen=True, slots=True)
class Facts:
    """Everything ``due`` judges, read from one customer's history on one day."""

    phase: PhaseResult
    at_risk: bool  # phase 2 or 3, unless only objections brought it there (Principle 6)
    genuine_age: int | None
    genuine_today: bool  # a genuine contact today: the list is whom to contact; you did
    cadence: int | None  # wanted days between genuine contacts; None when separated
    follow_up: FollowUp | None
    closing: tuple[ClosingState, ...]  # open offers on which the question is due
    check_ins: int  # check-ins in a row up to today
    illusion: bool  # the check-in pattern
    mood: StandingMood | None  # the mood that stands today
    pressure: Pressure | None
    after_no: date | None  # the "no" that still stands
    contact_left: date | None  # a key-contact departure not yet followed by meeting someone else
    contacts: int  # contacts who have not left
    win: date | None  # a win within kickoff_days with no genuine contact after its day
    anniversary: tuple[date, int] | None  # (the anniversary, years) still to be remembered
    objection: str | None  # the latest objection or discount demand within 30 days
    introduced: bool  # known for at least intro_days (or for longer than relj can tell)
    held: bool  # snoozed, or an attempt within retry_days
    why: str | None
    needs: str | None


def overdue_points(days_late: int, settings: Settings) -> float:
    """Base points plus a per-day amount, capped: never less for a longer gap."""
    extra = min(settings.overdue_point_cap, settings.overdue_point_per_day * max(0, days_late))
    return settings.points["genuine-overdue"] + extra


def _contact(f: Facts, settings: Settings) -> list[Reason]:
    if f.cadence is None:
        return []
    if f.genuine_age is None:
        if not f.introduced:
            return []
        return [Reason("never-genuine", settings.points["never-genuine"],
                       "coach.reason.never_genuine")]
    late = f.genuine_age - f.cadence
    if late < 0:
        return []
    return [Reason("genuine-overdue", overdue_points(late, settings),
                   "coach.reason.genuine_overdue",
                   (("age", f.genuine_age), ("cadence", f.cadence), ("late", late)))]


def _follow_up(f: Facts, today: date, points: float) -> list[Reason]:
    if f.follow_up is None:
        return []
    fields: Fields = (("day", f.follow_up.day), ("days", (today - f.follow_up.day).days))
    about = f.follow_up.concern or f.follow_up.note
    if about:
        return [Reason("follow-up", points, "coach.reason.follow_up_concern",
                       (*fields, ("concern", about)))]
    return [Reason("follow-up", points, "coach.reason.follow_up", fields)]


def selling_allowed(f: Facts) -> bool:
    """Pull, not push: no selling prompt in a crisis, under pressure or after a "no"."""
    return not ((f.mood is not None and f.mood.crisis) or f.pressure is not None
                or f.after_no is not None)


def _closing(f: Facts, points: float) -> list[Reason]:
    if not f.closing or not selling_allowed(f):
        return []
    first = f.closing[0]
    fields: Fields = (("offer", first.offer.what or first.offer.id),
                      ("interactions", first.interactions))
    if first.days is None:  # an offer without an opening day counts interactions only
        return [Reason("closing-question", points, "coach.reason.closing_undated", fields)]
    key = "coach.reason.closing_answered" if first.last_answer else "coach.reason.closing"
    return [Reason("closing-question", points, key, (*fields, ("days", first.days)))]


def _mood(f: Facts, settings: Settings) -> list[Reason]:
    if f.mood is None or not f.mood.crisis:
        return []
    waited = f.genuine_age is None or f.genuine_age >= settings.support_days
    key = "coach.reason.mood_support" if waited else "coach.reason.mood_support_soon"
    return [Reason("mood-support", settings.points["mood-support"], key,
                   (("mood", f.mood.mood), ("since", f.mood.day),
                    ("days", settings.support_days)), acts=waited)]


def _pressure(f: Facts, settings: Settings) -> list[Reason]:
    p = f.pressure
    if p is None:
        return []
    points = settings.points["pressure"]
    if p.bad_mood is not None:
        return [Reason("pressure", points, "coach.reason.pressure_mood",
                       (("mood", p.bad_mood),), acts=False)]
    return [Reason("pressure", points, "coach.reason.pressure_pitches",
                   (("count", p.pitches), ("days", settings.pressure_days)), acts=False)]


def _moments(f: Facts, today: date, settings: Settings) -> list[Reason]:
    """Kick-off, a key contact who left, the anniversary: moments that ask for a contact."""
    points = settings.points
    found: list[Reason] = []
    if f.win is not None:
        found.append(Reason("kick-off", points["kick-off"], "coach.reason.kick_off",
                            (("day", f.win), ("days", (today - f.win).days))))
    if f.contact_left is not None:
        said = "coach.reason.contact_left" if f.contacts else "coach.reason.contact_left_nobody"
        found.append(Reason("contact-left", points["contact-left"], said,
                            (("day", f.contact_left), ("days", (today - f.contact_left).days))))
    if f.anniversary is not None:
        day, years = f.anniversary
        found.append(Reason("anniversary", points["anniversary"], "coach.reason.anniversary",
                            (("day", day), ("years", years))))
    return found


def _modifiers(f: Facts, settings: Settings) -> list[Reason]:
    points = settings.points
    found: list[Reason] = []
    if f.illusion:
        found.append(Reason("illusion", points["illusion"], "coach.reason.illusion",
                            (("count", f.check_ins),), acts=False))
    if f.at_risk:
        found.append(Reason("phase-risk", points["phase-risk"], "coach.reason.phase_risk",
                            (("phase", f.phase.code),), acts=False))
    if f.phase.won and f.contacts < 2:
        found.append(Reason("single-threaded", points["single-threaded"],
                            "coach.reason.single_threaded", (("count", f.contacts),), acts=False))
    if f.objection is not None:
        found.append(Reason("objection", points["objection"], "coach.reason.objection",
                            (("signal", f.objection),), acts=False))
    return found


def reasons_of(f: Facts, today: date, settings: Settings) -> tuple[Reason, ...]:
    """Every reason that applies: acting ones first, each group by points, then REASON_ORDER.

    Separated customers get none. A genuine contact today makes none act; a
    snoozed customer, or one tried within ``retry_days``, acts only for a
    follow-up or a crisis mood.
    """
    if f.phase.separated:
        return ()
    found = [
        *_follow_up(f, today, settings.points["follow-up"]),
        *_contact(f, settings),
        *_closing(f, settings.points["closing-question"]),
        *_mood(f, settings),
        *_moments(f, today, settings),
        *_pressure(f, settings),
        *_modifiers(f, settings),
    ]
    if f.genuine_today:
        found = [replace(r, acts=False) for r in found]
    elif f.held:
        found = [r if r.code in THROUGH_HOLD else replace(r, acts=False) for r in found]
    found.sort(key=lambda r: (not r.acts, -r.points, REASON_ORDER.index(r.code)))
    return tuple(found)

"""The salesperson's own habits over one period, as numbers (`relj review`, SPEC §4 "Review").

The customers are judged elsewhere; here the one who sells looks in the mirror
(seeds 000, 001, 003): how many contacts were genuine rather than check-ins,
how many personal rather than by e-mail, how often something was pitched, whether
the closing question was put off, whether promised follow-ups were kept, whether
a customer in a crisis was supported, who was left alone far too long.

Each habit reuses the rule that `relj due` applies, so the mirror and the
morning list never disagree: when a closing question became due is
``closing.due_day``'s, whether a follow-up still stands is
``follow_up.open_follow_ups``', the crisis moods are ``mood.CRISIS_MOODS``, the
cadence and genuine-contact age are ``due.summarize``'s, phase changes come from
``phase.phase_changes`` (the evidence of ``compute_phase``).

A period is judged as it stood on its last day: a follow-up or a crisis whose
time has not run out by then is still pending and counts nowhere.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from dataclasses import dataclass
from datetime import date, timedelta

from relj.analysis import visible_interactions
from relj.analysis.closing import closing_state, due_day, open_offers
from relj.analysis.contact import cadence_days, last_genuine_day
from relj.analysis.due import selling_paused, summarize
from relj.analysis.follow_up import open_follow_ups
from relj.analysis.mood import CRISIS_MOODS
from relj.analysis.phase import PhaseChange
from relj.analysis.results import UNKNOWN
from relj.model import Customer, Interaction
from relj.settings import Settings

# Talking in person rather than only by e-mail (seeds 003, 004).
PERSONAL_CHANNELS = frozenset({"call", "video", "visit", "event"})
CLOSING_ON_TIME_DAYS = 7  # a closing question asked within this many days of becoming due
OVERDUE_FACTOR = 2  # customers left alone more than this many times their cadence


@dataclass(frozen=True, slots=True)
class Period:
    """The days from ``start`` to ``end``, both included."""

    start: date
    end: date

    def holds(self, day: date) -> bool:
        return self.start <= day <= self.end


@dataclass(frozen=True, slots=True)
class Metrics:
    """One period's habits. Shares are fractions (0..1); None where nothing was there to
    share (no contacts, no genuine contact): never a 0 that was not measured."""

    contacts: int  # interactions that reached someone
    attempts: int  # interactions that reached nobody (no contact)
    genuine: int  # genuine contacts
    genuine_share: float | None  # genuine / contacts
    personal_share: float | None  # call, video, visit, event / contacts with a channel
    pitches: int  # contacts with a pitch
    pitches_per_genuine: float | None  # pitches / genuine contacts
    closing_on_time: int  # closing answers within CLOSING_ON_TIME_DAYS of becoming due
    closing_late: int  # closing answers later than that
    # Due for more than CLOSING_ON_TIME_DAYS and unanswered on the last day, while relj
    # would ask it (no crisis, pressure or "no": pull, not push).
    closing_open: int
    follow_ups_kept: int  # a contact or attempt on the planned day
    follow_ups_late: int  # on a later day within the period
    follow_ups_missed: int  # still nothing by the period's last day
    crises_supported: int  # a crisis mood met by a genuine contact within support_days
    crises_unsupported: int  # support_days passed with none
    overdue_twice: int  # customers whose genuine contact is > OVERDUE_FACTOR x cadence old
    phase_changes: int  # changes of the computed phase (unknown is no phase)


def share(part: int, whole: int) -> float | None:
    return None if whole == 0 else part / whole


def within(customer: Customer, period: Period) -> tuple[Interaction, ...]:
    """The customer's interactions dated within the period, oldest first."""
    items = customer.interactions
    start = bisect_left(items, period.start, key=lambda i: i.day)
    stop = bisect_right(items, period.end, key=lambda i: i.day)
    return items[start:stop]


# -- the closing question --------------------------------------------------------------


def closing_counts(customer: Customer, period: Period, settings: Settings) -> tuple[int, int, int]:
    """(asked on time, asked late, still open) for the period.

    An answer is on time when it came before the question became due (by
    ``closing.due_day``, the rule `relj due` asks it by) or within
    CLOSING_ON_TIME_DAYS of that day. Still open: on the period's last day, due for
    longer than that and unanswered, while relj would ask it (no crisis, pressure
    or "no": pull, not push); one due for fewer days is not put off yet. An answer
    that names no offer of the customer (written by hand) cannot be dated against
    a due day and is left out.
    """
    on_time = late = 0
    items = visible_interactions(customer, period.end)
    ids = {o.id: o for o in customer.offers}
    for index, item in enumerate(items):
        offer = ids.get(item.offer or "")
        if item.closing is None or offer is None or not period.holds(item.day):
            continue
        before = items[:index]
        state = closing_state(offer, before, item.day, settings)
        became = due_day(state, before, item.day, settings) if state.due else item.day
        if (item.day - became).days <= CLOSING_ON_TIME_DAYS:
            on_time += 1
        else:
            late += 1
    put_off = 0
    for offer in open_offers(customer, period.end):
        state = closing_state(offer, items, period.end, settings)
        if state.due and (period.end - due_day(state, items, period.end, settings)).days \
                > CLOSING_ON_TIME_DAYS:
            put_off += 1
    if put_off and selling_paused(customer, period.end, settings):
        put_off = 0  # relj itself would not ask it now
    return on_time, late, put_off


# -- follow-ups ---------------------------------------------------------------------------


def follow_up_counts(customer: Customer, period: Period) -> tuple[int, int, int]:
    """(kept on the day, late, missed) of the follow-ups planned for days within the period.

    A follow-up counts when it still stood the day before its day (by
    ``follow_up.open_follow_ups``); it was kept when it no longer stands on its
    day, late when it stops standing on a later day of the period, missed when it
    still stands on the period's last day. One planned for that very last day and
    not yet done is still pending.
    """
    kept = late = missed = 0
    items = visible_interactions(customer, period.end)
    for item in items:
        day = item.follow_up
        if day is None or not period.holds(day) or day <= item.day:
            continue
        if not _stands(customer, item, day - timedelta(days=1)):
            continue  # resolved before its day (an answer came): no promise left to keep
        if not _stands(customer, item, day):
            kept += 1
            continue
        later = sorted({i.day for i in items if day < i.day <= period.end})
        if any(not _stands(customer, item, when) for when in later):
            late += 1
        elif day < period.end:
            missed += 1
    return kept, late, missed


def _stands(customer: Customer, planned: Interaction, on: date) -> bool:
    return any(item is planned for item, _ in open_follow_ups(customer, on))


# -- crisis moods -------------------------------------------------------------------------


def crisis_counts(customer: Customer, period: Period, settings: Settings) -> tuple[int, int]:
    """(supported, unsupported) crisis moods recorded within the period.

    A crisis mood asks for a genuine contact within ``support_days`` (the
    ``mood-support`` rule of `relj due`): supported when one came on a later day
    in time; unsupported when ``support_days`` passed before the period's last day
    without one (on that day `relj due` still asks for it: pending). A non-crisis
    mood recorded in that time ended the crisis (nothing to support); a check-in
    that recorded a crisis mood again carries the same crisis on, so one crisis
    counts once however often it is recorded.
    """
    supported = unsupported = 0
    items = visible_interactions(customer, period.end)
    for index, item in enumerate(items):
        if not (item.reached and item.mood in CRISIS_MOODS and period.holds(item.day)):
            continue
        limit = item.day + timedelta(days=settings.support_days)
        outcome = None
        for later in items[index + 1:]:
            if later.day > limit:
                break
            if not later.reached:
                continue
            if later.genuine and later.day > item.day:
                outcome = True
                break
            if later.mood is not None:
                # Either the crisis ended (nothing left to support), or a check-in
                # recorded it again and that record carries the same crisis on.
                outcome = False
                break
        if outcome is True:
            supported += 1
        elif outcome is None and limit < period.end:
            unsupported += 1
    return supported, unsupported


# -- left alone ----------------------------------------------------------------------------


def overdue_twice(customer: Customer, end: date, settings: Settings) -> bool:
    """Left alone for more than OVERDUE_FACTOR times the cadence on ``end``.

    The cadence and genuine-contact age are `relj due`'s (``due.summarize``).
    With no genuine contact ever, the age counts from the first day the journal
    knew the customer (never from before: no invented history). Ended and snoozed
    customers are left out: one is over, the other you chose to leave for now.
    """
    if customer.snooze is not None and customer.snooze > end:
        return False
    if customer.ended is not None and customer.ended <= end:
        return False
    known = first_known(customer, end)
    if known is None:
        return False
    # Most customers are far from it: the shortest cadence any phase could give (early
    # phases shorten it, a "no" only lengthens it) rules them out without the phase.
    genuine = last_genuine_day(customer, end)
    start = genuine or end
    least = min(cadence_days(customer, phase, settings, start) for phase in (None, 2))
    if (end - (genuine or known)).days <= OVERDUE_FACTOR * least:
        return False
    summary = summarize(customer, end, settings)
    if summary.cadence is None:
        return False
    age = summary.days_since_genuine
    if age is None:
        age = (end - known).days
    return age > OVERDUE_FACTOR * summary.cadence


def first_known(customer: Customer, end: date) -> date | None:
    """The first recorded day of the customer in the journal on or before ``end``: its
    first interaction, offer, assessment or ``added`` (``since`` may predate the journal)."""
    days = [i.day for i in customer.interactions[:1]]
    days += [o.opened for o in customer.offers if o.opened is not None]
    days += [a.on for a in customer.assessments]
    days += [customer.added] if customer.added is not None else []
    seen = [d for d in days if d <= end]
    return min(seen) if seen else None


def counted_changes(changes: list[PhaseChange], period: Period) -> int:
    """Phase changes within the period; "unknown" is a gap in the record, not a phase."""
    return sum(1 for c in changes if period.holds(c.day) and UNKNOWN not in (c.before, c.after))

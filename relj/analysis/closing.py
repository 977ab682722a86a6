"""Open offers and the closing question (SPEC §4, seed 000).

"So when will you buy?" creates facts; even a "no" ends an illusion, not the
relationship. The question is due on an open offer once, since it opened or
since its last closing answer, ``closing_interactions`` interactions happened
or ``closing_days`` days passed; ``due_day`` says which day that was (the
calendar export dates the question by it).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from relj.analysis import visible_interactions
from relj.model import Customer, Interaction, Offer, quick_pickle
from relj.settings import Settings


def _decided_on(offer: Offer, items: tuple[Interaction, ...]) -> bool:
    """A yes or no for this offer was logged (on or before today)."""
    return any(item.offer == offer.id and item.closing in ("yes", "no") for item in items)


def is_open_on(offer: Offer, customer: Customer, today: date) -> bool:
    """Was the offer open on ``today``? (The time machine: later closings do not count.)"""
    if offer.opened is not None and offer.opened > today:
        return False
    if offer.status == "open":
        return True
    if offer.closed is not None:
        return offer.closed > today
    # Closed without a date (by hand): still open on "today" only when its answer came later.
    if _decided_on(offer, visible_interactions(customer, today)):
        return False
    return _decided_on(offer, customer.interactions)


def open_offers(customer: Customer, today: date) -> tuple[Offer, ...]:
    return tuple(o for o in customer.offers if is_open_on(o, customer, today))


@quick_pickle
@dataclass(frozen=True, slots=True)
class ClosingState:
    offer: Offer
    since: date | None  # when it opened or was last answered (None: unknown opening day)
    last_answer: str | None  # yes/no/later of the last answer, if any
    interactions: int  # interactions since then
    days: int | None  # days since then
    due: bool


def closing_state(offer: Offer, items: tuple[Interaction, ...], today: date,
                  settings: Settings) -> ClosingState:
    """Where the closing question stands for one open offer (``items``: visible, oldest first)."""
    answers = [i for i, item in enumerate(items) if item.offer == offer.id and item.closing]
    if answers:
        last = answers[-1]
        since: date | None = items[last].day
        count = len(items) - last - 1
        answer: str | None = items[last].closing
    else:
        since, answer = offer.opened, None
        count = sum(1 for item in items if since is None or item.day > since)
    days = None if since is None else (today - since).days
    due = (count >= settings.closing_interactions
           or (days is not None and days >= settings.closing_days))
    return ClosingState(offer, since, answer, count, days, due)


def closing_states(customer: Customer, today: date, settings: Settings) -> tuple[ClosingState, ...]:
    items = visible_interactions(customer, today)
    return tuple(closing_state(o, items, today, settings) for o in open_offers(customer, today))


def closing_due(customer: Customer, today: date, settings: Settings) -> tuple[ClosingState, ...]:
    """The open offers on which the closing question is due, oldest first."""
    return due_among(closing_states(customer, today, settings))


def due_among(states: tuple[ClosingState, ...]) -> tuple[ClosingState, ...]:
    """Of ``closing_states``, those due, oldest first (``relj due`` also lists them all)."""
    due = [s for s in states if s.due]
    return tuple(sorted(due, key=lambda s: (s.since or date.min, s.offer.id)))


def due_day(state: ClosingState, items: tuple[Interaction, ...], today: date,
            settings: Settings) -> date:
    """The day the closing question became due: enough days or enough interactions
    after it opened or was last answered (the earlier of the two)."""
    candidates = [today]
    if state.since is not None and state.days is not None and state.days >= settings.closing_days:
        candidates.append(today - timedelta(days=state.days - settings.closing_days))
    later = [i.day for i in items if state.since is None or i.day > state.since]
    if state.last_answer is not None:
        answered = [n for n, i in enumerate(items) if i.offer == state.offer.id and i.closing]
        later = [i.day for i in items[answered[-1] + 1:]]
    if settings.closing_interactions >= 1 and len(later) >= settings.closing_interactions:
        candidates.append(later[settings.closing_interactions - 1])
    return min(candidates)


def closing_due_days(customer: Customer, today: date,
                     settings: Settings) -> list[tuple[ClosingState, date]]:
    """The due closing questions (as ``closing_due`` orders them), each with its
    ``due_day``. Whether selling may be prompted at all (pull, not push) is the
    caller's question: ``relj.analysis.due.selling_pause``."""
    items = visible_interactions(customer, today)
    return [(state, due_day(state, items, today, settings))
            for state in closing_due(customer, today, settings)]


# -- after a "no" (seed 000: a no ends an illusion, not the relationship) ---------------


def says_no(item: Interaction) -> bool:
    """A "no": a closing answer ``no`` or a ``lost`` signal, from someone reached."""
    return item.reached and (item.closing == "no" or "lost" in item.signals)


def after_no_since(customer: Customer, today: date, settings: Settings) -> date | None:
    """The day of the "no" that still stands: the latest closing answer ``no`` or
    ``lost`` signal less than ``after_no_days`` ago, unless a later genuine contact
    brought ``won``/``project``/``repeat-order`` (or a yes), or a new offer opened since."""
    items = visible_interactions(customer, today)
    noes = [n for n, i in enumerate(items) if says_no(i)]
    if not noes:
        return None
    last = noes[-1]
    day = items[last].day
    if (today - day).days >= settings.after_no_days:
        return None
    for item in items[last + 1:]:
        renewed = item.closing == "yes" or any(
            s in ("won", "project", "repeat-order") for s in item.signals)
        if item.reached and item.genuine and renewed:
            return None
    if any(o.opened is not None and day < o.opened <= today for o in customer.offers):
        return None
    return day

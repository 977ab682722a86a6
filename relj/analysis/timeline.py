"""The events of one relationship, in order, for the timeline of `relj show`.

Interactions, changes of the computed phase, offers opened and offers won or
lost, each dated, up to ``today``; relj.render.timeline draws them.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Literal

from relj.analysis import visible_interactions
from relj.analysis.phase import PhaseChange, phase_changes
from relj.model import Customer, Interaction, Offer
from relj.settings import Settings

EventKind = Literal["interaction", "phase", "offer-opened", "offer-won", "offer-lost"]
# Sorts one day's events: offers opened, then interactions (by moment), phase changes,
# offers won or lost.
EventOrder = tuple[int, tuple[float, int]]
_NO_MOMENT = (float("-inf"), 0)


@dataclass(frozen=True, slots=True)
class Event:
    day: date
    order: EventOrder
    kind: EventKind
    item: Interaction | None = None  # of an interaction
    change: PhaseChange | None = None  # of a phase change
    offer: Offer | None = None  # of the offer events


def events(customer: Customer, today: date, settings: Settings) -> list[Event]:
    """Interactions, phase changes and offers up to ``today``, oldest first."""
    found = [Event(i.day, (1, i.sort_key), "interaction", item=i)
             for i in visible_interactions(customer, today)]
    for change in phase_changes(customer, today, settings):
        found.append(Event(change.day, (2, _NO_MOMENT), "phase", change=change))
    for offer in customer.offers:
        if offer.opened is not None and offer.opened <= today:
            found.append(Event(offer.opened, (0, _NO_MOMENT), "offer-opened", offer=offer))
        if offer.status in ("won", "lost") and offer.closed is not None and offer.closed <= today:
            kind: EventKind = "offer-won" if offer.status == "won" else "offer-lost"
            found.append(Event(offer.closed, (3, _NO_MOMENT), kind, offer=offer))
    found.sort(key=lambda e: (e.day, e.order))
    return found

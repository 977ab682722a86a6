"""Follow-ups: the day an interaction planned the next contact for (SPEC §4 `follow-up`).

One rule for `relj due` and the calendar export: a follow-up is open while no
interaction is dated on or after its day (an attempt that reached nobody
counts too: you did try on the day). A follow-up that a "later" answer set for
an offer is also done once that offer is answered again or closed: the
question it was waiting for has its answer (doing it resolves it). `relj due` takes the earliest one
that has come (on or before today); the calendar lists them all, later ones too.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from relj.analysis import visible_interactions
from relj.model import Customer, Interaction, quick_pickle


@quick_pickle
@dataclass(frozen=True, slots=True)
class FollowUp:
    day: date  # the planned day (on or before today)
    concern: str | None  # the concern of the interaction that planned it
    note: str | None = None  # its note: what it was about when it had no concern


def open_follow_ups(customer: Customer, today: date) -> list[tuple[Interaction, date]]:
    """Follow-ups still open on ``today`` with the interactions that planned them, in the
    order of those interactions. Future ones are included."""
    items = visible_interactions(customer, today)
    if not items:
        return []
    last_day = items[-1].day
    closed = {o.id for o in customer.offers if o.status != "open"}
    return [(i, i.follow_up) for n, i in enumerate(items)
            if i.follow_up is not None and i.follow_up > last_day
            and not _answered(i, items[n + 1:], closed)]


def _answered(item: Interaction, later: tuple[Interaction, ...], closed: set[str]) -> bool:
    """A "later" answer's follow-up whose offer was answered again or closed since."""
    if item.closing != "later" or item.offer is None:
        return False
    return item.offer in closed or any(
        i.offer == item.offer and i.closing is not None for i in later)


QUOTE_LENGTH = 60  # characters of a concern or note quoted on the morning list


def quoted(text: str | None, length: int = QUOTE_LENGTH) -> str | None:
    """``text`` on one line, cut to ``length`` characters with an ellipsis: a quote
    that reminds, not the whole note (a row of `relj due` stays a few lines high)."""
    if text is None or not text.strip():
        return None
    flat = " ".join(text.split())
    return flat if len(flat) <= length else flat[:length - 1].rstrip() + "…"


def open_follow_up(customer: Customer, today: date) -> FollowUp | None:
    """The earliest open follow-up on or before today, quoting what it was about."""
    come = [FollowUp(day, quoted(item.concern), quoted(item.note))
            for item, day in open_follow_ups(customer, today) if day <= today]
    return min(come, key=lambda f: f.day) if come else None

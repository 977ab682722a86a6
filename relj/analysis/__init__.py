"""The coach: pure analyses of a customer's history.

Every function here takes the customer (or customers), ``today`` and the
journal Settings and returns values (frozen dataclasses). Nothing reads files,
the clock or the terminal, and nothing is translated: results carry message keys
and fields, and relj.render turns them into words. Entries dated after ``today``
are ignored, so ``--today`` shows the journal as it was.

The modules: ``phase`` (the state machine), ``contact`` (genuine contact,
cadence, illusion, pressure), ``closing`` (open offers, the closing question),
``follow_up``, ``due`` (the morning list and the numbers of list/show),
``results`` (what due returns and the cache keeps), ``portfolio`` (`relj report`)
and ``timeline`` (the events of `relj show`).

analysis imports only the ground floor (relj.model, relj.settings, relj.dates,
relj.errors, relj.i18n, relj.slugs) and relj.messages. Anything above may
import it: storage (the cache keeps its results), catalogue, render,
interchange and cli.
"""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass
from datetime import date

from relj.model import Customer, Interaction, quick_pickle

# A message key with its fields; the renderer translates codes found in the
# fields (signal, mood, phase) and formats dates.
Fields = tuple[tuple[str, object], ...]


def visible_interactions(customer: Customer, today: date) -> tuple[Interaction, ...]:
    """The interactions dated on or before ``today`` (the time machine), oldest first."""
    # Judging one customer asks this about ten times for the same day: the last answer
    # is kept (customers are frozen, and the kept reference keeps its identity unique;
    # one tuple, swapped whole, so that threads never see half of it).
    global _last_visible
    last = _last_visible
    if last[0] is customer and last[1] == today:
        return last[2]
    items = customer.interactions
    end = bisect_right(items, today, key=lambda item: item.day)
    found = items if end == len(items) else items[:end]
    _last_visible = (customer, today, found)
    return found


_last_visible: tuple[Customer | None, date | None, tuple[Interaction, ...]] = (None, None, ())


@quick_pickle
@dataclass(frozen=True, slots=True)
class Message:
    """Words to be: a message key (area "coach") and its fields."""

    key: str
    fields: Fields = ()


def message(key: str, **fields: object) -> Message:
    return Message(key, tuple(fields.items()))

"""The coach: pure analyses of a customer's history.

Every function here takes the customer (or customers), ``today`` and the
journal Settings and returns frozen dataclasses. Nothing reads files, the
clock or the terminal, and nothing is translated: results carry message keys
and fields, and ``relj.render.coach`` turns them into words. Entries dated
after ``today`` are ignored, so ``--today`` shows the journal as it was.
"""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass
from datetime import date

from relj.model import Customer, Interaction

# A message key with its fields; the renderer translates codes found in the
# fields (signal, mood, phase) and formats dates.
Fields = tuple[tuple[str, object], ...]


def visible_interactions(customer: Customer, today: date) -> tuple[Interaction, ...]:
    """The interactions dated on or before ``today`` (the time machine), oldest first."""
    items = customer.interactions
    end = bisect_right(items, today, key=lambda item: item.day)
    return items if end == len(items) else items[:end]


def days_between(start: date, end: date) -> int:
    return (end - start).days


@dataclass(frozen=True, slots=True)
class Message:
    """Words to be: a message key (area "coach") and its fields."""

    key: str
    fields: Fields = ()


def message(key: str, **fields: object) -> Message:
    return Message(key, tuple(fields.items()))

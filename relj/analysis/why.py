"""When to ask the why again (SPEC §1: "ask it again in hard times, and once a year
fall in love with the relationship again").

`relj log` asks, on a terminal, "still …?" at two moments: when the entry just
logged begins a struggle (the phase after it is struggle and was not before),
and on the first log within the anniversary window of ``since`` (the window of
`relj due`'s anniversary reason), once a year: an answer is recorded as the
top-level key ``why_asked``, and an answer given on or after this year's
anniversary means the question was asked already.

Pure: the customer before and after the entry, today and the settings in; the
moment (or None) out.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING, Literal

from relj.analysis.due import last_anniversary
from relj.analysis.phase import compute_phase

if TYPE_CHECKING:
    from relj.model import Customer
    from relj.settings import Settings

WHY_CODES = ("dream", "challenge", "money")  # any other text is the user's own words
ASKED_KEY = "why_asked"  # the top-level key that records the last answer's day
STRUGGLE = 3


@dataclass(frozen=True, slots=True)
class WhyMoment:
    kind: Literal["struggle", "anniversary"]
    years: int = 0  # for an anniversary: how many years since ``since``


def why_group(why: str | None) -> str:
    """dream, challenge or money; ``other`` for the user's own words; ``unset``."""
    if why is None or not why.strip():
        return "unset"
    return why if why in WHY_CODES else "other"


def asked_on(customer: Customer) -> date | None:
    value = customer.raw.get(ASKED_KEY)
    return value if isinstance(value, date) else None


def why_moment(before: Customer, after: Customer, today: date,
               settings: Settings) -> WhyMoment | None:
    """The moment to ask "still …?" after a log, or None (the usual case)."""
    if after.ended is not None and after.ended <= today:
        return None
    asked = asked_on(after)
    if asked == today:
        return None  # asked today already: once is enough
    old = compute_phase(before, today, settings).computed
    new = compute_phase(after, today, settings).computed
    if new == STRUGGLE and old != STRUGGLE:
        return WhyMoment("struggle")
    if after.since is None or after.since > today:
        return None
    found = last_anniversary(after.since, today)
    if found is None or (asked is not None and asked >= found[0]):
        return None
    return WhyMoment("anniversary", found[1])

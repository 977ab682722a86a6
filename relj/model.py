"""The journal's data as frozen dataclasses, and the stable codes of SPEC §2.

Nothing here reads files or the clock. Codes are the strings kept in files and
JSON; screens translate them through the message catalogue.
"""

from __future__ import annotations

from dataclasses import dataclass, field, fields
from datetime import UTC, date, datetime, timedelta, timezone
from operator import attrgetter
from typing import Any, Literal, TypeVar, get_args

Channel = Literal["call", "video", "visit", "email", "message", "event", "other"]
Mood = Literal["annoyed", "passive", "depressed", "optimistic", "desperate", "uncertain", "active"]
Signal = Literal[
    "praise",
    "criticism",
    "objection:price",
    "objection:scope",
    "objection:other",
    "conflict",
    "delay",
    "discount-pressure",
    "rework",
    "project",
    "repeat-order",
    "trust",
    "contact-left",
    "won",
    "lost",
]
ClosingAnswer = Literal["yes", "no", "later"]
OfferStatus = Literal["open", "won", "lost"]
# Index = phase number 0..5; "separated" has no number (JSON phase null).
PhaseCode = Literal["courtship", "infatuation", "disenchantment", "struggle", "me-you-us", "home"]

# The codes in their order (menus, completion, error messages list them so).
CHANNELS: tuple[Channel, ...] = get_args(Channel)
MOODS: tuple[Mood, ...] = get_args(Mood)
SIGNALS: tuple[Signal, ...] = get_args(Signal)
CLOSING_ANSWERS: tuple[ClosingAnswer, ...] = get_args(ClosingAnswer)
OFFER_STATUSES: tuple[OfferStatus, ...] = get_args(OfferStatus)
PHASE_CODES: tuple[PhaseCode, ...] = get_args(PhaseCode)
SEPARATED = "separated"

# The moods of a crisis (pitching into one is pressure; the action becomes support)
# are relj.analysis.mood.CRISIS_MOODS: one definition, next to the rule of the mood.

DISENCHANTMENT_SIGNALS: frozenset[Signal] = frozenset(
    {"criticism", "objection:price", "objection:scope", "objection:other"}
)
STRUGGLE_SIGNALS: frozenset[Signal] = frozenset(
    {"conflict", "delay", "discount-pressure", "rework"}
)
CALM_SIGNALS: frozenset[Signal] = frozenset({"project", "repeat-order"})


_T = TypeVar("_T")
_set = object.__setattr__


def quick_pickle(cls: type[_T]) -> type[_T]:
    """``cls`` (a frozen slotted dataclass) pickled as the tuple of its field values.

    The cache pickles a judgement and a listing row per customer, thousands of small
    frozen dataclasses each run of a new day; dataclasses' own ``__getstate__`` calls
    ``fields()`` for every object, which was most of that time. The state is the same
    values in the same order (a tuple instead of a list), built by one C call."""
    names = tuple(f.name for f in fields(cls))  # type: ignore[arg-type]
    get = attrgetter(*names)

    def getstate(self: object) -> tuple[object, ...]:
        return get(self)

    def getstate_one(self: object) -> tuple[object, ...]:
        return (get(self),)

    def setstate(self: object, state: tuple[object, ...]) -> None:
        for name, value in zip(names, state, strict=True):
            _set(self, name, value)

    setattr(cls, "__getstate__", getstate if len(names) > 1 else getstate_one)  # noqa: B010
    setattr(cls, "__setstate__", setstate)  # noqa: B010
    return cls


def day_of(moment: date | datetime) -> date:
    """The calendar day of a TOML date or datetime (in its own UTC offset)."""
    return moment.date() if isinstance(moment, datetime) else moment


# The earliest moment a calendar day begins anywhere on Earth (UTC+14, Kiribati).
_EARLIEST = timezone(timedelta(hours=14))


def moment_key(moment: date | datetime) -> tuple[float, int]:
    """A sort key that orders dates and datetimes together by the real moment.

    Datetimes with different UTC offsets sort by when they happened, not by their
    local date (a call at 00:30+05:00 came before one at 22:00-02:00 the evening
    before, by the clock). A bare date sorts before any time on that day in any
    zone (it counts from the day's earliest start); naive datetimes (hand-written
    "local" times) are compared as if they were UTC, good enough for ordering.
    """
    if isinstance(moment, datetime):
        aware = moment if moment.tzinfo else moment.replace(tzinfo=UTC)
        return (aware.timestamp(), 1)
    start = datetime(moment.year, moment.month, moment.day, tzinfo=_EARLIEST)
    return (start.timestamp(), 0)


@quick_pickle
@dataclass(frozen=True, slots=True)
class Contact:
    name: str
    role: str | None = None
    key: bool = False
    email: str | None = None
    phone: str | None = None
    left: date | None = None  # this person has left the customer


@quick_pickle
@dataclass(frozen=True, slots=True)
class Assessment:
    """The user's own judgement of the phase on a day: ground truth from then on."""

    on: date
    phase: int  # 0..5 (files may write the phase's code or its number)
    note: str | None = None


@quick_pickle
@dataclass(frozen=True, slots=True)
class Offer:
    id: str
    what: str
    value: int | float | None = None
    currency: str | None = None
    opened: date | None = None
    status: OfferStatus = "open"
    closed: date | None = None


@quick_pickle
@dataclass(frozen=True, slots=True)
class Interaction:
    id: str
    at: date | datetime
    channel: Channel | None = None
    with_: str | None = None
    genuine: bool = False
    concern: str | None = None
    mood: Mood | None = None
    pitched: bool = False
    signals: tuple[Signal, ...] = ()
    closing: ClosingAnswer | None = None
    offer: str | None = None
    follow_up: date | None = None
    note: str | None = None
    by: str | None = None
    reached: bool = True  # False: an attempt that reached nobody (no contact at all)

    @property
    def day(self) -> date:
        # day_of inlined: the analyses ask each interaction for its day several times.
        at = self.at
        return at.date() if isinstance(at, datetime) else at

    @property
    def sort_key(self) -> tuple[float, int]:
        return moment_key(self.at)


@quick_pickle
@dataclass(frozen=True, slots=True)
class Customer:
    slug: str
    name: str
    since: date | None = None
    why: str | None = None
    cadence: str | None = None
    tags: tuple[str, ...] = ()
    phase_override: int | None = None
    ended: date | None = None
    added: date | None = None  # the day it entered the journal (add and import write it)
    needs: str | None = None  # how they tick: shown before every contact
    owner: str | None = None  # team journals: whose account this is
    snooze: date | None = None  # off the morning list until this day
    contacts: tuple[Contact, ...] = ()
    offers: tuple[Offer, ...] = ()
    assessments: tuple[Assessment, ...] = ()  # oldest first
    # Oldest first (sorted by moment_key when read); file order is kept for equal moments.
    interactions: tuple[Interaction, ...] = ()
    # Every top-level key as read from the file, unknown ones included (for show --json).
    raw: dict[str, Any] = field(default_factory=dict, compare=False, repr=False)

    def open_offers(self) -> tuple[Offer, ...]:
        return tuple(o for o in self.offers if o.status == "open")

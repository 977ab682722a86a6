"""Which calendar events and messages are contacts the journal has not logged yet.

Pure: Items (what the readers found) and the customers in, Proposals out.
A person on an item is a customer's contact when their address is a
contact's ``email`` (case ignored), else when their full name is a
contact's name (case and accents folded; "Müller, Anna" as Outlook writes
it counts as "Anna Müller"). A day with any interaction of that customer,
an attempt included, is logged already; ended customers and contacts who
had left by that day are not proposed; your own address is never a contact:
the journal's ``git config user.email`` when set, else the address on the
most items (every event of your calendar and every message of your mailbox
has you on it). An address that is a known contact's is never yours, however
often that contact is in your meetings.
"""

from __future__ import annotations

import hashlib
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, datetime, timedelta, timezone, tzinfo
from typing import TYPE_CHECKING, Literal

from relj.model import day_of, moment_key

if TYPE_CHECKING:
    from relj.model import Contact, Customer

Source = Literal["ics", "mbox", "maildir"]


@dataclass(frozen=True, slots=True)
class Person:
    """Someone on an event or a message: an address, a display name, or both."""

    address: str | None
    name: str | None


@dataclass(frozen=True, slots=True)
class Item:
    """One event occurrence or one message, its moment already in the user's zone
    (a date for an all-day event)."""

    source: Source
    key: str  # the event's UID (and the occurrence's day) or the message's Message-ID
    at: date | datetime
    title: str
    people: tuple[Person, ...]

    @property
    def day(self) -> date:
        return day_of(self.at)


@dataclass(frozen=True, slots=True)
class Proposal:
    """An interaction to log, if the user agrees: a customer, a moment, what and with whom."""

    customer: str  # slug
    name: str  # the customer's name
    at: date | datetime
    source: Source
    title: str
    with_: str | None  # the contacts' names as the journal writes them
    key: str

    @property
    def day(self) -> date:
        return day_of(self.at)

    @property
    def token(self) -> str:
        return skip_token(self.key, self.customer)

    def as_json(self) -> dict[str, str | None]:
        """One proposal as SPEC §5 lists it."""
        return {"customer": self.customer, "date": self.day.isoformat(), "source": self.source,
                "title": self.title, "with": self.with_}


def skip_token(key: str, slug: str) -> str:
    """What `.relj/` remembers of a skipped proposal: a digest of its item and customer,
    so the private file holds no subject lines or addresses."""
    return hashlib.sha256(f"{key}\0{slug}".encode("utf-8", "replace")).hexdigest()


def local_moment(moment: date | datetime, zone: tzinfo) -> date | datetime:
    """A start in the user's zone, to the minute, with a fixed whole-minute offset
    (what relj writes: SPEC §2); a floating time is the user's own wall clock and a
    day (an all-day event) stays a day."""
    if not isinstance(moment, datetime):
        return moment
    aware = moment.replace(tzinfo=zone) if moment.tzinfo is None else moment.astimezone(zone)
    offset = aware.utcoffset() or timedelta(0)
    minutes = round(offset.total_seconds() / 60)
    return aware.replace(second=0, microsecond=0, tzinfo=timezone(timedelta(minutes=minutes)))


def in_window(item: Item, first_day: date, now: datetime) -> bool:
    """Within the last days, and not in the future (a meeting later today is no contact yet)."""
    if not first_day <= item.day <= now.date():
        return False
    return not isinstance(item.at, datetime) or item.at <= now


def propose(items: Iterable[Item], customers: Iterable[Customer], today: date,
            skipped: frozenset[str] = frozenset(), mine: str | None = None
            ) -> list[Proposal]:
    """The proposals for ``items`` (already within the window), oldest first;
    ``mine`` is the user's own address when known (git's user.email)."""
    chosen = list(items)
    customers = list(customers)
    known = {c.email.strip().casefold() for customer in customers
             for c in customer.contacts if c.email and c.email.strip()}
    live = [c for c in customers if c.ended is None or c.ended > today]
    by_address, by_name = _directory(live)
    me = own_address(chosen, known, mine)
    logged = {c.slug: {i.day for i in c.interactions} for c in live}
    names = {c.slug: c.name for c in live}
    found: dict[tuple[str, date, str], Proposal] = {}
    for item in chosen:
        met: dict[str, list[str]] = {}
        for person in item.people:
            if person.address is not None and person.address == me:
                continue
            for slug, contact in _contacts_of(person, by_address, by_name):
                if contact.left is not None and contact.left <= item.day:
                    continue
                met.setdefault(slug, [])
                if contact.name not in met[slug]:
                    met[slug].append(contact.name)
        for slug, people in met.items():
            key = (slug, item.day, item.key)
            if item.day in logged[slug] or key in found:
                continue
            proposal = Proposal(slug, names[slug], item.at, item.source, item.title,
                                ", ".join(people) or None, item.key)
            if proposal.token not in skipped:
                found[key] = proposal
    return sorted(found.values(), key=lambda p: (moment_key(p.at), p.customer))


def own_address(items: list[Item], known: set[str] | frozenset[str] = frozenset(),
                mine: str | None = None) -> str | None:
    """Yours: ``mine`` (git's user.email) when given, else the address on the most
    items (on at least two, and more than any other); a contact's address (``known``,
    case folded) is never yours."""
    if mine is not None and mine.strip():
        own = mine.strip().casefold()
        return None if own in known else own
    counts = Counter(a for item in items for a in {p.address for p in item.people}
                     if a and a not in known)
    ranked = counts.most_common(2)
    if not ranked or ranked[0][1] < 2 or (len(ranked) > 1 and ranked[1][1] == ranked[0][1]):
        return None
    return ranked[0][0]


Directory = dict[str, list[tuple[str, "Contact"]]]


def _directory(customers: list[Customer]) -> tuple[Directory, Directory]:
    by_address: Directory = {}
    by_name: Directory = {}
    for customer in customers:
        for contact in customer.contacts:
            if contact.email and contact.email.strip():
                by_address.setdefault(contact.email.strip().casefold(), []).append(
                    (customer.slug, contact))
            for key in name_keys(contact.name):
                by_name.setdefault(key, []).append((customer.slug, contact))
    return by_address, by_name


def _contacts_of(person: Person, by_address: Directory, by_name: Directory
                 ) -> list[tuple[str, Contact]]:
    """The contacts a person is: by address first; by name only when the address
    names nobody (another address of a known person still counts by name)."""
    if person.address is not None and person.address in by_address:
        return by_address[person.address]
    found: list[tuple[str, Contact]] = []
    for key in name_keys(person.name or ""):
        found.extend(pair for pair in by_name.get(key, []) if pair not in found)
    return found


def name_keys(name: str) -> set[str]:
    """Comparison keys of a full name: case and accents folded both ways (Müller =
    Mueller = Muller), and "Last, First" read as "First Last". A single word is no
    full name and matches nothing."""
    import unicodedata

    from relj.slugs import fold

    last, comma, first = name.partition(",")
    text = f"{first} {last}" if comma and first.strip() else name
    words = text.split()
    if len(words) < 2:
        return set()
    joined = " ".join(words)
    plain = "".join(c for c in unicodedata.normalize("NFKD", joined.casefold())
                    if not unicodedata.combining(c))
    return {fold(joined), " ".join(plain.split())} - {""}

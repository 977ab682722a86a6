"""The whole portfolio at a glance, as numbers (`relj report`; relj.render.report draws it).

Contact health compares the age of the last genuine contact with the cadence
(SPEC §4): *overdue* from the day the cadence is reached (as `relj due` counts
it) or when there never was a genuine contact, *due* once three quarters of the
cadence have passed, else *on time*. Ended relationships have no cadence and
are left out of it.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from datetime import date
from typing import Literal

from relj.analysis.due import Summary, summarize
from relj.analysis.phase import PhaseChange, phase_changes
from relj.analysis.results import UNKNOWN
from relj.analysis.why import why_group
from relj.model import PHASE_CODES, SEPARATED, Customer
from relj.settings import Settings

Health = Literal["on_time", "due", "overdue"]

MOVED_DAYS = 30  # the report lists the phase changes of the last MOVED_DAYS days
ORPHAN_DAYS = 90  # an owner who logged nothing for a customer this long: an orphaned account
DUE_FRACTION = 0.75
HEALTH: tuple[Health, ...] = ("on_time", "due", "overdue")
PHASE_ORDER = (*PHASE_CODES, UNKNOWN, SEPARATED)
WHY_ORDER = ("dream", "challenge", "money", "other", "unset")


@dataclass(frozen=True, slots=True)
class OpenOffer:
    name: str
    what: str
    value: int | float | None
    currency: str | None
    age: int | None  # days since it opened
    closing_due: bool


@dataclass(frozen=True, slots=True)
class Portfolio:
    today: date
    count: int
    phases: dict[str, int]  # phase code -> customers, in PHASE_ORDER ("unknown" only if any)
    health: dict[Health, list[str]]  # on_time / due / overdue -> customer names
    offers: list[OpenOffer]  # oldest first
    moves: list[PhaseChange]  # newest first
    # The open offers' values summed per currency ("" for none), in currency order.
    totals: list[tuple[str, int | float]]
    owners: list[OwnerShare] = field(default_factory=list)  # by owner, when any has one
    whys: list[WhyShare] = field(default_factory=list)  # by why, in WHY_ORDER, when any


@dataclass(frozen=True, slots=True)
class WhyShare:
    """The customers wanted for one reason (SPEC §1: the money, the challenge or a dream),
    with where their relationships stand: is the dream portfolio the healthy one?"""

    why: str  # one of WHY_ORDER
    customers: int
    phases: dict[str, int]  # phase code -> customers, in PHASE_ORDER, only those present
    overdue: int


@dataclass(frozen=True, slots=True)
class OwnerShare:
    """One teammate's part of the portfolio."""

    owner: str
    customers: int
    overdue: int
    orphaned: list[str]  # customers the owner logged nothing for in ORPHAN_DAYS days


def value_totals(offers: list[OpenOffer]) -> list[tuple[str, int | float]]:
    """The offers' values summed per currency ("" for none); offers without a value are
    left out."""
    sums: dict[str, int | float] = {}
    for offer in offers:
        if offer.value is not None:
            sums[offer.currency or ""] = sums.get(offer.currency or "", 0) + offer.value
    return sorted(sums.items())


def health_of(days_since_genuine: int | None, cadence: int | None) -> Health | None:
    if cadence is None:
        return None
    if days_since_genuine is None or days_since_genuine >= cadence:
        return "overdue"
    return "due" if days_since_genuine >= DUE_FRACTION * cadence else "on_time"


def phase_moves(customer: Customer, today: date, settings: Settings) -> list[PhaseChange]:
    """Changes of the phase within the last MOVED_DAYS days."""
    return [m for m in phase_changes(customer, today, settings)
            if (today - m.day).days <= MOVED_DAYS]


def portfolio(customers: list[Customer], today: date, settings: Settings) -> Portfolio:
    return portfolio_of([(summarize(customer, today, settings), customer,
                          phase_moves(customer, today, settings), orphaned(customer, today))
                         for customer in customers], today)


def portfolio_of(rows: list[tuple[Summary, Customer, list[PhaseChange], bool]],
                 today: date) -> Portfolio:
    """The portfolio from each customer's Summary, phase moves and orphaned flag: the
    only parts that look at whole histories, so that they can come from a cache (the
    customers themselves may come without their interactions)."""
    phases: Counter[str] = Counter()
    health: dict[Health, list[str]] = {kind: [] for kind in HEALTH}
    offers: list[OpenOffer] = []
    moves: list[PhaseChange] = []
    whys: dict[str, list[tuple[str, Health | None]]] = {}
    for summary, customer, customer_moves, _ in rows:
        phases[summary.phase.code] += 1
        kind = health_of(summary.days_since_genuine, summary.cadence)
        if kind is not None:
            health[kind].append(customer.name)
        whys.setdefault(why_group(customer.why), []).append((summary.phase.code, kind))
        for state in summary.offers:
            o = state.offer
            age = (today - o.opened).days if o.opened else None
            offers.append(OpenOffer(customer.name, o.what or o.id, o.value, o.currency, age,
                                    state.due))
        moves.extend(customer_moves)
    offers.sort(key=lambda o: (-(o.age if o.age is not None else -1), o.name))
    moves.sort(key=lambda m: (m.day, m.name), reverse=True)
    # "unknown" only when some relationship is (it is a gap in the record, not a phase).
    shown = [code for code in PHASE_ORDER if code != UNKNOWN or phases[code]]
    owners = by_owner([(customer, lonely) for _, customer, _, lonely in rows],
                      set(health["overdue"]))
    return Portfolio(today, len(rows), {code: phases[code] for code in shown},
                     health, offers, moves, value_totals(offers), owners, by_why(whys))


def by_why(groups: dict[str, list[tuple[str, Health | None]]]) -> list[WhyShare]:
    """Each why's customers: how many, their phases, how many are overdue."""
    shares = []
    for why in WHY_ORDER:
        if members := groups.get(why):
            counted = Counter(code for code, _ in members)
            shares.append(WhyShare(why, len(members),
                                   {code: counted[code] for code in PHASE_ORDER if counted[code]},
                                   sum(kind == "overdue" for _, kind in members)))
    return shares


def orphaned(customer: Customer, today: date) -> bool:
    """The owner logged nothing for this customer in the last ORPHAN_DAYS days (an
    account known for less than that, or ended, is not orphaned)."""
    if customer.owner is None or (customer.ended is not None and customer.ended <= today):
        return False
    known = min((d for d in (customer.added, customer.since) if d is not None), default=None)
    if known is not None and (today - known).days < ORPHAN_DAYS:
        return False
    return not any(i.by == customer.owner and 0 <= (today - i.day).days <= ORPHAN_DAYS
                   for i in customer.interactions)


def by_owner(customers: list[tuple[Customer, bool]], overdue: set[str]) -> list[OwnerShare]:
    """Each owner's customers (each with its ``orphaned`` flag), how many are overdue,
    and the orphaned accounts."""
    owned: dict[str, list[tuple[Customer, bool]]] = {}
    for customer, lonely in customers:
        if customer.owner:
            owned.setdefault(customer.owner, []).append((customer, lonely))
    return [OwnerShare(owner, len(mine), sum(c.name in overdue for c, _ in mine),
                       sorted(c.name for c, lonely in mine if lonely))
            for owner, mine in sorted(owned.items())]

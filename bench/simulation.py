"""A seeded portfolio for the quietness benchmark (issue 12): customers who live their
own lives, and a salesperson who reads relj's morning list and does what it asks.

Everything runs in memory on the pure analysis (``relj.analysis.due.due_item``):
no files, no clock, so one seed gives the same days every time. Each day:

1. the morning list: every customer in the journal judged for the day, the ones
   with an acting reason in relj's order (before reasons had ``acts``, every
   reason acts);
2. the salesperson works through the top ``capacity`` items, skipping some
   (``miss``), with one genuine contact that answers the top acting reason (a
   support call for a crisis, a meeting with the successor when a contact left, a
   closing answer, ...);
3. the customers act by themselves: they call with moods, signals and
   objections, crises start and end, offers open, contacts leave, a customer is
   lost, long-trusted customers are entered in the journal.

Only what the salesperson would log reaches the journal; ``Life`` keeps what the
journal cannot see (a crisis's true length, the successor's name).
"""

from __future__ import annotations

import random
from dataclasses import dataclass, field, replace
from datetime import date, timedelta

from relj.analysis.due import due_item
from relj.analysis.results import DueItem, Reason, rank
from relj.model import Channel, ClosingAnswer, Contact, Customer, Interaction, Mood, Offer, Signal
from relj.settings import Settings

FIRST_DAY = date(2026, 2, 2)  # the first morning of the warm-up
CRISIS_MOODS: tuple[Mood, ...] = ("annoyed", "desperate", "depressed", "uncertain")
CALM_MOODS: tuple[Mood | None, ...] = ("optimistic", "active", "active", "passive", None, None)
# Archetypes of issue 12 and how many of each the portfolio holds (33 customers).
KINDS: dict[str, int] = {
    "courted": 4, "fresh-win": 3, "contact-leaving": 3, "price": 4, "check-ins": 3,
    "crisis": 4, "trusted": 3, "lost": 3, "ordinary": 6,
}
# Signals a customer's own contacts carry, with their chance per contact.
SIGNAL_RATES: dict[str, tuple[tuple[Signal, float], ...]] = {
    "ordinary": (("praise", 0.1), ("criticism", 0.04), ("delay", 0.03), ("project", 0.08),
                 ("repeat-order", 0.05), ("trust", 0.03)),
    "price": (("objection:price", 0.25), ("discount-pressure", 0.15), ("criticism", 0.05)),
    "fresh-win": (("praise", 0.2), ("project", 0.1), ("delay", 0.06)),
    "trusted": (("trust", 0.1), ("repeat-order", 0.1), ("praise", 0.1), ("project", 0.05)),
    "crisis": (("criticism", 0.08), ("conflict", 0.02), ("praise", 0.05)),
    "courted": (("objection:price", 0.15), ("objection:scope", 0.05), ("praise", 0.05)),
}
NO_ANSWER = 0.1  # the chance that a call of the salesperson reaches nobody
# yes / no / later when the closing question is asked.
ANSWER_ODDS: dict[str, tuple[float, float, float]] = {
    "courted": (0.35, 0.3, 0.35), "price": (0.3, 0.1, 0.6), "other": (0.5, 0.15, 0.35),
}


def acts(reason: Reason) -> bool:
    """Whether a reason puts its customer on the list (every reason did before ``acts``)."""
    return bool(getattr(reason, "acts", True))


@dataclass(frozen=True, slots=True)
class Listing:
    """One line of a morning list: who, and the codes of its reasons."""

    slug: str
    acting: frozenset[str]
    modifiers: frozenset[str] = frozenset()


@dataclass(frozen=True, slots=True)
class Morning:
    """What the salesperson saw and did on one day."""

    day: date
    active: int  # customers in the journal and not separated
    listed: tuple[Listing, ...]  # in relj's order
    acted: frozenset[str]  # the slugs the salesperson contacted because of the list
    crises_unlisted: int = 0  # known crises, no genuine contact for a week, yet not listed


@dataclass
class Life:
    """One customer: the journal's record, and what only the simulation knows."""

    kind: str
    customer: Customer
    joins: int  # the day (index) the customer enters the journal
    events: dict[int, str] = field(default_factory=dict)  # day -> the kind's key event
    crisis_mood: Mood | None = None
    crisis_until: int = -1
    ends_on: int | None = None
    successor: str | None = None
    logged: int = 0
    offers: int = 0

    def in_crisis(self, index: int) -> bool:
        return index <= self.crisis_until

    def mood(self, index: int, rng: random.Random) -> Mood | None:
        if self.in_crisis(index):
            return self.crisis_mood if rng.random() < 0.9 else None
        return rng.choice(CALM_MOODS)

    def log(self, day: date, *, genuine: bool = True, channel: Channel = "call",
            with_: str | None = None, concern: str | None = None, mood: Mood | None = None,
            pitched: bool = False, signals: tuple[Signal, ...] = (),
            closing: ClosingAnswer | None = None, offer: str | None = None,
            follow_up: date | None = None, reached: bool = True) -> None:
        self.logged += 1
        item = Interaction(f"{self.customer.slug}-{self.logged}", day, channel, with_, genuine,
                           concern, mood, pitched, signals, closing, offer, follow_up,
                           reached=reached)
        self.customer = replace(self.customer, interactions=(*self.customer.interactions, item))

    def open_offer(self, day: date, pitched: bool = True) -> None:
        self.offers += 1
        offer = Offer(f"o{self.offers}", f"offer {self.offers}", 1000 * self.offers, "EUR", day)
        self.customer = replace(self.customer, offers=(*self.customer.offers, offer))
        self.log(day, channel="visit", concern="what they need next", pitched=pitched,
                 offer=offer.id)

    def close_offer(self, offer_id: str, day: date, won: bool) -> None:
        offers = tuple(replace(o, status="won" if won else "lost", closed=day)
                       if o.id == offer_id else o for o in self.customer.offers)
        since = self.customer.since if self.customer.since or not won else day
        self.customer = replace(self.customer, offers=offers, since=since)


# -- the portfolio ---------------------------------------------------------------------


def portfolio(rng: random.Random, warmup: int, days: int) -> list[Life]:
    """The customers of issue 12's archetypes, each with its key events in the run."""
    lives: list[Life] = []
    for kind, count in KINDS.items():
        for n in range(1, count + 1):
            lives.append(_life(kind, n, rng, warmup, days))
    return lives


def _life(kind: str, n: int, rng: random.Random, warmup: int, days: int) -> Life:
    slug = f"{kind}-{n}"
    years_ago = FIRST_DAY - timedelta(days=rng.randint(400, 2000))
    since: date | None = None if kind in ("courted", "fresh-win") else years_ago
    joins = 0
    if kind == "trusted":  # a customer since about 2015, entered in the journal only now
        since = date(2015, rng.randint(1, 12), rng.randint(1, 28))
        joins = warmup + rng.randint(0, days // 2)
    contacts: tuple[Contact, ...] = (Contact(f"{slug} buyer", "buyer", key=True),)
    if rng.random() < 0.4:
        contacts += (Contact(f"{slug} engineer", "engineer"),)
    customer = Customer(slug, slug.replace("-", " ").title(), since=since,
                        added=FIRST_DAY + timedelta(days=joins), contacts=contacts)
    life = Life(kind, customer, joins)
    middle = warmup + rng.randint(10, days - 40)
    if kind == "courted":
        life.events[rng.randint(1, warmup + 30)] = "offer"
    elif kind == "fresh-win":  # the offer opens shortly before the order: a fresh win in the run
        win = warmup + rng.randint(0, 40)
        life.events[win - rng.randint(3, 15)] = "offer"
        life.events[win] = "win"
    elif kind == "contact-leaving":
        life.events[middle] = "contact-left"
        life.successor = f"{slug} successor"
    elif kind == "price":
        life.events[rng.randint(1, 10)] = "offer"
    elif kind == "crisis":
        life.events[middle] = "crisis"
        life.events[min(warmup + days - 5, middle + rng.randint(60, 90))] = "crisis"
    elif kind == "lost":
        life.events[middle] = "lost"
    return life


# -- the salesperson ---------------------------------------------------------------------


def answer(life: Life, item: DueItem, index: int, day: date, rng: random.Random) -> None:
    """One genuine contact that answers the item's top acting reason."""
    acting = [r for r in item.reasons if acts(r)]
    code = acting[0].code if acting else ""
    mood = life.mood(index, rng)
    if rng.random() < NO_ANSWER:
        life.log(day, genuine=False, reached=False)
        return
    selling = not any(word in item.action.key for word in ("support", "pressure"))
    if code == "contact-left" and life.successor:
        if all(c.name != life.successor for c in life.customer.contacts):
            contact = Contact(life.successor, "buyer", key=True)
            life.customer = replace(life.customer, contacts=(*life.customer.contacts, contact))
        life.log(day, channel="visit", with_=life.successor, concern="getting to know",
                 mood=mood)
    elif code == "closing-question" or (selling and "closing" in item.action.key):
        named = [dict(r.fields).get("offer") for r in item.reasons if r.code == "closing-question"]
        ask_closing(life, day, mood, rng, named[0] if named else None)
    elif code == "single-threaded" and rng.random() < 0.3:
        second = f"{life.customer.slug} second contact"
        life.customer = replace(life.customer,
                                contacts=(*life.customer.contacts, Contact(second, "planner")))
        life.log(day, channel="visit", with_=second, concern="meeting a second person", mood=mood)
    elif code == "mood-support":
        life.log(day, concern="how they are doing", mood=mood)
    else:
        pitch = selling and bool(life.customer.open_offers()) and rng.random() < 0.2
        channel: Channel = rng.choice(("call", "call", "visit", "video"))
        life.log(day, channel=channel, concern=code or "keeping in touch", mood=mood,
                 pitched=pitch)


def ask_closing(life: Life, day: date, mood: Mood | None, rng: random.Random,
                named: object = None) -> None:
    """The closing question on the offer the list names (else the oldest open one) and, in
    the same conversation, on the customer's other open offers; the customer answers each."""
    offers = life.customer.open_offers()
    if not offers:
        life.log(day, concern="keeping in touch", mood=mood)
        return
    first = next((o for o in offers if named in (o.what, o.id)), offers[0])
    yes, no, _later = ANSWER_ODDS.get(life.kind, ANSWER_ODDS["other"])
    for offer in (first, *(o for o in offers if o is not first)):
        draw = rng.random()
        if draw < yes:
            won: tuple[Signal, ...] = ("won",) if life.customer.since is None else ()
            life.log(day, concern="the decision", mood=mood, closing="yes", offer=offer.id,
                     signals=won)
            life.close_offer(offer.id, day, won=True)
        elif draw < yes + no:
            life.log(day, concern="the decision", mood=mood, closing="no", offer=offer.id)
            life.close_offer(offer.id, day, won=False)
        else:
            again = day + timedelta(days=rng.randint(14, 28))
            life.log(day, concern="the decision", mood=mood, closing="later", offer=offer.id,
                     follow_up=again)


# -- the customers ---------------------------------------------------------------------


def live(life: Life, index: int, day: date, rng: random.Random) -> None:
    """What a customer (and the salesperson's own habits) bring on one day."""
    event = life.events.get(index)
    if event == "offer":
        life.open_offer(day)
    elif event == "win":
        offers = life.customer.open_offers() or (Offer("won", "first order", opened=day),)
        if offers[0].id == "won":
            life.customer = replace(life.customer, offers=(*life.customer.offers, offers[0]))
        won: tuple[Signal, ...] = ("won",) if life.customer.since is None else ()
        life.log(day, concern="the order", mood="optimistic", closing="yes", offer=offers[0].id,
                 signals=won)
        life.close_offer(offers[0].id, day, won=True)
    elif event == "contact-left":
        contacts = tuple(replace(c, left=day) if c.key else c for c in life.customer.contacts)
        life.customer = replace(life.customer, contacts=contacts)
        life.log(day, channel="email", concern="the buyer is leaving", signals=("contact-left",))
    elif event == "lost":
        for offer in life.customer.open_offers():
            life.close_offer(offer.id, day, won=False)
        life.log(day, concern="they chose a competitor", mood="annoyed", signals=("lost",))
        if rng.random() < 0.5:
            life.ends_on = index + rng.randint(3, 20)
    if event == "crisis" or (not life.in_crisis(index) and rng.random() < 1 / 500):
        life.crisis_mood = rng.choice(CRISIS_MOODS)
        life.crisis_until = index + rng.randint(15, 45)
        life.log(day, concern="their crisis", mood=life.crisis_mood)
    if life.ends_on == index:
        life.customer = replace(life.customer, ended=day)
    _habits(life, index, day, rng)


def _habits(life: Life, index: int, day: date, rng: random.Random) -> None:
    customer = life.customer
    if customer.ended is not None:
        return
    calls_in = 1 / 4 if life.in_crisis(index) else 1 / 15
    if rng.random() < calls_in:
        rates = SIGNAL_RATES.get(life.kind, SIGNAL_RATES["ordinary"])
        signals = tuple(s for s, p in rates if rng.random() < p)
        if customer.since is None:  # a prospect can object, but not yet work with you
            signals = tuple(s for s in signals if s.startswith("objection"))
        promise = day + timedelta(days=rng.randint(2, 10)) if rng.random() < 0.3 else None
        life.log(day, channel=rng.choice(("call", "email", "message")),
                 concern="their question", mood=life.mood(index, rng), signals=signals,
                 follow_up=promise)
    if life.kind == "check-ins" and rng.random() < 1 / 7:
        life.log(day, genuine=False, channel="email")
    elif life.kind == "crisis" and life.in_crisis(index) and rng.random() < 1 / 10:
        life.log(day, genuine=False, channel="message")  # a check-in logged without a mood
    wants_offer = life.kind == "price" and not customer.open_offers()
    if (wants_offer and rng.random() < 1 / 25) or rng.random() < 1 / 120:
        life.open_offer(day, pitched=not life.in_crisis(index))


# -- the run -----------------------------------------------------------------------------


def listing(item: DueItem) -> Listing:
    return Listing(item.slug, frozenset(r.code for r in item.reasons if acts(r)),
                   frozenset(r.code for r in item.reasons if not acts(r)))


def morning_list(items: list[DueItem]) -> list[DueItem]:
    """The customers listed, in relj's order (``rank``): an acting reason, not separated."""
    return [i for i in rank(items) if any(acts(r) for r in i.reasons)]


def _crisis_known(customer: Customer) -> bool:
    moods = [i.mood for i in customer.interactions if i.mood is not None]
    return bool(moods) and moods[-1] in CRISIS_MOODS


def simulate(seed: int, days: int = 180, warmup: int = 30, capacity: int = 6,
             miss: float = 0.15, settings: Settings | None = None) -> list[Morning]:
    """The mornings after the warm-up: what was listed and what the salesperson did."""
    settings = settings or Settings()
    rng = random.Random(seed)
    lives = portfolio(rng, warmup, days)
    by_slug = {life.customer.slug: life for life in lives}
    mornings: list[Morning] = []
    for index in range(warmup + days):
        day = FIRST_DAY + timedelta(days=index)
        present = [life for life in lives if life.joins <= index]
        items = [due_item(life.customer, day, settings) for life in present]
        listed = morning_list(items)
        shown = {i.slug for i in listed}
        forgotten = sum(1 for i in items if i.slug not in shown and not i.phase.separated
                        and (i.days_since_genuine or 0) >= 7
                        and _crisis_known(by_slug[i.slug].customer))
        acted: list[str] = []
        for item in listed[:capacity]:
            if rng.random() >= miss:
                answer(by_slug[item.slug], item, index, day, rng)
                acted.append(item.slug)
        if index >= warmup:
            active = sum(1 for i in items if not i.phase.separated)
            mornings.append(Morning(day, active, tuple(listing(i) for i in listed),
                                    frozenset(acted), forgotten))
        for life in present:
            live(life, index, day, rng)
    return mornings

"""The phase over observed time only, and the softer machine (SPEC §4 "Phase", issue 12).

One row per rule, each with a near miss; then assessments, and a property: relj never
dates a fade, calm or tenure before the first day it observed of the relationship.
"""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from relj.analysis.phase import compute_phase, record_start
from relj.model import SIGNALS, Assessment, Contact, Customer, Interaction
from relj.settings import Settings

SETTINGS = Settings()
TODAY = date(2026, 11, 30)
NEW = date(2026, 1, 10)  # a customer won in the journal's time
OLD = date(2015, 3, 1)  # a customer since long before the journal


def d(text: str) -> date:
    return date.fromisoformat(text)


def act(when: str, *signals: str, genuine: bool = True) -> Interaction:
    return Interaction(id=f"i-{when}-{'-'.join(signals)}", at=d(when), genuine=genuine,
                       signals=signals)  # type: ignore[arg-type]


def cust(*items: Interaction, since: date | None = NEW, added: date | None = None,
         assessments: tuple[Assessment, ...] = (), contacts: tuple[Contact, ...] = ()
         ) -> Customer:
    return Customer(slug="acme", name="Acme", since=since, added=added, interactions=items,
                    assessments=assessments,
                    contacts=contacts or (Contact("Ann", key=True), Contact("Bo")))


def code(c: Customer, today: date = TODAY) -> str:
    return compute_phase(c, today, SETTINGS).code


# (what the row shows, the customer, the phase code on TODAY)
RULES: list[tuple[str, Customer, str]] = [
    # -- observed time only
    ("old customer entered today, nothing logged", cust(since=OLD, added=TODAY), "unknown"),
    ("near miss: won 119 days before it was entered",
     cust(since=TODAY - timedelta(days=119), added=TODAY), "infatuation"),
    ("near miss: won 120 days before: observed, it fades on the day it was entered",
     cust(since=TODAY - timedelta(days=120), added=TODAY), "disenchantment"),
    ("won 121 days before it was entered", cust(since=TODAY - timedelta(days=121), added=TODAY),
     "unknown"),
    ("old customer whose first interaction is recent", cust(act("2026-11-01"), since=OLD),
     "unknown"),
    ("near miss: no added, no entries: the record starts at since", cust(since=OLD),
     "disenchantment"),
    ("near miss: added after today does not count",
     cust(since=OLD, added=TODAY + timedelta(days=1)), "disenchantment"),
    ("a recorded key-contact departure is observed: a new relationship",
     cust(since=OLD, added=TODAY, contacts=(Contact("Ann", key=True, left=d("2026-11-20")),)),
     "infatuation"),
    ("near miss: a departed contact who was not the key contact",
     cust(since=OLD, added=TODAY, contacts=(Contact("Ann", left=d("2026-11-20")),)), "unknown"),
    # -- 1 -> 2 and 1 -> 3
    ("one delay at a new customer", cust(act("2026-03-01", "delay")), "disenchantment"),
    ("one objection at a new customer", cust(act("2026-03-01", "objection:price")),
     "disenchantment"),
    ("two delays 60 days apart", cust(act("2026-03-01", "delay"), act("2026-04-30", "delay")),
     "struggle"),
    ("near miss: two delays 61 days apart",
     cust(act("2026-03-01", "delay"), act("2026-05-01", "delay")), "disenchantment"),
    ("a conflict in infatuation", cust(act("2026-03-01", "conflict")), "struggle"),
    ("near miss: criticism then a delay (one repeated friction only)",
     cust(act("2026-03-01", "criticism"), act("2026-03-10", "delay")), "disenchantment"),
    ("delay and rework on one interaction", cust(act("2026-03-01", "delay", "rework")),
     "struggle"),
    # -- unknown -> 2, 3, 4
    ("unknown, then a criticism", cust(act("2026-11-01"), act("2026-11-20", "criticism"),
                                       since=OLD), "disenchantment"),
    ("near miss: unknown, then one delay", cust(act("2026-11-01"), act("2026-11-20", "delay"),
                                                since=OLD), "unknown"),
    ("unknown, then two delays", cust(act("2026-11-01", "delay"), act("2026-11-20", "delay"),
                                      since=OLD), "struggle"),
    ("unknown, then a conflict", cust(act("2026-11-01", "conflict"), since=OLD), "struggle"),
    ("unknown, 90 observed calm days with genuine contact",
     cust(act("2026-09-01"), since=OLD), "me-you-us"),
    ("near miss: 89 observed calm days", cust(act("2026-09-02"), since=OLD), "unknown"),
    ("near miss: 90 calm days of check-ins only",
     cust(act("2026-09-01", genuine=False), since=OLD), "unknown"),
]


@pytest.mark.parametrize(("row", "c", "expected"), RULES, ids=[r[0] for r in RULES])
def test_each_rule_and_its_near_miss(row: str, c: Customer, expected: str) -> None:
    assert code(c) == expected, row


def test_an_old_customer_entered_today_shows_no_invented_history() -> None:
    result = compute_phase(cust(since=OLD, added=TODAY), TODAY, SETTINGS)
    assert (result.phase, result.computed, result.code) == (None, None, "unknown")
    assert [(e.day, e.signal, e.phase) for e in result.evidence] == [(TODAY, "start", "unknown")]
    assert not result.separated


def test_an_override_beside_an_unknown_phase_still_counts() -> None:
    c = Customer(slug="a", name="A", since=OLD, added=TODAY, phase_override=4)
    result = compute_phase(c, TODAY, SETTINGS)
    assert (result.phase, result.code, result.computed) == (4, "me-you-us", None)


# -- in good times: trust after the last friction -------------------------------------

def _four(*later: Interaction) -> Customer:
    """Phase 4 from 2025-05-30: a criticism, a genuine contact, 90 calm days."""
    return cust(act("2025-03-01", "criticism"), act("2025-03-15"), *later, since=d("2025-01-10"))


def test_trust_before_the_last_friction_does_not_count_for_home() -> None:
    before = _four(act("2025-09-01", "trust"), act("2025-10-01", "delay"))
    assert code(before, d("2027-06-01")) == "me-you-us"
    after = _four(act("2025-09-01", "delay"), act("2025-10-01", "trust"))
    assert code(after, d("2026-05-30")) == "home"  # a year in 4 and 180 quiet days
    assert code(after, d("2026-05-29")) == "me-you-us"


def test_struggle_is_counted_each_time_it_begins() -> None:
    once = cust(act("2026-03-01", "conflict"))
    assert compute_phase(once, TODAY, SETTINGS).struggles == 1
    assert compute_phase(once, TODAY, SETTINGS).entered == d("2026-03-01")
    assert compute_phase(cust(act("2026-03-01", "delay")), TODAY, SETTINGS).struggles == 0


def test_a_struggle_that_ended_and_came_back_counts_twice() -> None:
    c = _four(act("2025-07-01", "conflict"), act("2025-07-02", "delay"), act("2025-07-10"),
              act("2025-11-01", "conflict"), act("2025-11-02", "rework"))
    assert compute_phase(c, d("2025-10-01"), SETTINGS).code == "me-you-us"
    result = compute_phase(c, d("2025-11-03"), SETTINGS)
    assert (result.code, result.struggles) == ("struggle", 2)


# -- assessments ----------------------------------------------------------------------

def test_an_assessment_decides_an_unknown_phase_on_its_day() -> None:
    c = cust(since=OLD, added=d("2026-06-01"),
             assessments=(Assessment(d("2026-06-01"), 4, "long-standing"),))
    result = compute_phase(c, TODAY, SETTINGS)
    assert (result.code, result.entered) == ("me-you-us", d("2026-06-01"))
    assert [(e.signal, e.phase) for e in result.evidence] == [
        ("start", "unknown"), ("assessment", "me-you-us")]


def test_the_machine_continues_after_an_assessment() -> None:
    assessed = (Assessment(d("2026-06-01"), 4),)
    relapse = cust(act("2026-07-01", "delay"), act("2026-07-20", "rework"), since=OLD,
                   assessments=assessed)
    assert code(relapse) == "struggle"
    one = cust(act("2026-07-01", "delay"), since=OLD, assessments=assessed)
    assert code(one) == "me-you-us"
    calmed = cust(act("2026-07-01"), since=OLD, assessments=(Assessment(d("2026-06-01"), 2),))
    assert code(calmed, d("2026-08-29")) == "disenchantment"
    assert code(calmed, d("2026-08-30")) == "me-you-us"  # 90 days after the assessment


def test_an_assessment_outranks_the_days_signals() -> None:
    c = cust(act("2026-03-01", "conflict"), assessments=(Assessment(d("2026-03-01"), 2),))
    result = compute_phase(c, d("2026-03-02"), SETTINGS)
    assert (result.code, result.evidence[-1].signal) == ("disenchantment", "assessment")


# -- the property ---------------------------------------------------------------------

DAYS = st.dates(date(2014, 1, 1), date(2027, 12, 31))


@st.composite
def customers(draw: st.DrawFn) -> Customer:
    items = [Interaction(id=f"i{n}", at=draw(DAYS), genuine=draw(st.booleans()),
                         reached=draw(st.booleans()),
                         signals=tuple(draw(st.lists(st.sampled_from(SIGNALS), max_size=3))))
             for n in range(draw(st.integers(0, 12)))]
    items.sort(key=lambda i: i.day)
    assessments = sorted((Assessment(draw(DAYS), draw(st.integers(0, 5)))
                          for _ in range(draw(st.integers(0, 2)))), key=lambda a: a.on)
    contacts = tuple(Contact(f"p{n}", key=draw(st.booleans()),
                             left=draw(st.one_of(st.none(), DAYS))) for n in range(3))
    return Customer(slug="c", name="C", since=draw(st.one_of(st.none(), DAYS)),
                    added=draw(st.one_of(st.none(), DAYS)), contacts=contacts,
                    interactions=tuple(items), assessments=tuple(assessments))


@settings(max_examples=400, deadline=None)
@given(customers(), DAYS, st.integers(1, 200), st.integers(1, 200), st.integers(1, 100))
def test_no_fade_calm_or_tenure_before_the_record_starts(
    c: Customer, today: date, fade: int, calm: int, struggle: int
) -> None:
    s = Settings(fade_days=fade, calm_days=calm, struggle_days=struggle)
    result = compute_phase(c, today, s)
    start = record_start(c, today)
    timed = [e for e in result.evidence if e.signal in ("fade", "calm", "tenure")]
    assert start is not None or not result.evidence
    assert all(start is not None and e.day >= start for e in timed)
    days = [e.day for e in result.evidence]
    assert days == sorted(days) and all(day <= today for day in days)
    assert (result.code == "unknown") == (result.phase is None and result.computed is None)

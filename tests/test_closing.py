"""Open offers and when the closing question is due (SPEC §4), with a fixed today."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta

import pytest

from relj.analysis.closing import closing_due, closing_states, open_offers
from relj.model import Customer, Interaction, Offer
from relj.settings import Settings

SETTINGS = Settings()
OPENED = date(2026, 10, 1)
OFFER = Offer(id="o-1", what="Maintenance 2027", opened=OPENED)


def act(when: date, closing: str | None = None, offer: str | None = None) -> Interaction:
    return Interaction(
        id=f"i-{when}-{closing}", at=when, genuine=True, closing=closing, offer=offer
    )


def customer(*items: Interaction, offers: tuple[Offer, ...] = (OFFER,)) -> Customer:
    return Customer(slug="acme", name="Acme", since=date(2025, 1, 1), offers=offers,
                    interactions=items)


def days(n: int) -> date:
    return OPENED + timedelta(days=n)


@pytest.mark.parametrize(
    ("items", "today", "due"),
    [
        ((), days(29), False),  # 29 days, no interactions
        ((), days(30), True),  # 30 days
        ((act(days(1)), act(days(2))), days(3), False),  # 2 interactions
        ((act(days(1)), act(days(2)), act(days(3))), days(3), True),  # 3 interactions
        (
            (act(OPENED), act(days(1)), act(days(2))),
            days(3),
            False,
        ),  # the opening day's contact is the offer itself
        ((act(days(1)), act(days(2)), act(days(40))), days(3), False),  # the third is after today
    ],
)
def test_the_question_is_due_after_3_interactions_or_30_days(items: tuple[Interaction, ...],
                                                             today: date, due: bool) -> None:
    found = closing_due(customer(*items), today, SETTINGS)
    assert bool(found) is due
    if due:
        assert found[0].offer.id == "o-1"


def test_an_answer_resets_the_clock_and_the_question_comes_back() -> None:
    answered = (act(days(1)), act(days(2)), act(days(3), "later", "o-1"))
    assert not closing_due(customer(*answered), days(4), SETTINGS)
    assert not closing_due(customer(*answered), days(32), SETTINGS)
    again = closing_due(customer(*answered), days(33), SETTINGS)
    assert again and again[0].last_answer == "later" and again[0].days == 30
    more = (*answered, act(days(4)), act(days(5)), act(days(6)))
    assert closing_due(customer(*more), days(6), SETTINGS)[0].interactions == 3


def test_the_thresholds_come_from_the_settings() -> None:
    strict = replace(SETTINGS, closing_interactions=1, closing_days=5)
    assert closing_due(customer(act(days(1))), days(1), strict)
    assert closing_due(customer(), days(5), strict)
    assert not closing_due(customer(), days(4), strict)


def test_a_won_or_lost_offer_is_not_open() -> None:
    won = replace(OFFER, status="won", closed=days(10))
    c = customer(act(days(10), "yes", "o-1"), offers=(won,))
    assert open_offers(c, days(10)) == ()
    assert not closing_due(c, days(60), SETTINGS)


def test_the_time_machine_sees_an_offer_open_before_it_was_closed() -> None:
    won = replace(OFFER, status="won", closed=days(40))
    c = customer(act(days(40), "yes", "o-1"), offers=(won,))
    assert [o.id for o in open_offers(c, days(35))] == ["o-1"]
    assert closing_due(c, days(35), SETTINGS)


def test_an_offer_closed_by_hand_without_a_date_follows_its_answer() -> None:
    lost = replace(OFFER, status="lost")
    assert open_offers(customer(offers=(lost,)), days(5)) == ()
    answered_later = customer(act(days(20), "no", "o-1"), offers=(lost,))
    assert [o.id for o in open_offers(answered_later, days(5))] == ["o-1"]
    assert open_offers(answered_later, days(20)) == ()


def test_an_offer_opened_after_today_does_not_exist_yet() -> None:
    assert open_offers(customer(), OPENED - timedelta(days=1)) == ()


def test_an_offer_without_an_opening_day_counts_interactions_only() -> None:
    undated = Offer(id="o-2", what="Audit")
    states = closing_states(
        customer(act(days(1)), act(days(2)), offers=(undated,)), days(400), SETTINGS
    )
    assert (states[0].days, states[0].interactions, states[0].due) == (None, 2, False)
    states = closing_states(customer(act(days(1)), act(days(2)), act(days(3)), offers=(undated,)),
                            days(3), SETTINGS)
    assert states[0].due


def test_due_offers_come_oldest_first() -> None:
    newer = Offer(id="o-0", what="Newer", opened=days(5))
    found = closing_due(customer(offers=(newer, OFFER)), days(60), SETTINGS)
    assert [s.offer.id for s in found] == ["o-1", "o-0"]


def test_no_closing_question_in_the_calendar_while_a_crisis_mood_stands() -> None:
    from relj.interchange.exporter import calendar_events

    def closing_events(c: Customer) -> list[object]:
        return [e for e in calendar_events([c], date(2026, 11, 24), Settings())
                if e.kind == "closing"]

    offer = Offer(id="o-1", what="X", opened=date(2026, 10, 1))
    calm = Customer(slug="a", name="A", since=date(2025, 1, 1), offers=(offer,))
    assert closing_events(calm)
    sad = replace(calm, interactions=(
        Interaction(id="i", at=date(2026, 11, 20), genuine=True, mood="depressed"),))
    assert closing_events(sad) == []

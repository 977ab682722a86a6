"""The `due` ranking: each reason with a history that triggers it and a near miss that does not."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta

import pytest

from relj.analysis.due import due_item, overdue_points, rank_due
from relj.model import Contact, Customer, Interaction, Offer
from relj.settings import Settings

SETTINGS = Settings()
TODAY = date(2026, 11, 24)
TWO_CONTACTS = (Contact("Ann", key=True), Contact("Bob"))


def ago(n: int) -> date:
    return TODAY - timedelta(days=n)


def act(n: int, genuine: bool = True, **kw: object) -> Interaction:
    """An interaction ``n`` days before TODAY."""
    return Interaction(id=f"i-{n}-{sorted(kw.items())}", at=ago(n), genuine=genuine, **kw)  # type: ignore[arg-type]


def customer(*items: Interaction, slug: str = "acme", **kw: object) -> Customer:
    """A healthy customer in infatuation: won 60 days ago, two contacts, recent genuine contact."""
    fields: dict[str, object] = {"since": ago(60), "contacts": TWO_CONTACTS}
    fields.update(kw)
    history = items or (act(5, mood="active"),)
    ordered = tuple(sorted(history, key=lambda i: i.sort_key))
    return Customer(slug=slug, name=slug.title(), interactions=ordered, **fields)  # type: ignore[arg-type]


def codes(c: Customer, today: date = TODAY) -> list[str]:
    return [r.code for r in due_item(c, today, SETTINGS).reasons]


OFFER = Offer(id="o-1", what="Maintenance 2027", opened=ago(30))

# (reason, a history that triggers it, a near miss that does not)
CASES = [
    ("follow-up",
     customer(act(10, follow_up=ago(2))),
     customer(act(10, follow_up=ago(2)), act(2))),  # an interaction on the follow-up day
    ("follow-up",
     customer(act(10, follow_up=TODAY)),
     customer(act(10, follow_up=ago(-1)))),  # tomorrow
    ("genuine-overdue",
     customer(act(21)),  # 21 days = the default cadence
     customer(act(20))),
    ("never-genuine",
     customer(act(5, genuine=False)),
     customer(act(50), act(5, genuine=False))),
    ("closing-question",
     customer(offers=(OFFER,)),
     customer(offers=(replace(OFFER, opened=ago(29)),))),
    ("closing-question",
     customer(act(3), act(2), act(1), offers=(replace(OFFER, opened=ago(4)),)),
     customer(act(3), act(2), act(1, closing="later", offer="o-1", follow_up=ago(-9)),
              offers=(replace(OFFER, opened=ago(4)),))),  # answered
    ("illusion",
     customer(act(9), act(3, False), act(2, False), act(1, False)),
     customer(act(9), act(2, False), act(1, False))),
    ("mood-support",
     customer(act(5, mood="uncertain")),
     customer(act(9, mood="desperate"), act(5, mood="active"))),
    ("phase-risk",
     customer(act(5, signals=("objection:price",))),
     customer(act(5, signals=("praise",)))),
    ("phase-risk",
     customer(phase_override=3),
     customer(phase_override=1)),  # the manual phase counts
    ("contact-left",
     customer(act(90, signals=("contact-left",)), act(5)),
     customer(act(91, signals=("contact-left",)), act(5))),
    ("single-threaded",
     customer(phase_override=4, contacts=(Contact("Ann", key=True),)),
     customer(phase_override=4)),
    ("single-threaded",
     customer(phase_override=5, contacts=()),
     customer(phase_override=1, contacts=())),  # only in phases 4 and 5
    ("pressure",
     customer(act(20, pitched=True), act(10, pitched=True), act(5, pitched=True)),
     customer(act(20, pitched=True), act(5, pitched=True))),
    ("pressure",
     customer(act(5, mood="annoyed", pitched=True), act(2)),
     customer(act(5, mood="annoyed"), act(2))),
]


@pytest.mark.parametrize(("code", "hit", "miss"), CASES, ids=[c[0] for c in CASES])
def test_each_reason_has_a_trigger_and_a_near_miss(
    code: str, hit: Customer, miss: Customer
) -> None:
    assert code in codes(hit)
    assert code not in codes(miss)


def test_a_healthy_customer_is_not_due() -> None:
    assert codes(customer()) == []
    assert rank_due([customer()], TODAY, SETTINGS) == []


def test_every_reason_code_is_covered_by_the_table() -> None:
    assert {c[0] for c in CASES} == set(SETTINGS.points)


def test_the_score_is_the_sum_of_the_reasons_points() -> None:
    c = customer(act(30, genuine=False), act(20, genuine=False),
                 act(10, genuine=False, mood="annoyed", pitched=True), offers=(OFFER,))
    item = due_item(c, TODAY, SETTINGS)
    assert {r.code for r in item.reasons} >= {
        "never-genuine",
        "illusion",
        "mood-support",
        "pressure",
        "closing-question",
    }
    assert item.score == sum(r.points for r in item.reasons)
    assert [r.points for r in item.reasons] == sorted(
        (r.points for r in item.reasons), reverse=True
    )


def test_points_come_from_the_settings() -> None:
    settings = replace(SETTINGS, points={**SETTINGS.points, "illusion": 99})
    c = customer(act(9), act(3, False), act(2, False), act(1, False))
    item = due_item(c, TODAY, settings)
    assert [(r.code, r.points) for r in item.reasons] == [("illusion", 99)]


def test_overdue_points_grow_per_day_late_up_to_the_cap() -> None:
    base = SETTINGS.points["genuine-overdue"]
    assert overdue_points(0, SETTINGS) == base
    assert overdue_points(7, SETTINGS) == base + 7
    assert overdue_points(500, SETTINGS) == base + SETTINGS.overdue_point_cap
    late = [due_item(customer(act(n)), TODAY, SETTINGS).score for n in range(21, 80)]
    assert late == sorted(late) and late[0] < late[-1]


def test_ranking_is_by_score_then_slug() -> None:
    calm = customer(slug="calm")
    loud = customer(act(5, mood="desperate"), slug="zeta")
    same_a = customer(act(21), slug="beta")
    same_b = customer(act(21), slug="alpha")
    ranked = rank_due([calm, same_a, loud, same_b], TODAY, SETTINGS)
    assert [i.slug for i in ranked] == ["zeta", "alpha", "beta"]


def test_separated_customers_are_left_out_unless_asked_for() -> None:
    ended = customer(act(5, mood="annoyed"), ended=ago(10), slug="gone")
    assert rank_due([ended], TODAY, SETTINGS) == []
    shown = rank_due([ended], TODAY, SETTINGS, include_ended=True)
    assert [i.slug for i in shown] == ["gone"] and shown[0].phase.phase is None
    assert "genuine-overdue" not in codes(customer(act(400), ended=ago(10)))


def test_a_customer_ending_after_today_is_still_due() -> None:
    assert rank_due([customer(act(5, mood="annoyed"), ended=ago(-10))], TODAY, SETTINGS)


# -- the one suggested action ---------------------------------------------------------


def action(c: Customer) -> tuple[str, dict[str, object]]:
    found = due_item(c, TODAY, SETTINGS).action
    return found.key, dict(found.fields)


def test_a_bad_mood_asks_for_support_even_when_the_closing_question_is_due() -> None:
    assert (
        action(customer(act(5, mood="desperate"), offers=(OFFER,)))[0]
        == "coach.action.support.desperate"
    )


def test_the_closing_question_names_the_offer() -> None:
    assert action(customer(offers=(OFFER,))) == (
        "coach.action.closing",
        {"offer": "Maintenance 2027"},
    )


def test_pressure_asks_to_step_back_rather_than_ask_to_buy() -> None:
    c = customer(
        act(20, pitched=True), act(10, pitched=True), act(5, pitched=True), offers=(OFFER,)
    )
    assert action(c)[0] == "coach.action.pressure"


def test_a_follow_up_names_its_concern() -> None:
    c = customer(act(10, concern="send the quote", follow_up=ago(1)))
    assert action(c) == ("coach.action.follow_up_concern", {"concern": "send the quote"})


@pytest.mark.parametrize(("override", "key"), [
    (2, "coach.action.phase.disenchantment"),
    (3, "coach.action.phase.struggle"),
    (4, "coach.action.phase.me-you-us"),
])
def test_an_overdue_contact_gets_advice_that_fits_the_phase(override: int, key: str) -> None:
    assert action(customer(act(60), phase_override=override))[0] == key


def test_a_prospect_never_spoken_to_gets_a_first_real_contact() -> None:
    c = customer(act(3, genuine=False), since=None)
    assert action(c)[0] == "coach.action.never_genuine.courtship"

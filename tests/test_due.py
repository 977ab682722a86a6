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


def acting(c: Customer, today: date = TODAY) -> list[str]:
    return [r.code for r in due_item(c, today, SETTINGS).reasons if r.acts]


OFFER = Offer(id="o-1", what="Maintenance 2027", opened=ago(30))
NEW = {"since": ago(400)}  # won long ago: no kick-off, and no anniversary this week
SOLO = (Contact("Ann", key=True),)

# (reason, a history that triggers it, a near miss that does not)
CASES = [
    ("follow-up",
     customer(act(10, follow_up=ago(2))),
     customer(act(10, follow_up=ago(2)), act(2))),  # an interaction on the follow-up day
    ("follow-up",
     customer(act(10, follow_up=TODAY)),
     customer(act(10, follow_up=ago(-1)))),  # tomorrow
    ("follow-up",
     customer(act(10, follow_up=ago(3))),
     customer(act(10, follow_up=ago(3)), act(1, genuine=False, reached=False))),  # an attempt
    ("genuine-overdue",
     customer(act(21), **NEW),  # 21 days = the default cadence
     customer(act(20), **NEW)),
    ("genuine-overdue",
     customer(act(21), act(3, genuine=False, reached=False), **NEW),  # an attempt is no contact
     customer(act(21), act(2), **NEW)),
    ("never-genuine",
     customer(act(5, genuine=False)),
     customer(act(50), act(5, genuine=False))),
    ("never-genuine",
     customer(act(3, genuine=False), since=None, added=ago(3)),  # known for intro_days
     customer(act(2, genuine=False), since=None, added=ago(2))),
    ("closing-question",
     customer(offers=(OFFER,)),
     customer(offers=(replace(OFFER, opened=ago(29)),))),
    ("closing-question",
     customer(act(3), act(2), act(1), offers=(replace(OFFER, opened=ago(4)),)),
     customer(act(3), act(2), act(1, closing="later", offer="o-1", follow_up=ago(-9)),
              offers=(replace(OFFER, opened=ago(4)),))),  # answered
    ("mood-support",
     customer(act(8, mood="uncertain")),  # support_days (7) since the last genuine contact
     customer(act(9, mood="desperate"), act(8, mood="active"))),
    ("mood-support",
     customer(act(20, mood="desperate"), act(10, genuine=False)),  # a check-in without a mood
     customer(act(70, mood="desperate"), act(10, genuine=False))),  # forgotten after 60 days
    ("kick-off",
     customer(act(10, genuine=False), since=ago(12)),
     customer(act(10), since=ago(12))),  # a genuine contact after the win
    ("kick-off",
     customer(act(29, closing="yes", offer="o-1"), act(28, genuine=False), **NEW),
     customer(act(31, closing="yes", offer="o-1"), act(28, genuine=False), **NEW)),
    ("contact-left",
     customer(act(90, signals=("contact-left",)), act(5, genuine=False)),
     customer(act(91, signals=("contact-left",)), act(50, genuine=False))),
    ("contact-left",
     customer(act(30, signals=("contact-left",), with_="Ann"), act(5, with_="Ann"),
              contacts=(Contact("Ann", key=True, left=ago(30)), Contact("Bob"))),
     customer(act(30, signals=("contact-left",), with_="Ann"), act(5, with_="Bob"),
              contacts=(Contact("Ann", key=True, left=ago(30)), Contact("Bob")))),
    ("anniversary",
     customer(act(10), since=date(2024, 11, 20)),
     customer(act(2), since=date(2024, 11, 20))),  # a genuine contact since the anniversary
    ("anniversary",
     customer(act(10), since=date(2024, 11, 17)),
     customer(act(10), since=date(2024, 11, 16))),  # 8 days after
]

# (modifier, a history that carries it, a near miss that does not); never a reason to list
MODIFIERS = [
    ("illusion",
     customer(act(30), act(9, False), act(3, False), act(1, False)),
     customer(act(30), act(9), act(2, False), act(1, False))),
    ("illusion",
     customer(act(30, False), act(9, False), act(3), act(1, False)),  # 3 of the last 4
     customer(act(30, False), act(9), act(3), act(1, False))),
    ("mood-support",  # before support_days it only shapes the action
     customer(act(6, mood="passive")),
     customer(act(6, mood="optimistic"))),
    ("phase-risk",
     customer(act(5, signals=("criticism",))),
     customer(act(5, signals=("objection:price",)))),  # an objection alone is no risk
    ("phase-risk",
     customer(phase_override=3),
     customer(phase_override=1)),  # the manual phase counts
    ("single-threaded",
     customer(phase_override=4, contacts=SOLO),
     customer(phase_override=4)),
    ("single-threaded",
     customer(contacts=(Contact("Ann", key=True), Contact("Bob", left=ago(3)))),  # Bob left
     customer(since=None, contacts=())),  # a prospect
    ("pressure",
     customer(act(40, pitched=True), act(12), act(11), act(10, pitched=True), act(7),
              act(5, pitched=True), act(3)),
     customer(act(53, pitched=True), act(12), act(11), act(10, pitched=True), act(7),
              act(5, pitched=True), act(3))),
    ("pressure",
     customer(act(5, mood="passive", pitched=True), act(2)),
     customer(act(5, mood="passive"), act(2))),
    ("objection",
     customer(act(5, signals=("discount-pressure",))),
     customer(act(31, signals=("objection:price",)), act(5))),
]


@pytest.mark.parametrize(("code", "hit", "miss"), MODIFIERS, ids=[c[0] for c in MODIFIERS])
def test_each_modifier_has_a_trigger_and_a_near_miss_and_never_acts(
    code: str, hit: Customer, miss: Customer
) -> None:
    found = {r.code: r for r in due_item(hit, TODAY, SETTINGS).reasons}
    assert code in found and not found[code].acts
    assert code not in codes(miss)


@pytest.mark.parametrize(("code", "hit", "miss"), CASES, ids=[c[0] for c in CASES])
def test_each_reason_has_a_trigger_and_a_near_miss(
    code: str, hit: Customer, miss: Customer
) -> None:
    assert code in acting(hit)
    assert code not in acting(miss)


def test_a_healthy_customer_is_not_due() -> None:
    assert codes(customer()) == []
    assert rank_due([customer()], TODAY, SETTINGS) == []


def test_every_reason_code_is_covered_by_the_tables() -> None:
    assert {c[0] for c in CASES} | {c[0] for c in MODIFIERS} == set(SETTINGS.points)


def test_the_score_is_the_sum_of_the_reasons_points() -> None:
    c = customer(act(30, genuine=False), act(20, genuine=False),
                 act(10, genuine=False, mood="annoyed", pitched=True), offers=(OFFER,))
    item = due_item(c, TODAY, SETTINGS)
    assert {r.code for r in item.reasons} >= {
        "never-genuine",
        "illusion",
        "mood-support",
        "pressure",
    }
    assert "closing-question" not in {r.code for r in item.reasons}  # pull, not push
    assert item.score == sum(r.points for r in item.reasons)
    ordered = [(not r.acts, -r.points) for r in item.reasons]
    assert ordered == sorted(ordered)  # acting reasons first, each group by points


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
    loud = customer(act(8, mood="desperate"), slug="zeta")
    same_a = customer(act(21), slug="beta")
    same_b = customer(act(21), slug="alpha")
    ranked = rank_due([calm, same_a, loud, same_b], TODAY, SETTINGS)
    assert [i.slug for i in ranked] == ["zeta", "alpha", "beta"]


def test_separated_customers_get_no_reason_at_all() -> None:
    ended = customer(act(50, mood="annoyed", follow_up=ago(3)), ended=ago(10), slug="gone")
    assert codes(ended) == []
    assert rank_due([ended], TODAY, SETTINGS) == []
    assert rank_due([ended], TODAY, SETTINGS, include_all=True) == []


def test_a_customer_ending_after_today_is_still_due() -> None:
    assert rank_due([customer(act(8, mood="annoyed"), ended=ago(-10))], TODAY, SETTINGS)


def test_all_adds_the_customers_that_carry_only_modifiers() -> None:
    solo = customer(phase_override=4, contacts=SOLO, slug="solo")
    assert rank_due([solo], TODAY, SETTINGS) == []
    shown = rank_due([solo], TODAY, SETTINGS, include_all=True)
    assert [i.slug for i in shown] == ["solo"]
    assert [(r.code, r.acts) for r in shown[0].reasons] == [("single-threaded", False)]


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
    (3, "coach.action.struggle.early"),
    (4, "coach.action.phase.me-you-us"),
])
def test_an_overdue_contact_gets_advice_that_fits_the_phase(override: int, key: str) -> None:
    assert action(customer(act(60), phase_override=override))[0] == key


def test_a_prospect_never_spoken_to_gets_a_first_real_contact() -> None:
    c = customer(act(3, genuine=False), since=None)
    assert action(c)[0] == "coach.action.never_genuine.courtship"

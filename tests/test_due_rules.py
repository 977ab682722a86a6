"""Issue 12's failures as regression cases, and the one voice of the action (SPEC §4).

Each row: a history, and what `relj due` must (or must not) say about it today.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta
from pathlib import Path

import pytest

from relj.analysis.due import SELLING_ACTIONS, due_item, rank_due, summarize
from relj.analysis.results import PhaseResult
from relj.model import Contact, Customer, Interaction, Offer
from relj.settings import Settings, settings_from_dict
from tests.helpers import init_journal, invoke, write_customer

SETTINGS = Settings()
TODAY = date(2026, 11, 24)
TWO = (Contact("Ann", key=True), Contact("Bob"))


def ago(n: int) -> date:
    return TODAY - timedelta(days=n)


def act(n: int, genuine: bool = True, **kw: object) -> Interaction:
    return Interaction(id=f"i-{n}-{sorted(kw.items())}", at=ago(n), genuine=genuine,  # type: ignore[arg-type]
                       **kw)


def customer(*items: Interaction, slug: str = "acme", **kw: object) -> Customer:
    fields: dict[str, object] = {"since": ago(400), "contacts": TWO}
    fields.update(kw)
    ordered = tuple(sorted(items, key=lambda i: i.sort_key))
    return Customer(slug=slug, name=slug.title(), interactions=ordered, **fields)  # type: ignore[arg-type]


def acting(c: Customer, settings: Settings = SETTINGS) -> list[str]:
    return [r.code for r in due_item(c, TODAY, settings).reasons if r.acts]


def listed(c: Customer) -> bool:
    return bool(rank_due([c], TODAY, SETTINGS))


def action_key(c: Customer) -> str:
    return due_item(c, TODAY, SETTINGS).action.key


OFFER = Offer(id="o-1", what="Maintenance 2027", opened=ago(40))


# -- issue 12, line by line ---------------------------------------------------------------


def test_a_check_in_without_a_mood_does_not_erase_a_desperate_customer() -> None:
    c = customer(act(20, mood="desperate"), act(1, genuine=False))
    assert "mood-support" in acting(c)
    assert action_key(c) == "coach.action.support.desperate"


def test_a_customer_called_today_is_not_listed_today() -> None:
    c = customer(act(30, mood="annoyed"), act(25, follow_up=ago(1)), act(0, concern="called"))
    assert due_item(c, TODAY, SETTINGS).reasons  # the mood still stands: a modifier
    assert not listed(c)
    assert listed(replace(c, interactions=c.interactions[:-1]))  # near miss: not yet called


def test_a_discount_demand_never_yields_leave_it() -> None:
    c = customer(act(40, signals=("delay",)), act(2, signals=("discount-pressure",)))
    item = due_item(c, TODAY, SETTINGS)
    assert item.phase.code == "struggle"
    assert item.action.key == "coach.action.objection"
    assert "objection" in {r.code for r in item.reasons}
    assert not acting(c)  # an objection alone is no reason to list


def test_closing_question_and_pressure_never_stand_together() -> None:
    pushy = customer(act(30, pitched=True), act(20, pitched=True), act(10, pitched=True),
                     offers=(OFFER,))
    codes = {r.code for r in due_item(pushy, TODAY, SETTINGS).reasons}
    assert "pressure" in codes and "closing-question" not in codes
    assert action_key(pushy) == "coach.action.pressure"
    calm = customer(act(30), act(20), act(10, pitched=True), offers=(OFFER,))  # near miss
    assert "closing-question" in acting(calm)
    assert action_key(calm) == "coach.action.closing"


def test_after_a_no_relj_does_not_court_every_ten_days() -> None:
    said_no = customer(act(15, closing="no", offer="o-1"), since=None,
                       offers=(replace(OFFER, status="lost", closed=ago(15)),))
    assert acting(said_no) == []  # a prospect's cadence would be 21 days; after a no, 63
    assert "genuine-overdue" not in acting(replace(said_no, offers=(), interactions=(
        act(62, closing="no"),)))
    assert "genuine-overdue" in acting(replace(said_no, offers=(), interactions=(
        act(63, closing="no"),)))
    assert action_key(said_no) == "coach.action.after_no"


def test_a_new_offer_or_a_won_project_ends_the_after_no_state() -> None:
    no = act(20, closing="no", offer="o-1")
    offers = (replace(OFFER, opened=ago(60), status="lost", closed=ago(20)),)
    assert due_item(customer(no, offers=offers), TODAY, SETTINGS).action.key == \
        "coach.action.after_no"
    renewed = customer(no, act(10, signals=("project",)), offers=offers)
    assert action_key(renewed) != "coach.action.after_no"
    new_offer = customer(no, offers=(*offers, Offer(id="o-2", what="B", opened=ago(5))))
    assert action_key(new_offer) != "coach.action.after_no"


def test_a_lost_customer_never_ranks_above_a_depressed_one() -> None:
    lost = customer(act(30), act(10, genuine=False, signals=("lost",)), slug="lost")
    depressed = customer(act(8, mood="depressed"), slug="sad")
    assert [i.slug for i in rank_due([lost, depressed], TODAY, SETTINGS)] == ["sad"]
    # with --all the lost one shows, below: a "no" raises no reason to sell
    everyone = rank_due([lost, depressed], TODAY, SETTINGS, include_all=True)
    assert [i.slug for i in everyone][0] == "sad"


def test_meet_the_new_contact_goes_once_the_successor_was_met() -> None:
    people = (Contact("Ann", key=True, left=ago(40)), Contact("Bob"))
    left = act(40, signals=("contact-left",), with_="Ann")
    assert "contact-left" in acting(customer(left, act(30, genuine=False), contacts=people))
    met = customer(left, act(30, with_="Bob"), contacts=people)
    assert "contact-left" not in acting(met)
    assert action_key(met) != "coach.action.contact_left"


def test_single_threaded_alone_never_lists_a_customer() -> None:
    solo = customer(act(5), contacts=(Contact("Ann", key=True),))
    assert [r.code for r in due_item(solo, TODAY, SETTINGS).reasons] == ["single-threaded"]
    assert not listed(solo)


# -- snooze and attempts --------------------------------------------------------------------


@pytest.mark.parametrize(("history", "kw", "still"), [
    ((act(30),), {"snooze": ago(-3)}, []),  # overdue, but snoozed
    ((act(30, follow_up=ago(1)),), {"snooze": ago(-3)}, ["follow-up"]),
    ((act(30, mood="passive"),), {"snooze": ago(-3)}, ["mood-support"]),
    ((act(30), act(2, genuine=False, reached=False)), {}, []),  # tried two days ago
])
def test_snoozed_or_just_tried_lists_only_a_follow_up_or_a_crisis(
        history: tuple[Interaction, ...], kw: dict[str, object], still: list[str]) -> None:
    c = customer(*history, **kw)
    assert acting(c) == still
    assert any(not r.acts for r in due_item(c, TODAY, SETTINGS).reasons)  # --all shows them


@pytest.mark.parametrize(("history", "kw"), [
    ((act(30),), {"snooze": TODAY}),  # the snooze ends today
    ((act(30), act(3, genuine=False, reached=False)), {}),  # tried three days ago
])
def test_near_misses_of_snooze_and_retry(history: tuple[Interaction, ...],
                                         kw: dict[str, object]) -> None:
    assert "genuine-overdue" in acting(customer(*history, **kw))


def test_three_attempts_are_still_no_contact() -> None:
    tries = [act(n, genuine=False, reached=False) for n in (9, 6, 4)]
    assert "genuine-overdue" in acting(customer(act(30), *tries))


# -- one voice: the action, the first that applies -------------------------------------------


@pytest.mark.parametrize(("c", "key"), [
    (customer(act(9, mood="passive", follow_up=ago(1)), offers=(OFFER,)),
     "coach.action.support.passive"),
    (customer(act(9, pitched=True), act(8, pitched=True), act(7, follow_up=ago(1))),
     "coach.action.pressure"),
    (customer(act(30, signals=("contact-left",)), act(20, genuine=False, follow_up=ago(1))),
     "coach.action.contact_left"),
    (customer(act(9, genuine=False, follow_up=ago(1)), since=ago(10)), "coach.action.kick_off"),
    (customer(act(9, follow_up=ago(1), note="send the brochure"), offers=(OFFER,)),
     "coach.action.follow_up_closing_concern"),  # one voice: both listed reasons served
    (customer(act(9, follow_up=ago(1), note="send the brochure")),
     "coach.action.follow_up_concern"),
    (customer(act(5), offers=(OFFER,)), "coach.action.closing"),
    (customer(act(30, signals=("objection:price",))), "coach.action.objection"),
    (customer(act(30, signals=("lost",))), "coach.action.after_no"),
    (customer(act(30), since=date(2023, 11, 20)), "coach.action.anniversary"),
    (customer(act(30, mood="optimistic")), "coach.action.mood.optimistic"),
    (customer(act(30, mood="active")), "coach.action.mood.active"),
    (customer(act(400), act(30)), "coach.action.phase.me-you-us"),
    (customer(act(30)), "coach.action.phase.unknown"),  # 370 days before the record: unknown
    (customer(act(30), since=ago(60)), "coach.action.phase.infatuation"),
    (customer(act(30), phase_override=3), "coach.action.struggle.early"),
])
def test_the_action_is_the_first_that_applies(c: Customer, key: str) -> None:
    assert action_key(c) == key


def test_a_follow_up_quotes_the_note_when_there_is_no_concern() -> None:
    c = customer(act(9, follow_up=ago(1), note="send the brochure"))
    assert dict(due_item(c, TODAY, SETTINGS).action.fields) == {"concern": "send the brochure"}


def test_the_phase_advice_carries_why_and_needs() -> None:
    c = customer(act(30), why="dream", needs="short calls, numbers first")
    fields = dict(due_item(c, TODAY, SETTINGS).action.fields)
    assert fields == {"why": "dream", "needs": "short calls, numbers first"}


@pytest.mark.parametrize(("entered", "struggles", "stage"), [
    (ago(10), 1, "early"), (ago(179), 2, "early"), (ago(180), 1, "decide"), (ago(10), 3, "decide"),
])
def test_struggle_advice_by_duration_and_return(entered: date, struggles: int,
                                                stage: str) -> None:
    from relj.analysis.due import struggle_stage

    phase = PhaseResult(3, "struggle", 3, None, entered, (), struggles)
    assert struggle_stage(phase, TODAY, SETTINGS) == stage


def test_an_unknown_phase_gets_neutral_advice_and_no_phase_risk() -> None:
    from relj.analysis.due import action_of, facts_of
    from relj.analysis.reasons import reasons_of

    unknown = PhaseResult(None, "unknown", None, None, None, ())
    facts = replace(facts_of(customer(act(30)), TODAY, SETTINGS), phase=unknown)
    reasons = reasons_of(facts, TODAY, SETTINGS)
    assert "phase-risk" not in {r.code for r in reasons}
    assert "genuine-overdue" in {r.code for r in reasons if r.acts}
    assert action_of(facts, (r.code for r in reasons), TODAY, SETTINGS).key == \
        "coach.action.phase.unknown"


def test_no_selling_action_exists_outside_the_closing_question() -> None:
    assert SELLING_ACTIONS == {"coach.action.closing"}


# -- settings ---------------------------------------------------------------------------------


@pytest.mark.parametrize(("table", "value"), [
    ({"due": {"mood_days": 0}}, "due.mood_days"),
    ({"due": {"after_no_factor": 0.5}}, "due.after_no_factor"),
    ({"due": {"retry_days": -1}}, "due.retry_days"),
    ({"due": {"kickoff_days": "30"}}, "due.kickoff_days"),
    ({"pressure": {"days": 0}}, "pressure.days"),
])
def test_numbers_due_cannot_use_are_wrong_settings(table: dict[str, object], value: str) -> None:
    _, wrong = settings_from_dict(table)
    assert [key for key, _ in wrong] == [value]


def test_the_new_numbers_come_from_relj_toml() -> None:
    settings, wrong = settings_from_dict({"due": {"support_days": 3, "retry_days": 0},
                                          "pressure": {"days": 10}})
    assert not wrong and settings.support_days == 3 and settings.retry_days == 0
    assert settings.pressure_days == 10
    c = customer(act(4, mood="uncertain"))
    assert "mood-support" not in acting(c) and "mood-support" in acting(c, settings)


def test_relj_check_reports_a_bad_due_number(tmp_path: Path) -> None:
    root = init_journal(tmp_path / "j")
    toml = root / "relj.toml"
    toml.write_text(toml.read_text(encoding="utf-8").replace("mood_days = 60", "mood_days = -5"),
                    encoding="utf-8")
    result = invoke(root, "check")
    assert result.exit_code == 1 and "mood_days" in result.output


# -- the list shrinks as calls are logged (CLI) ------------------------------------------------


def test_the_list_shrinks_as_the_days_calls_are_logged(tmp_path: Path) -> None:
    import json

    root = init_journal(tmp_path / "j")
    write_customer(root, "acme", 'name = "Acme"\nsince = 2025-01-01\n\n'
                   '[[interaction]]\nid = "i-1"\nat = 2026-10-01\ngenuine = true\n'
                   'concern = "Plans"\nmood = "depressed"\n')
    write_customer(root, "beta", 'name = "Beta"\nsince = 2025-01-01\n\n'
                   '[[interaction]]\nid = "i-1"\nat = 2026-10-01\ngenuine = true\n'
                   'concern = "Plans"\n')

    def due() -> list[str]:
        out = invoke(root, "due", "--json", today="2026-11-24")
        assert out.exit_code == 0, out.output
        return [i["customer"] for i in json.loads(out.stdout)["items"]]

    assert due() == ["acme", "beta"]
    with (root / "customers" / "beta.toml").open("a", encoding="utf-8") as f:  # --no-answer
        f.write('\n[[interaction]]\nid = "i-2"\nat = 2026-11-24T08:00:00+01:00\n'
                'genuine = false\nreached = false\n')
    assert due() == ["acme"]  # tried: off the list for two days
    logged = invoke(root, "log", "acme", "--concern", "How are you?", today="2026-11-24")
    assert logged.exit_code == 0, logged.output
    assert due() == []


def test_a_contact_left_noted_with_the_successor_is_resolved_by_meeting_them() -> None:
    noted = act(40, signals=("contact-left",), with_="Bob")
    assert "contact-left" in acting(customer(noted, act(30, genuine=False, with_="Bob")))
    assert "contact-left" not in acting(customer(noted, act(30, with_="Bob")))


@pytest.mark.parametrize("urgent", [
    act(20, mood="desperate"),  # a crisis: mood-support acts after support_days
    act(20, follow_up=ago(1)),  # a promise: the follow-up's day has come
])
def test_crises_and_promises_go_before_any_score(urgent: Interaction) -> None:
    # Long overdue, with every modifier it can carry: a far higher score.
    overdue = customer(act(400), act(300, pitched=True), act(299, pitched=True),
                       act(298, pitched=True), slug="overdue", contacts=(Contact("Ann"),))
    first = customer(act(400), urgent, slug="urgent")
    ranked = rank_due([overdue, first], TODAY, SETTINGS)
    assert ranked[0].score < ranked[1].score
    assert [i.slug for i in ranked] == ["urgent", "overdue"]


def test_without_a_crisis_or_promise_the_higher_score_goes_first() -> None:
    a = customer(act(400), act(200), slug="a")
    b = customer(act(400), act(30), slug="b")
    ranked = rank_due([b, a], TODAY, SETTINGS)
    assert [i.slug for i in ranked] == ["a", "b"] and ranked[0].score > ranked[1].score


# -- from a week of mornings as a salesperson (review of issue 12) ----------------------


def _new_customer(*items: Interaction) -> Customer:
    """Won 40 days ago and observed since: infatuation, unless a signal moved it."""
    return customer(act(40), *items, since=ago(40))


@pytest.mark.parametrize(("signal", "at_risk"), [
    ("discount-pressure", False),  # Principle 6: information, not a worry
    ("objection:price", False),
    ("criticism", True),  # the near miss: real friction
    ("delay", True),
])
def test_an_objection_alone_is_no_phase_risk_and_keeps_the_cadence(signal: str,
                                                                   at_risk: bool) -> None:
    c = _new_customer(act(5, signals=(signal,)))
    item = due_item(c, TODAY, SETTINGS)
    assert item.phase.code == "disenchantment"
    assert ("phase-risk" in [r.code for r in item.reasons]) is at_risk
    wanted = summarize(c, TODAY, SETTINGS).cadence
    assert wanted == (10 if at_risk else 21)  # 21d, halved in a real disenchantment


def test_after_a_no_the_casual_contact_goes_before_objection_advice() -> None:
    c = customer(act(10, signals=("objection:price",)), act(5, closing="no", offer="o-1"),
                 offers=(replace(OFFER, status="lost"),))
    assert action_key(c) == "coach.action.after_no"
    near_miss = customer(act(10, signals=("objection:price",)))
    assert action_key(near_miss) == "coach.action.objection"


def test_a_follow_up_due_with_the_closing_question_asks_it_too() -> None:
    c = customer(act(40), act(9, concern="Peak season", follow_up=ago(1)), act(5), act(4),
                 act(3), offers=(OFFER,))
    assert {"follow-up", "closing-question"} <= set(acting(c))
    action = due_item(c, TODAY, SETTINGS).action
    assert action.key == "coach.action.follow_up_closing_concern"
    assert dict(action.fields)["offer"] == "Maintenance 2027"


@pytest.mark.parametrize(("answer_offer", "still_due"), [
    ("o-1", False),  # the offer the "later" was about got its answer
    ("o-2", True),  # the near miss: another offer's answer
])
def test_a_later_follow_up_is_done_when_its_offer_is_answered(answer_offer: str,
                                                              still_due: bool) -> None:
    other = Offer(id="o-2", what="Spare parts", opened=ago(40))
    c = customer(act(30, closing="later", offer="o-1", follow_up=ago(-3)),
                 act(5, closing="no", offer=answer_offer),
                 offers=(OFFER, other))
    later = replace(c, interactions=c.interactions)
    three_days_on = TODAY + timedelta(days=3)
    codes = [r.code for r in due_item(later, three_days_on, SETTINGS).reasons if r.acts]
    assert ("follow-up" in codes) is still_due

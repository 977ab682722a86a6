"""Coaching at the moment of logging (SPEC §4): each case with its near miss.

The customer is built as it is after the append; the entry is its newest
interaction (or a back-filled one), judged on TODAY with the default settings.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta

import pytest

from relj.analysis.contact import is_illusion, last_mood, pressure
from relj.analysis.due import SellingPause, selling_pause, selling_paused
from relj.analysis.moment import coach_on_log, last_concern, may_call_for_coaching
from relj.model import Customer, Interaction
from relj.settings import Settings

SETTINGS = Settings()
TODAY = date(2026, 11, 24)


def ago(n: int) -> date:
    return TODAY - timedelta(days=n)


def act(n: int, genuine: bool = True, **kw: object) -> Interaction:
    """An interaction ``n`` days before TODAY; a genuine one has a concern."""
    concern = kw.pop("concern", f"concern {n}" if genuine else None)
    return Interaction(id=f"i-{n}-{len(kw)}", at=ago(n), genuine=genuine,
                       concern=concern, **kw)  # type: ignore[arg-type]


def customer(*items: Interaction, since: date | None = date(2025, 1, 1)) -> Customer:
    ordered = tuple(sorted(items, key=lambda i: i.sort_key))
    return Customer(slug="acme", name="Acme", since=since, interactions=ordered)


def said(history: list[Interaction], entry: Interaction, since: date | None = date(2025, 1, 1),
         settings: Settings = SETTINGS) -> str | None:
    """The key of the line the entry calls for (after ``history``), or None."""
    result = coach_on_log(customer(*history, entry, since=since), entry, TODAY, settings)
    return None if result is None else result.key


# (history, entry, expected key): every case next to a near miss that gets no line.
CASES = [
    # crisis mood: each of the five; optimistic and active are no crisis
    ([act(20)], act(0, mood="annoyed"), "moment.crisis.annoyed"),
    ([act(20)], act(0, mood="depressed"), "moment.crisis.depressed"),
    ([act(20)], act(0, mood="desperate"), "moment.crisis.desperate"),
    ([act(20)], act(0, mood="uncertain"), "moment.crisis.uncertain"),
    ([act(20)], act(0, mood="passive"), "moment.crisis.passive"),
    ([act(20)], act(0, mood="optimistic"), None),
    ([act(20)], act(0, mood="active"), None),
    # a back-filled crisis mood that a later one replaced does not stand
    ([act(3, mood="optimistic")], act(10, mood="annoyed"), None),
    # a "no" (answer or lost signal); "later" is no "no"
    ([act(20)], act(0, closing="no"), "moment.no"),
    ([act(20)], act(0, signals=("lost",)), "moment.no"),
    ([act(20)], act(0, closing="later", follow_up=ago(-7)), None),
    # a key contact leaving; praise says nothing
    ([act(20)], act(0, signals=("contact-left",)), "moment.contact_left"),
    ([act(20)], act(0, signals=("praise",)), None),
    # pressure: the third pitch turns it on; a second pitch among many contacts does not
    ([act(20, pitched=True), act(10, pitched=True)], act(0, pitched=True),
     "moment.pressure_pitches"),
    ([act(25), act(20, pitched=True), act(15), act(10)], act(0, pitched=True), None),
    ([act(25), act(20, pitched=True), act(15)], act(0, pitched=True), "moment.pressure_share"),
    ([act(20)], act(0, pitched=True), None),
    # a pitch while a crisis mood stands (recorded earlier, not on this entry)
    ([act(20), act(10, mood="uncertain")], act(0, pitched=True), "moment.pressure_mood"),
    ([act(20), act(10, mood="optimistic")], act(0, pitched=True), None),
    # old pitches outside the window do not count
    ([act(200, pitched=True), act(190, pitched=True), act(20), act(10)], act(0, pitched=True),
     None),
    # illusion: the check-in that makes 3 of the last 4 contacts check-ins
    ([act(30), act(20, genuine=False), act(10, genuine=False)], act(0, genuine=False),
     "moment.illusion"),
    ([act(30, genuine=False), act(20), act(10, genuine=False)], act(0, genuine=False),
     "moment.illusion"),
    ([act(30), act(20), act(10, genuine=False)], act(0, genuine=False), None),
    # the pattern already stood: said when it began, not at every check-in
    ([act(30, genuine=False), act(20, genuine=False), act(10, genuine=False)],
     act(0, genuine=False), None),
    # an attempt that reached nobody is no contact and never coached
    ([act(30), act(20, genuine=False), act(10, genuine=False)],
     act(0, genuine=False, reached=False), None),
    # the first friction after the honeymoon; a friction in a prospect's courtship is none
    ([act(20)], act(0, signals=("criticism",)), "moment.disenchantment"),
    ([act(20)], act(0, signals=("criticism",)), None),
    # a plain genuine contact: nothing to say
    ([act(20)], act(0), None),
]


@pytest.mark.parametrize(("index", "case"), list(enumerate(CASES)))
def test_each_case_and_its_near_miss(index: int, case: tuple[list[Interaction], Interaction,
                                                              str | None]) -> None:
    history, entry, expected = case
    since = None if index == len(CASES) - 2 else date(2026, 10, 1)  # the prospect's case
    assert said(history, entry, since=since) == expected


def test_a_conflict_begins_a_struggle() -> None:
    assert said([act(20)], act(0, signals=("conflict",)), since=date(2026, 10, 1)) == \
        "moment.struggle"


def test_crisis_comes_first() -> None:
    """A pitch into an annoyed mood with a "no" and a departure: the crisis is said."""
    history = [act(20, pitched=True), act(10, pitched=True)]
    entry = act(0, mood="annoyed", pitched=True, closing="no", signals=("contact-left",))
    assert said(history, entry) == "moment.crisis.annoyed"


def test_a_no_comes_before_pressure() -> None:
    history = [act(20, pitched=True), act(10, pitched=True)]
    assert said(history, act(0, pitched=True, closing="no")) == "moment.no"


def test_the_crisis_line_names_the_support_days() -> None:
    entry = act(0, mood="desperate")
    result = coach_on_log(customer(act(9), entry), entry, TODAY, SETTINGS)
    assert result is not None and dict(result.fields) == {"days": 7}


def test_the_pressure_line_counts_pitches_and_weeks() -> None:
    entry = act(0, pitched=True)
    history = [act(20, pitched=True), act(10, pitched=True)]
    result = coach_on_log(customer(*history, entry), entry, TODAY, SETTINGS)
    assert result is not None
    assert dict(result.fields) == {"count": 3, "weeks": round(SETTINGS.pressure_days / 7)}


def test_a_plain_genuine_contact_needs_no_history() -> None:
    assert not may_call_for_coaching(act(0))
    assert not may_call_for_coaching(act(0, mood="active", signals=("praise",)))
    for entry in (act(0, pitched=True), act(0, genuine=False), act(0, mood="passive"),
                  act(0, closing="no"), act(0, signals=("delay",)),
                  act(0, signals=("contact-left",))):
        assert may_call_for_coaching(entry), entry


def test_a_mood_stands_until_another_and_is_forgotten_after_60_days() -> None:
    c = customer(act(30, mood="annoyed"), act(10))
    assert last_mood(c, TODAY, SETTINGS.mood_days) == "annoyed"
    assert last_mood(customer(act(61, mood="annoyed"), act(10)), TODAY,
                     SETTINGS.mood_days) is None
    assert last_mood(customer(act(30, mood="annoyed"), act(10, mood="active")),
                     TODAY, SETTINGS.mood_days) == "active"


def test_illusion_is_three_of_the_last_four_or_the_last_three() -> None:
    assert is_illusion(customer(act(4, genuine=False), act(3), act(2, genuine=False),
                                act(1, genuine=False)), TODAY, SETTINGS)
    assert not is_illusion(customer(act(4, genuine=False), act(3), act(2),
                                    act(1, genuine=False)), TODAY, SETTINGS)
    assert not is_illusion(customer(act(2, genuine=False), act(1, genuine=False)),
                           TODAY, SETTINGS)


def test_pressure_needs_a_pitch_in_the_window() -> None:
    days = SETTINGS.pressure_days
    old = [act(days + 5, pitched=True), act(days + 3, pitched=True), act(days + 1, pitched=True)]
    assert pressure(customer(*old), TODAY, SETTINGS) is None
    assert pressure(customer(*old, act(0, pitched=True)), TODAY, SETTINGS) is None
    fresh = [act(days - 1, pitched=True), act(5, pitched=True), act(1, pitched=True)]
    found = pressure(customer(*fresh), TODAY, SETTINGS)
    assert found is not None and found.pitches == 3


def test_selling_pauses_in_a_crisis_or_under_pressure_only() -> None:
    calm = customer(act(10, mood="optimistic"))
    assert not selling_paused(calm, TODAY, SETTINGS)
    assert selling_paused(calm, TODAY, SETTINGS, mood="depressed")  # the mood just given
    assert selling_paused(customer(act(10, mood="uncertain")), TODAY, SETTINGS)
    pushed = customer(act(20, pitched=True), act(10, pitched=True), act(5, pitched=True))
    assert selling_paused(pushed, TODAY, SETTINGS)


def test_last_concern_is_the_latest_with_one() -> None:
    c = customer(act(20, concern="renewal"), act(5, genuine=False))
    found = last_concern(c, TODAY)
    assert found is not None and found.concern == "renewal"
    assert last_concern(customer(act(3, genuine=False)), TODAY) is None


# -- one rule, one place: where the coaching's own copies differed, `relj due` wins ------


def _due_reasons(c: Customer) -> set[str]:
    from relj.analysis.due import due_item

    return {r.code for r in due_item(c, TODAY, SETTINGS).reasons}


def test_a_mood_is_forgotten_on_its_mood_days_th_day_as_due_forgets_it() -> None:
    """The coaching's copy kept a mood exactly ``mood_days`` old; `due` forgets it then."""
    days = SETTINGS.mood_days
    assert selling_paused(customer(act(days - 1, mood="uncertain")), TODAY, SETTINGS)
    assert not selling_paused(customer(act(days, mood="uncertain")), TODAY, SETTINGS)
    entry = act(days, mood="annoyed")  # back-filled: it no longer stands today
    assert said([], entry) is None
    assert said([], act(days - 1, mood="annoyed")) == "moment.crisis.annoyed"


def test_a_pitch_exactly_pressure_days_ago_is_out_of_the_window() -> None:
    days = SETTINGS.pressure_days
    rest = [act(40), act(35), act(30), act(20, pitched=True), act(10), act(5)]
    assert said([act(days, pitched=True), *rest], act(0, pitched=True)) is None
    assert said([act(days - 1, pitched=True), *rest], act(0, pitched=True)) == \
        "moment.pressure_pitches"


def test_pressure_lasts_from_the_pitch_that_made_it_not_only_within_todays_window() -> None:
    """Three pitches 50, 45 and 40 days ago made pressure; it holds until 42 days pass
    after the last of them, so today's pitch is said to keep it (the due side's rule)."""
    history = [act(50, pitched=True), act(45, pitched=True), act(40, pitched=True),
               act(30), act(20), act(10)]
    entry = act(0, pitched=True)
    c = customer(*history, entry)
    found = pressure(c, TODAY, SETTINGS)
    assert found is not None and found.day == ago(40) and found.pitches == 3
    assert said(history, entry) == "moment.pressure_pitches"
    assert "pressure" in _due_reasons(c)


def test_a_pitch_into_a_crisis_is_named_before_the_count_as_due_names_it() -> None:
    history = [act(20, pitched=True), act(15, mood="uncertain"), act(10, pitched=True)]
    entry = act(0, pitched=True)
    result = coach_on_log(customer(*history, entry), entry, TODAY, SETTINGS)
    assert result is not None and result.key == "moment.pressure_mood"
    assert dict(result.fields) == {"mood": "uncertain"}


def test_the_pressure_wording_follows_the_latest_pitch_that_made_it() -> None:
    """An earlier pitch into a crisis mood that a calm mood replaced since: the latest
    pressing pitch went into no crisis, so the share of pitches is said."""
    history = [act(30, mood="uncertain"), act(25, pitched=True), act(20, mood="optimistic")]
    entry = act(0, pitched=True)
    result = coach_on_log(customer(*history, entry), entry, TODAY, SETTINGS)
    assert result is not None and result.key == "moment.pressure_share"
    assert dict(result.fields) == {"count": 2, "contacts": 4, "weeks": 6}


def test_illusion_looks_at_the_last_n_plus_one_contacts_for_any_n() -> None:
    two = replace(SETTINGS, illusion_check_ins=2)
    checks = act(30, genuine=False), act(20), act(10)
    assert said(list(checks), act(0, genuine=False), settings=two) is None
    assert said([act(20, genuine=False), act(10)], act(0, genuine=False), settings=two) == \
        "moment.illusion"


def test_no_closing_question_after_a_no_either() -> None:
    """Pull, not push: the log prompt pauses selling after a "no" as `relj due` does."""
    c = customer(act(40), act(30, closing="no"), act(10, mood="active"))
    assert selling_pause(c, TODAY, SETTINGS) == SellingPause("after-no")
    assert not selling_paused(customer(act(40), act(10, mood="active")), TODAY, SETTINGS)
    long_ago = customer(act(SETTINGS.after_no_days, closing="no"), act(10))
    assert not selling_paused(long_ago, TODAY, SETTINGS)


def test_why_selling_pauses_crisis_first_then_pressure() -> None:
    pushed = [act(20, pitched=True), act(10, pitched=True), act(5, pitched=True)]
    assert selling_pause(customer(*pushed), TODAY, SETTINGS) == SellingPause("pressure")
    assert selling_pause(customer(*pushed, act(1, closing="no")), TODAY, SETTINGS, "annoyed") \
        == SellingPause("crisis", "annoyed")
    # a calm mood given now replaces a recorded crisis
    assert not selling_paused(customer(act(10, mood="uncertain")), TODAY, SETTINGS, "active")

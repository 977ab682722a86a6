"""The phase state machine of SPEC §4, on customers built in memory with a fixed today."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta

import pytest

from relj.analysis.phase import compute_phase
from relj.model import Contact, Customer, Interaction
from relj.settings import Settings

SETTINGS = Settings()
WON = date(2025, 1, 10)


def day(text: str) -> date:
    return date.fromisoformat(text)


def act(when: str, *signals: str, genuine: bool = True) -> Interaction:
    return Interaction(id=f"i-{when}-{'-'.join(signals)}", at=day(when), genuine=genuine,
                       signals=signals)


def customer(*items: Interaction, since: date | None = WON, **kw: object) -> Customer:
    return Customer(slug="acme", name="Acme", since=since, interactions=items,
                    contacts=(Contact("Ann", key=True),), **kw)  # type: ignore[arg-type]


def phase_on(c: Customer, when: str, settings: Settings = SETTINGS) -> tuple[int | None, str, str]:
    """(phase, code, signal of the last evidence) on that day."""
    result = compute_phase(c, day(when), settings)
    return result.phase, result.code, result.evidence[-1].signal if result.evidence else ""


# The walk of issue 3: each step is checked on the day just after it.
WALK = customer(
    act("2025-02-01", "praise"),
    act("2025-03-01", "objection:price"),
    act("2025-04-01", "delay"),
    act("2025-04-20", "discount-pressure"),
    act("2025-06-01", "project"),
    act("2025-10-01", "contact-left"),
)


@pytest.mark.parametrize(("when", "expected"), [
    ("2025-01-11", (1, "infatuation", "start")),
    ("2025-02-02", (1, "infatuation", "start")),
    ("2025-03-02", (2, "disenchantment", "objection:price")),
    ("2025-04-02", (2, "disenchantment", "delay")),  # one friction: not yet struggle
    ("2025-04-21", (3, "struggle", "discount-pressure")),
    ("2025-07-18", (3, "struggle", "discount-pressure")),  # 89 calm days: not yet
    ("2025-07-19", (4, "me-you-us", "calm")),  # 90 days after the last struggle signal
    ("2025-10-02", (1, "infatuation", "contact-left")),
])
def test_the_phase_walk_passes_1_2_3_4_and_back_to_1(
    when: str, expected: tuple[object, ...]
) -> None:
    assert phase_on(WALK, when) == expected


def test_the_walk_keeps_every_step_as_evidence_until_a_new_relationship() -> None:
    result = compute_phase(WALK, day("2025-09-30"), SETTINGS)
    assert [(e.day, e.signal, e.phase) for e in result.evidence] == [
        (WON, "start", "infatuation"),
        (day("2025-03-01"), "objection:price", "disenchantment"),
        (day("2025-04-01"), "delay", "disenchantment"),
        (day("2025-04-20"), "discount-pressure", "struggle"),
        (day("2025-07-19"), "calm", "me-you-us"),
    ]
    after = compute_phase(WALK, day("2025-10-02"), SETTINGS)
    assert [e.signal for e in after.evidence] == ["contact-left"]
    assert after.entered == day("2025-10-01")


def test_a_quiet_customer_leaves_infatuation_after_120_days() -> None:
    quiet = customer(act("2025-02-01"))
    faded = WON + timedelta(days=120)
    assert phase_on(quiet, (faded - timedelta(days=1)).isoformat()) == (1, "infatuation", "start")
    assert phase_on(quiet, faded.isoformat()) == (2, "disenchantment", "fade")
    assert compute_phase(quiet, faded, SETTINGS).entered == faded


def test_the_fade_follows_the_setting() -> None:
    quiet = customer()
    assert phase_on(quiet, "2025-02-09", replace(SETTINGS, fade_days=30))[0] == 2
    assert phase_on(quiet, "2025-02-08", replace(SETTINGS, fade_days=30))[0] == 1


def test_one_struggle_signal_in_infatuation_is_only_disenchantment() -> None:
    assert phase_on(customer(act("2025-02-01", "rework")), "2025-02-02") == (
        2,
        "disenchantment",
        "rework",
    )


def test_calm_needs_a_genuine_contact_or_a_project_in_the_quiet_time() -> None:
    only_check_ins = customer(act("2025-03-01", "criticism"), act("2025-04-01", genuine=False))
    assert phase_on(only_check_ins, "2025-12-01")[0] == 2
    project_check_in = customer(act("2025-03-01", "criticism"),
                                act("2025-04-01", "repeat-order", genuine=False))
    assert phase_on(project_check_in, "2025-05-30") == (4, "me-you-us", "calm")


def test_the_interaction_carrying_the_signal_is_not_the_calm_contact() -> None:
    alone = customer(act("2025-03-01", "criticism", genuine=True))
    assert phase_on(alone, "2025-12-01")[0] == 2


def test_a_new_signal_restarts_the_calm() -> None:
    c = customer(
        act("2025-03-01", "criticism"),
        act("2025-03-10"),
        act("2025-05-01", "objection:scope"),
        act("2025-05-02"),
    )
    assert phase_on(c, "2025-05-30") == (2, "disenchantment", "objection:scope")
    assert phase_on(c, "2025-07-30") == (4, "me-you-us", "calm")


def test_a_genuine_contact_after_the_quiet_days_brings_the_calm_that_day() -> None:
    c = customer(act("2025-03-01", "criticism"), act("2025-08-01"))
    assert phase_on(c, "2025-07-31")[0] == 2
    result = compute_phase(c, day("2025-08-01"), SETTINGS)
    assert (result.phase, result.entered) == (4, day("2025-08-01"))


def _in_phase_4(*later: Interaction) -> Customer:
    # Phase 4 from 2025-05-30 (90 days after the criticism, genuine contact in between).
    return customer(act("2025-03-01", "criticism"), act("2025-03-15"), *later)


def test_home_needs_a_year_in_phase_4_and_trust() -> None:
    entered = day("2025-05-30")
    assert compute_phase(_in_phase_4(), entered, SETTINGS).phase == 4
    year_later = entered + timedelta(days=365)
    assert compute_phase(_in_phase_4(), year_later, SETTINGS).phase == 4  # no trust
    trusting = _in_phase_4(act("2025-09-01", "trust"))
    assert compute_phase(trusting, year_later - timedelta(days=1), SETTINGS).phase == 4
    result = compute_phase(trusting, year_later, SETTINGS)
    assert (result.phase, result.code, result.evidence[-1].signal) == (5, "home", "tenure")


def test_trust_before_phase_4_does_not_count_for_home() -> None:
    early_trust = customer(
        act("2025-02-01", "trust"), act("2025-03-01", "criticism"), act("2025-03-15")
    )
    assert compute_phase(early_trust, day("2027-01-01"), SETTINGS).phase == 4


def test_home_needs_180_days_without_friction() -> None:
    c = _in_phase_4(act("2025-09-01", "trust"), act("2026-05-01", "delay"),
                    act("2026-05-02", "trust"))
    assert compute_phase(c, day("2026-06-01"), SETTINGS).phase == 4
    assert compute_phase(c, day("2026-10-27"), SETTINGS).phase == 4
    assert compute_phase(c, day("2026-10-28"), SETTINGS).phase == 5


@pytest.mark.parametrize("start", ["me-you-us", "home"])
def test_two_struggle_signals_within_60_days_send_4_and_5_back_to_3(start: str) -> None:
    base = [act("2025-09-01", "trust")] if start == "home" else []
    first, second = (
        ("2026-07-01", "2026-08-30") if start == "home" else ("2025-07-01", "2025-08-30")
    )
    c = _in_phase_4(*base, act(first, "conflict"), act(second, "rework"))
    before = compute_phase(c, day(first) + timedelta(days=1), SETTINGS)
    assert before.code == start
    after = compute_phase(c, day(second), SETTINGS)
    assert (after.phase, after.evidence[-1].signal, after.evidence[-1].key) == (
        3,
        "rework",
        "coach.ev.relapse",
    )


def test_struggle_signals_61_days_apart_are_no_relapse() -> None:
    c = _in_phase_4(act("2025-07-01", "conflict"), act("2025-08-31", "rework"))
    result = compute_phase(c, day("2025-09-01"), SETTINGS)
    assert result.phase == 4 and result.evidence[-1].key == "coach.ev.noted"


def test_a_prospect_is_in_courtship() -> None:
    result = compute_phase(
        customer(act("2025-02-01", "conflict"), since=None), day("2025-03-01"), SETTINGS
    )
    assert (result.phase, result.code, result.evidence) == (0, "courtship", ())


def test_before_it_was_won_a_customer_was_a_prospect() -> None:
    assert compute_phase(customer(), WON - timedelta(days=1), SETTINGS).phase == 0
    assert compute_phase(customer(), WON, SETTINGS).phase == 1


def test_ended_is_separated_and_wins_over_everything() -> None:
    c = customer(act("2025-02-01", "trust"), ended=day("2025-06-01"), phase_override=5)
    result = compute_phase(c, day("2025-06-01"), SETTINGS)
    assert (result.phase, result.code, result.computed, result.override) == (
        None,
        "separated",
        None,
        5,
    )
    assert result.evidence[-1].signal == "ended"
    assert compute_phase(c, day("2025-05-31"), SETTINGS).phase == 5  # not yet ended


def test_a_manual_phase_wins_and_both_are_reported() -> None:
    result = compute_phase(customer(phase_override=4), day("2025-02-01"), SETTINGS)
    assert (result.phase, result.code, result.computed, result.override) == (4, "me-you-us", 1, 4)


def test_entries_after_today_are_not_counted() -> None:
    c = customer(act("2025-03-01", "criticism"))
    assert phase_on(c, "2025-02-28")[0] == 1
    assert phase_on(c, "2025-03-01")[0] == 2


def test_a_contact_who_left_before_the_customer_was_won_starts_nothing() -> None:
    c = customer(act("2024-12-01", "contact-left"), act("2025-01-20", "criticism"), since=WON)
    result = compute_phase(c, day("2025-02-01"), SETTINGS)
    assert [e.signal for e in result.evidence] == ["start", "criticism"]


def test_signals_before_the_relationship_started_do_not_count() -> None:
    c = customer(act("2024-12-01", "conflict"), since=WON)
    assert phase_on(c, "2025-01-11")[0] == 1

"""`relj review`'s numbers (SPEC §4 "Review") on hand-made histories, with a fixed today.

Each metric has a case that moves it; the periods are the last 4 weeks up to
TODAY (2026-10-28 .. 2026-11-24) and the 4 weeks before (2026-09-30 .. 2026-10-27).
"""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from relj.analysis.review import FOCUS_CODES, GOOD, METRIC_NAMES, focus, periods, review
from relj.analysis.review_metrics import Metrics, Period
from relj.model import Contact, Customer, Interaction, Offer
from relj.settings import Settings

SETTINGS = Settings()
TODAY = date(2026, 11, 24)
LONG_AGO = date(2025, 1, 1)


def ago(n: int) -> date:
    return TODAY - timedelta(days=n)


def act(n: int, genuine: bool = True, **kw: object) -> Interaction:
    """An interaction ``n`` days before TODAY (negative: after it)."""
    return Interaction(id=f"i-{n}-{sorted(kw.items())}", at=ago(n), genuine=genuine,
                       **kw)  # type: ignore[arg-type]


def customer(*items: Interaction, slug: str = "acme", **kw: object) -> Customer:
    fields: dict[str, object] = {"since": LONG_AGO, "added": LONG_AGO, **kw}
    ordered = tuple(sorted(items, key=lambda i: i.sort_key))
    return Customer(slug=slug, name=slug.title(), interactions=ordered,
                    **fields)  # type: ignore[arg-type]


def now_of(*customers: Customer, weeks: int = 4) -> Metrics:
    return review(customers, TODAY, SETTINGS, weeks).now_metrics


def before_of(*customers: Customer) -> Metrics:
    found = review(customers, TODAY, SETTINGS).before_metrics
    assert found is not None
    return found


def test_the_periods_are_the_last_weeks_and_as_many_before() -> None:
    now, before = periods(TODAY, 4)
    assert (now.start, now.end) == (date(2026, 10, 28), TODAY)
    assert (before.start, before.end) == (date(2026, 9, 30), date(2026, 10, 27))
    one, _ = periods(TODAY, 1)
    assert (one.end - one.start).days == 6


# -- contacts, genuine share, personal share, pitches --------------------------------------


def test_contacts_count_the_people_reached_and_attempts_apart() -> None:
    c = customer(act(1), act(2, genuine=False), act(3, reached=False), act(40))
    assert (now_of(c).contacts, now_of(c).attempts) == (2, 1)
    assert before_of(c).contacts == 1
    assert now_of(customer(act(1, reached=False))).contacts == 0


def test_genuine_share_and_no_share_without_contacts() -> None:
    c = customer(act(1), act(2, genuine=False), act(3), act(4, genuine=False),
                 act(35, genuine=False))
    assert now_of(c).genuine_share == 0.5
    assert now_of(c).genuine == 2
    assert before_of(c).genuine_share == 0.0
    assert now_of(customer(act(40))).genuine_share is None


def test_personal_share_counts_call_video_visit_event_among_known_channels() -> None:
    c = customer(act(1, channel="call"), act(2, channel="email"), act(3, channel="message"),
                 act(4))
    assert now_of(c).personal_share == pytest.approx(1 / 3)
    moved = customer(act(1, channel="visit"), act(2, channel="event"), act(3, channel="video"))
    assert now_of(moved).personal_share == 1.0
    assert now_of(customer(act(1))).personal_share is None


def test_pitches_per_genuine_contact() -> None:
    c = customer(act(1, pitched=True), act(2), act(3, pitched=True), act(4))
    assert now_of(c).pitches_per_genuine == 0.5
    none_genuine = customer(act(1, genuine=False, pitched=True))
    assert now_of(none_genuine).pitches == 1
    assert now_of(none_genuine).pitches_per_genuine is None


# -- the closing question -------------------------------------------------------------------

OFFER = Offer(id="o-1", what="Maintenance", opened=ago(50))  # due after 30 days: ago(20)


def test_a_closing_question_asked_within_7_days_of_becoming_due_is_on_time() -> None:
    c = customer(act(15, closing="later", offer="o-1"), offers=(OFFER,))
    m = now_of(c)
    assert (m.closing_on_time, m.closing_late, m.closing_open) == (1, 0, 0)


def test_a_closing_question_asked_before_it_was_due_is_on_time() -> None:
    early = Offer(id="o-1", what="Maintenance", opened=ago(10))
    c = customer(act(5, closing="no", offer="o-1"), offers=(early,))
    assert now_of(c).closing_on_time == 1


def test_a_closing_question_asked_more_than_7_days_after_it_was_due_is_late() -> None:
    c = customer(act(5, closing="yes", offer="o-1"), offers=(OFFER,))
    m = now_of(c)
    assert (m.closing_on_time, m.closing_late) == (0, 1)


def test_a_closing_question_put_off_is_still_open_but_not_while_selling_pauses() -> None:
    c = customer(act(12), offers=(OFFER,))
    assert now_of(c).closing_open == 1
    crisis = customer(act(12, mood="desperate"), offers=(OFFER,))
    assert now_of(crisis).closing_open == 0  # pull, not push: relj would not ask it either
    fresh = Offer(id="o-1", what="Maintenance", opened=ago(33))  # due 3 days ago: not put off
    assert now_of(customer(act(12), offers=(fresh,))).closing_open == 0


# -- follow-ups -----------------------------------------------------------------------------


def test_follow_ups_kept_on_the_day_late_or_missed() -> None:
    kept = customer(act(20, follow_up=ago(10)), act(10))
    late = customer(act(20, follow_up=ago(10)), act(8, genuine=False))
    missed = customer(act(20, follow_up=ago(10)))
    attempt = customer(act(20, follow_up=ago(10)), act(10, reached=False))
    counts = [now_of(c) for c in (kept, late, missed, attempt)]
    assert [(m.follow_ups_kept, m.follow_ups_late, m.follow_ups_missed) for m in counts] == [
        (1, 0, 0), (0, 1, 0), (0, 0, 1), (1, 0, 0)]


def test_a_follow_up_planned_for_today_is_still_pending() -> None:
    m = now_of(customer(act(5, follow_up=TODAY)))
    assert (m.follow_ups_kept, m.follow_ups_late, m.follow_ups_missed) == (0, 0, 0)


def test_a_follow_up_that_an_answer_resolved_before_its_day_is_no_promise_left() -> None:
    offer = Offer(id="o-1", what="Maintenance", opened=ago(40))
    c = customer(act(20, closing="later", offer="o-1", follow_up=ago(5)),
                 act(12, closing="yes", offer="o-1"), offers=(offer,))
    m = now_of(c)
    assert (m.follow_ups_kept, m.follow_ups_late, m.follow_ups_missed) == (0, 0, 0)


def test_a_follow_up_in_the_weeks_before_counts_there() -> None:
    c = customer(act(45, follow_up=ago(35)))
    assert before_of(c).follow_ups_missed == 1
    assert now_of(c).follow_ups_missed == 0


# -- crisis moods ---------------------------------------------------------------------------


def test_a_crisis_met_by_a_genuine_contact_within_support_days_is_supported() -> None:
    m = now_of(customer(act(20, mood="annoyed"), act(14, genuine=True)))
    assert (m.crises_supported, m.crises_unsupported) == (1, 0)


def test_a_crisis_left_alone_longer_than_support_days_is_unsupported() -> None:
    m = now_of(customer(act(20, mood="annoyed"), act(10)))
    assert (m.crises_supported, m.crises_unsupported) == (0, 1)


def test_a_crisis_recorded_again_by_a_check_in_counts_once() -> None:
    m = now_of(customer(act(20, mood="desperate"), act(17, genuine=False, mood="desperate")))
    assert (m.crises_supported, m.crises_unsupported) == (0, 1)


def test_a_crisis_still_within_its_days_or_ended_by_a_good_mood_counts_nowhere() -> None:
    pending = now_of(customer(act(7, mood="uncertain")))
    ended = now_of(customer(act(20, mood="passive"), act(18, genuine=False, mood="active")))
    assert (pending.crises_supported, pending.crises_unsupported) == (0, 0)
    assert (ended.crises_supported, ended.crises_unsupported) == (0, 0)


def test_a_good_mood_is_no_crisis() -> None:
    m = now_of(customer(act(20, mood="optimistic")))
    assert (m.crises_supported, m.crises_unsupported) == (0, 0)


# -- left alone, phase changes ------------------------------------------------------------------


def test_customers_overdue_by_more_than_twice_their_cadence() -> None:
    assert now_of(customer(act(15), cadence="1w")).overdue_twice == 1
    assert now_of(customer(act(14), cadence="1w")).overdue_twice == 0
    assert now_of(customer(act(15), cadence="1w", snooze=ago(-3))).overdue_twice == 0
    assert now_of(customer(act(15), cadence="1w", ended=ago(2))).overdue_twice == 0
    # On the last day of the weeks before (ago 28) the genuine contact was 32 days old.
    assert before_of(customer(act(60), act(1), cadence="1w")).overdue_twice == 1


def test_never_a_genuine_contact_counts_from_the_first_recorded_day_only() -> None:
    old = customer(act(30, genuine=False), cadence="1w", added=ago(30))
    new = customer(act(3, genuine=False), cadence="1w", added=ago(3))
    assert now_of(old).overdue_twice == 1
    assert now_of(new).overdue_twice == 0


def test_phase_changes_count_real_changes_not_the_start_of_the_record() -> None:
    won = customer(act(5), since=ago(10), added=ago(40))
    assert now_of(won).phase_changes == 1  # courtship -> infatuation
    friction = customer(act(50), act(5, signals=("criticism",)), since=ago(60), added=ago(60))
    assert now_of(friction).phase_changes == 1  # infatuation -> disenchantment
    unobserved = customer(act(5), since=date(2020, 1, 1), added=ago(5))
    assert now_of(unobserved).phase_changes == 0  # the record starts: "unknown" is no phase


# -- weekly genuine contacts, before, the time machine -------------------------------------------


def test_weekly_genuine_counts_genuine_contacts_per_week_oldest_first() -> None:
    c = customer(act(27), act(7), act(6), act(0), act(3, genuine=False), act(2, reached=False))
    assert review([c], TODAY, SETTINGS).weekly_genuine == (1, 0, 1, 2)
    assert review([c], TODAY, SETTINGS, 1).weekly_genuine == (2,)


def test_no_before_when_the_journal_starts_within_the_weeks_reviewed() -> None:
    c = customer(act(5), act(3), since=ago(6), added=ago(6))
    r = review([c], TODAY, SETTINGS)
    assert r.before_metrics is None
    assert r.observed_from == ago(6)
    assert r.now_metrics.contacts == 2


def test_entries_after_today_are_not_seen() -> None:
    c = customer(act(3), act(-2, mood="desperate"), act(-5))
    m = now_of(c)
    assert (m.contacts, m.crises_unsupported) == (1, 0)


def test_an_empty_journal_has_no_record_and_asks_for_contact() -> None:
    r = review([], TODAY, SETTINGS)
    assert (r.observed_from, r.before_metrics, r.focus) == (None, None, "quiet")
    assert r.weekly_genuine == (0, 0, 0, 0)


# -- the focus -------------------------------------------------------------------------------------


def metrics(**values: object) -> Metrics:
    base: dict[str, object] = dict.fromkeys(METRIC_NAMES, 0)
    base.update(contacts=10, genuine=8, genuine_share=0.8, personal_share=0.7,
                pitches_per_genuine=0.0)
    base.update(values)
    return Metrics(**base)  # type: ignore[arg-type]


@pytest.mark.parametrize(("values", "code"), [
    ({"crises_unsupported": 1, "follow_ups_missed": 2, "pitches": 9}, "crisis"),
    ({"follow_ups_missed": 1, "pitches": 9, "pitches_per_genuine": 1.0}, "follow_ups"),
    ({"contacts": 0, "genuine": 0, "genuine_share": None, "personal_share": None}, "quiet"),
    ({"pitches": 4, "pitches_per_genuine": 0.5, "genuine_share": 0.1}, "pressure"),
    ({"closing_open": 1, "genuine_share": 0.1}, "closing"),
    ({"genuine_share": 0.4, "personal_share": 0.1}, "check_ins"),
    ({"personal_share": 0.3, "overdue_twice": 3}, "personal"),
    ({"overdue_twice": 2}, "overdue"),
    ({}, "keep_up"),
])
def test_the_focus_is_the_first_habit_in_the_order_of_harm(values: dict[str, object],
                                                           code: str) -> None:
    found, _ = focus(metrics(**values), metrics(), SETTINGS)
    assert found == code


def test_fewer_genuine_contacts_than_before_is_a_focus_only_as_a_trend() -> None:
    assert focus(metrics(genuine=3), metrics(genuine=6), SETTINGS)[0] == "fewer"
    assert focus(metrics(genuine=1), metrics(genuine=2), SETTINGS)[0] == "keep_up"
    assert focus(metrics(genuine=3), None, SETTINGS)[0] == "keep_up"


def test_a_single_pitch_is_no_pressure() -> None:
    assert focus(metrics(pitches=1, pitches_per_genuine=1.0), None, SETTINGS)[0] == "keep_up"


def test_every_metric_has_a_good_direction_and_every_focus_a_sentence() -> None:
    from relj.messages.review import MESSAGES

    assert set(GOOD) == set(METRIC_NAMES)
    for name in METRIC_NAMES:
        assert f"review.metric.{name}" in MESSAGES
    for code in FOCUS_CODES:
        assert f"review.focus.{code}" in MESSAGES


def test_a_key_contact_leaving_is_a_phase_change() -> None:
    gone = Contact(name="Anna", key=True, left=ago(4))
    # Faded into disenchantment after 120 quiet days; the departure starts it over.
    c = customer(act(190), contacts=(gone, Contact(name="Ben")), since=ago(200),
                 added=ago(200))
    assert review([c], TODAY, SETTINGS).now_metrics.phase_changes == 1


def test_a_period_holds_both_its_ends() -> None:
    p = Period(ago(3), TODAY)
    assert p.holds(ago(3)) and p.holds(TODAY) and not p.holds(ago(4))

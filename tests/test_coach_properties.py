"""Hypothesis: the analyses never crash on any history the format admits; the
due score never decreases when the genuine-contact gap grows, all else equal;
every listed item has an acting reason and its score is the sum of its points;
no selling prompt while a crisis mood, pressure or a "no" stands (issue 12)."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime, timedelta, timezone

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from relj.analysis.due import SELLING_ACTIONS, due_item, facts_of, rank_due, reasons_of, summarize
from relj.analysis.phase import compute_phase
from relj.analysis.results import FIRST
from relj.model import (
    CHANNELS,
    CLOSING_ANSWERS,
    MOODS,
    OFFER_STATUSES,
    SIGNALS,
    Contact,
    Customer,
    Interaction,
    Offer,
    moment_key,
)
from relj.settings import Settings

# Hypothesis properties with hundreds of examples each: `pytest -m "not slow"` leaves them out.
pytestmark = pytest.mark.slow

SETTINGS = Settings()
DAYS = st.dates(min_value=date(2020, 1, 1), max_value=date(2028, 12, 31))
OFFER_IDS = ("o-1", "o-2", "o-3")


@st.composite
def moments(draw: st.DrawFn) -> date | datetime:
    day = draw(DAYS)
    if draw(st.booleans()):
        return day
    offset = draw(st.one_of(st.none(), st.integers(-12 * 60, 14 * 60)))
    tz = None if offset is None else timezone(timedelta(minutes=offset))
    return datetime(day.year, day.month, day.day, draw(st.integers(0, 23)),
                    draw(st.integers(0, 59)), tzinfo=tz)


@st.composite
def interactions(draw: st.DrawFn) -> Interaction:
    return Interaction(
        id=draw(st.text("abc0123", min_size=1, max_size=6)),
        at=draw(moments()),
        channel=draw(st.one_of(st.none(), st.sampled_from(CHANNELS))),
        genuine=draw(st.booleans()),
        concern=draw(st.one_of(st.none(), st.text(max_size=20))),
        mood=draw(st.one_of(st.none(), st.sampled_from(MOODS))),
        pitched=draw(st.booleans()),
        signals=tuple(draw(st.lists(st.sampled_from(SIGNALS), max_size=3))),
        closing=draw(st.one_of(st.none(), st.sampled_from(CLOSING_ANSWERS))),
        offer=draw(st.one_of(st.none(), st.sampled_from(OFFER_IDS))),
        follow_up=draw(st.one_of(st.none(), DAYS)),
        note=draw(st.one_of(st.none(), st.text(max_size=10))),
        with_=draw(st.one_of(st.none(), st.sampled_from(("p0", "p1", "x")))),
        reached=draw(st.booleans()) or draw(st.booleans()),
    )


@st.composite
def offers(draw: st.DrawFn) -> Offer:
    return Offer(
        id=draw(st.sampled_from(OFFER_IDS)),
        what=draw(st.text(max_size=20)),
        value=draw(st.one_of(st.none(), st.integers(0, 10**6))),
        opened=draw(st.one_of(st.none(), DAYS)),
        status=draw(st.sampled_from(OFFER_STATUSES)),
        closed=draw(st.one_of(st.none(), DAYS)),
    )


@st.composite
def customers(draw: st.DrawFn, slug: str = "c") -> Customer:
    # Files may list interactions in any order; reading sorts them (model: oldest first).
    items = sorted(draw(st.lists(interactions(), max_size=25)), key=lambda i: moment_key(i.at))
    return Customer(
        slug=slug,
        name=slug.upper(),
        since=draw(st.one_of(st.none(), DAYS)),
        why=draw(st.one_of(st.none(), st.sampled_from(("dream", "challenge", "money", "fun")))),
        cadence=draw(st.one_of(st.none(), st.sampled_from(("10d", "3w", "2m", "1y")))),
        tags=tuple(draw(st.lists(st.sampled_from(("a", "b")), max_size=2))),
        phase_override=draw(st.one_of(st.none(), st.integers(0, 5))),
        ended=draw(st.one_of(st.none(), DAYS)),
        added=draw(st.one_of(st.none(), DAYS)),
        snooze=draw(st.one_of(st.none(), DAYS)),
        contacts=tuple(Contact(f"p{n}", key=n == 0, left=draw(st.one_of(st.none(), DAYS)))
                       for n in range(draw(st.integers(0, 3)))),
        offers=tuple(draw(st.lists(offers(), max_size=3))),
        interactions=tuple(items),
    )


SOME_SETTINGS = st.builds(
    Settings,
    fade_days=st.integers(1, 200), calm_days=st.integers(1, 200), tenure_days=st.integers(1, 500),
    home_quiet_days=st.integers(0, 300), relapse_days=st.integers(0, 100),
    relapse_signals=st.integers(1, 4), cadence_tags=st.just({"a": "2w"}),
)


@settings(max_examples=300, deadline=None)
@given(customers(), DAYS, SOME_SETTINGS)
def test_the_phase_never_crashes_and_stays_consistent(
    c: Customer, today: date, s: Settings
) -> None:
    result = compute_phase(c, today, s)
    assert result.phase is None or 0 <= result.phase <= 5
    assert (result.code == "separated") == (c.ended is not None and c.ended <= today)
    assert result.phase == (
        None
        if result.code == "separated"
        else result.override
        if result.override is not None
        else result.computed
    )
    days = [e.day for e in result.evidence]
    assert days == sorted(days) and all(d <= today for d in days)
    if result.computed == 0:
        assert c.since is None or c.since > today


@settings(max_examples=200, deadline=None)
@given(st.lists(customers(), max_size=4), DAYS, st.booleans())
def test_due_never_crashes_and_its_score_is_the_sum_of_its_points(
        found: list[Customer], today: date, include_all: bool) -> None:
    unique = [replace(c, slug=f"c{n}") for n, c in enumerate(found)]
    ranked = rank_due(unique, today, SETTINGS, include_all=include_all)
    # Crises and promises (an acting mood-support or follow-up) first, then by score.
    first = [any(r.acts and r.code in FIRST for r in i.reasons) for i in ranked]
    assert first == sorted(first, reverse=True)
    for group in (True, False):
        scores = [i.score for i, f in zip(ranked, first, strict=True) if f is group]
        assert scores == sorted(scores, reverse=True)
    for item in ranked:
        assert item.reasons and item.score == sum(r.points for r in item.reasons)
        assert include_all or any(r.acts for r in item.reasons)  # only acting reasons list
        codes = [r.code for r in item.reasons]
        assert len(codes) == len(set(codes)) and set(codes) <= set(SETTINGS.points)
        assert not item.phase.separated  # separated customers get no reason
    for c in unique:
        summarize(c, today, SETTINGS)


def _score(facts: object, today: date) -> float:
    return sum(r.points for r in reasons_of(facts, today, SETTINGS))  # type: ignore[arg-type]


@settings(max_examples=300, deadline=None)
@given(customers(), DAYS, st.integers(0, 400), st.integers(1, 400))
def test_the_score_never_drops_when_the_genuine_gap_grows(c: Customer, today: date, gap: int,
                                                         more: int) -> None:
    facts = facts_of(c, today, SETTINGS)
    shorter = replace(facts, genuine_age=gap)
    longer = replace(facts, genuine_age=gap + more)
    assert _score(longer, today) >= _score(shorter, today)


@settings(max_examples=100, deadline=None)
@given(st.integers(0, 200), st.integers(1, 200), st.sampled_from(("10d", "3w", "2m", "1y")),
       st.integers(0, 5))
def test_a_longer_silence_never_scores_lower_for_a_real_customer(gap: int, more: int, cadence: str,
                                                                 phase: int) -> None:
    today = date(2026, 11, 24)

    def silent_for(days: int) -> float:
        item = Interaction(id="i", at=today - timedelta(days=days), genuine=True)
        c = Customer(slug="c", name="C", since=date(2020, 1, 1), cadence=cadence,
                     phase_override=phase, interactions=(item,))
        found = rank_due([c], today, SETTINGS)
        return found[0].score if found else 0.0

    assert silent_for(gap + more) >= silent_for(gap)


@settings(max_examples=400, deadline=None)
@given(customers(), DAYS)
def test_one_voice_pull_not_push(c: Customer, today: date) -> None:
    """No selling prompt while a crisis mood, pressure or a "no" stands; the closing
    question and pressure never stand together; a genuine contact today lists nobody;
    modifiers never act."""
    facts = facts_of(c, today, SETTINGS)
    item = due_item(c, today, SETTINGS)
    codes = {r.code for r in item.reasons}
    crisis = facts.mood is not None and facts.mood.crisis
    if crisis or facts.pressure is not None or facts.after_no is not None:
        assert item.action.key not in SELLING_ACTIONS
        assert "closing-question" not in codes
    if crisis:
        assert item.action.key.startswith("coach.action.support.")
    assert not ({"closing-question", "pressure"} <= codes)
    if facts.genuine_today:
        assert not any(r.acts for r in item.reasons)
    modifiers = {"illusion", "pressure", "phase-risk", "single-threaded", "objection"}
    assert not any(r.acts for r in item.reasons if r.code in modifiers)
    if item.action.key == "coach.action.struggle.decide":
        assert facts.phase.code == "struggle"

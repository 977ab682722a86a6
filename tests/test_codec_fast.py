"""The one-step reading of well-formed interactions agrees with the careful one."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta, timezone
from typing import Any

from hypothesis import given, settings
from hypothesis import strategies as st

from relj.errors import FileProblem
from relj.model import CHANNELS, CLOSING_ANSWERS, MOODS, SIGNALS
from relj.storage import codec

ODD = st.one_of(st.none(), st.integers(), st.booleans(), st.floats(allow_nan=False),
                st.lists(st.integers(), max_size=2), st.dictionaries(st.text(max_size=2),
                                                                     st.integers(), max_size=1))
MOMENTS = st.one_of(
    st.dates(),
    st.datetimes(timezones=st.sampled_from([UTC, timezone(timedelta(hours=2))])),
    st.datetimes(),
)


def value_for(key: str) -> st.SearchStrategy[Any]:
    good: dict[str, st.SearchStrategy[Any]] = {
        "channel": st.sampled_from(CHANNELS + ("phone",)),
        "mood": st.sampled_from(MOODS + ("happy",)),
        "closing": st.sampled_from(CLOSING_ANSWERS + ("maybe",)),
        "signals": st.lists(st.sampled_from(SIGNALS + ("odd",)), max_size=3),
        "at": MOMENTS,
        "follow_up": MOMENTS,
        "genuine": st.booleans(),
        "pitched": st.booleans(),
    }
    return st.one_of(good.get(key, st.text(max_size=5)), ODD)


KEYS = ("id", "at", "channel", "with", "genuine", "concern", "mood", "pitched", "signals",
        "closing", "offer", "follow_up", "note", "by", "unknown")
ENTRIES = st.fixed_dictionaries({}, optional={k: value_for(k) for k in KEYS})


def careful(entry: dict[str, Any]) -> Any:
    try:
        return codec._interaction_checked(codec._Reader("x.toml", ""), entry, 0)
    except FileProblem:
        return None


@settings(max_examples=400, deadline=None)
@given(entry=ENTRIES)
def test_one_step_reading_agrees_with_the_careful_one(entry: dict[str, Any]) -> None:
    quick = codec._interaction_at_once(entry, 0)
    if quick is not None:  # whatever it takes, it takes exactly as the careful way does
        assert quick == careful(entry)


def test_a_well_formed_entry_is_taken_in_one_step() -> None:
    entry = {"id": "i-1", "at": datetime(2026, 1, 2, 10, tzinfo=UTC), "channel": "call",
             "genuine": True, "concern": "x", "mood": "active", "signals": ["praise"],
             "follow_up": date(2026, 2, 1), "note": "n"}
    assert codec._interaction_at_once(entry, 0) == careful(entry)
    assert codec._interaction_at_once(entry, 0) is not None

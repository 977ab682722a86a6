"""Hypothesis: whatever `relj log` accepts is read back from disk exactly."""

from __future__ import annotations

import tomllib
from datetime import date

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from relj.model import CHANNELS, MOODS, SIGNALS
from relj.storage.codec import parse_customer, render_block
from relj.storage.files import append_text

texts = st.text(
    alphabet=st.characters(blacklist_categories=("Cs",), blacklist_characters="\x00"),
    max_size=80,
) | st.sampled_from(['"""', "'''", "\\", 'a"""b', "line\nbreak", "tab\there", "東京 ü ß", "\r\n"])


@st.composite
def interactions(draw: st.DrawFn) -> dict:
    return {
        "id": "i-" + draw(st.from_regex(r"[0-9a-f]{4}", fullmatch=True)),
        "at": draw(st.dates(min_value=date(1990, 1, 1), max_value=date(2100, 1, 1))),
        "channel": draw(st.none() | st.sampled_from(CHANNELS)),
        "with": draw(st.none() | texts),
        "genuine": draw(st.booleans()),
        "concern": draw(st.none() | texts),
        "mood": draw(st.none() | st.sampled_from(MOODS)),
        "signals": draw(st.lists(st.sampled_from(SIGNALS), max_size=3)) or None,
        "note": draw(st.none() | texts),
    }


@settings(max_examples=150, suppress_health_check=[HealthCheck.too_slow], deadline=None)
@given(entry=interactions())
def test_an_appended_interaction_reads_back_equal(entry: dict) -> None:
    old = b'name = "Acme"\n# keep me\n'
    new = append_text(old, render_block("interaction", entry))
    assert new.startswith(old)
    parsed = tomllib.loads(new.decode("utf-8"))["interaction"][0]
    assert parsed == {k: v for k, v in entry.items() if v is not None}
    customer = parse_customer("acme", "acme.toml", new)
    item = customer.interactions[0]
    assert (item.note, item.concern, item.with_) == (entry["note"], entry["concern"], entry["with"])

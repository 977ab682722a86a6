"""The shortcuts of the cold path decide exactly what the long way decides."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta, timezone

from hypothesis import given, settings
from hypothesis import strategies as st

from relj.model import Interaction, moment_key
from relj.storage import cache
from relj.storage.codec import customer

PIECES = st.sampled_from(["interaction", "[[interaction]]", "[", "]", "[[", " ", "\t", "\n",
                          "=", ".", "\"", "'", "x", "interactions", "\\u", "# ", "a = 1"])


def slow_append_safe(data: bytes) -> bool:
    return (cache._UNSAFE_APPEND.search(data) is None
            and b"\\u" not in data and b"\\U" not in data)


@settings(max_examples=600, deadline=None)
@given(pieces=st.lists(PIECES, max_size=30))
def test_append_safe_agrees_with_the_pattern(pieces: list[str]) -> None:
    data = "".join(pieces).encode()
    assert cache.append_safe(data) == slow_append_safe(data)


def test_a_file_of_relj_blocks_is_append_safe_without_the_pattern() -> None:
    data = b'name = "A"\n\n[[interaction]]\nid = "i-1"\n\n[[interaction]]\nid = "i-2"\n'
    assert cache.append_safe(data)
    assert not cache.append_safe(data + b'interaction = []\n')
    assert not cache.append_safe(data + b'  [ "interaction" ]\n')


ZONES = st.sampled_from([UTC, timezone(timedelta(hours=2)), timezone(timedelta(hours=-5)),
                         timezone(timedelta(hours=14))])
MOMENTS = st.one_of(st.datetimes(timezones=ZONES), st.datetimes(), st.dates())


@settings(max_examples=400, deadline=None)
@given(moments=st.lists(MOMENTS, max_size=8), ordered=st.booleans())
def test_a_list_found_in_order_is_what_the_sort_gives(moments: list[date],
                                                      ordered: bool) -> None:
    if ordered and all(type(m) is datetime and m.tzinfo for m in moments):
        moments = sorted(moments)
    items = [Interaction(id=f"i-{n}", at=m) for n, m in enumerate(moments)]
    if customer._in_order(items):
        assert items == sorted(items, key=lambda item: moment_key(item.at))


def test_a_datetime_far_ahead_keeps_its_file_order() -> None:
    zone = timezone(timedelta(hours=1))
    items = [Interaction(id="a", at=datetime(9999, 1, 1, tzinfo=zone)),
             Interaction(id="b", at=datetime(9999, 1, 1, 0, 0, 0, 1, tzinfo=zone))]
    assert customer._in_order(items)
    assert items == sorted(items, key=lambda item: moment_key(item.at))

"""A team logs from several time zones: interactions sort by the real moment (issue 16)."""

from __future__ import annotations

import json
from datetime import date, datetime, timedelta, timezone
from pathlib import Path

from relj.model import moment_key
from tests.helpers import init_journal, invoke, write_customer

EAST, WEST = timezone(timedelta(hours=5)), timezone(timedelta(hours=-2))


def test_a_later_moment_in_another_zone_sorts_after_an_earlier_one() -> None:
    early = datetime(2026, 1, 2, 0, 30, tzinfo=EAST)  # 2026-01-01 19:30 UTC
    late = datetime(2026, 1, 1, 22, 0, tzinfo=WEST)  # 2026-01-02 00:00 UTC
    assert sorted([late, early], key=moment_key) == [early, late]


def test_a_bare_date_sorts_before_any_time_of_that_day_in_any_zone() -> None:
    day = date(2026, 1, 2)
    moments = [datetime(2026, 1, 2, 0, 0, tzinfo=timezone(timedelta(hours=14))),
               datetime(2026, 1, 2, 0, 0, tzinfo=timezone(timedelta(hours=-12))),
               datetime(2026, 1, 2, 0, 0)]
    for moment in moments:
        assert moment_key(day) < moment_key(moment)
    assert moment_key(date(2026, 1, 1)) < moment_key(day)


def test_show_lists_interactions_by_the_real_moment(tmp_path: Path) -> None:
    root = init_journal(tmp_path / "j")
    write_customer(root, "acme", '''name = "Acme"

[[interaction]]
id = "i-late"
at = 2026-01-01T22:00:00-02:00
channel = "call"

[[interaction]]
id = "i-early"
at = 2026-01-02T00:30:00+05:00
channel = "call"
''')
    result = invoke(root, "show", "acme", "--json", today="2026-01-10")
    assert result.exit_code == 0, result.output
    assert [i["id"] for i in json.loads(result.output)["interactions"]] == ["i-early", "i-late"]

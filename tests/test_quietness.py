"""The quietness benchmark (bench/quietness.py, issue 12): its metrics on hand-made
mornings (so each can fail), the simulation's honesty, and the goals themselves.

The goal test runs the whole simulation (33 customers, 180 days, about a second) and
asserts issue 12's goals: a short list, no customer kept listed for the same reasons
although the salesperson acted, crises and promises on top.
"""

from __future__ import annotations

import json
import sys
from datetime import date, timedelta
from pathlib import Path

import pytest

from tests.helpers import ROOT, run_seed

sys.path.insert(0, str(ROOT / "bench"))

import quietness  # noqa: E402
from simulation import KINDS, Listing, Morning, simulate  # noqa: E402

pytestmark = pytest.mark.slow

DAY = date(2026, 3, 2)


def mornings(*days: tuple[int, list[Listing], set[str]]) -> list[Morning]:
    """Mornings from (active, listed in order, acted on) per day."""
    return [Morning(DAY + timedelta(days=n), active, tuple(listed), frozenset(acted))
            for n, (active, listed, acted) in enumerate(days)]


def line(slug: str, *codes: str) -> Listing:
    return Listing(slug, frozenset(codes))


# -- the metrics ---------------------------------------------------------------------------


def test_mean_share_averages_the_days_and_skips_empty_portfolios() -> None:
    days = mornings((4, [line("a", "follow-up")], set()),
                    (4, [line("a", "follow-up"), line("b", "genuine-overdue"),
                         line("c", "follow-up")], set()),
                    (0, [], set()))
    assert quietness.mean_share(days) == pytest.approx(0.5)
    assert quietness.mean_share([]) == 0.0


@pytest.mark.parametrize(("acted_on", "expected"), [
    (0, 3),  # acted on the first morning, still listed for the same reason two more
    (1, 2),
    (2, 1),  # acted on the last morning: the list is not to blame
    (None, 0),  # never acted on: work not done does not count
])
def test_longest_run_counts_from_the_first_action(acted_on: int | None, expected: int) -> None:
    days = mornings(*((5, [line("b", "x"), line("a", "contact-left")],
                       {"a"} if n == acted_on else set()) for n in range(3)))
    run = quietness.longest_run(days)
    assert run.days == expected
    if expected:
        assert run.slug == "a" and run.codes == ("contact-left",)
        assert run.start == DAY + timedelta(days=acted_on or 0)


def test_a_new_reason_or_a_day_off_the_list_starts_a_new_run() -> None:
    changed = mornings((5, [line("a", "follow-up")], {"a"}),
                       (5, [line("a", "follow-up", "mood-support")], set()),
                       (5, [line("a", "mood-support")], set()))
    assert quietness.longest_run(changed).days == 1
    gap = mornings((5, [line("a", "follow-up")], {"a"}),
                   (5, [], set()),
                   (5, [line("a", "follow-up")], set()))
    assert quietness.longest_run(gap).days == 1


def test_a_week_and_a_day_misses_the_run_goal() -> None:
    days = mornings(*((5, [line("a", "phase-risk")], {"a"}) for _ in range(8)))
    result = quietness.figures(days)
    assert result.run.days == 8
    assert result.goals()["longest_run"] is False
    assert result.goals()["mean_share"] is True  # one of five listed


def test_crisis_first_counts_only_mornings_with_a_crisis_or_promise() -> None:
    days = mornings((5, [line("a", "mood-support"), line("b", "genuine-overdue")], set()),
                    (5, [line("b", "genuine-overdue"), line("c", "follow-up")], set()),
                    (5, [line("b", "genuine-overdue")], set()),
                    (5, [line("c", "follow-up", "closing-question")], set()))
    assert quietness.crisis_first(days) == (2, 3)
    result = quietness.figures(days)
    assert result.goals()["crisis_first"] is False
    assert result.share == pytest.approx((2 + 2 + 1 + 1) / 4 / 5)
    assert result.goals()["mean_share"] is False  # 30 % listed


def test_reason_days_count_acting_reasons_and_modifiers_apart() -> None:
    days = mornings((3, [Listing("a", frozenset({"follow-up"}), frozenset({"phase-risk"})),
                         line("b", "follow-up")], set()),
                    (3, [line("a", "mood-support")], set()))
    acting, modifying = quietness.reason_days(days)
    assert acting == {"follow-up": 2, "mood-support": 1}
    assert modifying == {"phase-risk": 1}


def test_the_report_names_every_figure_and_marks_what_is_missed() -> None:
    days = mornings(*((2, [line("a", "phase-risk")], {"a"}) for _ in range(9)))
    text = quietness.report(quietness.figures(days))
    assert "mean share listed" in text and "50.0%" in text
    assert "longest run" in text and "9 d" in text and text.count("MISSED") == 2
    assert "phase-risk" in text and "9 /     0" in text


# -- the simulation ------------------------------------------------------------------------


def test_the_portfolio_holds_every_archetype_of_the_issue_and_30_customers() -> None:
    assert sum(KINDS.values()) >= 30
    assert set(KINDS) >= {"courted", "fresh-win", "contact-leaving", "price", "check-ins",
                          "crisis", "trusted", "lost"}
    assert all(count >= 3 for count in KINDS.values())


def test_the_simulation_is_deterministic() -> None:
    seed = run_seed()
    assert simulate(seed, days=60) == simulate(seed, days=60)
    assert simulate(seed, days=60) != simulate(seed + 1, days=60)


def test_acting_on_the_list_shrinks_it() -> None:
    """An honest simulation: the list is longer for a salesperson who does nothing."""
    seed = run_seed()
    idle = quietness.figures(simulate(seed, capacity=0))
    busy = quietness.figures(simulate(seed))
    assert idle.acted == 0 and busy.acted > 150
    assert busy.share < idle.share - 0.2


# -- the goals (issue 12) ------------------------------------------------------------------


def test_the_list_is_quiet_and_puts_crises_first(tmp_path: Path) -> None:
    out = tmp_path / "quietness.json"
    code = quietness.main(["--seed", str(run_seed()), "--json", str(out)])
    result = json.loads(out.read_text(encoding="utf-8"))
    assert result["days"] == 180 and result["customers"] >= 30
    assert result["crisis_first"]["chances"] >= 30  # the goal is not met by having none
    assert result["acted"] >= 150  # the salesperson did work the list
    assert result["mean_share"] <= 0.25, result["reason_days"]
    assert result["longest_run"]["days"] <= 7, result["longest_run"]
    assert result["crisis_first"]["share"] == 1.0, result["crisis_first"]
    assert code == 0

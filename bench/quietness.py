"""relj's quietness benchmark (issue 12): does the morning list stay short, let go of
a customer once the salesperson did what it asked, and put crises and promises first?

    python bench/quietness.py [--seed N] [--days 180] [--capacity 6] [--miss 0.15] [--json FILE]

It runs bench/simulation.py (33 customers of issue 12's archetypes, a salesperson
who works the list every morning with some misses) and measures the mornings:

- **share**: listed customers / active customers (in the journal, not separated),
  averaged over the days. Goal: at most 25 %.
- **longest run**: the most consecutive mornings one customer stayed listed with
  the same set of acting reason codes, counted from the first morning in that run
  on which the salesperson contacted it because of the list. A run the salesperson
  never touched does not count (the list is not to blame for work not done).
  Goal: at most 7 days.
- **crisis-first**: of the mornings on which some listed customer has an acting
  ``mood-support`` (a crisis) or ``follow-up`` (a promise), the share on which the
  top item is one of them. Goal: 100 %.

It prints the figures and the listed customer-days per reason, and exits 1 when a
goal is missed. Nothing here reads the clock: a seed gives the same figures.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from dataclasses import dataclass
from datetime import date
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from simulation import KINDS, Morning, simulate  # noqa: E402

URGENT = frozenset({"mood-support", "follow-up"})  # a crisis, a promise
SHARE_GOAL = 0.25
RUN_GOAL = 7
CRISIS_FIRST_GOAL = 1.0
DEFAULT_SEED = 12


@dataclass(frozen=True, slots=True)
class Run:
    """A customer listed for the same acting reasons, morning after morning."""

    days: int
    slug: str | None = None
    codes: tuple[str, ...] = ()
    start: date | None = None  # the first morning the salesperson acted on it in the run


def mean_share(mornings: list[Morning]) -> float:
    """The mean share of active customers listed per day (days without any: left out)."""
    shares = [len(m.listed) / m.active for m in mornings if m.active]
    return sum(shares) / len(shares) if shares else 0.0


def longest_run(mornings: list[Morning]) -> Run:
    """The longest run of consecutive mornings a customer stayed listed with the same
    acting reason codes, counted from the first morning of the run it was acted on."""
    # slug -> (codes, index of its last listed morning, index of the first action in the run)
    runs: dict[str, tuple[frozenset[str], int, int | None]] = {}
    best = Run(0)
    for index, morning in enumerate(mornings):
        for line in morning.listed:
            previous = runs.get(line.slug)
            acted_from: int | None = None
            if previous and previous[0] == line.acting and previous[1] == index - 1:
                acted_from = previous[2]
            if acted_from is None and line.slug in morning.acted:
                acted_from = index
            runs[line.slug] = (line.acting, index, acted_from)
            if acted_from is not None and index - acted_from + 1 > best.days:
                best = Run(index - acted_from + 1, line.slug, tuple(sorted(line.acting)),
                           mornings[acted_from].day)
    return best


def crisis_first(mornings: list[Morning]) -> tuple[int, int]:
    """(mornings whose top item is a crisis or a promise, mornings that list one)."""
    chances = [m for m in mornings if any(line.acting & URGENT for line in m.listed)]
    hits = sum(1 for m in chances if m.listed[0].acting & URGENT)
    return hits, len(chances)


def reason_days(mornings: list[Morning]) -> tuple[Counter[str], Counter[str]]:
    """Listed customer-days per reason code: as an acting reason, and as a modifier."""
    acting: Counter[str] = Counter()
    modifying: Counter[str] = Counter()
    for morning in mornings:
        for line in morning.listed:
            acting.update(line.acting)
            modifying.update(line.modifiers)
    return acting, modifying


@dataclass(frozen=True, slots=True)
class Figures:
    """Every figure of one run of the benchmark."""

    days: int
    share: float
    listed: tuple[int, ...]  # how many were listed, morning by morning
    run: Run
    urgent_top: tuple[int, int]  # crisis_first
    crises_unlisted: int
    acted: int
    reason_days: Counter[str]
    modifier_days: Counter[str]

    @property
    def crisis_first(self) -> float | None:
        hits, chances = self.urgent_top
        return hits / chances if chances else None

    def goals(self) -> dict[str, bool]:
        first = self.crisis_first
        return {"mean_share": self.share <= SHARE_GOAL, "longest_run": self.run.days <= RUN_GOAL,
                "crisis_first": first is None or first >= CRISIS_FIRST_GOAL}

    def as_json(self) -> dict[str, object]:
        return {
            "days": self.days, "customers": sum(KINDS.values()),
            "mean_share": round(self.share, 4), "listed_per_day": list(self.listed),
            "longest_run": {"days": self.run.days, "slug": self.run.slug,
                            "codes": list(self.run.codes),
                            "start": self.run.start.isoformat() if self.run.start else None},
            "crisis_first": {"hits": self.urgent_top[0], "chances": self.urgent_top[1],
                             "share": self.crisis_first},
            "crises_unlisted_days": self.crises_unlisted, "acted": self.acted,
            "reason_days": dict(self.reason_days.most_common()),
            "modifier_days": dict(self.modifier_days.most_common()),
            "goals": self.goals(),
        }


def figures(mornings: list[Morning]) -> Figures:
    acting, modifying = reason_days(mornings)
    return Figures(len(mornings), mean_share(mornings), tuple(len(m.listed) for m in mornings),
                   longest_run(mornings), crisis_first(mornings),
                   sum(m.crises_unlisted for m in mornings), sum(len(m.acted) for m in mornings),
                   acting, modifying)


def report(f: Figures) -> str:
    """The figures as the lines the benchmark prints."""
    goals = f.goals()

    def mark(name: str) -> str:
        return "ok" if goals[name] else "MISSED"

    first = "    n/a" if f.crisis_first is None else f"{f.crisis_first:7.1%}"
    mean = sum(f.listed) / len(f.listed) if f.listed else 0.0
    lines = [
        f"{sum(KINDS.values())} customers, {f.days} mornings; the salesperson acted "
        f"{f.acted} times because of the list",
        f"mean share listed     {f.share:7.1%}   goal <= 25 %   {mark('mean_share')}   "
        f"(listed per day: {min(f.listed, default=0)}..{max(f.listed, default=0)}, "
        f"mean {mean:.1f})",
        f"longest run           {f.run.days:4d} d    goal <= 7 d    {mark('longest_run')}   "
        f"({f.run.slug}: {', '.join(f.run.codes) or '-'} from {f.run.start})",
        f"crisis-first          {first}   goal 100 %     {mark('crisis_first')}   "
        f"({f.urgent_top[0]} of {f.urgent_top[1]} mornings)",
        f"crisis days unlisted  {f.crises_unlisted:4d}      (information: a crisis mood on "
        "record, no genuine contact for 7+ days)",
        "listed customer-days per reason (acting / as a modifier):",
    ]
    codes = sorted({*f.reason_days, *f.modifier_days}, key=lambda c: (-f.reason_days[c], c))
    for code in codes:
        lines.append(f"  {code:18s} {f.reason_days[code]:5d} / {f.modifier_days[code]:5d}")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--seed", type=int, default=DEFAULT_SEED)
    parser.add_argument("--days", type=int, default=180)
    parser.add_argument("--warmup", type=int, default=30)
    parser.add_argument("--capacity", type=int, default=6, help="items worked each morning")
    parser.add_argument("--miss", type=float, default=0.15, help="chance to skip an item")
    parser.add_argument("--json", type=Path, help="also write the figures to this file")
    args = parser.parse_args(argv)
    if args.days < 41 or args.warmup < 1 or not 0 <= args.miss <= 1 or args.capacity < 0:
        parser.error("need --days >= 41, --warmup >= 1, --capacity >= 0, 0 <= --miss <= 1")
    mornings = simulate(args.seed, args.days, args.warmup, args.capacity, args.miss)
    result = figures(mornings)
    print(report(result))
    if args.json:
        data = {"seed": args.seed, **result.as_json()}
        args.json.write_text(json.dumps(data, indent=2) + "\n", encoding="utf-8")
    return 0 if all(result.goals().values()) else 1


if __name__ == "__main__":
    sys.exit(main())

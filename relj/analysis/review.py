"""`relj review`: the last N weeks of one's own habits against the N before (SPEC §4).

relj.analysis.review_metrics measures one period; this module lays out the two
periods, counts genuine contacts week by week and names the one habit to work
on first. relj.render.review draws the result.

Never invent history: when the journal holds nothing before the last N weeks,
there is no "before" (None), and the screen says so instead of showing 0 → n as
progress. ``observed_from`` is the journal's first recorded day, so a screen can
say when a period is only partly in the journal.

The focus, one habit, by a fixed order of harm: the first that misses its goal
in the last N weeks wins.

  crisis      a crisis mood went unsupported for ``support_days``      (seed 003)
  follow_ups  a follow-up you promised was missed
  quiet       no contact at all in these weeks
  pressure    at least 2 pitches, on half or more of the genuine contacts (seed 001)
  closing     a closing question answered late or still put off     (seed 000)
  check_ins   under half of the contacts genuine: an illusion of contact (seed 000)
  personal    under half of the contacts in person (call, video, visit, event)
  overdue     a customer left alone for more than twice their cadence
  fewer       genuine contacts fell by more than a third against the weeks before
  keep_up     none of these: keep it up

Crises and promises go first (as on the morning list), pressure before check-ins.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field, fields
from datetime import date, timedelta

from relj.analysis import Fields
from relj.analysis.phase import PhaseChange, phase_changes
from relj.analysis.review_metrics import (
    OVERDUE_FACTOR,
    PERSONAL_CHANNELS,
    Metrics,
    Period,
    closing_counts,
    counted_changes,
    crisis_counts,
    first_known,
    follow_up_counts,
    overdue_twice,
    share,
    within,
)
from relj.model import Customer
from relj.settings import Settings

DEFAULT_WEEKS = 4
MAX_WEEKS = 520  # ten years: a review of more has no "before" to speak of
GOAL_SHARE = 0.5  # genuine and personal shares below this are the habit to work on
FEWER_FACTOR = 2 / 3  # genuine contacts below this part of the weeks before
FEWER_FROM = 3  # ... when there were at least this many before (a trend, not noise)
FOCUS_CODES = ("crisis", "follow_ups", "quiet", "pressure", "closing", "check_ins",
               "personal", "overdue", "fewer", "keep_up")

# Which way is good for each metric: 1 more is better, -1 fewer is better, 0 neither.
GOOD: dict[str, int] = {
    "contacts": 1, "attempts": 0, "genuine": 1, "genuine_share": 1, "personal_share": 1,
    "pitches": 0, "pitches_per_genuine": -1,
    "closing_on_time": 1, "closing_late": -1, "closing_open": -1,
    "follow_ups_kept": 1, "follow_ups_late": -1, "follow_ups_missed": -1,
    "crises_supported": 1, "crises_unsupported": -1,
    "overdue_twice": -1, "phase_changes": 0,
}
METRIC_NAMES: tuple[str, ...] = tuple(f.name for f in fields(Metrics))


@dataclass(frozen=True, slots=True)
class Review:
    weeks: int
    now: Period
    before: Period
    now_metrics: Metrics
    before_metrics: Metrics | None  # None: the journal holds nothing before ``now``
    weekly_genuine: tuple[int, ...]  # genuine contacts per week of ``now``, oldest first
    focus: str  # one of FOCUS_CODES
    focus_fields: Fields = ()
    observed_from: date | None = None  # the journal's first recorded day
    changes: tuple[PhaseChange, ...] = field(default=())  # within ``now``, oldest first


def periods(today: date, weeks: int) -> tuple[Period, Period]:
    """The last ``weeks`` weeks ending ``today``, and the as many weeks before them."""
    days = 7 * weeks
    now = Period(today - timedelta(days=days - 1), today)
    return now, Period(now.start - timedelta(days=days), now.start - timedelta(days=1))


@dataclass
class _Tally:
    """Counts of one period while the customers are walked through."""

    contacts: int = 0
    attempts: int = 0
    genuine: int = 0
    with_channel: int = 0
    personal: int = 0
    pitches: int = 0
    closing: list[int] = field(default_factory=lambda: [0, 0, 0])
    follow_ups: list[int] = field(default_factory=lambda: [0, 0, 0])
    crises: list[int] = field(default_factory=lambda: [0, 0])
    overdue: int = 0
    changes: int = 0

    def add(self, customer: Customer, period: Period, moves: list[PhaseChange],
            settings: Settings) -> None:
        for item in within(customer, period):
            if not item.reached:
                self.attempts += 1
                continue
            self.contacts += 1
            self.genuine += item.genuine
            self.pitches += item.pitched
            if item.channel is not None:
                self.with_channel += 1
                self.personal += item.channel in PERSONAL_CHANNELS
        _add(self.closing, closing_counts(customer, period, settings))
        _add(self.follow_ups, follow_up_counts(customer, period))
        _add(self.crises, crisis_counts(customer, period, settings))
        self.overdue += overdue_twice(customer, period.end, settings)
        self.changes += counted_changes(moves, period)

    def counts(self) -> tuple[int, ...]:
        """Every count, flat (what a cache keeps of one customer's period)."""
        return (self.contacts, self.attempts, self.genuine, self.with_channel, self.personal,
                self.pitches, *self.closing, *self.follow_ups, *self.crises, self.overdue,
                self.changes)

    def merge(self, counts: tuple[int, ...]) -> None:
        """Add one customer's ``counts`` (as ``counts()`` gives them)."""
        (contacts, attempts, genuine, with_channel, personal, pitches, *rest) = counts
        self.contacts += contacts
        self.attempts += attempts
        self.genuine += genuine
        self.with_channel += with_channel
        self.personal += personal
        self.pitches += pitches
        _add(self.closing, rest[0:3])
        _add(self.follow_ups, rest[3:6])
        _add(self.crises, rest[6:8])
        self.overdue += rest[8]
        self.changes += rest[9]

    def metrics(self) -> Metrics:
        closing, follow_ups, crises = self.closing, self.follow_ups, self.crises
        return Metrics(
            self.contacts, self.attempts, self.genuine, share(self.genuine, self.contacts),
            share(self.personal, self.with_channel), self.pitches,
            share(self.pitches, self.genuine), closing[0], closing[1], closing[2],
            follow_ups[0], follow_ups[1], follow_ups[2], crises[0], crises[1],
            self.overdue, self.changes)


def _add(totals: list[int], counts: Iterable[int]) -> None:
    for index, count in enumerate(counts):
        totals[index] += count


# One customer's part of a review: the day it is first known (None: nothing recorded
# up to today), its counts in the recent period and in the one before (None: not known
# yet then), its genuine contacts per recent week and its phase changes shown.
Part = tuple[date | None, tuple[int, ...] | None, tuple[int, ...] | None, tuple[int, ...],
             tuple[PhaseChange, ...]]


def review(customers: Iterable[Customer], today: date, settings: Settings,
           weeks: int = DEFAULT_WEEKS) -> Review:
    """The review of the last ``weeks`` weeks up to ``today`` (1 <= weeks <= MAX_WEEKS)."""
    return review_of([part_of(c, today, settings, weeks) for c in customers], today,
                     settings, weeks)


def part_of(customer: Customer, today: date, settings: Settings, weeks: int) -> Part:
    """What ``customer`` adds to the review (the only step that reads a whole history,
    so that a cache can keep it per file and day)."""
    now, before = periods(today, weeks)
    first = first_known(customer, today)
    if first is None:
        return None, None, None, (0,) * weeks, ()
    moves = phase_changes(customer, today, settings)
    counts: list[tuple[int, ...] | None] = []
    for period in (now, before):
        if first <= period.end:
            tally = _Tally()
            tally.add(customer, period, moves, settings)
            counts.append(tally.counts())
        else:
            counts.append(None)
    weekly = [0] * weeks
    for item in within(customer, now):
        if item.reached and item.genuine:
            weekly[(item.day - now.start).days // 7] += 1
    changes = tuple(m for m in moves
                    if now.holds(m.day) and "unknown" not in (m.before, m.after))
    return first, counts[0], counts[1], tuple(weekly), changes


def review_of(parts: Iterable[Part], today: date, settings: Settings,
              weeks: int = DEFAULT_WEEKS) -> Review:
    """The review from every customer's part (``part_of``)."""
    now, before = periods(today, weeks)
    tallies = (_Tally(), _Tally())
    weekly = [0] * weeks
    firsts: list[date] = []
    changes: list[PhaseChange] = []
    for first, *counts, week, moved in parts:
        if first is None:
            continue  # nothing recorded up to today: no habit to see
        firsts.append(first)
        for tally, period_counts in zip(tallies, counts, strict=True):
            if period_counts is not None:
                tally.merge(period_counts)
        _add(weekly, week)
        changes += moved
    observed = min(firsts, default=None)
    current = tallies[0].metrics()
    earlier = tallies[1].metrics() if observed is not None and observed < now.start else None
    code, values = focus(current, earlier, settings)
    return Review(weeks, now, before, current, earlier, tuple(weekly), code, values, observed,
                  tuple(sorted(changes, key=lambda m: (m.day, m.name))))


def focus(now: Metrics, before: Metrics | None, settings: Settings) -> tuple[str, Fields]:
    """The habit to work on first (the order of the module's docstring) and its numbers."""
    if now.crises_unsupported:
        return "crisis", (("count", now.crises_unsupported), ("days", settings.support_days))
    if now.follow_ups_missed:
        return "follow_ups", (("count", now.follow_ups_missed),)
    if now.contacts == 0:
        return "quiet", ()
    ratio = now.pitches_per_genuine
    if now.pitches >= 2 and (ratio is None or ratio >= GOAL_SHARE):
        return "pressure", (("pitches", now.pitches), ("genuine", now.genuine))
    if now.closing_late or now.closing_open:
        return "closing", (("late", now.closing_late), ("open", now.closing_open))
    if now.genuine_share is not None and now.genuine_share < GOAL_SHARE:
        return "check_ins", (("percent", round(100 * now.genuine_share)),)
    if now.personal_share is not None and now.personal_share < GOAL_SHARE:
        return "personal", (("percent", round(100 * now.personal_share)),)
    if now.overdue_twice:
        return "overdue", (("count", now.overdue_twice), ("factor", OVERDUE_FACTOR))
    if (before is not None and before.genuine >= FEWER_FROM
            and now.genuine < FEWER_FACTOR * before.genuine):
        return "fewer", (("now", now.genuine), ("before", before.genuine))
    return "keep_up", ()

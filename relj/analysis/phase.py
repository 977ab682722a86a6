"""The phase of a relationship (SPEC §4): a state machine over dated signals.

Phases: 0 courtship (a prospect), 1 infatuation, 2 disenchantment, 3 struggle,
4 me-you-us, 5 home, and "separated" (``ended`` on or before today; no number).

The current relationship starts at the later of ``since`` and the last
``contact-left`` signal: a key contact leaving starts over at phase 1.

Evidence codes (``Evidence.signal``):
  start            the customer was won (``since``)                      -> 1
  contact-left     the key contact left: a new relationship               -> 1
  <signal code>    a disenchantment or struggle signal that moved the phase,
                   restarted the calm clock, or (in 4/5) was noted; a
                   ``trust`` signal in phase 4
  fade             ``fade_days`` in phase 1 without a signal             -> 2
  calm             ``calm_days`` without a disenchantment or struggle
                   signal, with a genuine contact or a project since     -> 4
  tenure           ``tenure_days`` in phase 4, a trust signal and no
                   struggle signal for ``home_quiet_days``               -> 5
  ended            the relationship ended                                -> separated

Ties: a transition that time makes on a day happens before that day's
interactions. The calm clock starts at the last disenchantment or struggle
signal, or at the fade when the infatuation faded without one; the genuine
contact (or project) may come after the quiet days, and then the calm begins
on the day of that contact. Two struggle signals count even when they were
logged on one interaction. A separated relationship's evidence stops on the
day it ended.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, timedelta

from relj.analysis import visible_interactions
from relj.analysis.results import Evidence, PhaseResult
from relj.model import (
    CALM_SIGNALS,
    DISENCHANTMENT_SIGNALS,
    PHASE_CODES,
    SEPARATED,
    STRUGGLE_SIGNALS,
    Customer,
    Interaction,
    Signal,
)
from relj.settings import Settings


class _Machine:
    """One relationship, fed interactions in order; time transitions fire in between."""

    def __init__(self, settings: Settings, start: Evidence) -> None:
        self.settings = settings
        self.phase = 1
        self.entered = start.day
        self.evidence: list[Evidence] = [start]
        self.calm_from: date | None = None  # last disenchantment/struggle signal (or the fade)
        self.calm_contact: date | None = None  # first genuine contact or project after it
        self.trust_day: date | None = None  # first trust signal in phase 4
        self.struggle_days: list[date] = []

    # -- transitions that time makes ---------------------------------------

    def advance(self, until: date) -> None:
        while True:
            step = self._next_timed()
            if step is None or step[0] > until:
                return
            day, apply = step
            apply(day)

    def _next_timed(self) -> tuple[date, Callable[[date], None]] | None:
        s = self.settings
        if self.phase == 1:
            return self.entered + timedelta(days=s.fade_days), self._fade
        if self.phase in (2, 3) and self.calm_from and self.calm_contact:
            return max(self.calm_from + timedelta(days=s.calm_days), self.calm_contact), self._calm
        if self.phase == 4 and self.trust_day:
            day = max(self.entered + timedelta(days=s.tenure_days), self.trust_day)
            if self.struggle_days:
                day = max(day, self.struggle_days[-1] + timedelta(days=s.home_quiet_days))
            return day, self._tenure
        return None

    def _fade(self, day: date) -> None:
        self._enter(2, day)
        self._restart_calm(day)
        self._note(day, "fade", "coach.ev.fade", days=self.settings.fade_days)

    def _calm(self, day: date) -> None:
        self._enter(4, day)
        self.trust_day = None
        self._note(day, "calm", "coach.ev.calm", days=self.settings.calm_days)

    def _tenure(self, day: date) -> None:
        self._enter(5, day)
        self._note(day, "tenure", "coach.ev.tenure", days=self.settings.tenure_days,
                   quiet=self.settings.home_quiet_days)

    # -- interactions -------------------------------------------------------

    def feed(self, item: Interaction) -> None:
        self.advance(item.day)
        signals = item.signals
        struggle = [s for s in signals if s in STRUGGLE_SIGNALS]
        disenchant = [s for s in signals if s in DISENCHANTMENT_SIGNALS]
        self.struggle_days.extend(item.day for _ in struggle)
        if struggle or disenchant:
            self._on_signal(item.day, struggle, disenchant)
        elif item.genuine or CALM_SIGNALS.intersection(signals):
            # The interaction that carried a signal never counts as the calm contact.
            if self.calm_from is not None and self.calm_contact is None:
                self.calm_contact = item.day
        if "trust" in signals and self.phase == 4 and self.trust_day is None:
            self.trust_day = item.day
            self._note(item.day, "trust", "coach.ev.trust")

    def _on_signal(self, day: date, struggle: list[Signal],
                   disenchant: list[Signal]) -> None:
        first = (struggle or disenchant)[0]
        if self.phase in (4, 5):
            if struggle:
                self._struggle_in_good_times(day, struggle[0])
            return
        if struggle and self.phase in (1, 2):
            self._enter(3, day)
            self._note(day, first, "coach.ev.struggle")
        elif self.phase == 1:
            self._enter(2, day)
            self._note(day, first, "coach.ev.disenchant")
        else:
            self._note(day, first, "coach.ev.restart")
        self._restart_calm(day)

    def _struggle_in_good_times(self, day: date, signal: str) -> None:
        s = self.settings
        window_start = day - timedelta(days=s.relapse_days)
        recent = sum(1 for d in self.struggle_days if d >= window_start)
        if recent >= s.relapse_signals:
            self._enter(3, day)
            self._restart_calm(day)
            self._note(day, signal, "coach.ev.relapse", count=recent, days=s.relapse_days)
        else:
            self._note(day, signal, "coach.ev.noted")

    # -- helpers ------------------------------------------------------------

    def _enter(self, phase: int, day: date) -> None:
        self.phase = phase
        self.entered = day

    def _restart_calm(self, day: date) -> None:
        self.calm_from = day
        self.calm_contact = None

    def _note(self, day: date, signal: str, key: str, **fields: object) -> None:
        code = PHASE_CODES[self.phase]
        self.evidence.append(Evidence(day, signal, key, code, tuple(fields.items())))


def _relationship(customer: Customer, items: tuple[Interaction, ...]) -> tuple[Evidence, int]:
    """Where the current relationship starts: its first evidence and first interaction index."""
    since = customer.since
    assert since is not None
    for index in range(len(items) - 1, -1, -1):
        item = items[index]
        if "contact-left" in item.signals and item.day >= since:
            left = Evidence(item.day, "contact-left", "coach.ev.contact_left", PHASE_CODES[1])
            return left, index
    first = next((i for i, item in enumerate(items) if item.day >= since), len(items))
    return Evidence(since, "start", "coach.ev.start", PHASE_CODES[1]), first


def _computed(customer: Customer, today: date,
              settings: Settings) -> tuple[int, date | None, list[Evidence]]:
    if customer.since is None or customer.since > today:
        return 0, None, []  # a prospect, or not yet won on "today"
    items = visible_interactions(customer, today)
    start, first = _relationship(customer, items)
    machine = _Machine(settings, start)
    for item in items[first:]:
        machine.feed(item)
    machine.advance(today)
    return machine.phase, machine.entered, machine.evidence


def compute_phase(customer: Customer, today: date, settings: Settings) -> PhaseResult:
    """The phase on ``today``, with the evidence that led to it (oldest first)."""
    override = customer.phase_override
    if customer.ended is not None and customer.ended <= today:
        # The story stops on the day it ended; what came after is not part of it.
        _, _, evidence = _computed(customer, customer.ended, settings)
        ended = Evidence(customer.ended, "ended", "coach.ev.ended", SEPARATED)
        return PhaseResult(None, SEPARATED, None, override, customer.ended, (*evidence, ended))
    computed, entered, evidence = _computed(customer, today, settings)
    phase = computed if override is None else override
    return PhaseResult(phase, PHASE_CODES[phase], computed, override, entered, tuple(evidence))


@dataclass(frozen=True, slots=True)
class PhaseChange:
    """The computed phase changed on ``day`` (phase codes before and after)."""

    day: date
    name: str  # the customer's
    before: str
    after: str


def phase_changes(customer: Customer, today: date, settings: Settings) -> list[PhaseChange]:
    """Every change of the computed phase up to ``today``, oldest first, from its evidence."""
    evidence = compute_phase(customer, today, settings).evidence
    if not evidence:
        return []
    before = "courtship"
    if evidence[0].signal == "contact-left":  # a new relationship: what was the old one?
        before = compute_phase(customer, evidence[0].day - timedelta(days=1), settings).code
    changes = []
    for ev in evidence:
        if ev.phase != before and ev.day <= today:
            changes.append(PhaseChange(ev.day, customer.name, before, ev.phase))
        before = ev.phase
    return changes

"""The phase of a relationship (SPEC §4): a state machine over observed time.

Phases: 0 courtship (a prospect), 1 infatuation, 2 disenchantment, 3 struggle,
4 me-you-us, 5 home; "separated" (``ended`` on or before today) and "unknown"
(a relationship older than its record that nothing has decided yet) have no number.

Never invent history: the current relationship starts at the later of ``since``
and the last key-contact departure; the *record* starts at the first interaction,
offer, assessment or departure, else at ``added``, else at ``since``. When the
relationship is more than ``fade_days`` older than its record and no assessment
exists, the machine starts at the record in "unknown", so it can never emit a
fade, calm or tenure for days nobody observed. An assessment is ground truth on
its day; the machine continues from there.

The softer machine (issue 12): one friction after the honeymoon is only
disenchantment; struggle needs a ``conflict`` or a second delay, rework or
discount demand within ``struggle_days`` of another.

Evidence codes (``Evidence.signal``):
  start            the customer was won (``since``) -> 1; or the record starts -> unknown
  contact-left     the key contact left: a new relationship               -> 1
  <signal code>    a friction signal that moved the phase, restarted the calm
                   clock or (in 4/5) was noted; a ``trust`` signal in phase 4
  fade             ``fade_days`` in phase 1 without a signal             -> 2
  calm             ``calm_days`` without friction, with a genuine contact
                   or a project since                                    -> 4
  tenure           ``tenure_days`` in phase 4, a trust signal after the
                   last friction and no friction for ``home_quiet_days`` -> 5
  assessment       the user's own judgement                              -> its phase
  ended            the relationship ended                                -> separated

Ties: a transition that time makes on a day happens before that day's
interactions, and an assessment after them (it judges the day as logged). The
calm clock starts at the last friction signal, at the fade, at an assessment of
2 or 3, or at the record's start when the phase is unknown; the genuine contact
(or project) may come after the quiet days, and then the calm begins on its day.
Two friction signals count even when they were logged on one interaction. A
separated relationship's evidence stops on the day it ended.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, timedelta

from relj.analysis import visible_interactions
from relj.analysis.results import UNKNOWN, Evidence, PhaseResult
from relj.model import (
    CALM_SIGNALS,
    DISENCHANTMENT_SIGNALS,
    PHASE_CODES,
    SEPARATED,
    STRUGGLE_SIGNALS,
    Assessment,
    Customer,
    Interaction,
    Signal,
)
from relj.settings import Settings

# Every signal of discontent; a second REPEATED one within struggle_days is struggle.
FRICTION: frozenset[Signal] = DISENCHANTMENT_SIGNALS | STRUGGLE_SIGNALS
REPEATED: frozenset[Signal] = frozenset({"delay", "rework", "discount-pressure"})


def code_of(phase: int | None) -> str:
    return UNKNOWN if phase is None else PHASE_CODES[phase]


class _Machine:
    """One relationship, fed interactions and assessments in order; time acts in between."""

    def __init__(self, settings: Settings, phase: int | None, start: Evidence) -> None:
        self.settings = settings
        self.phase = phase  # None: unknown
        self.entered = start.day
        self.evidence: list[Evidence] = [start]
        self.struggles = 0
        # Unknown: the calm clock runs from the record's start (observed quiet days).
        self.calm_from: date | None = start.day if phase is None else None
        self.calm_contact: date | None = None  # first genuine contact or project after it
        self.last_friction: date | None = None
        self.last_trust: date | None = None
        self.trust_noted = False
        self.repeated: list[date] = []  # days of delay, rework, discount-pressure
        self.struggle_days: list[date] = []  # days of struggle signals (relapse)
        # The settings' spans, made once: the machine asks for them at every entry.
        self.fade = timedelta(days=settings.fade_days)
        self.calm = timedelta(days=settings.calm_days)
        self.tenure = timedelta(days=settings.tenure_days)
        self.home_quiet = timedelta(days=settings.home_quiet_days)

    # -- transitions that time makes ---------------------------------------

    def advance(self, until: date) -> None:
        while True:
            step = self._next_timed()
            if step is None or step[0] > until:
                return
            day, apply = step
            apply(day)

    def _next_timed(self) -> tuple[date, Callable[[date], None]] | None:
        phase = self.phase
        if phase == 1:
            return self.entered + self.fade, self._fade
        if phase in (2, 3, None):
            if self.calm_from and self.calm_contact:
                return max(self.calm_from + self.calm, self.calm_contact), self._calm
            return None
        if phase == 4 and self._trusted():
            assert self.last_trust is not None
            day = max(self.entered + self.tenure, self.last_trust)
            if self.last_friction is not None:
                day = max(day, self.last_friction + self.home_quiet)
            return day, self._tenure
        return None

    def _trusted(self) -> bool:
        """A trust signal dated after the last friction (one trust is no lifelong trust)."""
        if self.last_trust is None:
            return False
        return self.last_friction is None or self.last_trust > self.last_friction

    def _fade(self, day: date) -> None:
        self._enter(2, day)
        self._restart_calm(day)
        self._note(day, "fade", "coach.ev.fade", days=self.settings.fade_days)

    def _calm(self, day: date) -> None:
        self._enter(4, day)
        self.calm_from = self.calm_contact = None
        self._note(day, "calm", "coach.ev.calm", days=self.settings.calm_days)

    def _tenure(self, day: date) -> None:
        self._enter(5, day)
        self._note(day, "tenure", "coach.ev.tenure", days=self.settings.tenure_days,
                   quiet=self.settings.home_quiet_days)

    # -- entries ------------------------------------------------------------

    def feed(self, item: Interaction, day: date) -> None:
        """One interaction, on its ``day`` (``item.day``, which the caller has at hand)."""
        step = self._next_timed()  # advance(day), inlined: this runs for every interaction
        while step is not None and step[0] <= day:
            step[1](step[0])
            step = self._next_timed()
        signals = item.signals
        friction = [s for s in signals if s in FRICTION] if signals else None
        if friction:
            self._on_friction(day, friction)
        elif (item.genuine and item.reached) or CALM_SIGNALS.intersection(signals):
            # The interaction that carried a friction never counts as the calm contact.
            if self.calm_from is not None and self.calm_contact is None:
                self.calm_contact = day
        if "trust" in signals:
            self.last_trust = day
            if self.phase == 4 and self._trusted() and not self.trust_noted:
                self.trust_noted = True
                self._note(day, "trust", "coach.ev.trust")

    def assess(self, assessment: Assessment) -> None:
        day = assessment.on
        self.advance(day)
        if assessment.phase == 3 and self.phase != 3:
            self.struggles += 1
        self._enter(assessment.phase, day)
        self.calm_from = day if assessment.phase in (2, 3) else None
        self.calm_contact = None
        if assessment.note:
            self._note(day, "assessment", "coach.ev.assessment_note", note=assessment.note)
        else:
            self._note(day, "assessment", "coach.ev.assessment")

    def _on_friction(self, day: date, friction: list[Signal]) -> None:
        second = False
        window = timedelta(days=self.settings.struggle_days)
        for signal in friction:
            if signal in REPEATED:
                second = second or any(day - d <= window for d in self.repeated)
                self.repeated.append(day)
        self.last_friction = day
        self.trust_noted = False
        struggle = [s for s in friction if s in STRUGGLE_SIGNALS]
        self.struggle_days.extend(day for _ in struggle)
        if self.phase in (4, 5):
            self._friction_in_good_times(day, struggle[0] if struggle else friction[0], struggle)
            return
        if self.phase == 0:
            return  # assessed as courtship: the user knows better
        conflict = "conflict" in friction
        if conflict or second:
            signal = "conflict" if conflict else next(s for s in friction if s in REPEATED)
            if self.phase == 3:
                self._note(day, signal, "coach.ev.restart")
            else:
                self._enter(3, day)
                self.struggles += 1
                self._note(day, signal, "coach.ev.struggle")
        elif self.phase == 1 or (
                self.phase is None and any(s in DISENCHANTMENT_SIGNALS for s in friction)):
            self._enter(2, day)
            self._note(day, friction[0], "coach.ev.disenchant")
        else:
            self._note(day, friction[0], "coach.ev.restart")
        self._restart_calm(day)

    def _friction_in_good_times(self, day: date, signal: Signal, struggle: list[Signal]) -> None:
        s = self.settings
        window_start = day - timedelta(days=s.relapse_days)
        recent = sum(1 for d in self.struggle_days if d >= window_start)
        if struggle and recent >= s.relapse_signals:
            self._enter(3, day)
            self.struggles += 1
            self._restart_calm(day)
            self._note(day, signal, "coach.ev.relapse", count=recent, days=s.relapse_days)
        else:
            self._note(day, signal, "coach.ev.noted")

    # -- helpers ------------------------------------------------------------

    def _enter(self, phase: int | None, day: date) -> None:
        self.phase = phase
        self.entered = day

    def _restart_calm(self, day: date) -> None:
        self.calm_from = day
        self.calm_contact = None

    def _note(self, day: date, signal: str, key: str, **fields: object) -> None:
        self.evidence.append(Evidence(day, signal, key, code_of(self.phase),
                                      tuple(fields.items())))


@dataclass(frozen=True, slots=True)
class _Story:
    """Where the current relationship starts, where its record starts, what to feed."""

    start: date
    departure: bool  # the start is a key contact leaving (observed itself)
    record: date
    items: tuple[Interaction, ...]
    assessments: tuple[Assessment, ...]


def _story(customer: Customer, since: date, today: date) -> _Story:
    items = visible_interactions(customer, today)
    start, first, departure = since, bisect_left(items, since, key=lambda i: i.day), False
    for index in range(len(items) - 1, -1, -1):
        if "contact-left" in items[index].signals and items[index].day >= since:
            start, first, departure = items[index].day, index, True
            break
    for contact in customer.contacts:
        left = contact.left
        if contact.key and left is not None and start < left <= today:
            start, first, departure = left, bisect_left(items, left, key=lambda i: i.day), True
    seen = [i.day for i in items[:1]]
    seen += [o.opened for o in customer.offers if o.opened is not None and o.opened <= today]
    seen += [a.on for a in customer.assessments if a.on <= today]
    seen += [start] if departure else []
    if seen:
        record = min(seen)
    elif customer.added is not None and customer.added <= today:
        record = customer.added
    else:
        record = since
    assessments = tuple(a for a in customer.assessments if start <= a.on <= today)
    return _Story(start, departure, record, items[first:], assessments)


def record_start(customer: Customer, today: date) -> date | None:
    """The first day relj observed of the current relationship (None for a prospect)."""
    if customer.since is None or customer.since > today:
        return None
    story = _story(customer, customer.since, today)
    return max(story.start, story.record)


def _run(customer: Customer, today: date, settings: Settings) -> _Machine | None:
    if customer.since is None or customer.since > today:
        return None  # a prospect, or not yet won on "today"
    story = _story(customer, customer.since, today)
    unobserved = story.record - story.start > timedelta(days=settings.fade_days)
    if unobserved:  # unknown from the record's start until a signal or an assessment decides
        first = Evidence(story.record, "start", "coach.ev.unknown", UNKNOWN,
                         (("since", story.start),))
        machine = _Machine(settings, None, first)
    elif story.departure:
        machine = _Machine(settings, 1, Evidence(story.start, "contact-left",
                                                 "coach.ev.contact_left", PHASE_CODES[1]))
    else:
        machine = _Machine(settings, 1, Evidence(story.start, "start", "coach.ev.start",
                                                 PHASE_CODES[1]))
    if not story.assessments:  # the common case: the interactions, in their order
        feed = machine.feed
        for item in story.items:
            feed(item, item.day)
        machine.advance(today)
        return machine
    entries: list[tuple[tuple[date, int], Interaction | Assessment]] = [
        ((i.day, 0), i) for i in story.items]
    entries += [((a.on, 1), a) for a in story.assessments]
    entries.sort(key=lambda pair: pair[0])  # stable: interactions keep their order
    for (day, _), entry in entries:
        if isinstance(entry, Assessment):
            machine.assess(entry)
        else:
            machine.feed(entry, day)
    machine.advance(today)
    return machine


def compute_phase(customer: Customer, today: date, settings: Settings) -> PhaseResult:
    """The phase on ``today``, with the evidence that led to it (oldest first)."""
    override = customer.phase_override
    if customer.ended is not None and customer.ended <= today:
        # The story stops on the day it ended; what came after is not part of it.
        before = _run(customer, customer.ended, settings)
        evidence = before.evidence if before else []
        ended = Evidence(customer.ended, "ended", "coach.ev.ended", SEPARATED)
        return PhaseResult(None, SEPARATED, None, override, customer.ended, (*evidence, ended),
                           before.struggles if before else 0)
    machine = _run(customer, today, settings)
    computed: int | None
    if machine is None:
        computed, entered, evidence, struggles = 0, None, [], 0
    else:
        computed, entered = machine.phase, machine.entered
        evidence, struggles = machine.evidence, machine.struggles
    phase = computed if override is None else override
    return PhaseResult(phase, code_of(phase), computed, override, entered, tuple(evidence),
                       struggles)


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

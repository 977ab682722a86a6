"""What the analyses return, apart from the analyses themselves.

``relj due`` keeps these in its cache (relj.storage.cache) and shows them; keeping them
here lets a warm ``relj due`` build and rank them without importing the
analysis code.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date

from relj.analysis import Fields, Message
from relj.model import SEPARATED, quick_pickle

# The phase code of a relationship older than its record that nothing has decided yet
# (JSON: phase null, phase_name "unknown").
UNKNOWN = "unknown"


@quick_pickle
@dataclass(frozen=True, slots=True)
class Evidence:
    day: date
    # A signal code or one of: start, contact-left, fade, calm, tenure, assessment, ended.
    signal: str
    key: str  # message key of its sentence (area "coach")
    phase: str  # the phase code after this step
    fields: Fields = ()


@quick_pickle
@dataclass(frozen=True, slots=True)
class PhaseResult:
    # What counts: the override, else the computed phase; None = separated or unknown.
    phase: int | None
    code: str  # phase code of ``phase`` ("separated" when ended, "unknown" when unobserved)
    computed: int | None  # what the signals give; None when separated or unknown
    override: int | None  # the file's manual ``phase``, reported even when it does not win
    entered: date | None  # when the computed phase began (None for a prospect)
    evidence: tuple[Evidence, ...]
    struggles: int = 0  # how often struggle (phase 3) began in the current relationship

    @property
    def separated(self) -> bool:
        return self.code == SEPARATED

    @property
    def won(self) -> bool:
        """A relationship after the win and before its end: phases 1-5, or unknown (a
        customer whose history relj has not observed is still somewhere in 1-5)."""
        return self.phase in (1, 2, 3, 4, 5) or self.code == "unknown"


@quick_pickle
@dataclass(frozen=True, slots=True)
class Reason:
    """One reason on the morning list. ``acts``: it asks for action today (only such
    reasons list a customer); the others are modifiers that raise the rank."""

    code: str
    points: float
    key: str
    fields: Fields = ()
    acts: bool = True


@quick_pickle
@dataclass(frozen=True, slots=True)
class DueItem:
    slug: str
    name: str
    score: float
    phase: PhaseResult
    days_since_genuine: int | None
    reasons: tuple[Reason, ...]
    action: Message
    snoozed: date | None = None  # `relj snooze`: off the list until this day (after today)


def acts(item: DueItem) -> bool:
    """Whether any of the item's reasons acts today."""
    return any(r.acts for r in item.reasons)


# Acting reasons that go before any score: a customer in a crisis, and a promise
# you made (a follow-up on its day). A high score of a merely overdue customer
# must never push them down the list (issue 12: "crisis first").
FIRST = frozenset({"mood-support", "follow-up"})

Head = tuple[float, bool, bool, bool]  # score, acting, any reason, a crisis or promise acts


def head_of(item: DueItem) -> Head:
    """What the cache keeps to rank without unpickling."""
    first = any(r.acts and r.code in FIRST for r in item.reasons)
    return (item.score, acts(item), bool(item.reasons), first)


def keeps(head: Head, include_all: bool) -> bool:
    """Whether `relj due` lists a customer: an acting reason, or with ``--all`` any reason."""
    _, acting, any_reason, _ = head
    return acting or (include_all and any_reason)


def rank_key(head: Head, slug: str) -> tuple[bool, float, str]:
    """Crises and promises first, then the highest score; ties by slug, so the order
    never depends on the disk."""
    return (not head[3], -head[0], slug)


def rank(items: Iterable[DueItem], include_all: bool = False) -> list[DueItem]:
    """The items `relj due` lists, in its order."""
    kept = [(head_of(i), i) for i in items]
    chosen = [(head, i) for head, i in kept if keeps(head, include_all)]
    return [i for head, i in sorted(chosen, key=lambda pair: rank_key(pair[0], pair[1].slug))]

"""What the analyses return, apart from the analyses themselves.

``relj due`` keeps these in its cache (relj.index) and shows them; keeping them
here lets a warm ``relj due`` build and rank them without importing the
analysis code.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date

from relj.analysis import Fields, Message
from relj.model import SEPARATED


@dataclass(frozen=True, slots=True)
class Evidence:
    day: date
    signal: str  # a signal code or one of: start, contact-left, fade, calm, tenure, ended
    key: str  # message key of its sentence (area "coach")
    phase: str  # the phase code after this step
    fields: Fields = ()


@dataclass(frozen=True, slots=True)
class PhaseResult:
    phase: int | None  # what counts: the override, else the computed phase; None = separated
    code: str  # phase code of ``phase`` ("separated" when ended)
    computed: int | None  # what the signals give; None when separated
    override: int | None  # the file's manual ``phase``, reported even when it does not win
    entered: date | None  # when the computed phase began (None for a prospect)
    evidence: tuple[Evidence, ...]

    @property
    def separated(self) -> bool:
        return self.code == SEPARATED


@dataclass(frozen=True, slots=True)
class Reason:
    code: str
    points: float
    key: str
    fields: Fields = ()


@dataclass(frozen=True, slots=True)
class DueItem:
    slug: str
    name: str
    score: float
    phase: PhaseResult
    days_since_genuine: int | None
    reasons: tuple[Reason, ...]
    action: Message


def rank(items: Iterable[DueItem], include_ended: bool = False) -> list[DueItem]:
    """The items with at least one reason, highest score first (ties by slug)."""
    kept = [i for i in items if i.reasons and (include_ended or not i.phase.separated)]
    return sorted(kept, key=lambda i: (-i.score, i.slug))

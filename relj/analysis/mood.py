"""The customer's mood as it stands (SPEC §4 "Facts", seed 003).

A mood is recorded on an interaction and stands until a later interaction
records another one: a check-in logged without a mood says nothing about how
they feel, so it does not erase a desperate customer. A mood nobody recorded
again for ``mood_days`` is forgotten (people move on; relj should not nag
about a bad week forever).

Crisis moods (annoyed, depressed, desperate, uncertain, passive) turn every
action into support and stop every selling prompt; optimistic and active get
advice of their own.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from relj.model import Interaction, quick_pickle

CRISIS_MOODS: frozenset[str] = frozenset(
    {"annoyed", "depressed", "desperate", "uncertain", "passive"})


@quick_pickle
@dataclass(frozen=True, slots=True)
class StandingMood:
    mood: str
    day: date  # the day it was recorded

    @property
    def crisis(self) -> bool:
        return self.mood in CRISIS_MOODS


def mood_standing(items: Sequence[Interaction], until: date, mood_days: int,
                  end: int | None = None) -> StandingMood | None:
    """The mood that stands on ``until``: the latest recorded among ``items[:end]``
    (oldest first; attempts reached nobody and record none), unless it is
    ``mood_days`` or more old."""
    stop = len(items) if end is None else end
    for item in reversed(items[:stop]):
        if item.mood is not None and item.reached:
            if (until - item.day).days >= mood_days:
                return None
            return StandingMood(item.mood, item.day)
    return None

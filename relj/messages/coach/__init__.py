"""Messages of the coach: phases, evidence, advice, due reasons and actions, views.

The ideas come from the seed texts (shared/seeds 000-003); the wording is relj's own.
Labels of moods, signals and phase names live in ``labels`` (shared by all commands).
One catalogue (the area "coach"), kept in two modules by idea: ``phase`` and ``due``.
"""

from __future__ import annotations

from relj.messages.coach.due import MESSAGES as _DUE
from relj.messages.coach.phase import MESSAGES as _PHASE

MESSAGES: dict[str, dict[str, str]] = {**_PHASE, **_DUE}

"""Three-way merge of one customer file: what git's merge driver runs.

Decisions are taken on the parsed data (``plan``): entries are keyed by id
(contacts by name), every other top-level key is a field, and for each field
the side that changed it wins; both changing it differently is a conflict.
The result is OURS' text with only the needed changes (``text``), conflicts
between the standard markers around just the field's line or the entry's
block (``markers``). Comments and layout are not data, so each region (the
top part, each entry) is also merged line by line (``lines``): a teammate's
comment survives, and where both sides' lines clash and one side's change is
more than its data, the whole file is marked rather than a comment dropped.
Before anything is returned the result is parsed back
and compared with the decisions; if it does not match, or a side does not
parse, the whole file is a conflict: never a guess.

Used by ``relj merge-driver`` (cli); imports storage's codec, nothing above.
"""

from __future__ import annotations

import tomllib

from relj.team.merge.markers import OURS_MARK, resolve_markers, whole_file
from relj.team.merge.plan import Plan
from relj.team.merge.text import Unmergeable, write

__all__ = ["FILE_CONFLICT", "merge_customer", "resolve_markers"]

FILE_CONFLICT = "file"


def merge_customer(base: bytes, ours: bytes, theirs: bytes) -> tuple[bytes, list[str]]:
    """Merge THEIRS into OURS against BASE (b"" when the file is new on both sides).

    Returns the merged bytes and the names of the conflicts (empty when clean):
    a top-level field (``cadence``), an entry's field (``interaction i-1: note``),
    an entry changed on one side and deleted on the other (``offer o-1``), or
    ``file`` when a side does not parse and the whole file is marked.
    """
    base, ours, theirs = bytes(base), bytes(ours), bytes(theirs)
    if ours == theirs or theirs == base:
        return ours, []
    if ours == base:
        return theirs, []
    try:
        texts = [side.decode("utf-8") for side in (base, ours, theirs)]
        docs = [tomllib.loads(text) for text in texts]
        plan = Plan(*docs)
    except (UnicodeDecodeError, tomllib.TOMLDecodeError, RecursionError):
        return whole_file(ours, theirs), [FILE_CONFLICT]
    try:
        text = write(plan, *texts)
        _verify(text, plan)
    except Exception:  # noqa: BLE001 - any surprise means: do not guess, mark the whole file
        return whole_file(ours, theirs), plan.conflicts or [FILE_CONFLICT]
    return text.encode("utf-8"), plan.conflicts


def _verify(text: str, plan: Plan) -> None:
    """The written text must read back as the plan decided, for either side of a conflict."""
    if not plan.conflicts:
        if not plan.matches(tomllib.loads(text), "ours"):
            raise Unmergeable("read-back")
        return
    if OURS_MARK not in text:
        raise Unmergeable("no markers")
    for side in ("ours", "theirs"):
        if not plan.matches(tomllib.loads(resolve_markers(text, side)), side):
            raise Unmergeable("read-back " + side)

"""A line-based three-way merge of one region of text (a preamble or an entry's block).

The data merge (``plan``) decides what a file must hold, but comments and
layout are not data: a teammate's ``# VIP: never call on Fridays`` would be
invisible to it. So each region is also merged as lines, the way ``diff3``
does: changes of the two sides that touch different lines are both kept;
changes that overlap or touch are a clash (``None``), and the caller decides
what to do then (never silently drop one side).
"""

from __future__ import annotations

from difflib import SequenceMatcher

Hunk = tuple[int, int, list[str]]  # base lines [start, end) replaced by these lines


def _hunks(base: list[str], side: list[str]) -> list[Hunk]:
    matcher = SequenceMatcher(None, base, side, autojunk=False)
    return [(i1, i2, side[j1:j2]) for tag, i1, i2, j1, j2 in matcher.get_opcodes()
            if tag != "equal"]


def merge_lines(base: str, ours: str, theirs: str) -> str | None:
    """Both sides' line changes applied to BASE, or None when they overlap or touch."""
    if theirs == base or ours == theirs:
        return ours
    if ours == base:
        return theirs
    lines = base.splitlines(keepends=True)
    mine = _hunks(lines, ours.splitlines(keepends=True))
    other = _hunks(lines, theirs.splitlines(keepends=True))
    for a1, a2, a_new in mine:
        for b1, b2, b_new in other:
            if (a1, a2, a_new) == (b1, b2, b_new):
                continue
            if a1 <= b2 and b1 <= a2:  # overlapping or adjacent: git calls this a conflict
                return None
    combined = sorted({(h[0], h[1], tuple(h[2])) for h in mine + other})
    out: list[str] = []
    at = 0
    for start, end, new in combined:
        out.extend(lines[at:start])
        out.extend(new)
        at = end
    out.extend(lines[at:])
    return "".join(out)


def common_lines(one: str, two: str) -> str:
    """The lines both texts share, in order: the base of a region both sides added."""
    a, b = one.splitlines(keepends=True), two.splitlines(keepends=True)
    matcher = SequenceMatcher(None, a, b, autojunk=False)
    return "".join("".join(a[m.a:m.a + m.size]) for m in matcher.get_matching_blocks())

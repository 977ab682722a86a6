"""Conflict markers: the standard ``<<<<<<< ours`` / ``=======`` / ``>>>>>>> theirs`` lines.

Writing them (around a block, a line, or the whole file) and reading them
back (``resolve_markers``, which the merge uses to check its own output and
the tests use to decide a conflict for one side).
"""

from __future__ import annotations

OURS_MARK = "<<<<<<< ours"
SEPARATOR_MARK = "======="
THEIRS_MARK = ">>>>>>> theirs"


def tidy(block: str) -> str:
    """The block ending in exactly one newline."""
    return block.rstrip("\r\n") + "\n"


def marked(ours: str, theirs: str) -> str:
    """Both versions of one place between markers; an empty side stays empty."""
    return (f"{OURS_MARK}\n{tidy(ours) if ours else ''}"
            f"{SEPARATOR_MARK}\n{tidy(theirs) if theirs else ''}{THEIRS_MARK}\n")


def whole_file(ours: bytes, theirs: bytes) -> bytes:
    """Both files, whole, between markers: the answer when nothing finer is safe."""
    def side(data: bytes) -> bytes:
        return data if not data or data.endswith(b"\n") else data + b"\n"

    return (OURS_MARK.encode() + b"\n" + side(ours) + SEPARATOR_MARK.encode() + b"\n"
            + side(theirs) + THEIRS_MARK.encode() + b"\n")


def resolve_markers(text: str, side: str) -> str:
    """The text with every marked conflict decided for ``side`` (ours or theirs)."""
    out: list[str] = []
    state: str | None = None
    for line in text.splitlines(keepends=True):
        bare = line.rstrip("\r\n")
        if bare == OURS_MARK and state is None:
            state = "ours"
        elif bare == SEPARATOR_MARK and state == "ours":
            state = "theirs"
        elif bare == THEIRS_MARK and state == "theirs":
            state = None
        elif state is None or state == side:
            out.append(line)
    return "".join(out)

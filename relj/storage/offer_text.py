"""The offers of a customer file, found and closed in its text without parsing it all.

A closing answer (`relj log --closing`) changes one offer's status. Parsing a
file of years of history to find that offer cost seconds (a 50 MB file: 14.7 s
and 645 MiB, mostly tomllib and tomlkit on the whole document), while the
offers are a few small blocks. So their ``[[offer]]`` headers are found with
byte searches, and only the top of the file and the offer blocks are parsed.

The scan is exact or says it is unsure (``None``), and then the caller reads
the whole file as before:

- a header inside a multi-line string is no header. Only a line holding triple
  quotes can open or close such a string, so only those lines are followed
  token by token (``string_state``);
- a table name it does not read plainly (quoted, dotted, ``[offer]``) or
  ``offer`` as a key at the top makes it unsure;
- each block runs from its header to the next line that starts with ``[``
  outside a string. A cut inside a multi-line array leaves that array open, so
  the block does not parse on its own: unsure again, never a wrong cut.
"""

from __future__ import annotations

import re
import tomllib
from bisect import bisect_left
from dataclasses import dataclass
from typing import Any

_TABLE_LINE = re.compile(rb"\n[ \t]*\[")
# Headers whose first key is offer or quoted (only these may name offers).
_NAMES_OFFER = rb"[ \t]*\[\[?[ \t]*(?:offer(?![A-Za-z0-9_-])|[\"'])"
_OFFER_LIKE = re.compile(rb"\n" + _NAMES_OFFER)
_PLAIN_OFFER = re.compile(rb"[ \t]*\[\[[ \t]*offer[ \t]*\]\][ \t]*(?:#[^\r\n]*)?\r?(?:\n|$)")
_FIRST_LINE = re.compile(rb"[ \t]*\[")
_FIRST_OFFER_LIKE = re.compile(_NAMES_OFFER)
# What may change the string state of a line: the next quote or comment, and inside a
# string, its end (a basic string's escapes skipped).
_OUTSIDE = re.compile(r"""\"\"\"|'''|["'#]""")
_BASIC_END = re.compile(r'(?:[^"\\\n]|\\.)*"')
_MULTI_BASIC_END = re.compile(r'(?:[^"\\]|\\.|"(?!""))*"""', re.S)


@dataclass(frozen=True)
class OfferLayout:
    """Where the parts of a file stand: the top ends at ``top_end`` (the first table
    header), each offer block is ``data[start:end]`` (header to the next table)."""

    top_end: int
    blocks: tuple[tuple[int, int], ...]


class _Strings:
    """Which lines of a file lie inside a multi-line string."""

    def __init__(self, data: bytes) -> None:
        starts: set[int] = set()
        for quote in (b'"""', b"'''"):
            at = data.find(quote)
            while at >= 0:
                starts.add(data.rfind(b"\n", 0, at) + 1)
                end = data.find(b"\n", at)
                at = -1 if end < 0 else data.find(quote, end + 1)
        self.starts = sorted(starts)
        self.open_after: list[bool] = []
        state: str | None = None
        for start in self.starts:
            end = data.find(b"\n", start)
            line = data[start: len(data) if end < 0 else end + 1].decode("utf-8", "replace")
            state = string_state(line, state)
            self.open_after.append(state is not None)

    def open_at(self, line_start: int) -> bool:
        """Whether a multi-line string is open where the line at ``line_start`` begins."""
        index = bisect_left(self.starts, line_start) - 1
        return index >= 0 and self.open_after[index]


def string_state(line: str, state: str | None) -> str | None:
    """The multi-line string open at the end of ``line`` (its quotes), given the one
    open at its start: TOML's strings and comments followed by a few regex jumps (the
    lexing of ``toml_text.scan_line`` without its loop over every character)."""
    at, size = 0, len(line)
    while at < size:
        if state == "'''":
            end = line.find("'''", at)
            if end < 0:
                return state
            at, state = _past_quotes(line, end + 3, "'"), None
        elif state == '"""':
            found = _MULTI_BASIC_END.match(line, at)
            if found is None:
                return state
            at, state = _past_quotes(line, found.end(), '"'), None
        else:
            found = _OUTSIDE.search(line, at)
            if found is None or found.group() == "#":
                return None
            token = found.group()
            if len(token) == 3:
                state, at = token, found.end()
            elif token == '"':
                closed = _BASIC_END.match(line, found.end())
                at = size if closed is None else closed.end()
            else:
                end = line.find("'", found.end())
                at = size if end < 0 else end + 1
    return state


def _past_quotes(line: str, at: int, quote: str) -> int:
    """Up to two more quotes still end a multi-line string ('''a''''' holds a'')."""
    extra = 0
    while at < len(line) and line[at] == quote and extra < 2:
        at, extra = at + 1, extra + 1
    return at


def locate_offers(data: bytes) -> OfferLayout | None:
    """The top and the ``[[offer]]`` blocks of a customer file, or None when unsure."""
    strings = _Strings(data)
    first = 0 if _FIRST_LINE.match(data) else _next_table(data, 0, strings)
    heads: list[int] = [0] if _FIRST_OFFER_LIKE.match(data) else []
    heads += [found.start() + 1 for found in _OFFER_LIKE.finditer(data)]
    blocks: list[tuple[int, int]] = []
    for start in heads:
        if strings.open_at(start):
            continue
        if not _PLAIN_OFFER.match(data, start):
            return None  # [["offer"]], [offer.x], [offer], a quoted name: read it all
        blocks.append((start, _next_table(data, data.find(b"\n", start) + 1 or len(data),
                                          strings)))
    return OfferLayout(first, tuple(blocks))


def _next_table(data: bytes, start: int, strings: _Strings) -> int:
    """The start of the first line at or after ``start`` that begins with ``[`` outside a
    multi-line string; the end of the data when there is none."""
    at = max(start - 1, 0)  # the newline before the line at ``start`` (0: only later lines)
    while True:
        found = _TABLE_LINE.search(data, at)
        if found is None:
            return len(data)
        line = found.start() + 1
        if not strings.open_at(line):
            return line
        at = line


def parse_part(text: bytes) -> dict[str, Any] | None:
    """A slice of a file parsed on its own, None when it does not parse so."""
    try:
        return tomllib.loads(text.decode("utf-8"))
    except (UnicodeDecodeError, tomllib.TOMLDecodeError, RecursionError):
        return None


def offers_only(data: bytes) -> bytes | None:
    """The top of the file and its offer blocks, as one small document that reads as the
    same customer without its contacts, assessments and interactions; None when unsure."""
    layout = locate_offers(data)
    if layout is None:
        return None
    top = data[: layout.top_end]
    parsed = parse_part(top)
    if parsed is None or "offer" in parsed:
        return None
    parts = [top if top.endswith(b"\n") or not top else top + b"\n"]
    for start, end in layout.blocks:
        block = data[start:end]
        if parse_part(block) is None:
            return None
        parts.append(block if block.endswith(b"\n") else block + b"\n")
    return b"".join(parts)

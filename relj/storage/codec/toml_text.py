"""Line scanning of TOML text: where a key sits, where the blocks begin and end.

tomllib gives values, not places. Two jobs need places, and they need them
differently, so this one module holds both scanners side by side:

- ``line_of`` points an error message at a key (``path:line``). It is a loose,
  best-effort guess that never fails (line 1 when unsure) and does not follow
  strings: it runs only on a file that already has a problem to report.
- ``split_blocks`` cuts a file into its top-level part and one block per table
  for the merge driver (``relj.team.merge``), which edits text block by block.
  It must be exact: it follows strings and brackets so a ``[[...]]`` inside a
  multi-line string is no header, and it refuses (``UnbalancedText``) rather
  than guess.

Making ``line_of`` exact as well would move the lines that error messages
report for odd files; it stays as it is.
"""

from __future__ import annotations

import re
from dataclasses import dataclass


def line_of(text: str, key: str, table: str | None = None, index: int = 0) -> int:
    """The line where ``key`` is set: at top level, or in the index-th ``[[table]]``.

    Only used to point at a problem, so a best guess (line 1) is acceptable.
    """
    key_re = re.compile(rf'^\s*(?:{re.escape(key)}|"{re.escape(key)}")\s*=')
    header_re = re.compile(r"^\s*\[\[?\s*([A-Za-z0-9_\-\"\. ]+?)\s*\]\]?")
    section: str | None = None
    seen = -1
    header_line = 1
    for number, line in enumerate(text.splitlines(), start=1):
        header = header_re.match(line)
        if header:
            section = header.group(1).strip('"')
            if section == table:
                # [[table]] counts its entries; a plain [table] is entry 0.
                seen = seen + 1 if line.lstrip().startswith("[[") else 0
                if seen == index:
                    header_line = number
            continue
        in_place = section == table and (table is None or seen == index)
        if in_place and key_re.match(line):
            return number
    return header_line


# -- blocks, for the merge driver ------------------------------------------------

_HEADER_RE = re.compile(r"[ \t]*\[(\[?)[ \t]*([^\]\r\n]*?)[ \t]*\](\]?)")


class UnbalancedText(ValueError):
    """A string or bracket is still open at the end: the blocks cannot be told apart."""


@dataclass
class Block:
    """One table of a file, header line included, as the file spells it."""

    kind: str | None  # one of the asked-for array kinds, None for any other table
    text: str


def split_blocks(text: str, kinds: list[str]) -> tuple[str, list[Block]]:
    """The top-level part before the first table header, then one block per
    ``[[kind]]`` entry (with its sub-tables) or other table."""
    lines = text.splitlines(keepends=True)
    state: str | None = None
    depth = 0
    preamble: list[str] = []
    blocks: list[Block] = []
    for line in lines:
        header = _HEADER_RE.match(line) if state is None and depth == 0 else None
        if header and line.lstrip().startswith("["):
            name = header.group(2)
            is_array = bool(header.group(1)) and bool(header.group(3))
            current = blocks[-1].kind if blocks else None
            if is_array and name in kinds:
                blocks.append(Block(name, line))
            elif current is not None and name.startswith(current + "."):
                blocks[-1].text += line
            else:
                blocks.append(Block(None, line))
            continue
        state, depth = _scan(line, state, depth)
        if blocks:
            blocks[-1].text += line
        else:
            preamble.append(line)
    if state is not None or depth != 0:
        raise UnbalancedText("unbalanced")
    return "".join(preamble), blocks


def _scan(line: str, state: str | None, depth: int) -> tuple[str | None, int]:
    """Follow strings and brackets through one line (enough to find headers)."""
    i, n = 0, len(line)
    while i < n:
        if state is not None:  # inside a multi-line string
            if state == '"""' and line[i] == "\\":
                i += 2
                continue
            if line.startswith(state, i):
                i += 3
                extra = 0
                while i < n and line[i] == state[0] and extra < 2:
                    i, extra = i + 1, extra + 1
                state = None
                continue
            i += 1
            continue
        char = line[i]
        if char == "#":
            break
        if line.startswith('"""', i) or line.startswith("'''", i):
            state = line[i : i + 3]
            i += 3
        elif char == '"':
            i += 1
            while i < n and line[i] != '"':
                i += 2 if line[i] == "\\" else 1
            i += 1
        elif char == "'":
            end = line.find("'", i + 1)
            i = n if end < 0 else end + 1
        else:
            if char in "[{":
                depth += 1
            elif char in "]}":
                depth = max(0, depth - 1)
            i += 1
    return state, depth


# The line scanner, for ``relj.storage.offer_text`` (which follows only the lines
# that hold triple quotes).
scan_line = _scan

"""A closing answer written into its offer's block as a text edit, and read back.

SPEC §2: edits change only what they must. A "yes" or "no" changes the offer's
``status`` (to won or lost) and adds ``closed``; a "yes" also gives a prospect
its ``since``. Only those lines are touched: the status value is replaced in
its line (a comment after it stays), a new key goes after the last line of its
block. Every edit is checked by parsing the old and the new block (or top) on
their own with tomllib: the new one must read as the old one with exactly
those keys changed. An offer block that a text edit cannot change so (a
quoted or escaped spelling, ``closed`` already set) is edited with tomlkit,
on that block alone, and checked the same way; what neither can do is refused.
"""

from __future__ import annotations

import re
from datetime import date
from typing import Any

from relj.storage.codec.toml_text import scan_line
from relj.storage.offer_text import locate_offers, parse_part

_STATUS = re.compile(r"""^([ \t]*(?:status|"status"|'status')[ \t]*=[ \t]*)(?:"open"|'open')""")
_INDENT = re.compile(r"[ \t]*")


class CannotEdit(Exception):
    """The block does not read as relj can edit it: the caller refuses with its line."""

    def __init__(self, offset: int) -> None:
        super().__init__(offset)
        self.offset = offset


class Gone(Exception):
    """No offer with that id is open in the text (it changed since it was read)."""


def close_offer(data: bytes, offer_id: str, status: str, day: date,
                since: bool) -> bytes | None:
    """``data`` with every open offer ``offer_id`` set to ``status`` and ``closed = day``,
    and with ``since = day`` at the top when ``since`` and the file has none.

    None when the offers cannot be found by a text scan (the caller reads the
    whole file); ``Gone`` when no such offer is open; ``CannotEdit`` when a
    block cannot be edited and checked.
    """
    layout = locate_offers(data)
    if layout is None:
        return None
    top = _text(data[: layout.top_end])
    top_doc = parse_part(data[: layout.top_end])
    if top is None or top_doc is None or "offer" in top_doc:
        return None
    parts: list[bytes] = []
    done = layout.top_end
    found = False
    for start, end in layout.blocks:
        block = _text(data[start:end])
        doc = parse_part(data[start:end])
        if block is None or doc is None or list(doc) != ["offer"] or len(doc["offer"]) != 1:
            return None
        table = doc["offer"][0]
        if table.get("id") != offer_id or table.get("status", "open") != "open":
            continue
        found = True
        parts += [data[done:start], _closed_block(block, table, status, day, start)]
        done = end
    if not found:
        raise Gone(offer_id)
    if since and "since" not in top_doc:
        top = insert_key(top, f"since = {day.isoformat()}")
        if parse_part(top.encode("utf-8")) != {**top_doc, "since": day}:
            raise CannotEdit(0)
    # One copy of a long history, not three: the rest is joined through a view.
    return b"".join([top.encode("utf-8"), *parts, memoryview(data)[done:]])


def _text(data: bytes) -> str | None:
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        return None


def _closed_block(block: str, table: dict[str, Any], status: str, day: date,
                  offset: int) -> bytes:
    """The block with the new status and ``closed``, as text where it can, else tomlkit."""
    expected = {"offer": [{**table, "status": status, "closed": day}]}
    for new in (_text_edit(block, table, status, day), tomlkit_edit(block, status, day)):
        if new is not None and parse_part(new.encode("utf-8")) == expected:
            return new.encode("utf-8")
    raise CannotEdit(offset)


def _text_edit(block: str, table: dict[str, Any], status: str, day: date) -> str | None:
    if "closed" in table:
        return None  # an open offer already dated: tomlkit replaces the value
    lines = block.splitlines(keepends=True)
    if "status" in table:
        starts = _line_states(lines)
        hits = [n for n, line in enumerate(lines) if starts[n] and _STATUS.match(line)]
        if len(hits) != 1:
            return None
        line = lines[hits[0]]
        head = _STATUS.match(line)
        assert head is not None
        lines[hits[0]] = head.group(1) + f'"{status}"' + line[head.end():]
        block = "".join(lines)
    else:
        block = insert_key(block, f'status = "{status}"')
    return insert_key(block, f"closed = {day.isoformat()}")


def tomlkit_edit(block: str, status: str, day: date) -> str | None:
    """The one offer of ``block`` closed by tomlkit (for spellings a text edit leaves
    alone); None when tomlkit cannot; the caller checks the result."""
    import tomlkit

    body, tail = split_at_end(block)
    try:
        doc = tomlkit.parse(body)
        [item] = doc["offer"]
        item["status"] = status
        item["closed"] = day
        return tomlkit.dumps(doc) + tail
    except Exception:  # noqa: BLE001 - tomlkit's own errors; refused by the caller
        return None


def insert_key(part: str, key_line: str) -> str:
    """``part`` (the top of a file or one block) with ``key_line`` after its last line of
    content: before the blank and comment lines that belong to what follows."""
    body, tail = split_at_end(part)
    lines = body.splitlines(keepends=True)
    newline = "\r\n" if lines and lines[0].endswith("\r\n") else "\n"
    last = lines[-1] if lines else ""
    indent = "" if last.lstrip().startswith("[") else _INDENT.match(last).group(0)  # type: ignore[union-attr]
    if body and not body.endswith("\n"):
        body += newline  # the last line of a file without a final newline
    return body + indent + key_line + newline + tail


def split_at_end(part: str) -> tuple[str, str]:
    """The part up to its last line of content, and the blank and comment lines after it
    (a line inside a multi-line string or array is content, whatever it looks like)."""
    lines = part.splitlines(keepends=True)
    starts = _line_states(lines)
    end = len(lines)
    while end > 1 and starts[end - 1] and (not lines[end - 1].strip()
                                           or lines[end - 1].lstrip().startswith("#")):
        end -= 1
    return "".join(lines[:end]), "".join(lines[end:])


def _line_states(lines: list[str]) -> list[bool]:
    """For each line: whether it begins outside every string and bracket."""
    state: str | None = None
    depth = 0
    starts: list[bool] = []
    for line in lines:
        starts.append(state is None and depth == 0)
        state, depth = scan_line(line, state, depth)
    return starts

"""Text surgery on OURS' bytes: write a merge plan as a file.

The output is OURS' text, byte for byte, except where something must change:
an entry edited on THEIRS' side only is re-written with tomlkit (just that
block), an entry deleted on one side and untouched on the other is cut out,
and entries that only THEIRS has are appended as THEIRS wrote them, in ``at``
order. A conflict is written with the standard markers around just the
field's line (or the entry's block). Whenever the text cannot be produced
faithfully, ``Unmergeable`` says so and the caller marks the whole file.
"""

from __future__ import annotations

import tomllib
from typing import TYPE_CHECKING

from relj.storage.codec.toml_text import Block, UnbalancedText, split_blocks
from relj.team.merge.markers import marked, tidy
from relj.team.merge.plan import MISSING, Doc, Plan, keyed, same

if TYPE_CHECKING:
    from tomlkit.items import Item


class Unmergeable(Exception):
    """The text cannot be produced faithfully: the whole file becomes a conflict."""


def _entry_blocks(text: str, plan: Plan, side: Doc) -> tuple[str, list[Block],
                                                              dict[str, list[Block]]]:
    """Split a side's text and check each entry block reads back as that entry."""
    try:
        preamble, blocks = split_blocks(text, plan.kinds)
    except UnbalancedText:
        raise Unmergeable("unbalanced") from None
    by_kind: dict[str, list[Block]] = {}
    for kind in plan.kinds:
        found = [p for p in blocks if p.kind == kind]
        entries = side.get(kind, [])
        if len(found) != len(entries):
            raise Unmergeable(kind)
        for block, entry in zip(found, entries, strict=True):
            if not same(tomllib.loads(block.text).get(kind), [entry]):
                raise Unmergeable(kind)
        by_kind[kind] = found
    return preamble, blocks, by_kind


def write(plan: Plan, ours_text: str, theirs_text: str) -> str:
    """OURS' text with the plan carried out (conflicts between markers)."""
    ours, theirs = tomllib.loads(ours_text), tomllib.loads(theirs_text)
    preamble, blocks, ours_by_kind = _entry_blocks(ours_text, plan, ours)
    token = _token(ours_text + theirs_text)
    if plan.field_sets or plan.field_clashes:
        preamble_doc = tomllib.loads(preamble)
        for name in [*plan.field_sets, *plan.field_clashes]:
            if name in ours and name not in preamble_doc:
                raise Unmergeable(name)  # a field that is a table further down
        preamble = _edit(preamble, None, plan.field_sets, plan.field_clashes, token)
    out = [preamble]
    position = {id(p): (kind, i) for kind, found in ours_by_kind.items()
                for i, p in enumerate(found)}
    keys = {kind: list(keyed(kind, ours.get(kind, []))) for kind in plan.kinds}
    for block in blocks:
        if block.kind is None:
            out.append(block.text)
            continue
        kind, index = position[id(block)]
        entry = plan.entries[kind][keys[kind][index]]
        if entry.action == "keep":
            out.append(block.text)
        elif entry.action == "edit":
            out.append(_edit(block.text, kind, entry.sets, entry.clashes, token))
        elif entry.action == "conflict-deleted-by-theirs":
            out.append(marked(block.text, ""))
    text = "".join(out)
    if plan.appends:
        theirs_blocks = _theirs_blocks(theirs_text, plan, theirs)
        if text and not text.endswith("\n"):
            text += "\n"
        for append in plan.appends:
            block_text = theirs_blocks[append.kind][append.index]
            text += "\n" + (marked("", block_text) if append.conflict else block_text)
    return text


def _theirs_blocks(text: str, plan: Plan, theirs: Doc) -> dict[str, list[str]]:
    from relj.storage.codec.write import render_block

    try:
        _, _, by_kind = _entry_blocks(text, plan, theirs)
        return {kind: [tidy(p.text) for p in found] for kind, found in by_kind.items()}
    except (Unmergeable, tomllib.TOMLDecodeError):
        return {kind: [render_block(kind, e).lstrip("\n") for e in theirs.get(kind, [])]
                for kind in plan.kinds}


def _token(texts: str) -> str:
    token = "relj-merge-placeholder"
    while token in texts:
        token += "-x"
    return token


def _edit(text: str, kind: str | None, sets: dict[str, object],
          clashes: dict[str, tuple[object, object]], token: str) -> str:
    """Change fields of the top level (kind None) or of the one entry in ``text``
    with tomlkit; a clash becomes a placeholder, then the marked lines."""
    import tomlkit
    from tomlkit.container import Container
    from tomlkit.items import Table

    doc = tomlkit.parse(text)
    table: Container | Table = doc if kind is None else doc[kind][0]
    for name, value in sets.items():
        if value is MISSING:
            del table[name]
        else:
            table[name] = _item(value)
    holders: dict[str, tuple[str, object, object]] = {}
    for number, (name, (ours, theirs)) in enumerate(clashes.items()):
        holder = f"{token}-{number}"
        holders[holder] = (name, ours, theirs)
        table[name] = holder
    result = tomlkit.dumps(doc)
    for holder, (_name, ours, theirs) in holders.items():
        result = _mark_line(result, f'"{holder}"', ours, theirs)
    return result


def _mark_line(text: str, holder: str, ours: object, theirs: object) -> str:
    at = text.index(holder)
    start = text.rfind("\n", 0, at) + 1
    end = text.find("\n", at)
    end = len(text) if end < 0 else end + 1
    prefix = text[start:at]
    suffix = text[at + len(holder) : end].rstrip("\r\n")
    mine = "" if ours is MISSING else prefix + _value_text(ours) + suffix
    other = "" if theirs is MISSING else prefix + _value_text(theirs)
    return text[:start] + marked(mine, other) + text[end:]


def _item(value: object) -> object:
    """A tomlkit item for a value: notes with newlines as multi-line strings
    when that reads back exactly."""
    import tomlkit

    if isinstance(value, str) and "\n" in value:
        item = tomlkit.string(value, multiline=True)
        try:
            if tomllib.loads("x = " + item.as_string()) == {"x": value}:
                return item
        except tomllib.TOMLDecodeError:
            pass
        return tomlkit.string(value)
    return value


def _value_text(value: object) -> str:
    import tomlkit

    def has_table(v: object) -> bool:
        return isinstance(v, dict) or isinstance(v, list) and any(has_table(x) for x in v)

    if has_table(value):
        raise Unmergeable("a table in a conflict")
    item = _item(value)
    shown: Item = item if isinstance(item, tomlkit.items.Item) else tomlkit.item(item)
    return shown.as_string()

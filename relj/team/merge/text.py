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
from relj.team.merge.lines import common_lines, merge_lines
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


def write(plan: Plan, base_text: str, ours_text: str, theirs_text: str) -> str:
    """OURS' text with the plan carried out (conflicts between markers), keeping
    THEIRS' comments and layout in every region both sides still hold."""
    ours, theirs = tomllib.loads(ours_text), tomllib.loads(theirs_text)
    preamble, blocks, ours_by_kind = _entry_blocks(ours_text, plan, ours)
    regions = _Regions(plan, base_text, theirs_text, theirs)
    token = _token(base_text + ours_text + theirs_text)
    edited = preamble
    if plan.field_sets or plan.field_clashes:
        preamble_doc = tomllib.loads(preamble)
        for name in [*plan.field_sets, *plan.field_clashes]:
            if name in ours and name not in preamble_doc:
                raise Unmergeable(name)  # a field that is a table further down
        edited = _edit(preamble, None, plan.field_sets, plan.field_clashes, token)
    out = [regions.merge(None, None, preamble, edited, not plan.field_clashes)]
    position = {id(p): (kind, i) for kind, found in ours_by_kind.items()
                for i, p in enumerate(found)}
    keys = {kind: list(keyed(kind, ours.get(kind, []))) for kind in plan.kinds}
    for block in blocks:
        if block.kind is None:
            out.append(block.text)
            continue
        kind, index = position[id(block)]
        key = keys[kind][index]
        entry = plan.entries[kind][key]
        if entry.action in ("keep", "edit"):
            changed = (block.text if entry.action == "keep"
                       else _edit(block.text, kind, entry.sets, entry.clashes, token))
            out.append(regions.merge(kind, key, block.text, changed, not entry.clashes))
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


class _Regions:
    """BASE's and THEIRS' text of each region (the preamble, each keyed entry), so that
    THEIRS' comments and layout can be carried into OURS' text."""

    def __init__(self, plan: Plan, base_text: str, theirs_text: str, theirs: Doc) -> None:
        self.texts: dict[str, dict[object, str]] = {"base": {}, "theirs": {}}
        for side, text in (("base", base_text), ("theirs", theirs_text)):
            try:
                doc = theirs if side == "theirs" else tomllib.loads(text)
                preamble, _, by_kind = _entry_blocks(text, plan, doc)
            except Unmergeable:
                continue  # not split into regions: OURS' text with the data changes, as before
            self.texts[side][None] = preamble
            for kind, found in by_kind.items():
                for key, block in zip(keyed(kind, doc.get(kind, [])), found, strict=True):
                    self.texts[side][(kind, key)] = block.text

    def merge(self, kind: str | None, key: object, ours: str, edited: str, clean: bool) -> str:
        """The region's text: EDITED (OURS' with the data decisions) unless THEIRS changed
        comments or layout there, which are then merged line by line or, failing that,
        make the whole file a conflict (never dropped)."""
        where = None if kind is None else (kind, key)
        base, theirs = self.texts["base"].get(where), self.texts["theirs"].get(where)
        if theirs is None:
            return edited
        (theirs, _), (body, tail) = _split_tail(theirs), _split_tail(ours)
        base = common_lines(body, theirs) if base is None else _split_tail(base)[0]
        if theirs == base:
            return edited
        if clean:
            merged = merge_lines(base, body, theirs)
            if merged is not None and _reads_alike(merged + tail, edited):
                return merged + tail
        if _data_only(base, theirs, kind):
            return edited
        raise Unmergeable("comments or layout changed on both sides")


def _split_tail(text: str) -> tuple[str, str]:
    """The region without its trailing blank lines (the gap before the next block,
    which belongs to the layout of the file, not to the region), and those lines."""
    lines = text.splitlines(keepends=True)
    cut = len(lines)
    while cut and not lines[cut - 1].strip():
        cut -= 1
    return "".join(lines[:cut]), "".join(lines[cut:])


def _reads_alike(one: str, two: str) -> bool:
    try:
        return same(tomllib.loads(one), tomllib.loads(two))
    except tomllib.TOMLDecodeError:
        return False


def _data_only(base: str, theirs: str, kind: str | None) -> bool:
    """Whether THEIRS' region is exactly BASE's with its data changes written in:
    then writing those changes into OURS' text drops nothing of THEIRS'."""
    try:
        before, after = tomllib.loads(base), tomllib.loads(theirs)
        if kind is not None:
            before, after = before[kind][0], after[kind][0]
        sets = {name: after.get(name, MISSING) for name in dict.fromkeys([*before, *after])
                if not same(before.get(name, MISSING), after.get(name, MISSING))}
        return _edit(base, kind, sets, {}, "") == theirs
    except Exception:  # noqa: BLE001 - a region tomlkit cannot redo is not data-only
        return False


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

"""Three-way merge of one customer file: what git's merge driver runs.

Decisions are taken on the parsed data (tomllib): ``[[contact]]`` entries are
keyed by ``name``, ``[[offer]]`` and ``[[interaction]]`` by ``id``; every other
top-level key is a field. For each field (and each field of an entry) the side
that changed it wins; when both changed it differently, that is a conflict.

The output is OURS' text, byte for byte, except where something must change:
an entry edited on THEIRS' side only is re-written with tomlkit (just that
block), an entry deleted on one side and untouched on the other is cut out,
and entries that only THEIRS has are appended as THEIRS wrote them, in ``at``
order. A conflict is written with the standard markers around just the
field's line (or the entry's block). Before anything is returned the result
is parsed back and compared with the decisions; if it does not match, or a
side does not parse, the whole file is a conflict: never a guess.
"""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass, field
from datetime import date, datetime, time, timezone
from typing import Any

KINDS = {"contact": "name", "offer": "id", "interaction": "id"}
OURS_MARK = "<<<<<<< ours"
SEPARATOR_MARK = "======="
THEIRS_MARK = ">>>>>>> theirs"
FILE_CONFLICT = "file"


class _Missing:
    def __repr__(self) -> str:
        return "<missing>"


MISSING: Any = _Missing()


class _Unmergeable(Exception):
    """The text cannot be produced faithfully: the whole file becomes a conflict."""


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
    except (UnicodeDecodeError, tomllib.TOMLDecodeError):
        return _whole_file(ours, theirs), [FILE_CONFLICT]
    plan = _Plan(*docs)
    try:
        text = _write(plan, texts[1], texts[2])
        _verify(text, plan)
    except Exception:  # noqa: BLE001 - any surprise means: do not guess, mark the whole file
        return _whole_file(ours, theirs), plan.conflicts or [FILE_CONFLICT]
    return text.encode("utf-8"), plan.conflicts


def _whole_file(ours: bytes, theirs: bytes) -> bytes:
    def side(data: bytes) -> bytes:
        return data if not data or data.endswith(b"\n") else data + b"\n"

    return (OURS_MARK.encode() + b"\n" + side(ours) + SEPARATOR_MARK.encode() + b"\n"
            + side(theirs) + THEIRS_MARK.encode() + b"\n")


# -- comparing values ------------------------------------------------------------


def _canon(value: Any) -> Any:
    """A hashable form in which equal means the same TOML (1 != true, offsets count)."""
    if value is MISSING:
        return ("missing",)
    if isinstance(value, dict):
        return ("table", tuple(sorted((k, _canon(v)) for k, v in value.items())))
    if isinstance(value, list):
        return ("array", tuple(_canon(v) for v in value))
    if isinstance(value, datetime | date | time):
        return (type(value).__name__, value.isoformat())
    if isinstance(value, float):
        return ("float", repr(value))
    return (type(value).__name__, value)


def _same(a: Any, b: Any) -> bool:
    return _canon(a) == _canon(b)


def _three_way(base: Any, ours: Any, theirs: Any) -> tuple[bool, Any]:
    """(True, value) when it resolves; (False, None) when both sides changed it differently."""
    if _same(ours, theirs) or _same(theirs, base):
        return True, ours
    if _same(ours, base):
        return True, theirs
    return False, None


def _keyed_kinds(docs: tuple[dict[str, Any], ...]) -> list[str]:
    def entries(value: Any) -> bool:
        return isinstance(value, list) and all(isinstance(v, dict) for v in value)

    return [k for k in KINDS if all(entries(doc.get(k, [])) for doc in docs)]


def _keyed(kind: str, entries: list[dict[str, Any]]) -> dict[Any, dict[str, Any]]:
    """Entries by key: (id or name, n-th occurrence); content when there is no id."""
    seen: dict[Any, int] = {}
    out: dict[Any, dict[str, Any]] = {}
    for entry in entries:
        ident = entry.get(KINDS[kind])
        base = ("id", ident) if isinstance(ident, str) else ("content", _canon(entry))
        number = seen.get(base, 0)
        seen[base] = number + 1
        out[(base, number)] = entry
    return out


def _label(kind: str, key: Any, entry: dict[str, Any]) -> str:
    ident = entry.get(KINDS[kind])
    return f"{kind} {ident}" if isinstance(ident, str) else f"{kind} without {KINDS[kind]}"


def _at_key(entry: dict[str, Any]) -> tuple[int, datetime, str]:
    value = entry.get("at", entry.get("opened"))
    ident = str(entry.get("id", entry.get("name", "")))
    if isinstance(value, datetime):
        if value.tzinfo is not None:
            value = value.astimezone(timezone.utc).replace(tzinfo=None)
        return (0, value, ident)
    if isinstance(value, date):
        return (0, datetime(value.year, value.month, value.day), ident)
    return (1, datetime.min, ident)


# -- the decisions ---------------------------------------------------------------


@dataclass
class _EntryPlan:
    """What happens to one entry of OURS (by its key)."""

    action: str  # keep | edit | delete | conflict-deleted-by-theirs
    sets: dict[str, Any] = field(default_factory=dict)  # field -> value or MISSING
    clashes: dict[str, tuple[Any, Any]] = field(default_factory=dict)


@dataclass
class _Append:
    kind: str
    index: int  # position in THEIRS' list of that kind
    entry: dict[str, Any]
    conflict: bool  # changed by THEIRS, deleted by OURS


class _Plan:
    def __init__(self, base: dict[str, Any], ours: dict[str, Any], theirs: dict[str, Any]) -> None:
        self.kinds = _keyed_kinds((base, ours, theirs))
        self.conflicts: list[str] = []
        self.field_sets: dict[str, Any] = {}
        self.field_clashes: dict[str, tuple[Any, Any]] = {}
        self.entries: dict[str, dict[Any, _EntryPlan]] = {}
        self.appends: list[_Append] = []
        self.expected: dict[str, dict[str, Any]] = {"ours": {}, "theirs": {}}
        self._fields(base, ours, theirs)
        for kind in self.kinds:
            self._kind(kind, base, ours, theirs)
        self.appends.sort(key=lambda a: _at_key(a.entry))

    def _fields(self, base: dict[str, Any], ours: dict[str, Any], theirs: dict[str, Any]) -> None:
        names = [k for k in [*ours, *theirs, *base] if k not in self.kinds]
        for name in dict.fromkeys(names):
            o, t = ours.get(name, MISSING), theirs.get(name, MISSING)
            resolved, value = _three_way(base.get(name, MISSING), o, t)
            if resolved:
                if not _same(value, o):
                    self.field_sets[name] = value
                for side in ("ours", "theirs"):
                    self._expect_field(side, name, value)
            else:
                self.field_clashes[name] = (o, t)
                self.conflicts.append(name)
                self._expect_field("ours", name, o)
                self._expect_field("theirs", name, t)

    def _expect_field(self, side: str, name: str, value: Any) -> None:
        if value is not MISSING:
            self.expected[side][name] = value

    def _kind(self, kind: str, base: dict[str, Any], ours: dict[str, Any], theirs: dict[str, Any]) -> None:
        b, o, t = (_keyed(kind, doc.get(kind, [])) for doc in (base, ours, theirs))
        plans: dict[Any, _EntryPlan] = {}
        result: dict[str, dict[Any, Any]] = {"ours": {}, "theirs": {}}
        for key, mine in o.items():
            if key in t:
                plans[key] = self._entry(kind, key, b.get(key, {}), mine, t[key], result)
            elif key in b and _same(mine, b[key]):
                plans[key] = _EntryPlan("delete")
            elif key in b:
                plans[key] = _EntryPlan("conflict-deleted-by-theirs")
                self.conflicts.append(_label(kind, key, mine))
                result["ours"][key] = mine
            else:
                plans[key] = _EntryPlan("keep")
                for side in result:
                    result[side][key] = mine
        for index, (key, other) in enumerate(t.items()):
            if key in o or (key in b and _same(other, b[key])):
                continue
            conflict = key in b
            self.appends.append(_Append(kind, index, other, conflict))
            if conflict:
                self.conflicts.append(_label(kind, key, other))
                result["theirs"][key] = other
            else:
                for side in result:
                    result[side][key] = other
        self.entries[kind] = plans
        for side in result:
            self.expected[side][kind] = result[side]

    def _entry(self, kind: str, key: Any, base: dict[str, Any], ours: dict[str, Any],
               theirs: dict[str, Any], result: dict[str, dict[Any, Any]]) -> _EntryPlan:
        plan = _EntryPlan("keep")
        merged = {"ours": {}, "theirs": {}}
        for name in dict.fromkeys([*ours, *theirs, *base]):
            o, t = ours.get(name, MISSING), theirs.get(name, MISSING)
            resolved, value = _three_way(base.get(name, MISSING), o, t)
            if resolved:
                if not _same(value, o):
                    plan.sets[name] = value
                choices = {"ours": value, "theirs": value}
            else:
                plan.clashes[name] = (o, t)
                self.conflicts.append(f"{_label(kind, key, ours)}: {name}")
                choices = {"ours": o, "theirs": t}
            for side, chosen in choices.items():
                if chosen is not MISSING:
                    merged[side][name] = chosen
        if plan.sets or plan.clashes:
            plan.action = "edit"
        for side in result:
            result[side][key] = merged[side]
        return plan

    def matches(self, data: dict[str, Any], side: str) -> bool:
        expected = self.expected[side]
        fields = {k: v for k, v in data.items() if k not in self.kinds}
        wanted = {k: v for k, v in expected.items() if k not in self.kinds}
        if not _same(fields, wanted):
            return False
        for kind in self.kinds:
            entries = data.get(kind, [])
            if not (isinstance(entries, list) and all(isinstance(e, dict) for e in entries)):
                return False
            got = {k: _canon(v) for k, v in _keyed(kind, entries).items()}
            if got != {k: _canon(v) for k, v in expected[kind].items()}:
                return False
        return True


# -- the text --------------------------------------------------------------------

_HEADER_RE = re.compile(r"[ \t]*\[(\[?)[ \t]*([^\]\r\n]*?)[ \t]*\](\]?)")


@dataclass
class _Piece:
    kind: str | None  # a keyed kind for an entry block, None for any other table
    text: str


def _split(text: str, kinds: list[str]) -> tuple[str, list[_Piece]]:
    """The top-level part before the first table header, then one piece per
    ``[[kind]]`` block (with its sub-tables) or other table."""
    lines = text.splitlines(keepends=True)
    state: str | None = None
    depth = 0
    preamble: list[str] = []
    pieces: list[_Piece] = []
    for line in lines:
        header = _HEADER_RE.match(line) if state is None and depth == 0 else None
        if header and line.lstrip().startswith("["):
            name = header.group(2)
            is_array = bool(header.group(1)) and bool(header.group(3))
            current = pieces[-1].kind if pieces else None
            if is_array and name in kinds:
                pieces.append(_Piece(name, line))
            elif current is not None and name.startswith(current + "."):
                pieces[-1].text += line
            else:
                pieces.append(_Piece(None, line))
            continue
        state, depth = _scan(line, state, depth)
        if pieces:
            pieces[-1].text += line
        else:
            preamble.append(line)
    if state is not None or depth != 0:
        raise _Unmergeable("unbalanced")
    return "".join(preamble), pieces


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


def _entry_pieces(text: str, plan: _Plan, side: dict[str, Any]) -> tuple[str, list[_Piece], dict[str, list[_Piece]]]:
    """Split a side's text and check each entry block reads back as that entry."""
    preamble, pieces = _split(text, plan.kinds)
    by_kind: dict[str, list[_Piece]] = {}
    for kind in plan.kinds:
        found = [p for p in pieces if p.kind == kind]
        entries = side.get(kind, [])
        if len(found) != len(entries):
            raise _Unmergeable(kind)
        for piece, entry in zip(found, entries, strict=True):
            if not _same(tomllib.loads(piece.text).get(kind), [entry]):
                raise _Unmergeable(kind)
        by_kind[kind] = found
    return preamble, pieces, by_kind


def _write(plan: _Plan, ours_text: str, theirs_text: str) -> str:
    ours, theirs = tomllib.loads(ours_text), tomllib.loads(theirs_text)
    preamble, pieces, ours_by_kind = _entry_pieces(ours_text, plan, ours)
    token = _token(ours_text + theirs_text)
    if plan.field_sets or plan.field_clashes:
        preamble_doc = tomllib.loads(preamble)
        for name in [*plan.field_sets, *plan.field_clashes]:
            if name in ours and name not in preamble_doc:
                raise _Unmergeable(name)  # a field that is a table further down
        preamble = _edit(preamble, None, plan.field_sets, plan.field_clashes, token)
    out = [preamble]
    position = {id(p): (kind, i) for kind, found in ours_by_kind.items() for i, p in enumerate(found)}
    keys = {kind: list(_keyed(kind, ours.get(kind, []))) for kind in plan.kinds}
    for piece in pieces:
        if piece.kind is None:
            out.append(piece.text)
            continue
        kind, index = position[id(piece)]
        entry = plan.entries[kind][keys[kind][index]]
        if entry.action == "keep":
            out.append(piece.text)
        elif entry.action == "edit":
            out.append(_edit(piece.text, kind, entry.sets, entry.clashes, token))
        elif entry.action == "conflict-deleted-by-theirs":
            out.append(_marked(piece.text, ""))
    text = "".join(out)
    if plan.appends:
        theirs_pieces = _theirs_blocks(theirs_text, plan, theirs)
        if text and not text.endswith("\n"):
            text += "\n"
        for append in plan.appends:
            block = theirs_pieces[append.kind][append.index]
            text += "\n" + (_marked("", block) if append.conflict else block)
    return text


def _theirs_blocks(text: str, plan: _Plan, theirs: dict[str, Any]) -> dict[str, list[str]]:
    from relj.storage.codec import render_block

    try:
        _, _, by_kind = _entry_pieces(text, plan, theirs)
        return {kind: [_tidy(p.text) for p in found] for kind, found in by_kind.items()}
    except (_Unmergeable, tomllib.TOMLDecodeError):
        return {kind: [render_block(kind, e).lstrip("\n") for e in theirs.get(kind, [])]
                for kind in plan.kinds}


def _tidy(block: str) -> str:
    return block.rstrip("\r\n") + "\n"


def _marked(ours: str, theirs: str) -> str:
    return f"{OURS_MARK}\n{_tidy(ours) if ours else ''}{SEPARATOR_MARK}\n{_tidy(theirs) if theirs else ''}{THEIRS_MARK}\n"


def _token(texts: str) -> str:
    token = "relj-merge-placeholder"
    while token in texts:
        token += "-x"
    return token


def _edit(text: str, kind: str | None, sets: dict[str, Any], clashes: dict[str, tuple[Any, Any]],
          token: str) -> str:
    """Change fields of the top level (kind None) or of the one entry in ``text``
    with tomlkit; a clash becomes a placeholder, then the marked lines."""
    import tomlkit

    doc = tomlkit.parse(text)
    table: Any = doc if kind is None else doc[kind][0]
    for name, value in sets.items():
        if value is MISSING:
            del table[name]
        else:
            table[name] = _item(value)
    holders: dict[str, tuple[str, Any, Any]] = {}
    for number, (name, (ours, theirs)) in enumerate(clashes.items()):
        holder = f"{token}-{number}"
        holders[holder] = (name, ours, theirs)
        table[name] = holder
    result = tomlkit.dumps(doc)
    for holder, (_name, ours, theirs) in holders.items():
        result = _mark_line(result, f'"{holder}"', ours, theirs)
    return result


def _mark_line(text: str, holder: str, ours: Any, theirs: Any) -> str:
    at = text.index(holder)
    start = text.rfind("\n", 0, at) + 1
    end = text.find("\n", at)
    end = len(text) if end < 0 else end + 1
    prefix = text[start:at]
    suffix = text[at + len(holder) : end].rstrip("\r\n")
    mine = "" if ours is MISSING else prefix + _value_text(ours) + suffix
    other = "" if theirs is MISSING else prefix + _value_text(theirs)
    return text[:start] + _marked(mine, other) + text[end:]


def _item(value: Any) -> Any:
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


def _value_text(value: Any) -> str:
    import tomlkit

    def has_table(v: Any) -> bool:
        return isinstance(v, dict) or isinstance(v, list) and any(has_table(x) for x in v)

    if has_table(value):
        raise _Unmergeable("a table in a conflict")
    item = _item(value)
    return (item if isinstance(item, tomlkit.items.Item) else tomlkit.item(item)).as_string()


def _verify(text: str, plan: _Plan) -> None:
    if not plan.conflicts:
        if not plan.matches(tomllib.loads(text), "ours"):
            raise _Unmergeable("read-back")
        return
    if OURS_MARK not in text:
        raise _Unmergeable("no markers")
    for side in ("ours", "theirs"):
        if not plan.matches(tomllib.loads(resolve_markers(text, side)), side):
            raise _Unmergeable("read-back " + side)


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

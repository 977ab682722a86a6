"""The merge decisions, taken on parsed data (tomllib), before any text is touched.

``[[contact]]`` entries are keyed by ``name``, ``[[offer]]`` and
``[[interaction]]`` by ``id``; every other top-level key is a field. For each
field (and each field of an entry) the side that changed it wins; when both
changed it differently, that is a conflict. The plan also knows what the
result must read back as, for either way of deciding its conflicts
(``Plan.matches``), so the text written from it can be checked.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time
from typing import Any, Final

KINDS = {"contact": "name", "offer": "id", "interaction": "id"}

Doc = dict[str, Any]  # a parsed TOML table: its values are whatever the file holds
EntryKey = tuple[tuple[str, object], int]  # (("id", ident) or ("content", canon), n-th)


class _Missing:
    def __repr__(self) -> str:
        return "<missing>"


MISSING: Final = _Missing()  # "not set on this side", where a TOML value may stand


# -- comparing values ------------------------------------------------------------


def canon(value: object) -> object:
    """A hashable form in which equal means the same TOML (1 != true, offsets count)."""
    if value is MISSING:
        return ("missing",)
    if isinstance(value, dict):
        return ("table", tuple(sorted((k, canon(v)) for k, v in value.items())))
    if isinstance(value, list):
        return ("array", tuple(canon(v) for v in value))
    if isinstance(value, datetime | date | time):
        return (type(value).__name__, value.isoformat())
    if isinstance(value, float):
        return ("float", repr(value))
    return (type(value).__name__, value)


def same(a: object, b: object) -> bool:
    return canon(a) == canon(b)


def _three_way(base: object, ours: object, theirs: object) -> tuple[bool, object]:
    """(True, value) when it resolves; (False, None) when both sides changed it differently."""
    if same(ours, theirs) or same(theirs, base):
        return True, ours
    if same(ours, base):
        return True, theirs
    return False, None


def _keyed_kinds(docs: tuple[Doc, ...]) -> list[str]:
    def entries(value: object) -> bool:
        return isinstance(value, list) and all(isinstance(v, dict) for v in value)

    return [k for k in KINDS if all(entries(doc.get(k, [])) for doc in docs)]


def keyed(kind: str, entries: list[Doc]) -> dict[EntryKey, Doc]:
    """Entries by key: (id or name, n-th occurrence); content when there is no id."""
    seen: dict[tuple[str, object], int] = {}
    out: dict[EntryKey, Doc] = {}
    for entry in entries:
        ident = entry.get(KINDS[kind])
        base = ("id", ident) if isinstance(ident, str) else ("content", canon(entry))
        number = seen.get(base, 0)
        seen[base] = number + 1
        out[(base, number)] = entry
    return out


def _label(kind: str, entry: Doc) -> str:
    ident = entry.get(KINDS[kind])
    return f"{kind} {ident}" if isinstance(ident, str) else f"{kind} without {KINDS[kind]}"


def _at_key(entry: Doc) -> tuple[int, datetime, str]:
    value = entry.get("at", entry.get("opened"))
    ident = str(entry.get("id", entry.get("name", "")))
    if isinstance(value, datetime):
        if value.tzinfo is not None:
            value = value.astimezone(UTC).replace(tzinfo=None)
        return (0, value, ident)
    if isinstance(value, date):
        return (0, datetime(value.year, value.month, value.day), ident)
    return (1, datetime.min, ident)


# -- the decisions ---------------------------------------------------------------


@dataclass
class EntryPlan:
    """What happens to one entry of OURS (by its key)."""

    action: str  # keep | edit | delete | conflict-deleted-by-theirs
    sets: dict[str, object] = field(default_factory=dict)  # field -> value or MISSING
    clashes: dict[str, tuple[object, object]] = field(default_factory=dict)


@dataclass
class Append:
    """An entry only THEIRS has, to be appended as THEIRS wrote it."""

    kind: str
    index: int  # position in THEIRS' list of that kind
    entry: Doc
    conflict: bool  # changed by THEIRS, deleted by OURS


class Plan:
    def __init__(self, base: Doc, ours: Doc, theirs: Doc) -> None:
        self.kinds = _keyed_kinds((base, ours, theirs))
        self.conflicts: list[str] = []
        self.field_sets: dict[str, object] = {}
        self.field_clashes: dict[str, tuple[object, object]] = {}
        self.entries: dict[str, dict[EntryKey, EntryPlan]] = {}
        self.appends: list[Append] = []
        self.expected: dict[str, Doc] = {"ours": {}, "theirs": {}}
        self._fields(base, ours, theirs)
        for kind in self.kinds:
            self._kind(kind, base, ours, theirs)
        self.appends.sort(key=lambda a: _at_key(a.entry))

    def _fields(self, base: Doc, ours: Doc, theirs: Doc) -> None:
        names = [k for k in [*ours, *theirs, *base] if k not in self.kinds]
        for name in dict.fromkeys(names):
            o, t = ours.get(name, MISSING), theirs.get(name, MISSING)
            resolved, value = _three_way(base.get(name, MISSING), o, t)
            if resolved:
                if not same(value, o):
                    self.field_sets[name] = value
                for side in ("ours", "theirs"):
                    self._expect_field(side, name, value)
            else:
                self.field_clashes[name] = (o, t)
                self.conflicts.append(name)
                self._expect_field("ours", name, o)
                self._expect_field("theirs", name, t)

    def _expect_field(self, side: str, name: str, value: object) -> None:
        if value is not MISSING:
            self.expected[side][name] = value

    def _kind(self, kind: str, base: Doc, ours: Doc, theirs: Doc) -> None:
        b, o, t = (keyed(kind, doc.get(kind, [])) for doc in (base, ours, theirs))
        plans: dict[EntryKey, EntryPlan] = {}
        result: dict[str, dict[EntryKey, Doc]] = {"ours": {}, "theirs": {}}
        for key, mine in o.items():
            if key in t:
                plans[key] = self._entry(kind, key, b.get(key, {}), mine, t[key], result)
            elif key in b and same(mine, b[key]):
                plans[key] = EntryPlan("delete")
            elif key in b:
                plans[key] = EntryPlan("conflict-deleted-by-theirs")
                self.conflicts.append(_label(kind, mine))
                result["ours"][key] = mine
            else:
                plans[key] = EntryPlan("keep")
                for side in result:
                    result[side][key] = mine
        for index, (key, other) in enumerate(t.items()):
            if key in o or (key in b and same(other, b[key])):
                continue
            conflict = key in b
            self.appends.append(Append(kind, index, other, conflict))
            if conflict:
                self.conflicts.append(_label(kind, other))
                result["theirs"][key] = other
            else:
                for side in result:
                    result[side][key] = other
        self.entries[kind] = plans
        for side in result:
            self.expected[side][kind] = result[side]

    def _entry(self, kind: str, key: EntryKey, base: Doc, ours: Doc, theirs: Doc,
               result: dict[str, dict[EntryKey, Doc]]) -> EntryPlan:
        plan = EntryPlan("keep")
        merged: dict[str, Doc] = {"ours": {}, "theirs": {}}
        for name in dict.fromkeys([*ours, *theirs, *base]):
            o, t = ours.get(name, MISSING), theirs.get(name, MISSING)
            resolved, value = _three_way(base.get(name, MISSING), o, t)
            if resolved:
                if not same(value, o):
                    plan.sets[name] = value
                choices = {"ours": value, "theirs": value}
            else:
                plan.clashes[name] = (o, t)
                self.conflicts.append(f"{_label(kind, ours)}: {name}")
                choices = {"ours": o, "theirs": t}
            for side, chosen in choices.items():
                if chosen is not MISSING:
                    merged[side][name] = chosen
        if plan.sets or plan.clashes:
            plan.action = "edit"
        for side in result:
            result[side][key] = merged[side]
        return plan

    def matches(self, data: Doc, side: str) -> bool:
        """Whether ``data`` is what the merge must read back as, deciding for ``side``."""
        expected = self.expected[side]
        fields = {k: v for k, v in data.items() if k not in self.kinds}
        wanted = {k: v for k, v in expected.items() if k not in self.kinds}
        if not same(fields, wanted):
            return False
        for kind in self.kinds:
            entries = data.get(kind, [])
            if not (isinstance(entries, list) and all(isinstance(e, dict) for e in entries)):
                return False
            got = {k: canon(v) for k, v in keyed(kind, entries).items()}
            if got != {k: canon(v) for k, v in expected[kind].items()}:
                return False
        return True

"""TOML text <-> model objects.

Reading goes through tomllib (fast); writing a new block goes through tomlkit
(correct quoting) and is checked with tomllib before anyone writes it, so relj
never writes what it cannot read back.
"""

from __future__ import annotations

import math
import tomllib
from datetime import date, datetime, time, timedelta, timezone
from typing import Any


def _whole_minute_offset(moment: datetime) -> datetime:
    """TOML (and tomlkit) cannot write sub-minute UTC offsets: round them."""
    offset = moment.utcoffset()
    if offset is None or offset.seconds % 60 == 0 and offset.microseconds == 0:
        return moment
    minutes = round(offset.total_seconds() / 60)
    return moment.replace(tzinfo=timezone(timedelta(minutes=minutes)))


def _toml_value(value: Any) -> Any:
    import tomlkit

    if isinstance(value, str) and "\n" in value:
        return tomlkit.string(value, multiline=True)
    if isinstance(value, datetime):
        return _whole_minute_offset(value)
    if isinstance(value, list | tuple):
        return [_toml_value(v) for v in value]
    return value


def _render(kind: str, data: dict[str, Any], multiline: bool) -> str:
    import tomlkit

    table = tomlkit.table()
    for key, value in data.items():
        if value is None:
            continue
        table.add(key, _toml_value(value) if multiline else _plain(value))
    aot = tomlkit.aot()
    aot.append(table)
    doc = tomlkit.document()
    doc.add(kind, aot)
    return tomlkit.dumps(doc)


def _plain(value: Any) -> Any:
    if isinstance(value, datetime):
        return _whole_minute_offset(value)
    if isinstance(value, list | tuple):
        return list(value)
    return value


def _expected(data: dict[str, Any]) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for key, value in data.items():
        if value is None:
            continue
        out[key] = _plain(value)
    return out


def render_block(kind: str, data: dict[str, Any]) -> str:
    """One ``[[kind]]`` block as TOML text, starting with a blank line.

    ``None`` values are left out. Notes with newlines become multi-line strings
    when that round-trips exactly, else escaped single-line strings. The block
    is parsed back with tomllib and must equal ``data``; otherwise ValueError.
    """
    expected = {kind: [_expected(data)]}
    for multiline in (True, False):
        text = _render(kind, data, multiline)
        try:
            if tomllib.loads(text) == expected:
                return "\n" + text.lstrip("\n")
        except tomllib.TOMLDecodeError:
            continue
    raise ValueError(f"cannot render a [[{kind}]] block that reads back equal")


def iso(value: Any) -> Any:
    """Dates, datetimes and times as ISO 8601 strings, recursively (for JSON).

    Unknown keys are kept and shown, so any TOML value can arrive here,
    including a local time (``07:32:00``)."""
    if isinstance(value, date | datetime | time):
        return value.isoformat()
    if isinstance(value, float) and not math.isfinite(value):
        return str(value)  # "nan", "inf", "-inf" as in TOML: JSON has no such numbers
    if isinstance(value, dict):
        return {k: iso(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [iso(v) for v in value]
    return value


# -- reading ------------------------------------------------------------------

_LINE_RE = None  # compiled lazily: most commands never see a broken file


def _decode_error_line(error: tomllib.TOMLDecodeError) -> int:
    import re

    global _LINE_RE
    if _LINE_RE is None:
        _LINE_RE = re.compile(r"at line (\d+)")
    found = _LINE_RE.search(str(error))
    return int(found.group(1)) if found else 1


def _load_toml(path: str, data: bytes) -> tuple[dict[str, Any], str]:
    from relj.errors import FileProblem

    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as error:
        line = data[: error.start].count(b"\n") + 1
        raise FileProblem(path, line, "core.not_utf8") from None
    try:
        return tomllib.loads(text), text
    except tomllib.TOMLDecodeError as error:
        reason = str(error).split(" (at ")[0]
        raise FileProblem(path, _decode_error_line(error), "core.bad_toml", reason=reason) from None


def line_of(text: str, key: str, table: str | None = None, index: int = 0) -> int:
    """The line where ``key`` is set: at top level, or in the index-th ``[[table]]``.

    Only used to point at a problem, so a best guess (line 1) is acceptable.
    """
    import re

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


class _Reader:
    """Checks the types of one parsed customer file and builds the model.

    Each problem becomes a FileProblem at the line of the offending key.
    """

    def __init__(self, path: str, text: str) -> None:
        self.path = path
        self.text = text

    def fail(self, key: str, table: str | None, index: int, message: str, **fields: Any) -> None:
        from relj.errors import FileProblem

        line = line_of(self.text, key, table, index)
        raise FileProblem(self.path, line, message, key=key, **fields)

    def get(self, data: dict[str, Any], key: str, kind: str, table: str | None = None,
            index: int = 0, required: bool = False, choices: tuple[str, ...] = ()) -> Any:
        if key not in data:
            if required:
                from relj.errors import FileProblem

                line = line_of(self.text, key, table, index) if table else 1
                raise FileProblem(self.path, line, "core.missing_key", key=key)
            return None
        value = data[key]
        if not _is_kind(value, kind):
            self.fail(key, table, index, "core.wrong_type", expected=kind)
        if choices and value not in choices:
            self.fail(key, table, index, "core.bad_choice", value=value, choices=", ".join(choices))
        return _as_kind(value, kind)


def _is_kind(value: Any, kind: str) -> bool:
    if kind == "str":
        return isinstance(value, str)
    if kind == "bool":
        return isinstance(value, bool)
    if kind == "int":
        return isinstance(value, int) and not isinstance(value, bool)
    if kind == "number":
        return isinstance(value, int | float) and not isinstance(value, bool)
    if kind == "date":
        return isinstance(value, date)  # a datetime is a date too; its day is taken
    if kind == "moment":
        return isinstance(value, date)
    if kind == "list[str]":
        return isinstance(value, list) and all(isinstance(v, str) for v in value)
    if kind == "tables":
        return isinstance(value, list) and all(isinstance(v, dict) for v in value)
    raise AssertionError(kind)


def _as_kind(value: Any, kind: str) -> Any:
    if kind == "date" and isinstance(value, datetime):
        return value.date()
    if kind == "list[str]":
        return tuple(value)
    return value


def parse_customer(slug: str, path: str, data: bytes) -> Any:
    """A Customer from the bytes of its file, or FileProblem (path:line: message)."""
    doc, text = _load_toml(path, data)
    return customer_from_dict(slug, doc, _Reader(path, text))


def customer_from_dict(slug: str, doc: dict[str, Any], reader: _Reader) -> Any:
    from relj.model import Customer

    name = reader.get(doc, "name", "str", required=True)
    if not name.strip():
        reader.fail("name", None, 0, "core.empty_name")
    cadence = reader.get(doc, "cadence", "str")
    if cadence is not None:
        _check_duration(reader, cadence)
    phase = reader.get(doc, "phase", "int")
    if phase is not None and not 0 <= phase <= 5:
        reader.fail("phase", None, 0, "core.bad_phase", value=phase)
    interactions = [
        _interaction(reader, entry, i)
        for i, entry in enumerate(_tables(reader, doc, "interaction"))
    ]
    from relj.model import moment_key

    interactions.sort(key=lambda item: moment_key(item.at))  # stable: file order on ties
    return Customer(
        slug=slug,
        name=name,
        since=reader.get(doc, "since", "date"),
        why=reader.get(doc, "why", "str"),
        cadence=cadence,
        tags=reader.get(doc, "tags", "list[str]") or (),
        phase_override=phase,
        ended=reader.get(doc, "ended", "date"),
        contacts=tuple(
            _contact(reader, entry, i) for i, entry in enumerate(_tables(reader, doc, "contact"))
        ),
        offers=tuple(
            _offer(reader, entry, i) for i, entry in enumerate(_tables(reader, doc, "offer"))
        ),
        interactions=tuple(interactions),
        raw=doc,
    )


def _check_duration(reader: _Reader, cadence: str) -> None:
    from relj.dates import parse_duration
    from relj.errors import ReljError

    try:
        parse_duration(cadence)
    except ReljError:
        reader.fail("cadence", None, 0, "core.bad_cadence", value=cadence)


def _tables(reader: _Reader, doc: dict[str, Any], key: str) -> list[dict[str, Any]]:
    return reader.get(doc, key, "tables") or []


def _contact(reader: _Reader, entry: dict[str, Any], index: int) -> Any:
    from relj.model import Contact

    def get(key: str, kind: str, **kw: Any) -> Any:
        return reader.get(entry, key, kind, "contact", index, **kw)

    return Contact(
        name=get("name", "str", required=True),
        role=get("role", "str"),
        key=bool(get("key", "bool")),
        email=get("email", "str"),
        phone=get("phone", "str"),
    )


def _offer(reader: _Reader, entry: dict[str, Any], index: int) -> Any:
    from relj.model import OFFER_STATUSES, Offer

    def get(key: str, kind: str, **kw: Any) -> Any:
        return reader.get(entry, key, kind, "offer", index, **kw)

    return Offer(
        id=get("id", "str", required=True),
        what=get("what", "str") or "",
        value=get("value", "number"),
        currency=get("currency", "str"),
        opened=get("opened", "date"),
        status=get("status", "str", choices=OFFER_STATUSES) or "open",
        closed=get("closed", "date"),
    )


def _interaction(reader: _Reader, entry: dict[str, Any], index: int) -> Any:
    # Most entries are relj's own and well formed: take them in one step, and
    # only walk key by key (for the exact line and message) when one is not.
    return _interaction_at_once(entry, index) or _interaction_checked(reader, entry, index)


_STR_KEYS = ("id", "with", "concern", "offer", "note", "by")
_CHOICE_SETS: dict[str, frozenset[str]] = {}


def _interaction_at_once(entry: dict[str, Any], index: int) -> Any:
    """The Interaction of a well-formed entry, or None when anything needs a closer look."""
    from relj.model import CHANNELS, CLOSING_ANSWERS, MOODS, SIGNALS, Interaction

    if not _CHOICE_SETS:
        _CHOICE_SETS.update(channel=frozenset(CHANNELS), mood=frozenset(MOODS),
                            closing=frozenset(CLOSING_ANSWERS), signals=frozenset(SIGNALS))
    get = entry.get
    if None in entry.values():  # TOML has no null; only a caller's dict could
        return None
    for key in _STR_KEYS:
        if type(get(key, "")) is not str:
            return None
    for key in ("channel", "mood", "closing"):
        value = get(key)
        if value is not None and (type(value) is not str or value not in _CHOICE_SETS[key]):
            return None
    at, follow_up = get("at"), get("follow_up")
    genuine, pitched = get("genuine"), get("pitched", False)
    signals = get("signals", [])
    if (not isinstance(at, date) or type(pitched) is not bool
            or (genuine is not None and type(genuine) is not bool)
            or (follow_up is not None and not isinstance(follow_up, date))
            or type(signals) is not list
            or not all(type(v) is str for v in signals)
            or not _CHOICE_SETS["signals"].issuperset(signals)):
        return None
    concern = get("concern")
    return Interaction(
        id=get("id") or f"#{index + 1}",
        at=at,
        channel=get("channel"),
        with_=get("with"),
        genuine=bool(concern) if genuine is None else genuine,
        concern=concern,
        mood=get("mood"),
        pitched=pitched,
        signals=tuple(signals),
        closing=get("closing"),
        offer=get("offer"),
        follow_up=follow_up.date() if isinstance(follow_up, datetime) else follow_up,
        note=get("note"),
        by=get("by"),
    )


def _interaction_checked(reader: _Reader, entry: dict[str, Any], index: int) -> Any:
    from relj.model import CHANNELS, CLOSING_ANSWERS, MOODS, SIGNALS, Interaction

    def get(key: str, kind: str, **kw: Any) -> Any:
        return reader.get(entry, key, kind, "interaction", index, **kw)

    signals = get("signals", "list[str]") or ()
    for signal in signals:
        if signal not in SIGNALS:
            reader.fail("signals", "interaction", index, "core.bad_choice",
                        value=signal, choices=", ".join(SIGNALS))
    concern = get("concern", "str")
    genuine = get("genuine", "bool")
    return Interaction(
        # Hand-written entries may lack an id; give them a stable one from their place.
        id=get("id", "str") or f"#{index + 1}",
        at=get("at", "moment", required=True),
        channel=get("channel", "str", choices=CHANNELS),
        with_=get("with", "str"),
        genuine=bool(concern) if genuine is None else genuine,
        concern=concern,
        mood=get("mood", "str", choices=MOODS),
        pitched=bool(get("pitched", "bool")),
        signals=signals,
        closing=get("closing", "str", choices=CLOSING_ANSWERS),
        offer=get("offer", "str"),
        follow_up=get("follow_up", "date"),
        note=get("note", "str"),
        by=get("by", "str"),
    )


def parse_settings(path: str, data: bytes) -> Any:
    from relj.errors import FileProblem
    from relj.settings import settings_from_dict

    doc, text = _load_toml(path, data)
    settings, wrong = settings_from_dict(doc)
    if wrong:
        key = wrong[0][0]
        raise FileProblem(path, line_of(text, key.split(".")[-1]), "core.wrong_setting", key=key)
    _check_cadences(path, text, settings)
    return settings


def _check_cadences(path: str, text: str, settings: Any) -> None:
    """A cadence in relj.toml that is not a duration would break every `due`: say where."""
    from relj.dates import parse_duration
    from relj.errors import FileProblem, ReljError

    named = [("cadence", "default", settings.cadence_default)]
    named += [("cadence.tags", tag, value) for tag, value in settings.cadence_tags.items()]
    for table, key, value in named:
        try:
            parse_duration(value)
        except ReljError:
            raise FileProblem(path, line_of(text, key, table), "core.bad_cadence", key=key,
                              value=value) from None

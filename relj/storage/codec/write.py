"""Model data -> text: a new ``[[kind]]`` block as TOML, TOML values as JSON values.

A new block goes through tomlkit (correct quoting) and is parsed back with
tomllib before anyone writes it, so relj never writes what it cannot read
back. tomlkit is imported inside the functions: only writing commands pay
for it.
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


def _toml_value(value: object) -> object:
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


def _plain(value: object) -> object:
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

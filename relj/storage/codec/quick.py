"""A quick reader for the plain TOML relj itself writes; anything else goes to tomllib.

tomllib is written in Python and reads a character at a time: on a first run
at a thousand customers it is most of the time spent. relj's own files use a
small part of TOML, one construct a line: ``key = value`` with a bare key,
``[[table]]`` headers, comments, and as values basic strings without escapes
(one line or three quotes), integers, booleans, dates and datetimes with whole
seconds, and one-line arrays of such strings. That part is read here with one
regular expression per line.

It never decides anything tomllib would decide differently: it answers with
exactly tomllib's data, or with None for a document holding anything else
(escapes, floats, inline tables, dotted keys, ``[table]``, a repeated key, a
CR, an invalid date ...), which tomllib then reads and, if need be, reports at
its line. tests/test_codec_quick.py holds the two readers to that.
"""

from __future__ import annotations

import re
from datetime import UTC, date, datetime, timedelta, timezone
from typing import Any

_NO_CTRL = r"\x00-\x08\x0a-\x1f\x7f"  # TOML's control characters (tab allowed)
_STRING = r'"[^"\\' + _NO_CTRL + r']*"'
_LINE = re.compile(
    r"[ \t]*(?:"
    r"(?:([A-Za-z0-9_-]+)[ \t]*=[ \t]*(?:"  # 1 key
    r'"([^"\\' + _NO_CTRL + r']*)"'  # 2 one-line string
    r'|"""\n?((?:[^"\\\x00-\x08\x0b-\x1f\x7f]|"(?!""))*)"""'  # 3 multi-line string
    r"|([0-9]{4})-(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])"  # 4-6 a date
    r"(?:T([01][0-9]|2[0-3]):([0-5][0-9]):([0-5][0-9])"  # 7-9 its time
    r"(?:(Z)|([+-])([01][0-9]|2[0-3]):([0-5][0-9]))?)?"  # 10-13 its offset
    r"|(-?(?:0|[1-9][0-9]*))(?![0-9:-])"  # 14 an integer
    r"|(true|false)"  # 15
    r"|\[([ \t]*(?:" + _STRING + r"[ \t]*,[ \t]*)*(?:" + _STRING + r"[ \t]*)?)\]"  # 16 array
    r")"
    r"|\[\[[ \t]*([A-Za-z0-9_-]+)[ \t]*\]\]"  # 17 a [[table]] header
    r")[ \t]*)?"
    r"(?:#[^" + _NO_CTRL + r"]*)?(?:\n|\Z)"
    r"|([^\n]+)"  # 18 anything else: not for this reader
)
_ITEM = re.compile(_STRING)
_ZONES: dict[tuple[str, str, str], timezone] = {}


def quick_loads(text: str) -> dict[str, Any] | None:
    """tomllib's data for ``text`` when it keeps to relj's plain part of TOML, else None."""
    if "\r" in text:
        return None
    doc: dict[str, Any] = {}
    table = doc
    arrays: set[str] = set()  # names that [[headers]] made
    for match in _LINE.finditer(text):
        (key, string, multi, year, month, day, hour, minute, second, utc, sign, off_h,
         off_m, integer, boolean, items, header, other) = match.groups()
        if other is not None:
            return None
        if key is not None:
            if key in table:
                return None  # TOML forbids it: tomllib says so, at its line
            if string is not None:
                table[key] = string
            elif multi is not None:
                table[key] = multi
            elif year is not None:
                value = _moment(year, month, day, hour, minute, second, utc, sign, off_h, off_m)
                if value is None:
                    return None
                table[key] = value
            elif integer is not None:
                table[key] = int(integer)
            elif boolean is not None:
                table[key] = boolean == "true"
            else:
                table[key] = [item[1:-1] for item in _ITEM.findall(items)]
        elif header is not None:
            if header in doc and header not in arrays:
                return None
            arrays.add(header)
            table = {}
            doc.setdefault(header, []).append(table)
    return doc


def _moment(year: str, month: str, day: str, hour: str | None, minute: str, second: str,
            utc: str | None, sign: str | None, off_h: str, off_m: str) -> date | None:
    """The date or datetime as tomllib builds it; None for a day the calendar lacks."""
    try:
        if hour is None:
            return date(int(year), int(month), int(day))
        zone: timezone | None = None
        if utc is not None:
            zone = UTC
        elif sign is not None:
            zone = _ZONES.get((sign, off_h, off_m))
            if zone is None:
                factor = 1 if sign == "+" else -1
                zone = _ZONES[sign, off_h, off_m] = timezone(
                    timedelta(hours=factor * int(off_h), minutes=factor * int(off_m)))
        return datetime(int(year), int(month), int(day), int(hour), int(minute), int(second),
                        tzinfo=zone)
    except ValueError:
        return None

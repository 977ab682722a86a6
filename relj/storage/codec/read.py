"""Reading a journal file: bytes -> TOML data, and typed access that fails at a line.

Every problem becomes a ``FileProblem`` with ``path:line``: bytes that are not
UTF-8, TOML that does not parse, a key of the wrong type or value. The
schemas built on this live beside it (``customer.py``, ``settings.py``).
"""

from __future__ import annotations

import tomllib
from datetime import date
from typing import Any

from relj.storage.codec.toml_text import line_of

_LINE_RE = None  # compiled lazily: most commands never see a broken file


def _decode_error_line(error: tomllib.TOMLDecodeError) -> int:
    import re

    global _LINE_RE
    if _LINE_RE is None:
        _LINE_RE = re.compile(r"at line (\d+)")
    found = _LINE_RE.search(str(error))
    return int(found.group(1)) if found else 1


def load_toml(path: str, data: bytes) -> tuple[dict[str, Any], str]:
    """The parsed document and its text, or FileProblem at the line tomllib names."""
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


class Reader:
    """Checks the types of one parsed file's values.

    Each problem becomes a FileProblem at the line of the offending key.
    """

    def __init__(self, path: str, text: str) -> None:
        self.path = path
        self.text = text

    def fail(self, key: str, table: str | None, index: int, message: str,
             **fields: object) -> None:
        from relj.errors import FileProblem

        line = line_of(self.text, key, table, index)
        raise FileProblem(self.path, line, message, key=key, **fields)

    def get(self, data: dict[str, Any], key: str, kind: str, table: str | None = None,
            index: int = 0, required: bool = False, choices: tuple[str, ...] = ()) -> Any:
        """The value of ``key`` as ``kind`` (see ``_is_kind``), None when absent.

        The result is Any: its type follows the ``kind`` string."""
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


def _is_kind(value: object, kind: str) -> bool:
    if kind == "str":
        return isinstance(value, str)
    if kind == "bool":
        return isinstance(value, bool)
    if kind == "int":
        return isinstance(value, int) and not isinstance(value, bool)
    if kind == "str|int":
        return isinstance(value, str) or _is_kind(value, "int")
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
    if kind == "date":
        from relj.model import day_of

        return day_of(value)
    if kind == "list[str]":
        return tuple(value)
    return value

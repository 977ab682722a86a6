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


BOM = "\ufeff"  # TOML allows a UTF-8 byte order mark; relj reads past it and keeps it
APPENDED = ("interaction", "contact", "offer", "assessment")  # relj appends [[...]] blocks


def load_toml(path: str, data: bytes) -> tuple[dict[str, Any], str]:
    """The parsed document and its text (a BOM left out), or FileProblem at the right line.

    tomllib names no line for an error at the end of the document (an unclosed
    string or array); the line where that construct began is named instead.
    """
    from relj.errors import FileProblem

    try:
        text = data.decode("utf-8").removeprefix(BOM)
    except UnicodeDecodeError as error:
        line = data[: error.start].count(b"\n") + 1
        raise FileProblem(path, line, "core.not_utf8") from None
    from relj.storage.codec.quick import quick_loads

    quick = quick_loads(text)  # relj's own plain TOML, several times faster than tomllib
    if quick is not None:
        return quick, text
    try:
        return tomllib.loads(text), text
    except RecursionError:  # a hostile file (arrays in arrays, hundreds deep): its problem only
        raise FileProblem(path, 1, "core.too_deep") from None
    except tomllib.TOMLDecodeError as error:
        reason = str(error).split(" (at ")[0]
        line = _decode_error_line(error)
        if "at end of document" in str(error):
            line = unclosed_start(text) or line
        raise FileProblem(path, line, "core.bad_toml", reason=reason) from None


def unclosed_start(text: str) -> int | None:
    """The line where a string, array or inline table that never closes began, if one does.

    A small scan of TOML's lexical states (comments, the four kinds of strings,
    brackets) in one pass: only called for a document that failed to parse.
    """
    depth, start, line, index, size = 0, 0, 1, 0, len(text)
    while index < size:
        char = text[index]
        if char == "\n":
            line += 1
        elif char == "#":
            end = text.find("\n", index)
            index = size if end < 0 else end
            continue
        elif char in "\"'":
            quote = char * 3 if text.startswith(char * 3, index) else char
            close = _string_end(text, index + len(quote), quote)
            if close is None:
                return start if depth else line
            line += text.count("\n", index, close)
            index = close
            continue
        elif char in "[{":
            if depth == 0:
                start = line
            depth += 1
        elif char in "]}":
            depth = max(depth - 1, 0)
        index += 1
    return start if depth else None


def _string_end(text: str, index: int, quote: str) -> int | None:
    """The index just past the closing ``quote``, None when it never closes."""
    basic, multi = quote[0] == '"', len(quote) == 3
    while index < len(text):
        char = text[index]
        if basic and char == "\\":
            index += 2
            continue
        if char == "\n" and not multi:
            return None
        if text.startswith(quote, index):
            end = index + len(quote)
            while multi and end < len(text) and text[end] == quote[0] and end - index < 5:
                end += 1  # up to two quotes may end a multi-line string's content
            return end
        index += 1
    return None


def check_appendable(path: str, text: str, data: dict[str, Any],
                     keys: tuple[str, ...] = APPENDED) -> None:
    """A FileProblem when relj cannot append ``[[key]]`` blocks to this (valid) file.

    ``interaction = [{...}]`` (an inline array) reads like ``[[interaction]]``,
    but TOML forbids adding a block to it: every append would fail.
    """
    import re

    from relj.errors import FileProblem

    for key in keys:
        value = data.get(key)
        if not isinstance(value, list) or not value:
            continue
        headers = len(re.findall(r"^[ \t]*\[\[[ \t]*" + key + r"[ \t]*\]\]", text, re.M))
        if headers < len(value):
            found = re.search(r"^[ \t]*" + key + r"[ \t]*=", text, re.M)
            line = text.count("\n", 0, found.start()) + 1 if found else 1
            raise FileProblem(path, line, "core.inline_tables", key=key)


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

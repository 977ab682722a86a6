"""The quick reader of relj's plain TOML gives tomllib's data, or leaves the file to it."""

from __future__ import annotations

import tomllib
from pathlib import Path
from typing import Any

from hypothesis import given, settings
from hypothesis import strategies as st

from relj.storage.codec.quick import quick_loads

KEYS = st.sampled_from(["name", "id", "at", "note", "tags", "a-b", "x_1", "1", "true", "name"])
VALUES = st.sampled_from([
    '"plain"', '""', '"Grüße, \ttab"', '"with \\"escape\\""', "'literal'", '"""\nmulti\nline"""',
    '"""two ""quotes"" inside"""', '"""ends in quotes"""""', '"""\n\nblank first"""',
    "0", "-0", "42", "+1", "007", "1_000", "1.5", "true", "false", "True",
    "2026-11-24", "2026-02-30", "0000-01-01", "2026-11-24T14:30:00+01:00", "2026-11-24T14:30:00Z",
    "2026-11-24T14:30:00", "2026-11-24T24:00:00", "2026-11-24 14:30:00", "2026-11-24T14:30:00.5",
    "2026-11-24T14:30:00-05:30", "2026-11-24t14:30:00z", "14:30:00", "[]", '["a", "b"]',
    '["a",]', "[,]", '[ "a" , "b" ]', "[1, 2]", "{ a = 1 }", '"\x01"', '"unclosed',
])
LINES = st.one_of(
    st.builds(lambda k, v, c: f"{k} = {v}{c}", KEYS, VALUES,
              st.sampled_from(["", "  # note", "#", " # \x01"])),
    st.sampled_from(["", "   ", "# a comment", "[[interaction]]", "[[ contact ]]", "[offer]",
                     "[[name]]", "a.b = 1", '"quoted" = 1', "[[interaction]] x", "garbage",
                     "\t", "\r", "x = 1\r"]),
)


@settings(max_examples=1500, deadline=None)
@given(lines=st.lists(LINES, max_size=12), end=st.sampled_from(["", "\n"]))
def test_quick_reading_is_tomllib_or_nothing(lines: list[str], end: str) -> None:
    text = "\n".join(lines) + end
    quick = quick_loads(text)
    if quick is None:
        return
    expected = tomllib.loads(text)  # it must parse: quick took it
    assert quick == expected
    assert _types(quick) == _types(expected)


def _types(value: Any) -> Any:
    if isinstance(value, dict):
        return {key: _types(item) for key, item in value.items()}
    if isinstance(value, list):
        return [_types(item) for item in value]
    return type(value), getattr(value, "tzinfo", None)


def test_the_example_journal_is_read_quickly_and_alike() -> None:
    folder = Path(__file__).resolve().parent.parent / "examples" / "journal" / "customers"
    for path in sorted(folder.glob("*.toml")):
        text = path.read_text(encoding="utf-8").removeprefix("\ufeff")
        quick = quick_loads(text)
        assert quick is not None, path
        assert quick == tomllib.loads(text)
        assert _types(quick) == _types(tomllib.loads(text))


def test_what_tomllib_refuses_is_left_to_it() -> None:
    for text in ('name = "a"\nname = "b"\n', 'contact = "x"\n[[contact]]\nname = "y"\n',
                 'at = 2026-02-30\n', 'x = """never closed\n', 'a = 1\r\n'):
        assert quick_loads(text) is None

"""The big tables drawn line by line (relj.render.rows) look exactly as rich draws them."""

from __future__ import annotations

import io
from typing import TYPE_CHECKING
from unittest.mock import patch

from hypothesis import given, settings
from hypothesis import strategies as st
from rich.console import Console

from relj.render import guard
from relj.render.kit import TrimmedLines
from relj.render.rows import _print_with_rich, print_rows

if TYPE_CHECKING:
    from relj.render.kit import Column

# Words as the journal holds them: short and long, umlauts, wide signs, a tab, a
# line break, a control character (neutralised), an empty cell.
WORDS = st.sampled_from(["a", "Acme", "GmbH", "me-you-us", "disenchantment", "-", "12", "",
                         "Müller", "東京", "x" * 30, "price objection: one struggle signal",
                         "tab\there", "two\nlines", "esc\x1b[2J", "  padded  ", "[bold]"])
CELL = st.lists(WORDS, max_size=4).map(" ".join)

LIST_COLUMNS: tuple[Column, ...] = (
    ("Customer", {"ratio": 4, "overflow": "fold"}),
    ("Phase", {"ratio": 2}),
    ("Days", {"justify": "right", "width": 4}),
    ("Offers", {"justify": "right"}),
    ("Tags", {"ratio": 3}),
)
PHASE_COLUMNS: tuple[Column, ...] = (
    ("Customer", {"ratio": 3, "overflow": "fold"}),
    ("Phase", {"ratio": 2}),
    ("Date", {"no_wrap": True}),
    ("What", {"ratio": 5}),
)


def _drawn(columns: tuple[Column, ...], rows: list[list[str]], width: int, terminal: bool,
           short_way: bool, title: str | None = None) -> str:
    buffer = io.StringIO()
    console = guard(Console(file=buffer, width=width, force_terminal=terminal,
                            color_system="standard" if terminal else None,
                            no_color=not terminal, highlight=False, emoji=False))
    console.file = TrimmedLines(buffer)  # type: ignore[assignment]
    with patch("relj.render.is_terminal", return_value=terminal):  # box art on a terminal
        if short_way:
            print_rows(console, columns, rows, title)
        else:
            _print_with_rich(console, columns, rows, title)
    return buffer.getvalue()


@settings(max_examples=150, deadline=None)
@given(columns=st.sampled_from([LIST_COLUMNS, PHASE_COLUMNS]), data=st.data(),
       width=st.integers(min_value=6, max_value=140), terminal=st.booleans(),
       title=st.none() | CELL)
def test_rows_are_drawn_as_rich_draws_them(columns: tuple[Column, ...], data: st.DataObject,
                                           width: int, terminal: bool, title: str | None) -> None:
    rows = data.draw(st.lists(st.lists(CELL, min_size=len(columns), max_size=len(columns)),
                              min_size=0, max_size=8))
    assert (_drawn(columns, rows, width, terminal, short_way=True, title=title)
            == _drawn(columns, rows, width, terminal, short_way=False, title=title))


def test_a_listing_of_many_rows_matches_rich() -> None:
    rows = [[f"Customer {n:05} GmbH", "me-you-us", str(n % 40), str(n % 3), "bench, key"]
            for n in range(300)]
    rows[17][0] = "A customer whose name is far too long for its column of the table"
    for terminal in (False, True):
        assert (_drawn(LIST_COLUMNS, rows, 80, terminal, short_way=True)
                == _drawn(LIST_COLUMNS, rows, 80, terminal, short_way=False))

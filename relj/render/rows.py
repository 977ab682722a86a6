"""Big plain tables (`relj list`, `relj phase`) drawn line by line, as rich would draw them.

rich lays out every cell of a table through its whole renderable machinery
(padding, measuring, wrapping, cropping, segments): on 1,000 customers that was
three quarters of a `relj list`. The look stays rich's: rich itself measures
the columns (on the widest and the longest-worded cell of each column only:
a column's measurement is the maximum over its cells, so those few give the
same widths), draws the title, the header and the first row; the other rows,
whose cells carry no style, are written here as the same characters: each cell
wrapped and justified to its column's width (rich's own ``Text.wrap`` for any
cell that does not fit on one plain line), padded, separated as the box does.
tests/test_rows.py compares the two ways on random tables, in colour and without.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from relj.render.kit import cells, table

if TYPE_CHECKING:
    from rich.console import Console
    from rich.table import Table

    from relj.render.kit import Column


def print_rows(out: Console, columns: tuple[Column, ...], rows: list[list[str]],
               title: str | None = None, indent: int = 0, fancy: bool | None = None) -> None:
    """The table of ``columns`` (unstyled) with ``rows`` of plain text on ``out``,
    ``indent`` columns in (as ``Padding(table, (0, 0, 0, indent))``)."""
    from relj.render import neutralise

    texts = [[neutralise(cell) for cell in row] for row in rows]
    if not texts:
        _print_with_rich(out, columns, texts, title, indent, fancy)
        return
    proxy = table(*columns, title=title, fancy=fancy)
    for n in _extremes(texts, len(columns)):
        proxy.add_row(*cells(*texts[n]))
    options = out.options.update_width(out.options.max_width - indent)
    widths = proxy._calculate_column_widths(  # noqa: SLF001 - rich's own layout, see above
        out, options.update_width(options.max_width - proxy._extra_width))  # noqa: SLF001
    inner = [width - proxy._get_padding_width(n)  # noqa: SLF001
             for n, width in enumerate(widths)]
    if min(inner) < 1 or len(widths) != len(columns):
        _print_with_rich(out, columns, texts, title, indent, fancy)  # too narrow to trust
        return
    head = table(*columns, title=title, fancy=fancy)
    for column, width in zip(head.columns, inner, strict=True):
        column.width = width
    head.add_row(*cells(*texts[0]))
    _print_indented(out, head, indent)
    _write_body(out, head, inner, texts[1:], " " * indent)


def _print_with_rich(out: Console, columns: tuple[Column, ...], texts: list[list[str]],
                     title: str | None, indent: int = 0, fancy: bool | None = None) -> None:
    whole = table(*columns, title=title, fancy=fancy)
    for row in texts:
        whole.add_row(*cells(*row))
    _print_indented(out, whole, indent)


def _print_indented(out: Console, shape: Table, indent: int) -> None:
    from rich.padding import Padding

    out.print(Padding(shape, (0, 0, 0, indent)) if indent else shape)


def _measure(text: str) -> tuple[int, int]:
    """rich's measurement of a plain Text: (its longest word, its widest line)."""
    from rich.cells import cell_len

    if text.isascii() and "\n" not in text and "\t" not in text:
        words = text.split()
        return (max(map(len, words)) if words else len(text)), len(text)
    lines = text.splitlines()
    widest = max(map(cell_len, lines)) if lines else 0
    words = text.split()
    return (max(map(cell_len, words)) if words else widest), widest


def _extremes(texts: list[list[str]], count: int) -> list[int]:
    """The rows that hold, for some column, the widest line or the longest word."""
    chosen: set[int] = set()
    for column in range(count):
        least = most = (-1, 0)
        for n, row in enumerate(texts):
            word, line = _measure(row[column])
            if word > least[0]:
                least = (word, n)
            if line > most[0]:
                most = (line, n)
        chosen.update({least[1], most[1]})
    return sorted(chosen)


def _write_body(out: Console, shape: Table, inner: list[int], texts: list[list[str]],
                margin: str) -> None:
    """The rows after the first, as rich's ``Table._render`` joins them."""
    _, pad_right, _, pad_left = shape.padding  # as Table._get_padding_width reads them
    last = len(inner) - 1
    left = [0 if n == 0 and not shape.pad_edge else pad_left for n in range(len(inner))]
    right = [0 if n == last and not shape.pad_edge else pad_right for n in range(len(inner))]
    divider = " " if shape.box else ""
    justify = [column.justify for column in shape.columns]
    overflow = [column.overflow for column in shape.columns]
    no_wrap = [column.no_wrap for column in shape.columns]
    lines: list[str] = []
    for row in texts:
        rendered = [_cell(out, text, inner[n], justify[n], overflow[n], no_wrap[n])
                    for n, text in enumerate(row)]
        height = max(map(len, rendered))
        for line_no in range(height):
            lines.append(margin + divider.join(
                " " * left[n] + (cell[line_no] if line_no < len(cell) else " " * inner[n])
                + " " * right[n] for n, cell in enumerate(rendered)))
    out.file.write("".join(line + "\n" for line in lines))


def _cell(out: Console, text: str, width: int, justify: str, overflow: str,
          no_wrap: bool) -> list[str]:
    """The lines of one cell, each exactly ``width`` cells wide."""
    if text.isascii() and "\n" not in text and "\t" not in text:
        if len(text) <= width:
            if justify == "left":
                return [text + " " * (width - len(text))]
            if justify == "right":
                text = text.rstrip()
                return [" " * (width - len(text)) + text]
        elif justify == "left" and not no_wrap:
            from rich._wrap import divide_line

            offsets = divide_line(text, width, fold=overflow == "fold")
            pieces = [text[a:b] for a, b in zip([0, *offsets], [*offsets, len(text)],
                                                strict=True)]
            fitted = [_rstrip_end(piece, width) for piece in pieces]
            if all(len(piece) <= width for piece in fitted):
                return [piece + " " * (width - len(piece)) for piece in fitted]
    return _rich_cell(out, text, width, justify, overflow, no_wrap)


def _rstrip_end(piece: str, width: int) -> str:
    """rich's ``Text.rstrip_end``: trailing whitespace beyond the width goes."""
    if len(piece) <= width:
        return piece
    stripped = piece.rstrip()
    spaces = len(piece) - len(stripped)
    return piece[:len(piece) - min(spaces, len(piece) - width)]


def _rich_cell(out: Console, text: str, width: int, justify: str, overflow: str,
               no_wrap: bool) -> list[str]:
    from rich.cells import cell_len
    from rich.text import Text

    lines = Text(text).wrap(out, width, justify=justify,  # type: ignore[arg-type]
                            overflow=overflow, no_wrap=no_wrap)  # type: ignore[arg-type]
    return [line.plain + " " * (width - cell_len(line.plain)) for line in lines]

"""CSV in: a header row, then one person or company a row (SPEC §3 `import`).

The header decides which column feeds which field: relj's own field names,
``--map COLUMN=FIELD``, and a preset (``--from``, or recognised from the
header, see ``presets``). What real exports do, and what is done with it:

- German spreadsheets separate with ';', some tools with tabs: the header's
  separator is used;
- Thunderbird ends every row with a comma (one empty cell more than the
  header): empty cells past the header are ignored; only a row with *values*
  past the header is refused;
- first, middle and last name columns are joined when no column holds the
  whole name.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator
from datetime import date
from typing import Protocol

from relj.errors import FileProblem, ReljError, ReljUsageError
from relj.interchange.presets import PRESETS, detect, header_names
from relj.interchange.rows import FIELDS, Row, rows_of

_PARTS = ("first", "middle", "last")


def parse_map(options: Iterable[str]) -> dict[str, str]:
    """``--map Firma=company`` options as {column (folded): field}."""
    mapping: dict[str, str] = {}
    for option in options:
        column, sep, target = option.partition("=")
        column, target = column.strip().casefold(), target.strip().casefold()
        if not sep or not column or target not in FIELDS:
            raise ReljUsageError("everyday.bad_map", value=option, fields=", ".join(FIELDS))
        mapping[column] = target
    return mapping


def _delimiter(header: str) -> str:
    """German spreadsheets write ';', some tools tabs: take what the header uses."""
    counts = {d: header.count(d) for d in (",", ";", "\t")}
    best = max(counts, key=lambda d: counts[d])
    return best if counts[best] else ","


def read_csv(shown: str, text: str, mapping: dict[str, str], today: date,
             preset: str | None = None
             ) -> tuple[list[Row], list[FileProblem], list[FileProblem]]:
    """Rows, skipped rows (problems) and dropped values (warnings) of a CSV text."""
    import csv
    import io

    if not text.strip():
        raise FileProblem(shown, 1, "everyday.no_header")
    first_line = re.split(r"\r\n|\r|\n", text, maxsplit=1)[0]
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=_delimiter(first_line))
    raw_header = next(reader)
    if preset is None:
        preset = detect(raw_header)
    header = header_names(raw_header, preset)
    columns = _columns(shown, header, mapping, preset)
    problems: list[FileProblem] = []
    fielded = _fielded(shown, reader, len(header), columns, problems)
    rows, warnings = rows_of(shown, fielded, today, problems)
    return rows, problems, warnings


class _LineReader(Protocol):
    """What csv.reader is: rows, and the line it has read up to."""

    line_num: int

    def __next__(self) -> list[str]: ...


def _fielded(shown: str, reader: _LineReader, width: int,
             columns: list[tuple[int, str]], problems: list[FileProblem]
             ) -> Iterator[tuple[int, Callable[[], dict[str, str]]]]:
    """(line, field values) of each CSV row worth reading; unreadable rows and rows
    with values beyond the header go to ``problems`` (trailing empty cells are fine:
    Thunderbird ends every row with a comma)."""
    import csv
    from functools import partial

    line = reader.line_num + 1
    while True:
        try:
            cells = next(reader)
        except StopIteration:
            return
        except csv.Error as error:
            problems.append(FileProblem(shown, line, "everyday.bad_csv", reason=str(error)))
            line = reader.line_num + 1
            continue
        start, line = line, reader.line_num + 1
        if not any(c.strip() for c in cells):
            continue
        if any(c.strip() for c in cells[width:]):
            problems.append(FileProblem(shown, start, "everyday.too_many_cells",
                                        count=len(cells), columns=width))
            continue
        yield start, partial(_values, cells, columns)


def _values(cells: list[str], columns: list[tuple[int, str]]) -> dict[str, str]:
    """Field values of one row: several columns of one field joined by ':::', names joined."""
    gathered: dict[str, list[str]] = {}
    for index, name in columns:
        if index < len(cells) and cells[index].strip():
            gathered.setdefault(name, []).append(cells[index].strip())
    if "name" not in gathered:
        whole = " ".join(gathered[p][0] for p in _PARTS if p in gathered)
        if whole:
            gathered["name"] = [whole]
    return {name: " ::: ".join(values) for name, values in gathered.items()
            if name not in _PARTS}


def _columns(shown: str, header: list[str], mapping: dict[str, str], preset: str | None
             ) -> list[tuple[int, str]]:
    """(column index, field) pairs: --map first, then the preset, then relj's own names."""
    for column in mapping:
        if column not in header:
            raise ReljError("everyday.map_unknown_column", path=shown, column=column,
                            columns=", ".join(header))
    known = PRESETS.get(preset or "", {})
    columns: list[tuple[int, str]] = []
    for index, name in enumerate(header):
        target = mapping.get(name) or known.get(name) or (name if name in FIELDS else None)
        if target is not None:
            columns.append((index, target))
    targets = {target for _, target in columns}
    if not targets & {"name", "company", "first", "last"}:
        raise FileProblem(shown, 1, "everyday.no_name_column", columns=", ".join(header) or "-")
    return columns

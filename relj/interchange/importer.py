"""Customers in from CSV and vCard (SPEC §3 `import`).

Three steps, each testable alone:

1. ``read_rows`` turns the file's text into Rows (one per CSV row or vCard) and
   FileProblems (``FILE:LINE: message``) for the rows it cannot use.
2. ``plan_import`` gives every Row a slug and its file text, checked with the
   same reader every command uses; a slug already in the journal (or earlier in
   the same file) is *matched* and left alone, so importing twice adds nothing.
3. ``write_new`` writes the new files under one hold of the journal lock, each
   one atomically: a crash leaves some customers imported, never a half file.

Who is the customer: a row's ``company`` when it has one (``name`` is then its
contact, with ``role``, ``email`` and ``phone``), else its ``name``. A vCard the
same way: ORG, else FN; the contact from FN, TITLE/ROLE, EMAIL and TEL.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import date
from typing import TYPE_CHECKING, Any

from relj.errors import FileProblem, ReljError, ReljUsageError

if TYPE_CHECKING:
    from relj.storage.journal import Journal

FIELDS = ("name", "company", "email", "phone", "role", "tags", "since", "why", "cadence")
_CONTROL = re.compile(r"[\x00-\x1f\x7f-\x9f\u2028\u2029]")
_EMAIL = re.compile(r"\A[^@\s]+@[^@\s]+\Z")
_PHONE = re.compile(r"\A[0-9+()./\- ]{3,40}\Z")


@dataclass(frozen=True, slots=True)
class Row:
    """One customer to be, as read from the file."""

    line: int
    name: str
    since: date | None = None
    why: str | None = None
    cadence: str | None = None
    tags: tuple[str, ...] = ()
    contact: dict[str, str | bool | None] | None = None  # name, role, key, email, phone
    added: date | None = None  # the day of the import (SPEC §2 `added`)


@dataclass
class Plan:
    added: list[tuple[str, Row, str]] = field(default_factory=list)  # slug, row, file text
    matched: list[tuple[str, Row]] = field(default_factory=list)
    problems: list[FileProblem] = field(default_factory=list)


# -- reading ---------------------------------------------------------------------------


def is_vcard(shown: str, text: str) -> bool:
    if shown.lower().endswith((".vcf", ".vcard")):
        return True
    first = next((line.strip() for line in text.splitlines() if line.strip()), "")
    return first.upper() == "BEGIN:VCARD"


def read_rows(shown: str, text: str, mapping: dict[str, str], today: date
              ) -> tuple[list[Row], list[FileProblem]]:
    """Rows and problems of a CSV or vCard text; ``shown`` is the file as the user named it."""
    if is_vcard(shown, text):
        if mapping:
            raise ReljUsageError("everyday.map_only_csv")
        return read_vcards(shown, text, today)
    return read_csv(shown, text, mapping, today)


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


def read_csv(shown: str, text: str, mapping: dict[str, str], today: date
             ) -> tuple[list[Row], list[FileProblem]]:
    import csv
    import io

    if not text.strip():
        raise FileProblem(shown, 1, "everyday.no_header")
    first_line = re.split(r"\r\n|\r|\n", text, maxsplit=1)[0]
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=_delimiter(first_line))
    header = [h.strip().casefold() for h in next(reader)]
    columns = _columns(shown, header, mapping)
    rows: list[Row] = []
    problems: list[FileProblem] = []
    line = reader.line_num + 1
    while True:
        try:
            cells = next(reader)
        except StopIteration:
            break
        except csv.Error as error:
            problems.append(FileProblem(shown, line, "everyday.bad_csv", reason=str(error)))
            line = reader.line_num + 1
            continue
        start, line = line, reader.line_num + 1
        if not any(c.strip() for c in cells):
            continue
        if len(cells) > len(header):
            problems.append(FileProblem(shown, start, "everyday.too_many_cells",
                                        count=len(cells), columns=len(header)))
            continue
        values = {columns[i]: c.strip() for i, c in enumerate(cells) if i in columns and c.strip()}
        try:
            rows.append(row_from_fields(shown, start, values, today))
        except FileProblem as problem:
            problems.append(problem)
    return rows, problems


def _columns(shown: str, header: list[str], mapping: dict[str, str]) -> dict[int, str]:
    """Column index -> field: a column named like a field, or one named in --map."""
    for column in mapping:
        if column not in header:
            raise ReljError("everyday.map_unknown_column", path=shown, column=column,
                            columns=", ".join(header))
    columns = {i: mapping.get(h, h) for i, h in enumerate(header) if mapping.get(h, h) in FIELDS}
    if "name" not in columns.values() and "company" not in columns.values():
        raise FileProblem(shown, 1, "everyday.no_name_column", columns=", ".join(header) or "-")
    return columns


def row_from_fields(shown: str, line: int, values: dict[str, str], today: date) -> Row:
    """A Row from field values (already stripped, empty ones left out), or a FileProblem."""
    from relj.dates import parse_day, parse_duration

    def bad(key: str, **fields: Any) -> FileProblem:
        return FileProblem(shown, line, key, **fields)

    for name, value in values.items():
        # Only `why` may span lines (a cell of a spreadsheet can); names and the rest cannot.
        checked = re.sub(r"\r?\n|\t", " ", value) if name == "why" else value
        if _CONTROL.search(checked):
            raise bad("everyday.control_character", field=name)
    person, company = values.get("name"), values.get("company")
    customer = company or person
    if not customer:
        raise bad("everyday.no_name")
    email, phone = values.get("email"), values.get("phone")
    if email is not None and not _EMAIL.match(email):
        raise bad("everyday.bad_email", value=email)
    if phone is not None and not _PHONE.match(phone):
        raise bad("everyday.bad_phone", value=phone)
    since = None
    if "since" in values:
        try:
            since = parse_day(values["since"], today, "past")
        except ReljError:
            raise bad("everyday.bad_since", value=values["since"]) from None
    if "cadence" in values:
        try:
            parse_duration(values["cadence"])
        except ReljError:
            raise bad("everyday.bad_cadence", value=values["cadence"]) from None
    tags = tuple(t.strip() for t in re.split(r"[,;]", values.get("tags", "")) if t.strip())
    contact = None
    if person and (company or email or phone or values.get("role")):
        contact = {"name": person, "role": values.get("role"), "key": True,
                   "email": email, "phone": phone}
    return Row(line, customer, since, values.get("why"), values.get("cadence"), tags, contact,
               added=today)


# -- vCard 3.0 / 4.0 (RFC 2426, RFC 6350) ---------------------------------------------------


def _unfold(text: str) -> list[tuple[int, str]]:
    """Logical lines with the number of the physical line each starts on."""
    logical: list[tuple[int, str]] = []
    for number, raw in enumerate(re.split(r"\r\n|\r|\n", text), start=1):
        if raw[:1] in (" ", "\t") and logical:
            start, previous = logical[-1]
            logical[-1] = (start, previous + raw[1:])
        elif raw.strip():
            logical.append((number, raw))
    return logical


def _unescape(value: str) -> str:
    return re.sub(r"\\([\\,;nN])", lambda m: "\n" if m.group(1) in "nN" else m.group(1), value)


def _split_components(value: str, separator: str) -> list[str]:
    """Split on unescaped separators (';' in N and ORG, ',' in CATEGORIES)."""
    parts = re.split(r"(?<!\\)" + re.escape(separator), value)
    return [_unescape(p).strip() for p in parts]


def read_vcards(shown: str, text: str, today: date) -> tuple[list[Row], list[FileProblem]]:
    rows: list[Row] = []
    problems: list[FileProblem] = []
    card: dict[str, str] | None = None
    start = 0
    for number, line in _unfold(text):
        head, sep, value = line.partition(":")
        name = head.split(";", 1)[0].split(".")[-1].strip().upper()
        if name == "BEGIN" and value.strip().upper() == "VCARD":
            if card is not None:
                problems.append(FileProblem(shown, start, "everyday.vcard_unfinished"))
            card, start = {}, number
        elif card is None:
            if name != "END":
                problems.append(FileProblem(shown, number, "everyday.vcard_outside"))
        elif name == "END":
            try:
                rows.append(_card_row(shown, start, card, today))
            except FileProblem as problem:
                problems.append(problem)
            card = None
        elif sep and name not in card:  # the first EMAIL, TEL, ... is the preferred one
            card[name] = value
    if card is not None:
        problems.append(FileProblem(shown, start, "everyday.vcard_unfinished"))
    return rows, problems


def _card_row(shown: str, line: int, card: dict[str, str], today: date) -> Row:
    version = card.get("VERSION", "").strip()
    if version and version not in ("3.0", "4.0"):
        raise FileProblem(shown, line, "everyday.vcard_version", version=version)
    person = _unescape(card.get("FN", "")).strip()
    if not person and "N" in card:
        family, given, *_ = [*_split_components(card["N"], ";"), "", ""]
        person = f"{given} {family}".strip()
    values = {
        "name": person,
        "company": _split_components(card.get("ORG", ""), ";")[0],
        "email": _unescape(card.get("EMAIL", "")).strip().removeprefix("mailto:"),
        "phone": _unescape(card.get("TEL", "")).strip().removeprefix("tel:"),
        "role": _unescape(card.get("TITLE", card.get("ROLE", ""))).strip(),
        "tags": ",".join(_split_components(card.get("CATEGORIES", ""), ",")),
    }
    return row_from_fields(shown, line, {k: v for k, v in values.items() if v}, today)


# -- planning and writing ------------------------------------------------------------------


def customer_file(row: Row) -> str:
    """The new file's text, built like `relj add` builds one."""
    from relj.storage.codec import render_block
    from relj.storage.entries import customer_text

    text = customer_text(row.name, row.since, row.why, row.cadence, list(row.tags), [],
                         added=row.added)
    if row.contact is not None:
        text += render_block("contact", row.contact)
    return text


def plan_import(shown: str, rows: list[Row], taken: Iterable[str]) -> Plan:
    """Which rows add a customer and which match one (by slug); nothing is written."""
    from relj.slugs import slugify
    from relj.storage.codec import parse_customer

    plan = Plan()
    seen = set(taken)
    for row in rows:
        slug = slugify(row.name)
        if slug in seen:
            plan.matched.append((slug, row))
            continue
        text = customer_file(row)
        try:
            parse_customer(slug, shown, text.encode("utf-8"))
        except FileProblem as problem:  # should not happen: the reader guards every value
            plan.problems.append(FileProblem(shown, row.line, "everyday.bad_row",
                                             reason=problem.message()))
            continue
        seen.add(slug)
        plan.added.append((slug, row, text))
    return plan


def write_new(journal: Journal, plan: Plan, advance: Callable[[], None] = lambda: None
              ) -> None:
    """Write the planned files under one hold of the lock, each atomically.

    A file that appeared since planning (another relj at work) is matched, not replaced.
    """
    from relj.storage.files import atomic_write, make_private_dir

    written: list[tuple[str, Row, str]] = []
    with journal.lock():
        make_private_dir(journal.customers_dir)
        for slug, row, text in plan.added:
            path = journal.path_for(slug)
            if path.exists() or path.is_symlink():
                plan.matched.append((slug, row))
            else:
                atomic_write(path, text.encode("utf-8"))
                written.append((slug, row, text))
            advance()
    plan.added = written


def read_source(path_text: str) -> str:
    """The import file's text: a regular file (or '-' for standard input), UTF-8."""
    import os
    import stat
    import sys

    if path_text == "-":
        stdin = sys.stdin
        data = stdin.buffer.read() if hasattr(stdin, "buffer") else stdin.read().encode()
    else:
        flags = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0)
        try:
            fd = os.open(path_text, flags)
        except FileNotFoundError:
            raise ReljError("everyday.no_such_file", path=path_text) from None
        except OSError as error:
            raise ReljError("everyday.read_failed", path=path_text,
                            reason=error.strerror or str(error)) from None
        try:
            if not stat.S_ISREG(os.fstat(fd).st_mode):
                raise ReljError("everyday.not_a_file", path=path_text)
            with os.fdopen(fd, "rb", closefd=False) as handle:
                data = handle.read()
        except OSError as error:
            raise ReljError("everyday.read_failed", path=path_text,
                            reason=error.strerror or str(error)) from None
        finally:
            os.close(fd)
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        line = data[: error.start].count(b"\n") + 1
        raise FileProblem(path_text, line, "everyday.not_utf8") from None

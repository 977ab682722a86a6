"""One source row (a CSV row or a vCard) as a Row: the customer it names and its person.

CSV and vCard readers both end here, so the rules are the same for both:

- a row without a name or company, or whose name carries a control character,
  is *skipped* (a ``FileProblem`` for the whole row);
- ``since`` and ``cadence`` decide what the customer is and when relj speaks,
  so a value there that does not read skips the row too (a guess would be worse);
- every other value relj cannot use (a phone it cannot read, an address that
  is none, an Exchange path instead of an e-mail, an unknown phase) is
  *dropped* with a ``FILE:LINE:`` warning, and the row is kept: one bad cell
  must not cost a new user a customer.

A cell may hold several values (Google's ``a@x ::: b@x``, several e-mail
columns): the first usable one is taken.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import date
from typing import Any

from relj.errors import FileProblem, ReljError

FIELDS = ("name", "company", "email", "phone", "role", "tags", "since", "why", "cadence",
          "needs", "owner", "phase")
_CONTROL = re.compile(r"[\x00-\x1f\x7f-\x9f\u2028\u2029]")
_EMAIL = re.compile(r"\A[^@\s/<>,;:]+@[^@\s/<>,;:]+\.[^@\s/<>,;:]+\Z")
# A number, then an optional extension: "x4781", "ext. 12", "ext=102", "Durchwahl 12".
_PHONE = re.compile(
    r"\A(?P<number>\+?[0-9()./\- ]{3,40}?)\s*"
    r"(?:[;,]?\s*(?:ext\.?|extension|x|dw\.?|durchwahl)\s*[:=.]?\s*(?P<ext>[0-9]{1,8}))?\Z",
    re.IGNORECASE)
_MULTI = re.compile(r"\s*:::\s*")  # Google's separator of several values in one cell
_FREE_TEXT = ("why", "needs")  # cells that may span lines


@dataclass(frozen=True, slots=True)
class Row:
    """One customer to be, with at most one person, as read from one row or card."""

    line: int
    name: str
    since: date | None = None
    why: str | None = None
    cadence: str | None = None
    tags: tuple[str, ...] = ()
    contact: dict[str, str | bool | None] | None = None  # name, role, key, email, phone
    needs: str | None = None
    owner: str | None = None
    phase: int | None = None


def phone_number(value: str) -> str | None:
    """A phone as relj keeps it ("+1 418 656 9254 ext. 102"), or None when it is none."""
    text = value.strip().removeprefix("tel:").strip()
    text = re.sub(r";\s*ext=", " ext=", text, flags=re.IGNORECASE)
    text = re.sub(r";[a-z-]+=[^;]*", "", text, flags=re.IGNORECASE)  # other tel: URI params
    found = _PHONE.match(text)
    if found is None or sum(c.isdigit() for c in found["number"]) < 3:
        return None
    number = found["number"].strip()
    return f"{number} ext. {found['ext']}" if found["ext"] else number


def email_address(value: str) -> str | None:
    text = value.strip()
    if text[:7].lower() == "mailto:":
        text = text[7:]
    return text if _EMAIL.match(text) else None


def row_from_fields(shown: str, line: int, values: dict[str, str], today: date
                    ) -> tuple[Row, list[FileProblem]]:
    """A Row and the warnings of the values dropped from it, or a FileProblem (skipped).

    ``values`` are stripped and non-empty; a multi-valued cell is still joined by ':::'.
    """
    def bad(key: str, **fields: Any) -> FileProblem:
        return FileProblem(shown, line, key, **fields)

    warnings: list[FileProblem] = []
    for name, value in values.items():
        # Only free text may span lines (a spreadsheet cell can); names and the rest cannot.
        checked = re.sub(r"\r?\n|\t", " ", value) if name in _FREE_TEXT else value
        if _CONTROL.search(checked):
            raise bad("everyday.control_character", field=name)
    person = _first(values.get("name"))
    company = _first(values.get("company"))
    customer = company or person
    if not customer:
        raise bad("everyday.no_name")
    since = _since(bad, values.get("since"), today)
    cadence = values.get("cadence")
    if cadence is not None:
        from relj.dates import parse_duration

        try:
            parse_duration(cadence)
        except ReljError:
            raise bad("everyday.bad_cadence", value=cadence) from None
    email = _usable(values.get("email"), email_address, "everyday.import.drop_email", bad, warnings)
    phone = _usable(values.get("phone"), phone_number, "everyday.import.drop_phone", bad, warnings)
    phase = _usable(values.get("phase"), _phase, "everyday.import.drop_phase", bad, warnings)
    tag_text = values.get("tags", "")
    tags = tuple(dict.fromkeys(  # a ':::' list keeps commas inside a tag (vCard, Google)
        t.strip() for t in re.split(":::" if ":::" in tag_text else "[,;]", tag_text)
        if t.strip() and not t.strip().startswith("* ")))  # Google's "* myContacts"
    role = _first(values.get("role"))
    contact = None
    if person and (company or email or phone or role):
        contact = {"name": person, "role": role, "key": True, "email": email, "phone": phone}
    row = Row(line, customer, since, values.get("why"), cadence, tags, contact,
              values.get("needs"), _first(values.get("owner")),
              int(phase) if phase is not None else None)
    return row, warnings


def _first(value: str | None) -> str | None:
    if value is None:
        return None
    return next((part for part in _MULTI.split(value) if part.strip()), None)


def _usable(value: str | None, read: Any, key: str, bad: Any,
            warnings: list[FileProblem]) -> str | None:
    """The first of the cell's values that ``read`` accepts; a warning when none does."""
    if value is None:
        return None
    parts = [p for p in _MULTI.split(value) if p.strip()]
    for part in parts:
        kept: str | None = read(part)
        if kept is not None:
            return kept
    warnings.append(bad(key, value=parts[0] if parts else value))
    return None


def _phase(value: str) -> str | None:
    """A phase code ("me-you-us") or number 0-5, as the number's text."""
    from relj.model import PHASE_CODES

    text = value.strip().casefold()
    if text.isdigit() and int(text) < len(PHASE_CODES):
        return str(int(text))
    return str(PHASE_CODES.index(text)) if text in PHASE_CODES else None


def _since(bad: Any, value: str | None, today: date) -> date | None:
    if value is None:
        return None
    from relj.dates import parse_day

    try:
        return parse_day(value, today, "past")
    except ReljError:
        raise bad("everyday.bad_since", value=value) from None


def rows_of(shown: str, fielded: Iterable[tuple[int, Callable[[], dict[str, str]]]],
            today: date, problems: list[FileProblem]) -> tuple[list[Row], list[FileProblem]]:
    """The rows of (line, field values) pairs, from CSV lines or vCards alike: a bad
    row (its values, or the row made of them) goes to ``problems`` and is skipped;
    dropped values come back as warnings."""
    rows: list[Row] = []
    warnings: list[FileProblem] = []
    for line, values in fielded:
        try:
            row, dropped = row_from_fields(shown, line, values(), today)
        except FileProblem as problem:
            problems.append(problem)
            continue
        rows.append(row)
        warnings.extend(dropped)
    return rows, warnings

"""Text edits for the people on the customer's side and for an amicable end.

`relj contact` and `relj end` change a few values in a file a person may have
written by hand. Like a closing answer (relj.storage.entries), each edit is
made with tomlkit on one ``[[contact]]`` block or on the top of the file only,
so every other byte (comments, blank lines, the order of the blocks) stays as
it was; a new contact is appended as a block of its own.

Pure: bytes and values in, bytes out. Finding the person the user meant is
here too, because the edit must find the same person in the file it changes
(read afresh under the lock), not in a copy read before.

A key contact who has left keeps ``key = true``: that departure is where the
current relationship began (SPEC §4 "Phase"), and demoting it when a new key
contact is named would erase the restart from the record.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING

from relj.errors import ReljError
from relj.slugs import fold

if TYPE_CHECKING:
    from collections.abc import Callable, Sequence

    from tomlkit.items import Table

    from relj.model import Contact

_KINDS = ["offer", "interaction", "contact", "assessment"]


@dataclass(frozen=True)
class Found:
    """The contact the user meant: its place among the file's contacts and itself."""

    index: int
    contact: Contact


def name_keys(text: str) -> set[str]:
    """Comparison keys of a name: German transliteration (Müller = Mueller) and plain
    accent stripping (Müller = Muller), case ignored; as customer names are matched."""
    plain = "".join(c for c in unicodedata.normalize("NFKD", text.casefold())
                    if not unicodedata.combining(c))
    return {fold(text.strip()), plain.strip()} - {""}


def find_contact(contacts: Sequence[Contact], query: str, customer: str) -> Found:
    """The contact ``query`` names: a whole name first, then a unique prefix of the name
    or of one of its words (``becker`` finds Tom Becker).

    A name that fits none or several is an error that lists the contacts, so the
    user sees at once whom the journal knows there.
    """
    keys = name_keys(query)
    if not contacts:
        raise ReljError("people.no_contacts", customer=customer)
    if keys:
        indexed = [(n, c, name_keys(c.name)) for n, c in enumerate(contacts)]
        for matches in ([(n, c) for n, c, own in indexed if keys & own],
                        [(n, c) for n, c, own in indexed
                         if any(o.startswith(k) for k in keys for o in _with_words(own))]):
            if len(matches) == 1:
                return Found(*matches[0])
            if len(matches) > 1:
                raise ReljError("people.ambiguous_contact", query=query, customer=customer,
                                contacts=listing([c for _, c in matches]))
    raise ReljError("people.unknown_contact", query=query, customer=customer,
                    contacts=listing(list(contacts)))


def _with_words(keys: set[str]) -> set[str]:
    return keys | {word for key in keys for word in key.split()}


def listing(contacts: Sequence[Contact]) -> str:
    """``Anna Müller (purchasing), Tom Becker`` for an error message."""
    return ", ".join(f"{c.name} ({c.role})" if c.role else c.name for c in contacts)


_BIDI = frozenset(chr(c) for c in [*range(0x202A, 0x202F), *range(0x2066, 0x206A)])


def has_control(text: str) -> bool:
    """Control characters (C0, DEL, C1) or bidi overrides and isolates: an escape in a
    name would move the cursor or recolour every screen that shows it."""
    return any(ord(c) < 0x20 or 0x7F <= ord(c) <= 0x9F or c in _BIDI for c in text)


def visible(text: str) -> str:
    """``text`` with its control characters written as escapes, safe to print."""
    return "".join(c.encode("unicode_escape").decode("ascii")
                   if has_control(c) else c for c in text)


def still_there(contact: Contact, today: date) -> bool:
    return contact.left is None or contact.left > today


# -- the edits -------------------------------------------------------------------------


def with_contact_values(text: bytes, index: int, values: dict[str, object]) -> bytes:
    """The file with ``values`` set on its ``index``-th ``[[contact]]`` block."""
    return _edit_contacts(text, lambda n, table: _set(table, values) if n == index else None)


def with_key_contact(text: bytes, index: int | None, today: date) -> bytes:
    """The ``index``-th contact made the key contact (None: no one yet, as before adding
    one); every other key contact who is still there gets ``key = false``."""

    def change(n: int, table: Table) -> None:
        if n == index:
            table["key"] = True
        elif table.get("key") is True and _still_there(table, today):
            table["key"] = False

    return _edit_contacts(text, change)


def contact_data(name: str, role: str | None, key: bool, email: str | None,
                 phone: str | None) -> dict[str, object]:
    """A new ``[[contact]]`` in the field order of SPEC §2; unset fields are left out."""
    return {"name": name, "role": role, "key": True if key else None, "email": email,
            "phone": phone}


def _set(table: Table, values: dict[str, object]) -> None:
    for key, value in values.items():
        table[key] = value


def _still_there(table: Table, today: date) -> bool:
    left = table.get("left")
    return not isinstance(left, date) or left > today


def _edit_contacts(text: bytes, change: Callable[[int, Table], None]) -> bytes:
    """Run ``change`` on each ``[[contact]]`` block in file order; only the blocks it
    changed are written anew (with tomlkit, comments kept), the rest stay byte for byte."""
    import tomlkit

    from relj.storage.closing_edit import split_at_end
    from relj.storage.codec.toml_text import UnbalancedText, split_blocks

    source = text.decode("utf-8")
    try:
        top, blocks = split_blocks(source, _KINDS)
    except UnbalancedText:  # not readable as blocks: nothing relj could edit safely
        raise ReljError("people.unwritable") from None
    number = 0
    for block in blocks:
        if block.kind != "contact":
            continue
        body, tail = split_at_end(block.text)
        if not body.endswith("\n"):
            body += "\n"  # the last line of a file without a final newline
        doc = tomlkit.parse(body)
        [table] = doc["contact"]
        before = tomlkit.dumps(doc)
        change(number, table)
        after = tomlkit.dumps(doc)
        if after != before:
            block.text = after + tail
        number += 1
    return (top + "".join(block.text for block in blocks)).encode("utf-8")

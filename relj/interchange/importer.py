"""Customers in from CSV and vCard (SPEC §3 `import`): the plan, and the write.

Three steps, each testable alone:

1. ``read_rows`` turns the file's text into Rows (``csv_rows``, ``vcard``,
   ``rows``), rows skipped (``FILE:LINE: message``) and values dropped (warnings).
2. ``plan_import`` groups the rows by customer: several people of one company
   become one customer with several contacts (the first the key contact). A
   customer whose name (case and accents folded) is already in the journal is
   *matched*: it is left alone, except that a person it does not know yet is
   added as a contact (``contacts``; such a customer is not counted as matched);
   so importing twice adds nothing. A new customer gets
   ``added`` = the import day and a slug of its own (``-2``, ``-3`` when taken,
   as in ``add``); its file text is checked with the reader every command uses.
3. ``write_new`` writes the new files under one hold of the journal lock, each
   one atomically (a crash leaves some customers imported, never a half file),
   then appends the new contacts of existing customers, each as ``contact add``
   would (a file that does not parse is never written to).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import date
from typing import TYPE_CHECKING, Any

from relj.errors import FileProblem, ReljError, ReljUsageError
from relj.interchange.csv_rows import parse_map
from relj.interchange.rows import FIELDS, Row, rows_of

if TYPE_CHECKING:
    from relj.storage.journal import Journal

__all__ = ["FIELDS", "Plan", "parse_map", "plan_import", "read_rows", "read_source",
           "write_new"]

Contact = dict[str, str | bool | None]


@dataclass
class NewCustomer:
    """A customer the import adds: its first row's fields and every person of its rows."""

    slug: str
    row: Row
    contacts: list[Contact]
    tags: list[str]
    text: str = ""


@dataclass
class Plan:
    added: list[NewCustomer] = field(default_factory=list)
    contacts: list[tuple[str, str, Contact]] = field(default_factory=list)  # slug, customer, who
    matched: list[tuple[str, str]] = field(default_factory=list)  # slug, customer name
    problems: list[FileProblem] = field(default_factory=list)  # rows skipped
    warnings: list[FileProblem] = field(default_factory=list)  # values dropped, rows kept

    def counts(self) -> dict[str, int]:
        return {"customers_added": len(self.added), "contacts_added": len(self.contacts),
                "matched": len(self.matched), "values_dropped": len(self.warnings),
                "rows_skipped": len(self.problems)}

    def as_json(self, dry_run: bool) -> dict[str, Any]:
        """The report for ``--json``: every count, and what each count is made of."""
        def problem(p: FileProblem) -> dict[str, Any]:
            return {"file": p.path, "line": p.line, "message": p.message()}

        return {
            "schema": 1,
            "dry_run": dry_run,
            "counts": self.counts(),
            "customers_added": [
                {"customer": c.slug, "name": c.row.name,
                 "contacts": [p["name"] for p in c.contacts]} for c in self.added],
            "contacts_added": [{"customer": slug, "name": name, "contact": who["name"]}
                               for slug, name, who in self.contacts],
            "matched": [{"customer": slug, "name": name} for slug, name in self.matched],
            "values_dropped": [problem(p) for p in self.warnings],
            "rows_skipped": [problem(p) for p in self.problems],
        }


# -- reading ---------------------------------------------------------------------------


def is_vcard(shown: str, text: str) -> bool:
    if shown.lower().endswith((".vcf", ".vcard")):
        return True
    first = next((line.strip() for line in text.splitlines() if line.strip()), "")
    return first.upper() == "BEGIN:VCARD"


def read_rows(shown: str, text: str, mapping: dict[str, str], today: date,
              preset: str | None = None
              ) -> tuple[list[Row], list[FileProblem], list[FileProblem]]:
    """Rows, rows skipped and values dropped of a CSV or vCard text."""
    if is_vcard(shown, text):
        if mapping:
            raise ReljUsageError("everyday.map_only_csv")
        if preset:
            raise ReljUsageError("everyday.import.from_only_csv")
        return read_vcards(shown, text, today)
    from relj.interchange.csv_rows import read_csv

    return read_csv(shown, text, mapping, today, preset)


def read_vcards(shown: str, text: str, today: date
                ) -> tuple[list[Row], list[FileProblem], list[FileProblem]]:
    from functools import partial

    from relj.interchange.vcard import card_values, read_cards

    cards, problems = read_cards(shown, text)
    fielded = ((card.line, partial(card_values, shown, card)) for card in cards)
    rows, warnings = rows_of(shown, fielded, today, problems)
    return rows, problems, warnings


# -- planning ----------------------------------------------------------------------------


def plan_import(shown: str, rows: list[Row], existing: Iterable[tuple[str, str]],
                contacts_of: Callable[[str], Iterable[str]], today: date,
                taken: Iterable[str] = ()) -> Plan:
    """What the rows add: new customers, new contacts of existing ones; nothing is written.

    ``existing`` is (slug, name) of every customer whose file reads; ``taken``
    every slug in the journal; ``contacts_of(slug)`` the names of an existing
    customer's contacts (asked only for customers the rows name). A row whose
    slug is a file that does not read is skipped: it may be that very customer.
    """
    from relj.slugs import fold, slugify, unique_slug

    plan = Plan()
    by_name = {fold(name): slug for slug, name in existing}
    unreadable = set(taken) - set(by_name.values())
    taken = set(taken) | set(by_name.values())
    new: dict[str, NewCustomer] = {}
    known_people: dict[str, set[str]] = {}
    matched: dict[str, str] = {}
    for row in rows:
        key = fold(row.name)
        person = row.contact
        if key in by_name:
            slug = by_name[key]
            if slug not in known_people:  # the customer itself counts as known
                known_people[slug] = {key, *(fold(n) for n in contacts_of(slug))}
                matched.setdefault(slug, row.name)
            if person is not None and fold(str(person["name"])) not in known_people[slug]:
                known_people[slug].add(fold(str(person["name"])))
                plan.contacts.append((slug, row.name, {**person, "key": None}))
            continue
        if key not in new and slugify(row.name) in unreadable:
            plan.problems.append(FileProblem(shown, row.line, "everyday.import.unreadable_twin",
                                             slug=slugify(row.name)))
            continue
        if key not in new:
            slug = unique_slug(slugify(row.name), taken)
            taken.add(slug)
            new[key] = NewCustomer(slug, row, [], [])
            known_people[slug] = set()
        customer = new[key]
        customer.tags.extend(t for t in row.tags if t not in customer.tags)
        if person is not None and fold(str(person["name"])) not in known_people[customer.slug]:
            known_people[customer.slug].add(fold(str(person["name"])))
            customer.contacts.append({**person, "key": True if not customer.contacts else None})
    with_contacts = {slug for slug, _, _ in plan.contacts}
    plan.matched = [(slug, name) for slug, name in matched.items() if slug not in with_contacts]
    from relj.storage.codec import parse_customer

    for customer in new.values():
        customer.text = customer_file(customer, today)
        try:
            parse_customer(customer.slug, shown, customer.text.encode("utf-8"))
        except FileProblem as problem:  # should not happen: the readers guard every value
            plan.problems.append(FileProblem(shown, customer.row.line, "everyday.bad_row",
                                             reason=problem.message()))
            continue
        plan.added.append(customer)
    return plan


def customer_file(customer: NewCustomer, today: date) -> str:
    """The new file's text, laid out as `relj add` lays one out, with `added` = today."""
    import tomlkit

    from relj.model import PHASE_CODES
    from relj.storage.codec import render_block

    row = customer.row
    doc = tomlkit.document()
    doc.add(tomlkit.comment("relj customer file: edit freely, comments and layout are kept."))
    for key, value in (("name", row.name), ("since", row.since), ("why", row.why),
                       ("cadence", row.cadence), ("tags", customer.tags or None),
                       ("added", today), ("needs", row.needs), ("owner", row.owner)):
        if value is not None:
            doc.add(key, value)
    text = tomlkit.dumps(doc)
    for contact in customer.contacts:
        text += render_block("contact", contact)
    if row.phase is not None:
        text += render_block("assessment", {"on": today, "phase": PHASE_CODES[row.phase]})
    return text


# -- writing -----------------------------------------------------------------------------


def write_new(journal: Journal, plan: Plan, advance: Callable[[], None] = lambda: None
              ) -> None:
    """Write the planned files under one hold of the lock, each atomically, then the contacts.

    A file that appeared since planning (another relj at work) is matched, not
    replaced; a contact whose customer file no longer reads is reported, not written.
    """
    from relj.storage.codec import render_block
    from relj.storage.files import atomic_write, make_private_dir

    written: list[NewCustomer] = []
    with journal.lock():
        make_private_dir(journal.customers_dir)
        for customer in plan.added:
            path = journal.path_for(customer.slug)
            if path.exists() or path.is_symlink():
                plan.matched.append((customer.slug, customer.row.name))
            else:
                atomic_write(path, customer.text.encode("utf-8"))
                written.append(customer)
            advance()
    plan.added = written
    appended: list[tuple[str, str, Contact]] = []
    for slug, name, contact in plan.contacts:
        try:
            journal.append_block(slug, render_block("contact", contact))
        except (FileProblem, ReljError) as problem:
            plan.problems.append(problem if isinstance(problem, FileProblem) else FileProblem(
                journal.display_path(slug), 1, "everyday.bad_row", reason=problem.message()))
            continue
        appended.append((slug, name, contact))
    plan.contacts = appended


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
        if is_vcard(path_text, data[:200].decode("ascii", "replace")):
            # vCard 2.1 from Outlook and old phones: 8-bit text in the Windows code page
            # (quoted-printable values still decode in the CHARSET they name).
            try:
                return data.decode("cp1252")
            except UnicodeDecodeError:
                return data.decode("latin-1")  # every byte is a character: never fails
        line = data[: error.start].count(b"\n") + 1
        raise FileProblem(path_text, line, "everyday.not_utf8") from None

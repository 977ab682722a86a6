"""The people on the customer's side and an amicable end: `relj contact add|left|key`
and `relj end`.

Several people carry a relationship (SPEC §1): these commands keep the list of
them true, and the key contact leaving restarts the relationship as the
``contact-left`` signal does (the phase machine reads ``left`` on the key
contact). `relj end` closes a relationship on good terms. Every edit is a text
edit of one block or of the file's top (relj.storage.people); the person is
found again in the file as it is under the lock.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Annotated

import typer

from relj.cli.app import app, completer, state
from relj.errors import ReljError, ReljUsageError

if TYPE_CHECKING:
    from datetime import date

    from relj.model import Customer
    from relj.storage.journal import Journal
    from relj.storage.people import Found

contact_app = typer.Typer(
    name="contact",
    help="The people on the customer's side: add someone, mark who left, name the key contact.",
    no_args_is_help=True,
    context_settings={"help_option_names": ["-h", "--help"]},
    rich_markup_mode=None,
)
app.add_typer(contact_app)

CustomerArgument = Annotated[
    str,
    typer.Argument(help="Slug, name or unique prefix.",
                   autocompletion=completer("complete_customer")),
]
PersonArgument = Annotated[
    str,
    typer.Argument(help="The contact's name (case and accents ignored; a unique prefix will do)."),
]


@contact_app.command("add")
def contact_add(
    customer: CustomerArgument,
    person: Annotated[str, typer.Argument(help='The new contact as "Name, role".')],
    key: Annotated[
        bool, typer.Option("--key", help="Make this person the key contact.")
    ] = False,
    email: Annotated[
        str | None, typer.Option("--email", help="Their e-mail address.", show_default=False)
    ] = None,
    phone: Annotated[
        str | None, typer.Option("--phone", help="Their phone number.", show_default=False)
    ] = None,
) -> None:
    """Add a person on the customer's side (the first one still there becomes the key contact)."""
    from relj.catalogue import resolve
    from relj.i18n import t
    from relj.render import out
    from relj.render.lines import fit_line
    from relj.storage.codec import parse_customer, render_block
    from relj.storage.entries import parse_contact
    from relj.storage.files import append_text
    from relj.storage.people import (
        contact_data,
        has_control,
        name_keys,
        still_there,
        visible,
        with_key_contact,
    )

    st = state()
    journal = st.journal()
    if not person.partition(",")[0].strip():  # named as typed: this command has no --contact
        raise ReljUsageError("people.bad_person", value=visible(person))
    name, role = parse_contact(person)
    for field, value in ((t("people.field.name"), name), (t("people.field.role"), role),
                         ("--email", email), ("--phone", phone)):
        if value is not None and has_control(value):
            raise ReljError("people.control_chars", field=field, value=visible(value))
    slug = resolve(journal, customer)
    mail = _given(email)
    if mail is not None and ("@" not in mail or any(c.isspace() for c in mail)):
        raise ReljError("people.bad_email", value=mail)
    made_key = key

    def change(old: bytes) -> bytes:
        nonlocal made_key
        current = parse_customer(slug, journal.display_path(slug), old)
        present = [c for c in current.contacts if still_there(c, st.today)]
        for other in present:
            if name_keys(other.name) & name_keys(name):
                raise ReljError("people.contact_exists", name=other.name, customer=current.name)
        made_key = key or not present  # the only person there carries the relationship
        text = with_key_contact(old, None, st.today) if made_key else old
        return append_text(text, render_block("contact", contact_data(
            name, role, made_key, mail, _given(phone))))

    journal.update(slug, change, appending="contact")
    out(fit_line(t("people.added_key" if made_key else "people.added", name=name, customer=slug)))


@contact_app.command("left")
def contact_left(
    customer: CustomerArgument,
    name: PersonArgument,
    at: Annotated[
        str | None,
        typer.Option("--at", help="The day they left (default: today).", show_default=False),
    ] = None,
) -> None:
    """Mark that a person has left the customer (for the key contact, the relationship restarts)."""
    from relj.catalogue import resolve
    from relj.dates import day_text, parse_day
    from relj.i18n import t
    from relj.render import out
    from relj.render.lines import fit_line
    from relj.storage.people import listing, still_there, with_contact_values

    st = state()
    journal = st.journal()
    slug = resolve(journal, customer)
    day = parse_day(at, st.today, "past") if at else st.today
    if day > st.today:
        raise ReljError("people.left_future", day=day_text(day), today=day_text(st.today))

    def change(old: bytes) -> bytes:
        found = _person(journal, slug, old, name)
        if found.contact.left is not None:
            raise ReljError("people.already_left", name=found.contact.name,
                            day=day_text(found.contact.left))
        return with_contact_values(old, found.index, {"left": day})

    after = journal.update(slug, change)
    found = _person(journal, slug, after, name)
    out(fit_line(t("people.left", name=found.contact.name, customer=slug, day=day_text(day))))
    current = _load(journal, slug, after)
    remaining = [c for c in current.contacts if still_there(c, st.today)]
    if found.contact.key:  # a prospect stays in courtship (SPEC §4): nothing starts over
        prospect = current.since is None or current.since > st.today
        out(fit_line(t("people.key_left_prospect" if prospect else "people.key_left")))
    elif remaining:
        out(fit_line(t("people.still_there", names=listing(remaining))))
    if not remaining:
        out(fit_line(t("people.nobody_left")))


@contact_app.command("key")
def contact_key(customer: CustomerArgument, name: PersonArgument) -> None:
    """Make someone the key contact (a key contact who left stays on record as one)."""
    from relj.catalogue import resolve
    from relj.dates import day_text
    from relj.i18n import t
    from relj.render import out
    from relj.render.lines import fit_line
    from relj.storage.people import still_there, with_key_contact

    st = state()
    journal = st.journal()
    slug = resolve(journal, customer)
    found = _person(journal, slug, journal.read_bytes(slug), name)
    person = found.contact
    if not still_there(person, st.today):
        assert person.left is not None
        raise ReljError("people.key_has_left", name=person.name, day=day_text(person.left))
    if person.key:
        out(fit_line(t("people.already_key", name=person.name, customer=slug)))
        return

    def change(old: bytes) -> bytes:
        return with_key_contact(old, _person(journal, slug, old, name).index, st.today)

    journal.update(slug, change)
    out(fit_line(t("people.key_set", name=person.name, customer=slug)))


def _load(journal: Journal, slug: str, text: bytes) -> Customer:
    from relj.storage.codec import parse_customer

    return parse_customer(slug, journal.display_path(slug), text)


def _person(journal: Journal, slug: str, text: bytes, query: str) -> Found:
    from relj.storage.people import find_contact

    current = _load(journal, slug, text)
    return find_contact(current.contacts, query, current.name)


def _given(text: str | None) -> str | None:
    return text.strip() if text and text.strip() else None


# -- end ---------------------------------------------------------------------------------


@app.command()
def end(
    customer: CustomerArgument,
    at: Annotated[
        str | None,
        typer.Option("--at", help="The day it ends (default: today).", show_default=False),
    ] = None,
    note: Annotated[
        str | None,
        typer.Option("--note", "-n", help="A parting note (asked for on a terminal).",
                     show_default=False),
    ] = None,
) -> None:
    """End a relationship on good terms: sets `ended` and keeps a parting note."""
    from relj.catalogue import resolve
    from relj.dates import day_text, parse_day
    from relj.i18n import t
    from relj.render import out
    from relj.render.lines import fit_line

    st = state()
    journal = st.journal()
    slug = resolve(journal, customer)
    current = journal.load(slug)
    day = parse_day(at, st.today, "past") if at else st.today
    planned = current.ended
    if planned is not None and not (at and planned > st.today and day >= st.today):
        _refuse_ended(planned, st.today)  # only a planned end moves, and only to today on
    parting = _given(note)
    if parting is None and note is None and planned is None:
        parting = _ask_parting(current.name)
    journal.update(slug, lambda old: _ended(journal, slug, old, day, parting, st.today,
                                            planned))
    if planned is not None:
        out(fit_line(t("people.end_moved", customer=slug, day=day_text(day),
                       was=day_text(planned))))
        return
    out(fit_line(t("people.ended" if day <= st.today else "people.ends", customer=slug,
          day=day_text(day))))
    out(fit_line(t("people.parting_advice")))


def _refuse_ended(ended: date, today: date) -> None:
    from relj.dates import day_text

    key = "people.already_ended" if ended <= today else "people.already_ending"
    raise ReljError(key, day=day_text(ended))


def _ask_parting(name: str) -> str | None:
    """On a terminal: what to remember of the parting (Enter skips)."""
    from relj.i18n import t
    from relj.render.lines import fit_line
    from relj.render.prompt import ask, interactive

    if not interactive():
        return None
    return ask(fit_line(t("people.ask_parting", customer=name))) or None


def _ended(journal: Journal, slug: str, old: bytes, day: date, parting: str | None,
           today: date, planned: date | None) -> bytes:
    """``ended`` (and ``parting``) set at the top of the file, checked before writing;
    ``planned`` is the end being moved (None: the file has none yet)."""
    from relj.storage.entries import checked_top_keys

    ended = _load(journal, slug, old).ended
    if ended != planned and ended is not None:  # ended meanwhile (another relj, a pull)
        _refuse_ended(ended, today)
    values: dict[str, str | date | None] = {"ended": day}
    if parting is not None:
        values["parting"] = parting
    return checked_top_keys(old, values, journal.display_path(slug), "people.unwritable_file")

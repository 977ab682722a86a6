"""Building the entries that writing commands add, and the edits a closing answer makes.

Pure: values in, dicts or bytes out. The CLI gathers the values and the
journal writes the result.
"""

from __future__ import annotations

import secrets
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from relj.errors import FileProblem, ReljError, ReljUsageError
from relj.model import CHANNELS, CLOSING_ANSWERS, MOODS, SIGNALS, Customer, Offer, day_of


def new_id(prefix: str, moment: date | datetime) -> str:
    timed = isinstance(moment, datetime)
    stamp = moment.strftime("%Y%m%dT%H%M" if timed else "%Y%m%d")
    # 32 random bits: team merges key on ids, and 16 bits collided among a few
    # hundred entries logged in the same minute (or on the same day with a date-only --at).
    return f"{prefix}-{stamp}-{secrets.token_hex(4)}"


def check_choice(option: str, value: str | None, choices: tuple[str, ...]) -> None:
    if value is not None and value not in choices:
        raise ReljUsageError("core.bad_option_choice", option=option, value=value,
                             choices=", ".join(choices))


@dataclass(frozen=True)
class LogRequest:
    """What the user asked `relj log` to record (after prompting)."""

    at: date | datetime
    genuine: bool
    channel: str | None = None
    with_: str | None = None
    concern: str | None = None
    mood: str | None = None
    pitched: bool = False
    signals: tuple[str, ...] = ()
    closing: str | None = None
    offer: str | None = None
    follow_up: date | None = None
    note: str | None = None
    by: str | None = None
    reached: bool = True  # False: an attempt that reached nobody (`log --no-answer`)

    def validate(self) -> None:
        check_choice("--channel", self.channel, CHANNELS)
        check_choice("--mood", self.mood, MOODS)
        check_choice("--closing", self.closing, CLOSING_ANSWERS)
        for signal in self.signals:
            check_choice("--signal", signal, SIGNALS)
        if self.closing == "later" and self.follow_up is None:
            raise ReljError("core.later_needs_follow_up")
        day = day_of(self.at)
        if self.follow_up is not None and self.follow_up <= day:
            # A follow-up is the next contact: after this one (a back-filled entry may
            # plan one that is past by now).
            from relj.dates import day_text

            raise ReljError("input.follow_up_not_after", follow_up=day_text(self.follow_up),
                            day=day_text(day))


def genuine_from_flags(concern: str | None, genuine: bool, check_in: bool) -> bool | None:
    """SPEC §3: --genuine or a concern make it genuine, --check-in a check-in; None: undecided."""
    if check_in and (genuine or concern):
        raise ReljUsageError("core.genuine_and_check_in")
    if genuine or concern:
        return True
    if check_in:
        return False
    return None


def answered_offer(customer: Customer, offer_id: str | None) -> Offer:
    """The open offer a closing answer is about: the named one, or the only open one."""
    open_offers = customer.open_offers()
    if offer_id is not None:
        for offer in open_offers:
            if offer.id == offer_id:
                return offer
        raise ReljError("core.offer_not_open", offer=offer_id, customer=customer.name,
                        offers=describe_offers(open_offers))
    if len(open_offers) == 1:
        return open_offers[0]
    if not open_offers:
        raise ReljError("core.no_open_offer", customer=customer.name)
    raise ReljError("core.several_open_offers", customer=customer.name,
                    offers=describe_offers(open_offers))


def describe_offers(offers: tuple[Offer, ...]) -> str:
    return ", ".join(f"{o.id} ({o.what})" for o in offers) or "-"


def interaction_data(request: LogRequest) -> dict[str, Any]:
    """The new [[interaction]] in the field order of SPEC §2; unset fields are left out."""
    return {
        "id": new_id("i", request.at),
        "at": request.at,
        "channel": request.channel,
        "with": request.with_,
        "genuine": request.genuine,
        "concern": request.concern,
        "mood": request.mood,
        "pitched": True if request.pitched else None,
        "signals": list(request.signals) or None,
        "closing": request.closing,
        "offer": request.offer,
        "follow_up": request.follow_up,
        "note": request.note,
        "by": request.by,
        "reached": None if request.reached else False,  # written only for an attempt
    }


def offer_data(what: str, opened: date, value: float | None,
               currency: str | None) -> dict[str, Any]:
    return {
        "id": new_id("o", opened),
        "what": what,
        "value": value,
        "currency": currency,
        "opened": opened,
        "status": "open",
    }


def apply_closing(text: bytes, offer_id: str, answer: str, day: date, shown: str = "") -> bytes:
    """Close the offer on yes/no (won/lost, dated), and make a prospect a customer on yes.

    Only the offer's own block (and, on a yes, the top of the file) changes, where it
    stands, as a text edit checked by reading those parts back
    (``relj.storage.closing_edit``): a long history is neither parsed nor rewritten.
    A file whose offers a text scan cannot find plainly is split into its blocks and
    checked whole instead. ``shown`` names the file in a refusal.
    """
    if answer == "later":
        return text
    from relj.storage.closing_edit import CannotEdit, Gone, close_offer

    bom = b"\xef\xbb\xbf" if text.startswith(b"\xef\xbb\xbf") else b""
    body = text[len(bom):]
    status = "won" if answer == "yes" else "lost"
    try:
        new = close_offer(body, offer_id, status, day, since=answer == "yes")
        if new is None:
            new = _closed_whole(body, offer_id, status, day, shown)
    except Gone:
        raise ReljError("bigfile.offer_gone", offer=offer_id, path=shown) from None
    except CannotEdit as refused:
        line = body.count(b"\n", 0, refused.offset) + 1
        raise FileProblem(shown, line, "bigfile.cannot_edit", offer=offer_id) from None
    return bom + new


def _closed_whole(text: bytes, offer_id: str, status: str, day: date, shown: str) -> bytes:
    """The closing edit on a file whose offers only an exact split finds (quoted or
    dotted table names): each offer block with tomlkit, the result checked whole."""
    from relj.storage.closing_edit import CannotEdit, Gone, insert_key, tomlkit_edit
    from relj.storage.codec.read import load_toml
    from relj.storage.codec.toml_text import UnbalancedText, split_blocks
    from relj.storage.offer_text import parse_part

    before, source = load_toml(shown, text)  # a broken file is reported, never edited
    try:
        top, blocks = split_blocks(source, ["offer", "interaction", "contact", "assessment"])
    except UnbalancedText:
        raise CannotEdit(0) from None
    expected = dict(before)
    expected["offer"] = [
        {**offer, "status": status, "closed": day}
        if offer.get("id") == offer_id and offer.get("status", "open") == "open" else offer
        for offer in before.get("offer", [])]
    if expected["offer"] == before.get("offer", []):
        raise Gone(offer_id)
    for block in blocks:
        table = parse_part(block.text.encode("utf-8")) if block.kind == "offer" else None
        offer = (table or {}).get("offer", [{}])[0]
        if offer.get("id") == offer_id and offer.get("status", "open") == "open":
            block.text = tomlkit_edit(block.text, status, day) or block.text
    if status == "won" and "since" not in before:
        top = insert_key(top, f"since = {day.isoformat()}")
        expected["since"] = day
    new = (top + "".join(block.text for block in blocks)).encode("utf-8")
    if load_toml(shown, new)[0] != expected:
        raise CannotEdit(0)
    return new


def with_top_key(text: bytes, key: str, value: str | date | None) -> bytes:
    """The file with the top-level ``key`` set (None: removed). Only the part before
    the first table is edited, with tomlkit; every block after it stays as it was."""
    from relj.storage.codec.toml_text import UnbalancedText, split_blocks

    source = text.decode("utf-8")
    try:
        top, blocks = split_blocks(source, ["offer", "interaction", "contact", "assessment"])
    except UnbalancedText:  # not readable as blocks: the reader reports it as path:line
        return text
    return (_top_key(top, key, value) + "".join(b.text for b in blocks)).encode("utf-8")


def checked_top_keys(text: bytes, values: dict[str, str | date | None], path: str,
                     error_key: str) -> bytes:
    """The file with these top-level keys set (None: removed), read back with tomllib
    before anything is written: a file tomlkit cannot edit, or an edit relj could not
    read, is refused as ``error_key`` (with ``path``) and the file stays as it was."""
    import tomllib

    try:
        for key, value in values.items():
            text = with_top_key(text, key, value)
        tomllib.loads(text.decode("utf-8"))
    except Exception:  # noqa: BLE001 - whatever tomlkit or the edit broke: nothing written
        raise ReljError(error_key, path=path) from None
    return text


def _top_key(top: str, key: str, value: str | date | None) -> str:
    import tomlkit

    doc = tomlkit.parse(top)
    if value is None:
        if key not in doc:
            return top
        del doc[key]
    else:
        doc[key] = value
    return tomlkit.dumps(doc)


def customer_text(name: str, since: date | None, why: str | None, cadence: str | None,
                  tags: list[str], contacts: list[tuple[str, str | None]],
                  added: date | None = None, owner: str | None = None) -> str:
    """A new customer file: top-level fields, then one [[contact]] block each."""
    import tomlkit

    from relj.storage.codec import render_block

    doc = tomlkit.document()
    doc.add(tomlkit.comment("relj customer file: edit freely, comments and layout are kept."))
    for key, value in (("name", name), ("since", since), ("why", why),
                       ("cadence", cadence), ("tags", tags or None), ("added", added),
                       ("owner", owner)):
        if value is not None:
            doc.add(key, value)
    text = tomlkit.dumps(doc)
    for index, (contact, role) in enumerate(contacts):
        # The first contact named is taken as the key contact.
        text += render_block("contact", {"name": contact, "role": role, "key": index == 0 or None})
    return text


def parse_contact(text: str) -> tuple[str, str | None]:
    """`--contact "Anna Müller, Einkauf"` -> ("Anna Müller", "Einkauf")."""
    name, _, role = text.partition(",")
    if not name.strip():
        raise ReljUsageError("core.bad_contact", value=text)
    return name.strip(), role.strip() or None


# -- assessments (SPEC §4 "Phase": the user's own judgement is ground truth) ----------


def parse_phase(text: str) -> int:
    """A phase as typed: its number, its code (``me-you-us``), or its English or German
    word (``Machtkampf``, ``ernuechterung``: relj.i18n.code_of); else one line listing
    the choices in the user's language."""
    from relj.i18n import accepted_words, code_of
    from relj.model import PHASE_CODES

    typed = text.strip()
    if typed.isdigit() and int(typed) < len(PHASE_CODES):
        return int(typed)
    code = code_of("phase", typed)
    if code is not None:
        return PHASE_CODES.index(code)
    choices = ", ".join(f"{n} {word}" for n, word in enumerate(accepted_words("phase")))
    raise ReljError("coach.bad_phase_word", value=text, choices=choices)


def assessment_data(on: date, phase: int, note: str | None) -> dict[str, Any]:
    """A new [[assessment]]: the phase written as its code, readable by hand."""
    from relj.model import PHASE_CODES

    return {"on": on, "phase": PHASE_CODES[phase], "note": note}


def add_to_note(text: bytes, interaction_id: str, addition: str) -> bytes:
    """Add ``addition`` to the note of interaction ``interaction_id`` (after a note it
    has, as a new paragraph), edited with tomlkit so the rest stays as it was.

    `relj log` writes the interaction first and adds the reflection on a "no"
    afterwards, so an interrupted question never costs the interaction itself.
    """
    import tomlkit

    doc = tomlkit.parse(text.decode("utf-8"))
    for table in doc.get("interaction", []):
        if table.get("id") == interaction_id:
            old = table.get("note")
            table["note"] = f"{old}\n\n{addition}" if old else addition
            return tomlkit.dumps(doc).encode("utf-8")
    return text  # edited away meanwhile: nothing to add to

"""The customer file's schema: TOML data -> ``Customer``, checked key by key.

Most interactions are relj's own and well formed, so they are taken in one
step (``_interaction_at_once``); only an entry that is not is walked key by key
(``_interaction_checked``) for the exact line and message. Both must agree on
everything the quick one takes (tests/test_codec_fast.py).
"""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING, Any

from relj.storage.codec.read import Reader, load_toml

if TYPE_CHECKING:
    from relj.model import Assessment, Contact, Customer, Interaction, Offer


def parse_customer(slug: str, path: str, data: bytes) -> Customer:
    """A Customer from the bytes of its file, or FileProblem (path:line: message)."""
    doc, text = load_toml(path, data)
    return customer_from_dict(slug, doc, Reader(path, text))


def customer_from_dict(slug: str, doc: dict[str, Any], reader: Reader) -> Customer:
    from relj.model import Customer

    name = reader.get(doc, "name", "str", required=True)
    if not name.strip():
        reader.fail("name", None, 0, "core.empty_name")
    cadence = reader.get(doc, "cadence", "str")
    if cadence is not None:
        _check_duration(reader, cadence)
    phase = reader.get(doc, "phase", "int")
    if phase is not None and not 0 <= phase <= 5:
        reader.fail("phase", None, 0, "core.bad_phase", value=phase)
    interactions = [
        _interaction(reader, entry, i)
        for i, entry in enumerate(_tables(reader, doc, "interaction"))
    ]
    from relj.model import moment_key

    interactions.sort(key=lambda item: moment_key(item.at))  # stable: file order on ties
    return Customer(
        slug=slug,
        name=name,
        since=reader.get(doc, "since", "date"),
        why=reader.get(doc, "why", "str"),
        cadence=cadence,
        tags=reader.get(doc, "tags", "list[str]") or (),
        phase_override=phase,
        ended=reader.get(doc, "ended", "date"),
        added=reader.get(doc, "added", "date"),
        needs=reader.get(doc, "needs", "str"),
        owner=reader.get(doc, "owner", "str"),
        snooze=reader.get(doc, "snooze", "date"),
        contacts=tuple(
            _contact(reader, entry, i) for i, entry in enumerate(_tables(reader, doc, "contact"))
        ),
        offers=tuple(
            _offer(reader, entry, i) for i, entry in enumerate(_tables(reader, doc, "offer"))
        ),
        assessments=tuple(sorted(
            (_assessment(reader, entry, i)
             for i, entry in enumerate(_tables(reader, doc, "assessment"))),
            key=lambda a: a.on)),  # stable: file order on the same day
        interactions=tuple(interactions),
        raw=doc,
    )


def _check_duration(reader: Reader, cadence: str) -> None:
    from relj.dates import parse_duration
    from relj.errors import ReljError

    try:
        parse_duration(cadence)
    except ReljError:
        reader.fail("cadence", None, 0, "core.bad_cadence", value=cadence)


def _tables(reader: Reader, doc: dict[str, Any], key: str) -> list[dict[str, Any]]:
    return reader.get(doc, key, "tables") or []


def _contact(reader: Reader, entry: dict[str, Any], index: int) -> Contact:
    from relj.model import Contact

    def get(key: str, kind: str, required: bool = False,
            choices: tuple[str, ...] = ()) -> Any:
        return reader.get(entry, key, kind, "contact", index, required, choices)

    return Contact(
        name=get("name", "str", required=True),
        role=get("role", "str"),
        key=bool(get("key", "bool")),
        email=get("email", "str"),
        phone=get("phone", "str"),
        left=get("left", "date"),
    )


def _assessment(reader: Reader, entry: dict[str, Any], index: int) -> Assessment:
    """An ``[[assessment]]``: ``phase`` is a phase code ("me-you-us") or its number."""
    from relj.model import PHASE_CODES, Assessment

    on = reader.get(entry, "on", "date", "assessment", index, required=True)
    reader.get(entry, "phase", "str|int", "assessment", index, required=True)
    value = entry["phase"]
    if isinstance(value, str) and value in PHASE_CODES:
        phase = PHASE_CODES.index(value)
    elif isinstance(value, int) and 0 <= value <= 5:
        phase = value
    else:
        reader.fail("phase", "assessment", index, "core.bad_choice", value=value,
                    choices=", ".join(PHASE_CODES))
    return Assessment(on=on, phase=phase,
                      note=reader.get(entry, "note", "str", "assessment", index))


def _offer(reader: Reader, entry: dict[str, Any], index: int) -> Offer:
    from relj.model import OFFER_STATUSES, Offer

    def get(key: str, kind: str, required: bool = False,
            choices: tuple[str, ...] = ()) -> Any:
        return reader.get(entry, key, kind, "offer", index, required, choices)

    return Offer(
        id=get("id", "str", required=True),
        what=get("what", "str") or "",
        value=get("value", "number"),
        currency=get("currency", "str"),
        opened=get("opened", "date"),
        status=get("status", "str", choices=OFFER_STATUSES) or "open",
        closed=get("closed", "date"),
    )


def _interaction(reader: Reader, entry: dict[str, Any], index: int) -> Interaction:
    # Most entries are relj's own and well formed: take them in one step, and
    # only walk key by key (for the exact line and message) when one is not.
    return _interaction_at_once(entry, index) or _interaction_checked(reader, entry, index)


_STR_KEYS = ("id", "with", "concern", "offer", "note", "by")
_CHOICE_SETS: dict[str, frozenset[str]] = {}


def _interaction_at_once(entry: dict[str, Any], index: int) -> Interaction | None:
    """The Interaction of a well-formed entry, or None when anything needs a closer look."""
    from relj.model import CHANNELS, CLOSING_ANSWERS, MOODS, SIGNALS, Interaction, day_of

    if not _CHOICE_SETS:
        _CHOICE_SETS.update(channel=frozenset(CHANNELS), mood=frozenset(MOODS),
                            closing=frozenset(CLOSING_ANSWERS), signals=frozenset(SIGNALS))
    get = entry.get
    if None in entry.values():  # TOML has no null; only a caller's dict could
        return None
    for key in _STR_KEYS:
        if type(get(key, "")) is not str:
            return None
    for key in ("channel", "mood", "closing"):
        value = get(key)
        if value is not None and (type(value) is not str or value not in _CHOICE_SETS[key]):
            return None
    at, follow_up = get("at"), get("follow_up")
    genuine, pitched = get("genuine"), get("pitched", False)
    signals = get("signals", [])
    if type(get("reached", True)) is not bool:
        return None
    if (not isinstance(at, date) or type(pitched) is not bool
            or (genuine is not None and type(genuine) is not bool)
            or (follow_up is not None and not isinstance(follow_up, date))
            or type(signals) is not list
            or not all(type(v) is str for v in signals)
            or not _CHOICE_SETS["signals"].issuperset(signals)):
        return None
    concern = get("concern")
    return Interaction(
        id=get("id") or f"#{index + 1}",
        at=at,
        channel=get("channel"),
        with_=get("with"),
        genuine=bool(concern) if genuine is None else genuine,
        concern=concern,
        mood=get("mood"),
        pitched=pitched,
        signals=tuple(signals),
        closing=get("closing"),
        offer=get("offer"),
        follow_up=None if follow_up is None else day_of(follow_up),
        note=get("note"),
        by=get("by"),
        reached=get("reached", True),
    )


def _interaction_checked(reader: Reader, entry: dict[str, Any], index: int) -> Interaction:
    from relj.model import CHANNELS, CLOSING_ANSWERS, MOODS, SIGNALS, Interaction

    def get(key: str, kind: str, required: bool = False,
            choices: tuple[str, ...] = ()) -> Any:
        return reader.get(entry, key, kind, "interaction", index, required, choices)

    signals = get("signals", "list[str]") or ()
    for signal in signals:
        if signal not in SIGNALS:
            reader.fail("signals", "interaction", index, "core.bad_choice",
                        value=signal, choices=", ".join(SIGNALS))
    concern = get("concern", "str")
    genuine = get("genuine", "bool")
    return Interaction(
        # Hand-written entries may lack an id; give them a stable one from their place.
        id=get("id", "str") or f"#{index + 1}",
        at=get("at", "moment", required=True),
        channel=get("channel", "str", choices=CHANNELS),
        with_=get("with", "str"),
        genuine=bool(concern) if genuine is None else genuine,
        concern=concern,
        mood=get("mood", "str", choices=MOODS),
        pitched=bool(get("pitched", "bool")),
        signals=signals,
        closing=get("closing", "str", choices=CLOSING_ANSWERS),
        offer=get("offer", "str"),
        follow_up=get("follow_up", "date"),
        note=get("note", "str"),
        by=get("by", "str"),
        reached=get("reached", "bool") is not False,
    )

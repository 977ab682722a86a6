"""The customer file's schema: TOML data -> ``Customer``, checked key by key.

Most interactions are relj's own and well formed, so they are taken in one
step (``_interaction_at_once``); only an entry that is not is walked key by key
(``_interaction_checked``) for the exact line and message. Both must agree on
everything the quick one takes (tests/test_codec_fast.py).
"""

from __future__ import annotations

from datetime import date, datetime, timezone
from operator import le
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
    entries = _tables(reader, doc, "interaction")
    interactions = [
        # Most entries are relj's own and well formed: taken in one step; only one
        # that is not is walked key by key, for the exact line and message.
        quick or _interaction_checked(reader, entries[i], i)
        for i, quick in enumerate(_interactions_at_once(entries))
    ]
    if not _in_order(interactions):
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


def _in_order(interactions: list[Interaction]) -> bool:
    """Whether the interactions are already in ``moment_key`` order, as relj writes them.

    Checked without the key: for datetimes that all carry a fixed offset (as TOML's
    do), comparing them compares their real moments, and ``moment_key`` (their
    timestamp, rounded monotonically) never orders two of them the other way round,
    so the stable sort would keep the list as it is. Bare dates and naive datetimes
    are left to the sort.
    """
    moments = [item.at for item in interactions]
    if not all(type(moment) is datetime and type(moment.tzinfo) is timezone
               for moment in moments):
        return False
    return all(map(le, moments, moments[1:]))


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


# What each key of an interaction must be for the one-step reading (a bare date or a
# datetime for the moments); keys not named here are ignored by both readings.
_STR = (str,)
_MOMENT = (date, datetime)
_BOOL = (bool,)
_EXPECTED: dict[str, tuple[type, ...]] = {
    "id": _STR, "with": _STR, "concern": _STR, "offer": _STR, "note": _STR, "by": _STR,
    "channel": _STR, "mood": _STR, "closing": _STR, "at": _MOMENT, "follow_up": _MOMENT,
    "genuine": _BOOL, "pitched": _BOOL, "reached": _BOOL, "signals": (list,),
}
# Shapes (keys, then the types of their values) already found well typed: a journal's
# entries come in a handful of shapes, so the types are checked once per shape, not per
# entry. Bounded: a hostile file's thousand odd keys must not grow it without end.
_GOOD_SHAPES: set[tuple[object, ...]] = set()
_SHAPES_KEPT = 512


def _well_typed(entry: dict[str, Any]) -> bool:
    """Whether every key of ``entry`` has the type the one-step reading takes (and it
    has a moment); a shape found so is remembered, and its next entries skip this."""
    expected = _EXPECTED.get
    good = "at" in entry and all(
        value is not None  # TOML has no null; only a caller's dict could
        and type(value) in expected(key, (type(value),))  # unknown keys: any type
        for key, value in entry.items())
    if good and len(_GOOD_SHAPES) < _SHAPES_KEPT:
        _GOOD_SHAPES.add((*entry, *map(type, entry.values())))
    return good


def _interaction_at_once(entry: dict[str, Any], index: int) -> Interaction | None:
    """The Interaction of a well-formed entry, or None when anything needs a closer look."""
    return _interactions_at_once([entry], index)[0]


def _interactions_at_once(entries: list[dict[str, Any]],
                          first: int = 0) -> list[Interaction | None]:
    """Each entry's Interaction (``first`` the index of the first), or None for one
    that needs a closer look. One loop for a file's entries, its names bound once:
    a cold run takes a hundred thousand of them."""
    from relj.model import CHANNELS, CLOSING_ANSWERS, MOODS, SIGNALS, Interaction

    channels, moods = frozenset(CHANNELS), frozenset(MOODS)
    closings, signal_set = frozenset(CLOSING_ANSWERS), frozenset(SIGNALS)
    good_shapes, well_typed = _GOOD_SHAPES, _well_typed
    found: list[Interaction | None] = []
    for index, entry in enumerate(entries, first):
        if (*entry, *map(type, entry.values())) not in good_shapes and not well_typed(entry):
            found.append(None)
            continue
        get = entry.get
        channel, mood, closing = get("channel"), get("mood"), get("closing")
        signals = get("signals")
        if ((channel is not None and channel not in channels)
                or (mood is not None and mood not in moods)
                or (closing is not None and closing not in closings)
                or (signals and not _good_signals(signals, signal_set))):
            found.append(None)
            continue
        follow_up, concern, genuine = get("follow_up"), get("concern"), get("genuine")
        if type(follow_up) is datetime:
            follow_up = follow_up.date()
        found.append(Interaction(  # by position: the cheapest way in
            get("id") or f"#{index + 1}",
            entry["at"],
            channel,
            get("with"),
            bool(concern) if genuine is None else genuine,
            concern,
            mood,
            get("pitched", False),
            () if signals is None else tuple(signals),
            closing,
            get("offer"),
            follow_up,
            get("note"),
            get("by"),
            get("reached", True),
        ))
    return found


def _good_signals(signals: list[Any], known: frozenset[str]) -> bool:
    try:  # an unhashable element (a list in the list) is for the careful reading
        if not known.issuperset(signals):
            return False
    except TypeError:
        return False
    return all(type(v) is str for v in signals)


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

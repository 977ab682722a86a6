"""Each customer file's facts in ``.relj/facts``: the model as plain values, only a cache.

The judgement of ``relj due`` changes every day (day counters, anniversaries,
fading moods), but the files mostly do not: the everyday morning re-judges a
journal that nobody changed since yesterday. Parsing TOML is the expensive
part of that (seconds at a thousand customers), so every file's Customer is
kept here as tuples of plain values (dates as day ordinals, datetimes as ISO
text, codes as strings), keyed by the file's stat like the index. A new day,
a new relj.toml or a new version of the analysis code then rebuilds the
Customers from these facts and judges them again without any TOML.

Plain values only: the store is read with an unpickler that builds no class at
all, so a planted file cannot run code; anything unexpected throws the store
away (it is never the only copy of anything). The facts depend on the model
and the codec, so the store carries the code version (``cache.code_version``)
and is dropped when it differs.

Everything of a Customer is kept except ``raw`` (the file's top-level keys as
read, which only ``show --json`` uses, and ``show`` reads its one file).
"""

from __future__ import annotations

import pickle
from datetime import date, datetime
from pathlib import Path
from typing import TYPE_CHECKING

from relj.model import Assessment, Contact, Customer, Interaction, Offer

if TYPE_CHECKING:
    from relj.storage.files import StatKey

FACTS_FILE = "facts"
# The rows of `relj list` and `relj phase` of one day, kept in the same kind of store
# (relj.catalogue.listing): key (the file's stat, the judgement's day), pickled rows.
LISTING_FILE = "listing"

# One customer's facts: a tuple of plain values (see ``encode``).
Facts = tuple[object, ...]
# ... kept pickled, one blob per file: the store loads in a blink, and each worker of
# the judging pool unpickles only its own share.
Packed = bytes

_ordinal = date.toordinal
_from_ordinal = date.fromordinal
_from_iso = datetime.fromisoformat


def _day(value: date | None) -> int | None:
    return None if value is None else _ordinal(value)


def _undate(value: int | None) -> date | None:
    return None if value is None else _from_ordinal(value)


def _moment(value: date | datetime) -> int | str:
    # A datetime keeps its offset in its ISO text; a bare date is its ordinal.
    return value.isoformat() if isinstance(value, datetime) else _ordinal(value)


def encode(customer: Customer) -> Facts:
    """``customer`` as plain values (``decode`` gives it back, without ``raw``)."""
    c = customer
    return (
        c.name, _day(c.since), c.why, c.cadence, c.tags, c.phase_override, _day(c.ended),
        _day(c.added), c.needs, c.owner, _day(c.snooze),
        tuple((p.name, p.role, p.key, p.email, p.phone, _day(p.left)) for p in c.contacts),
        tuple((o.id, o.what, o.value, o.currency, _day(o.opened), o.status, _day(o.closed))
              for o in c.offers),
        tuple((a.on.toordinal(), a.phase, a.note) for a in c.assessments),
        _interaction_facts(c.interactions),
    )


def _interaction_facts(items: tuple[Interaction, ...]) -> tuple[tuple[object, ...], ...]:
    # Codes and names repeat from one interaction to the next, each a string of its own
    # as parsed: one object per value lets pickle write (and a new day read back) a
    # reference instead of a new string or tuple each time.
    same: dict[object, object] = {}
    one = same.setdefault
    return tuple((i.id, _moment(i.at), one(i.channel, i.channel), one(i.with_, i.with_),
                  i.genuine, i.concern, one(i.mood, i.mood), i.pitched,
                  one(i.signals, i.signals), one(i.closing, i.closing), one(i.offer, i.offer),
                  _day(i.follow_up), i.note, one(i.by, i.by), i.reached)
                 for i in items)


def pack(customer: Customer) -> Packed:
    return pickle.dumps(encode(customer), protocol=pickle.HIGHEST_PROTOCOL)


def unpack(slug: str, packed: Packed) -> Customer:
    """The Customer of packed facts; raises on anything but plain values of the right shape."""
    from relj.storage.cache import load_plain

    facts = load_plain(packed, 0)
    if not isinstance(facts, tuple):
        raise ValueError("not a customer's facts")
    return decode(slug, facts)


def decode(slug: str, facts: Facts) -> Customer:
    """The Customer whose facts these are (``raw`` empty). Raises on anything malformed."""
    (name, since, why, cadence, tags, override, ended, added, needs, owner, snooze,
     contacts, offers, assessments, interactions) = facts
    assert isinstance(name, str) and isinstance(tags, tuple)
    assert isinstance(contacts, tuple) and isinstance(offers, tuple)
    assert isinstance(assessments, tuple) and isinstance(interactions, tuple)
    return Customer(
        slug, name, _undate(since), why, cadence, tags, override,  # type: ignore[arg-type]
        _undate(ended), _undate(added), needs, owner, _undate(snooze),  # type: ignore[arg-type]
        tuple(Contact(n, r, k, e, p, _undate(left)) for n, r, k, e, p, left in contacts),
        tuple(Offer(i, w, v, cur, _undate(op), st, _undate(cl))
              for i, w, v, cur, op, st, cl in offers),
        tuple(Assessment(_from_ordinal(on), ph, note) for on, ph, note in assessments),
        _interactions(interactions),
    )


# Each field of an Interaction set through its slot directly. A new day rebuilds every
# interaction of the journal (100,000 at 1,000 x 100); the dataclass's own __init__ of a
# frozen class looks up object.__setattr__ and the field's name for each of its fields,
# which cost 1.8 times this. The order is Interaction's (test_facts checks it).
_FIELDS = ("id", "at", "channel", "with_", "genuine", "concern", "mood", "pitched", "signals",
           "closing", "offer", "follow_up", "note", "by", "reached")
(_set_id, _set_at, _set_channel, _set_with, _set_genuine, _set_concern, _set_mood,
 _set_pitched, _set_signals, _set_closing, _set_offer, _set_follow_up, _set_note, _set_by,
 _set_reached) = (getattr(Interaction, name).__set__ for name in _FIELDS)
_new = object.__new__


def _interactions(rows: tuple[tuple[object, ...], ...]) -> tuple[Interaction, ...]:
    """The Interactions of their facts, as ``Interaction(...)`` would build them."""
    built = []
    for id_, at, ch, w, g, con, mo, pi, sig, cl, of, fu, no, by, re in rows:
        item = _new(Interaction)
        _set_id(item, id_)
        _set_at(item, _from_ordinal(at) if at.__class__ is int
                else _from_iso(at))  # type: ignore[arg-type]
        _set_channel(item, ch)
        _set_with(item, w)
        _set_genuine(item, g)
        _set_concern(item, con)
        _set_mood(item, mo)
        _set_pitched(item, pi)
        _set_signals(item, sig)
        _set_closing(item, cl)
        _set_offer(item, of)
        _set_follow_up(item, None if fu is None else _from_ordinal(fu))  # type: ignore[arg-type]
        _set_note(item, no)
        _set_by(item, by)
        _set_reached(item, re)
        built.append(item)
    return tuple(built)


# What a stored value is for: the file's stat (facts), or its stat and a day (listing).
Key = tuple[object, ...]


class FactStore:
    """Pickled values per customer file of the journal at ``root``, each under a key
    (the file's stat, for ``LISTING_FILE`` with the day), for one code version."""

    def __init__(self, root: Path, code: str, entries: dict[str, tuple[Key, Packed]],
                 keep: bool = True, name: str = FACTS_FILE) -> None:
        self.root = root
        self.code = code
        self.entries = entries
        self.keep = keep  # False: a store not read, which must not overwrite the real one
        self.name = name
        self.changed = False

    @classmethod
    def load(cls, root: Path, code: str, name: str = FACTS_FILE) -> FactStore:
        return cls(root, code, _read(root, code, name), name=name)

    def fresh(self, slug: str, key: Key | None) -> Packed | None:
        """The value of ``slug`` if it was kept under ``key`` (e.g. the file's stat now)."""
        found = self.entries.get(slug)
        return found[1] if found is not None and key is not None and found[0] == key else None

    def put(self, slug: str, stat: StatKey, value: Packed, day: Key | None = None) -> None:
        """Keep ``value`` for the file whose stat is ``stat`` (and for ``day``)."""
        if stat[0] < 0:
            return  # racy: the file may change again unseen (summaries.RACY_NS)
        self.entries[slug] = (stat if day is None else (stat, day), value)
        self.changed = True

    def save(self, known: set[str]) -> None:
        """Write the store (only the slugs in ``known``) if anything changed; a store
        that cannot be written is skipped."""
        from relj.storage.cache import MAGIC
        from relj.storage.files import atomic_write, make_private_dir
        from relj.storage.location import PRIVATE_DIR

        if not self.changed or not self.keep:
            return
        kept = {slug: value for slug, value in self.entries.items() if slug in known}
        data = MAGIC + pickle.dumps((self.code, kept), protocol=pickle.HIGHEST_PROTOCOL)
        try:
            make_private_dir(self.root / PRIVATE_DIR)
            atomic_write(self.root / PRIVATE_DIR / self.name, data, durable=False)
        except Exception:  # noqa: BLE001 - a cache must never fail the command
            return
        self.changed = False


def _read(root: Path, code: str, name: str) -> dict[str, tuple[Key, Packed]]:
    from relj.storage.cache import load_plain, read_private

    data = read_private(root, name)
    if data is None:
        return {}
    try:
        stored = load_plain(data)
        if not isinstance(stored, tuple) or len(stored) != 2 or stored[0] != code:
            return {}  # another version of the model, codec or analysis
        entries = stored[1]
        if not isinstance(entries, dict) or not all(
                isinstance(s, str) and isinstance(v, tuple) and len(v) == 2
                and isinstance(v[0], tuple) and isinstance(v[1], bytes)
                for s, v in entries.items()):
            return {}
        return entries
    except Exception:  # noqa: BLE001 - damaged in any way: rebuild
        return {}

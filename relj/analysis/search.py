"""`relj search`: what a customer's file says, folded so that accents and case never hide it.

A salesperson types "uberraschung" on a US keyboard, "ueberraschung" as German
is typed without umlauts, or "Überraschung": all three must find the note that
says "Überraschungen". So every text and the query are folded two ways, once
with German transliteration (ä → ae, as slugs are made) and once with accents
simply dropped (ä → a), and a text matches when the query, folded one way, is
in the text folded the same way.

Pure: a Customer in, its searchable records out (``records_of``); the folded
lines of a file and a query in, the indexes of the matching records out
(``matching``). Reading files and keeping the folded text in `.relj/` is
relj.storage.search_index's job.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass
from datetime import date

from relj.model import Customer, moment_key
from relj.slugs import fold

FIELDS = ("concern", "note", "contact", "offer")  # the order of a tie, and the JSON codes
_ACCENTS_ONLY = str.maketrans({"ß": "ss", "ẞ": "ss", "æ": "ae", "œ": "oe", "ø": "o", "ł": "l",
                               "đ": "d", "ð": "d", "þ": "th", "ı": "i"})


@dataclass(frozen=True, slots=True)
class Record:
    """One searchable text of a file: when it was written, what it is, what it says."""

    key: float  # the moment, for "newest first" (undated: -inf, after everything dated)
    day: date | None  # None for a contact, which carries no day
    field: str  # one of FIELDS
    text: str


def fold_plain(text: str) -> str:
    """Case folded and accents dropped without transliteration (ä → a)."""
    if text.isascii():  # nothing to drop: the common case, and much faster
        return text.casefold()
    composed = unicodedata.normalize("NFC", text).casefold().translate(_ACCENTS_ONLY)
    decomposed = unicodedata.normalize("NFKD", composed)
    return "".join(c for c in decomposed if not unicodedata.combining(c)).casefold()


def folded_pair(text: str) -> tuple[str, str]:
    """The two foldings of ``text`` (German transliteration, accents dropped), each on
    one line: a record is one line of the folded text of its file."""
    flat = " ".join(text.split("\n"))
    return fold(flat).replace("\n", " "), fold_plain(flat).replace("\n", " ")


def records_of(customer: Customer) -> list[Record]:
    """Every concern, note, contact (name, role, e-mail) and offer of the file, in file
    order: what `relj search` looks through (also entries dated after today; the
    command filters by day)."""
    found: list[Record] = []
    undated = float("-inf")
    for contact in customer.contacts:
        words = ", ".join(part for part in (contact.name, contact.role, contact.email) if part)
        found.append(Record(undated, None, "contact", words))
    for offer in customer.offers:
        key = moment_key(offer.opened)[0] if offer.opened is not None else undated
        found.append(Record(key, offer.opened, "offer", offer.what))
    for item in customer.interactions:
        key = moment_key(item.at)[0]
        for field, text in (("concern", item.concern), ("note", item.note)):
            if text and text.strip():
                found.append(Record(key, item.day, field, text))
    return found


def query_pair(query: str) -> tuple[str, str]:
    """The query folded both ways, surrounding spaces dropped."""
    a, b = folded_pair(query.strip())
    return a, b


def matching(lines_a: str, lines_b: str, query: tuple[str, str]) -> list[int]:
    """Indexes of the lines (records) of a file where the query is found, one way or
    the other. ``lines_a``/``lines_b``: the records folded each way, one per line."""
    hits: set[int] = set()
    same = lines_b == lines_a and query[1] == query[0]
    for lines, wanted in ((lines_a, query[0]), ("" if same else lines_b, query[1])):
        if not wanted or not lines:
            continue  # nothing to look for, or the same search as the first
        start = lines.find(wanted)
        line, counted = 0, 0  # lines counted up to the offset ``counted``
        while start != -1:
            line += lines.count("\n", counted, start)
            hits.add(line)
            end = lines.find("\n", start)
            if end == -1:
                break
            line, counted = line + 1, end + 1
            start = lines.find(wanted, counted)
    return sorted(hits)


def snippet(text: str, query: tuple[str, str], width: int) -> tuple[str, int, int]:
    """``text`` on one line, cut to ``width`` characters around the first match, and
    where the match is in the result (start, end; 0, 0 when it cannot be placed: a
    fold changed the length before it)."""
    flat = " ".join(text.split())
    start, length = _place(flat, query)
    if len(flat) <= width:
        return flat, start, start + length
    left = max(0, min(start - width // 3, len(flat) - width + 1))
    cut = flat[left:left + width - 1]
    prefix = "…" if left else ""
    if prefix:
        cut = prefix + cut[1:]
    shown = cut + ("…" if left + width - 1 < len(flat) else "")
    begin = start - left
    if length == 0 or begin < len(prefix) or begin + length > len(shown) - 1:
        return shown, 0, 0
    return shown, begin, begin + length


def _place(flat: str, query: tuple[str, str]) -> tuple[int, int]:
    """Where the query is in the unfolded text: tried character by character against
    each folding of a window of the same length (foldings may change lengths)."""
    plain = fold_plain(flat)
    if len(plain) == len(flat) and query[1]:  # the usual case: one character for one
        found = plain.find(query[1])
        if found != -1:
            return found, len(query[1])
    for wanted, folder in ((query[1], fold_plain), (query[0], fold)):
        if not wanted:
            continue
        for size in (len(wanted), len(wanted) - 1, len(wanted) - 2, len(wanted) + 1):
            if size <= 0:
                continue
            for start in range(0, len(flat) - size + 1):
                if folder(flat[start:start + size]) == wanted:
                    return start, size
    return 0, 0


@dataclass(frozen=True, slots=True)
class Hit:
    """One match: which customer, when, in what, and the whole text."""

    customer: str  # slug
    name: str
    key: float
    day: date | None
    field: str
    text: str


def newest_first(hits: list[Hit], today: date, since: date | None) -> list[Hit]:
    """The hits dated on or before ``today`` (and on or after ``since``; undated
    contacts then drop out), newest first; ties by customer, then field order."""
    kept = [h for h in hits if (h.day is None or h.day <= today)
            and (since is None or (h.day is not None and h.day >= since))]
    kept.sort(key=lambda h: (h.customer, FIELDS.index(h.field) if h.field in FIELDS else 9))
    kept.sort(key=lambda h: h.key, reverse=True)  # stable: the tie order above stays
    return kept

"""The rows of `relj list` and `relj phase` (every customer), answered from the cache.

Both listings show, for every customer, what the morning list already judged
(the phase, the days since a genuine contact) and a little more (cadence,
check-ins, mood, open offers). The judging pool computes these rows with each
``due`` judgement (``judging.listing_rows``) and keeps them per file and day
in ``.relj/listing``, so a listing costs a warm ``relj due`` and the unpickling
of small rows, not the parse of every history. A row the store misses (a file
changed so recently that its stat cannot be trusted, a damaged store) is made
here, from the file.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from relj.catalogue.due import due_items
from relj.errors import FileProblem
from relj.storage import cache

if TYPE_CHECKING:
    from datetime import date

    from relj.analysis.due import Summary
    from relj.model import Customer
    from relj.storage.journal import Journal

# The classes a row may hold; anything else means the store is not ours.
_ALLOWED = {
    ("relj.analysis", "Message"),
    ("relj.analysis.due", "Summary"),
    ("relj.analysis.closing", "ClosingState"),
    ("relj.analysis.results", "PhaseResult"),
    ("relj.analysis.results", "Evidence"),
    ("relj.model", "Customer"),
    ("relj.model", "Contact"),
    ("relj.model", "Offer"),
    ("relj.model", "Assessment"),
    ("datetime", "date"),
    ("datetime", "datetime"),
    ("datetime", "timezone"),
    ("datetime", "timedelta"),
}

Row = tuple["Summary", "Customer"]  # the customer without its interactions


def listing(journal: Journal, today: date) -> tuple[list[Row], list[FileProblem]]:
    """Every customer that loads, in slug order: its Summary for ``today`` and the
    customer without interactions (name, tags, why, needs, contacts, offers); and
    the problems of the files that do not load."""
    from relj.catalogue.judging import listing_rows
    from relj.catalogue.summaries import read_customer, settings
    from relj.storage.facts import LISTING_FILE, FactStore
    from relj.storage.version import code_version

    _, _, problems = due_items(journal, today, include_all=True, limit=0)  # judge what is new
    code = code_version()
    day = (today.isoformat(), cache.settings_key(journal.root), code)
    store = FactStore.load(journal.root, code, LISTING_FILE)
    broken = {p.path for p in problems}
    rows: list[Row] = []
    for slug in journal.slugs():
        if journal.display_path(slug) in broken:
            continue
        packed = store.fresh(slug, (cache.file_stat(journal.path_for(slug)), day))
        row = _unpacked(packed) if packed is not None else None
        if row is None:
            found = read_customer(journal, slug, problems)  # changed since due looked
            if found is None:
                continue
            entry, customer = found
            packed = listing_rows(customer, today, settings(journal))
            store.put(slug, entry.stat, packed, day)
            row = _unpacked(packed)
        if row is not None:
            rows.append(row)
    store.save(set(journal.slugs()))
    return rows, sorted(problems, key=lambda p: p.path)


def _unpacked(packed: bytes) -> Row | None:
    try:
        row = cache.load_allowed(packed, _ALLOWED)
    except Exception:  # noqa: BLE001 - damaged or planted: made again from the file
        return None
    return row if isinstance(row, tuple) and len(row) == 2 else None

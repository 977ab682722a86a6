"""Every customer of the journal, rebuilt from the cached facts where the file is unchanged.

`relj report`, `relj export` and `relj review` look at every whole history.
Parsing a thousand files of TOML costs seconds; rebuilding the same Customers
from the facts kept in ``.relj/facts`` (``relj.storage.facts``) costs a
fraction of that. The Customers are the ones the files give (equal, field for
field) except ``raw``, which is empty: the file's top-level keys as read, used
only by ``show --json``, which reads its one file itself.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from relj.errors import FileProblem
from relj.storage import cache

if TYPE_CHECKING:
    from datetime import date

    from relj.analysis.due import Summary
    from relj.analysis.phase import PhaseChange
    from relj.analysis.review import Part
    from relj.model import Customer
    from relj.storage.journal import Journal

    # A listing row with the phase changes of the last days and whether it is orphaned.
    ReportRow = tuple[Summary, Customer, list[PhaseChange], bool]


def all_customers(journal: Journal) -> tuple[list[Customer], list[FileProblem]]:
    """Every customer that loads (slug order; ``raw`` empty), and the problems of the
    files that do not (as ``Journal.load_all`` gives them)."""
    from relj.catalogue.summaries import read_customer
    from relj.storage.facts import FactStore, pack, unpack
    from relj.storage.version import code_version

    index = cache.Index.load(journal.root)
    store = FactStore.load(journal.root, code_version())
    customers: list[Customer] = []
    problems: list[FileProblem] = []
    slugs = journal.slugs()
    for slug in slugs:
        key = cache.file_stat(journal.path_for(slug))
        packed = store.fresh(slug, key)
        if packed is not None:
            try:
                customers.append(unpack(slug, packed))
                continue
            except Exception:  # noqa: BLE001 - damaged facts: read the file instead
                pass
        found = read_customer(journal, slug, problems)
        if found is None:
            continue
        entry, customer = found
        if index.fresh(slug, entry.stat) is None:
            index.put(slug, entry)  # never over a fresh entry: it may hold today's judgement
        store.put(slug, entry.stat, pack(customer))
        customers.append(customer)
    index.save()
    store.save(set(slugs))
    return customers, problems


# The classes a report row may hold; anything else means the store is not ours.
_REPORT_ALLOWED = {("relj.analysis.phase", "PhaseChange"), ("datetime", "date")}
REPORT_FILE = "report"  # .relj/report: per file and day, what `relj report` adds to a listing row


def report_rows(journal: Journal, today: date
                ) -> tuple[list[ReportRow], list[FileProblem]]:
    """Every customer that loads, in slug order, as `relj report` needs it: the listing
    row (its Summary, the customer without interactions) with its phase changes of the
    last days and whether its owner orphaned it (``relj.analysis.portfolio``).

    Those two look at the whole history; they are kept per file and day in
    ``.relj/report`` beside the listing rows, so a second report of a day rebuilds no
    history. A file the store misses is rebuilt from its facts, as before."""
    import pickle

    from relj.analysis.portfolio import orphaned, phase_moves
    from relj.catalogue.listing import listing
    from relj.catalogue.summaries import settings
    from relj.storage.facts import FactStore
    from relj.storage.version import code_version

    rows, problems = listing(journal, today)
    code = code_version()
    day = (today.isoformat(), cache.settings_key(journal.root), code)
    store = FactStore.load(journal.root, code, REPORT_FILE)
    keys = {s.slug: cache.file_stat(journal.path_for(s.slug)) for s, _ in rows}
    found = {slug: _report_part(store.fresh(slug, (key, day))) for slug, key in keys.items()}
    if any(part is None for part in found.values()):
        current = settings(journal)
        for customer in all_customers(journal)[0]:
            key = keys.get(customer.slug)
            if found.get(customer.slug, 0) is None and key is not None:
                part = (tuple(phase_moves(customer, today, current)),
                        orphaned(customer, today))
                found[customer.slug] = part
                store.put(customer.slug, key, pickle.dumps(part, pickle.HIGHEST_PROTOCOL), day)
        store.save(set(journal.slugs()))
    result: list[ReportRow] = []
    for summary, customer in rows:
        kept = found.get(summary.slug)
        if kept is not None:
            result.append((summary, customer, list(kept[0]), kept[1]))
    return result, problems


def _report_part(packed: bytes | None) -> tuple[tuple[PhaseChange, ...], bool] | None:
    if packed is None:
        return None
    try:
        part = cache.load_allowed(packed, _REPORT_ALLOWED)
    except Exception:  # noqa: BLE001 - damaged or planted: made again from the facts
        return None
    if (isinstance(part, tuple) and len(part) == 2 and isinstance(part[0], tuple)
            and isinstance(part[1], bool)):
        return part
    return None


REVIEW_FILE = "review"  # .relj/review: per file, day and --weeks, a customer's part of a review


def review_parts(journal: Journal, today: date, weeks: int
                 ) -> tuple[list[Part], list[FileProblem]]:
    """Every loading customer's part of `relj review` (``relj.analysis.review.part_of``),
    kept per file, day and number of weeks in ``.relj/review``: a second review of a
    day rebuilds no history. When a file misses (changed, new, broken), the customers
    are rebuilt from their facts as before, and the problems are those of that."""
    import pickle

    from relj.analysis.review import part_of
    from relj.catalogue.summaries import settings
    from relj.storage.facts import FactStore
    from relj.storage.version import code_version

    code = code_version()
    day = (today.isoformat(), cache.settings_key(journal.root), code, weeks)
    store = FactStore.load(journal.root, code, REVIEW_FILE)
    slugs = journal.slugs()
    keys = {slug: cache.file_stat(journal.path_for(slug)) for slug in slugs}
    found = {slug: _review_part(store.fresh(slug, (key, day))) for slug, key in keys.items()}
    if all(part is not None for part in found.values()):
        return [part for part in found.values() if part is not None], []
    customers, problems = all_customers(journal)
    current = settings(journal)
    parts: list[Part] = []
    for customer in customers:
        part = found.get(customer.slug)
        if part is None:
            part = part_of(customer, today, current, weeks)
            key = keys.get(customer.slug)
            if key is not None:
                store.put(customer.slug, key, pickle.dumps(part, pickle.HIGHEST_PROTOCOL), day)
        parts.append(part)
    store.save(set(slugs))
    return parts, problems


def _review_part(packed: bytes | None) -> Part | None:
    if packed is None:
        return None
    try:
        part = cache.load_allowed(packed, _REPORT_ALLOWED)
    except Exception:  # noqa: BLE001 - damaged or planted: made again from the facts
        return None
    if isinstance(part, tuple) and len(part) == 5:
        return part
    return None

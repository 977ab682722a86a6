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

from relj.errors import FileProblem, ReljError
from relj.storage import cache

if TYPE_CHECKING:
    from relj.model import Customer
    from relj.storage.journal import Journal


def all_customers(journal: Journal) -> tuple[list[Customer], list[FileProblem]]:
    """Every customer that loads (slug order; ``raw`` empty), and the problems of the
    files that do not (as ``Journal.load_all`` gives them)."""
    from relj.catalogue.summaries import read_summary
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
        try:
            entry, customer = read_summary(journal, slug)
        except FileProblem as problem:
            problems.append(problem)
            continue
        except ReljError:
            continue  # gone since it was listed
        if customer is None:
            problems.append(cache.problem_of(journal.display_path(slug), entry))
            continue
        if index.fresh(slug, entry.stat) is None:
            index.put(slug, entry)  # never over a fresh entry: it may hold today's judgement
        store.put(slug, entry.stat, pack(customer))
        customers.append(customer)
    index.save()
    store.save(set(slugs))
    return customers, problems

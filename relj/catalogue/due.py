"""The morning list: the ranked due items of a day, answered from the cache.

``relj due`` runs every morning on a journal that grows for years. Files
unchanged since the last run on the same day (with the same relj.toml and
the same analysis code) are not read at all, and only the items shown are
unpickled. Unchanged files judged for another day are judged again from their
cached facts, without TOML; changed files are read. Both happen in
``judging``, and the judgements are kept for the next run.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from relj.catalogue.judging import Known, judge_all
from relj.errors import FileProblem
from relj.storage import cache

if TYPE_CHECKING:
    from datetime import date

    from relj.analysis.results import DueItem
    from relj.storage.facts import FactStore
    from relj.storage.journal import Journal


def due_items(journal: Journal, today: date, include_all: bool = False,
              limit: int | None = None, owner: str | None = None, *, retried: bool = False,
              ) -> tuple[list[DueItem], int, list[FileProblem]]:
    """The ranked DueItems for ``today`` (at most ``limit``), how many there are in
    all, and the problems of broken files. With ``owner``: only that owner's and
    unowned customers."""
    from relj.analysis.results import keeps, rank_key
    from relj.storage.facts import FACTS_FILE, LISTING_FILE
    from relj.storage.version import code_version

    code = code_version()
    day = (today.isoformat(), cache.settings_key(journal.root), code)
    index = cache.Index.load(journal.root)
    cached: dict[str, cache.Entry] = {}
    unchanged: dict[str, cache.Entry] = {}  # valid and unchanged, judged for another day
    stale: list[str] = []
    slugs = journal.slugs()
    for slug in slugs:
        entry = index.fresh(slug, cache.file_stat(journal.path_for(slug)))
        if entry is None or (entry.problem is None and entry.day != day):
            stale.append(slug)
            if entry is not None:
                unchanged[slug] = entry
        else:
            cached[slug] = entry
    store = _store(journal, code, len(stale), len(unchanged), len(slugs), FACTS_FILE)
    rows = _store(journal, code, len(stale), len(unchanged), len(slugs), LISTING_FILE)
    unreadable: list[FileProblem] = []
    for slug, judged, problem, facts, listed in judge_all(journal, stale, today, day,
                                                          Known(unchanged, store)):
        if judged is not None:
            index.put(slug, judged)
            cached[slug] = judged
            if facts is not None:
                store.put(slug, judged.stat, facts)
            if listed is not None:
                rows.put(slug, judged.stat, listed, day)
        elif problem is not None:
            unreadable.append(problem)  # could not be read at all: nothing to cache
    index.save()
    store.save(set(slugs))
    rows.save(set(slugs))
    heads = {slug: e.head for slug, e in cached.items()
             if e.head is not None and keeps(e.head, include_all)
             and (owner is None or e.owner in (None, owner))}
    ranked = sorted(heads, key=lambda slug: rank_key(heads[slug], slug))
    try:
        shown = [cache.judgement(cached[slug]) for slug in ranked[:limit]]
    except Exception:  # noqa: BLE001 - a damaged or planted judgement: start afresh
        if not index.entries or retried:  # judged afresh and still failing: not the cache
            raise
        cache.Index(journal.root, {}).clear()
        return due_items(journal, today, include_all, limit, owner, retried=True)
    problems = [cache.problem_of(journal.display_path(s), e)
                for s, e in cached.items() if e.problem is not None]
    return shown, len(ranked), sorted(problems + unreadable, key=lambda p: p.path)


def _store(journal: Journal, code: str, stale: int, unchanged: int, files: int,
           name: str) -> FactStore:
    """The facts (or listing rows) of the files, read when many files are to be judged
    again (a new day) or read anyway (to keep theirs); an empty store when only a
    few are (a ``git pull``, the ``relj due`` after a ``relj log``): reading and
    rewriting every file's facts for them would cost more than parsing them once
    more on the next day (and `relj list` makes the few rows it misses itself)."""
    from relj.storage.facts import FactStore

    if unchanged * 10 > files or stale * 2 > files:
        return FactStore.load(journal.root, code, name)
    return FactStore(journal.root, code, {}, keep=False, name=name)

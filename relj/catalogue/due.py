"""The morning list: the ranked due items of a day, answered from the cache.

``relj due`` runs every morning on a journal that grows for years. Files
unchanged since the last run on the same day (and with the same relj.toml)
are not read at all, and only the items shown are unpickled; the other files
are read and judged (``judging``) and their judgements kept for the next run.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from relj.catalogue.judging import judge_all
from relj.errors import FileProblem
from relj.storage import cache

if TYPE_CHECKING:
    from datetime import date

    from relj.analysis.results import DueItem
    from relj.storage.journal import Journal


def due_items(journal: Journal, today: date, include_all: bool = False,
              limit: int | None = None, owner: str | None = None, *, retried: bool = False,
              ) -> tuple[list[DueItem], int, list[FileProblem]]:
    """The ranked DueItems for ``today`` (at most ``limit``), how many there are in
    all, and the problems of broken files. With ``owner``: only that owner's and
    unowned customers."""
    from relj.analysis.results import keeps, rank_key

    day = (today.isoformat(), cache.settings_key(journal.root))
    index = cache.Index.load(journal.root)
    cached: dict[str, cache.Entry] = {}
    stale: list[str] = []
    for slug in journal.slugs():
        entry = index.fresh(slug, cache.file_stat(journal.path_for(slug)))
        if entry is None or (entry.problem is None and entry.day != day):
            stale.append(slug)
        else:
            cached[slug] = entry
    unreadable: list[FileProblem] = []
    for slug, judged, problem in judge_all(journal, stale, today, day):
        if judged is not None:
            index.put(slug, judged)
            cached[slug] = judged
        elif problem is not None:
            unreadable.append(problem)  # could not be read at all: nothing to cache
    index.save()
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

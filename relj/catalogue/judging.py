"""Reading and judging the customer files the cache cannot answer for; on all cores
when there are many.

A first ``relj due`` on a large journal (or the first after relj.toml or the
day changed) parses and judges every file. Parsing TOML is pure Python and
holds the GIL, so only processes help: workers are forked (Linux), which
shares the already-imported code; where forking is unavailable or fails,
the files are read here, one by one.
"""

from __future__ import annotations

import os
import pickle
from dataclasses import replace
from typing import TYPE_CHECKING

from relj.catalogue.summaries import read_summary, settings
from relj.errors import FileProblem, ReljError

if TYPE_CHECKING:
    from datetime import date

    from relj.settings import Settings
    from relj.storage.cache import Entry
    from relj.storage.journal import Journal

# A file's slug, and its new cache entry or the problem that kept it from being read.
Judged = tuple[str, "Entry | None", "FileProblem | None"]

# Below this many files to read, starting worker processes costs more than it saves.
PARALLEL_FROM = 64


def judge_all(journal: Journal, slugs: list[str], today: date,
              day: tuple[str, str]) -> list[Judged]:
    """Read and judge ``slugs``, each entry carrying its due judgement for ``day``
    (today and relj.toml's stat). ``RELJ_JOBS`` caps the number of processes
    (1: never fork)."""
    if not slugs:
        return []  # all cached: not even the analysis code (nor relj.toml) is needed
    current = settings(journal)
    jobs = _jobs(len(slugs))
    if jobs > 1:
        try:
            return _judge_in_processes(journal, slugs, today, day, current, jobs)
        except (OSError, RuntimeError, ImportError):
            pass  # e.g. a process limit: the slow way still works
    return _judge(journal, slugs, today, day, current)


def _jobs(count: int) -> int:
    import sys

    if count < PARALLEL_FROM or not sys.platform.startswith("linux"):
        return 1
    try:
        wanted = int(os.environ.get("RELJ_JOBS", "0"))
    except ValueError:
        wanted = 0
    cores = len(os.sched_getaffinity(0))
    return max(1, min(wanted or cores, cores, 8))


def _judge_in_processes(journal: Journal, slugs: list[str], today: date,
                        day: tuple[str, str], current: Settings, jobs: int) -> list[Judged]:
    import multiprocessing
    from concurrent.futures import ProcessPoolExecutor

    # Interleaved shares: big and small files spread evenly over the workers.
    shares = [slugs[i::jobs] for i in range(jobs)]
    context = multiprocessing.get_context("fork")
    with ProcessPoolExecutor(max_workers=jobs, mp_context=context) as pool:
        parts = pool.map(_judge, [journal] * jobs, shares, [today] * jobs, [day] * jobs,
                         [current] * jobs)
        return [judged for part in parts for judged in part]


def _judge(journal: Journal, slugs: list[str], today: date, day: tuple[str, str],
           current: Settings) -> list[Judged]:
    from relj.analysis.due import due_item
    from relj.analysis.results import head_of

    judged: list[Judged] = []
    for slug in slugs:
        try:
            entry, customer = read_summary(journal, slug)
        except FileProblem as problem:
            judged.append((slug, None, problem))
            continue
        except ReljError:
            continue  # gone since it was listed
        if customer is not None:
            item = due_item(customer, today, current)
            entry = replace(entry, day=day, head=head_of(item),
                            due=pickle.dumps(item, protocol=pickle.HIGHEST_PROTOCOL))
        judged.append((slug, entry, None))
    return judged

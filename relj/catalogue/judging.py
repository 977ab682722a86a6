"""Reading and judging the customer files the cache cannot answer for; on all cores
when there are many.

A first ``relj due`` on a large journal parses and judges every file; the
first after the day, relj.toml or the analysis code changed judges every file
again, from the facts the cache keeps of each unchanged file
(``relj.storage.facts``), without TOML. Parsing and judging are pure Python
and hold the GIL, so only processes help: workers are forked (Linux), which
shares the already-imported code and the facts read before the fork; where
forking is unavailable or fails, the files are judged here, one by one.
"""

from __future__ import annotations

import os
import pickle
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING

from relj.catalogue.summaries import read_summary, settings
from relj.errors import FileProblem, ReljError

if TYPE_CHECKING:
    from datetime import date

    from relj.analysis.due import Summary
    from relj.analysis.results import PhaseResult
    from relj.model import Customer
    from relj.settings import Settings
    from relj.storage.cache import Entry
    from relj.storage.facts import FactStore, Packed
    from relj.storage.journal import Journal

# A file's slug, its new cache entry or the problem that kept it from being read, its
# facts when they were read from the file (None: they came from the store), and its
# rows of `relj list` and `relj phase` for the day (relj.catalogue.listing).
Judged = tuple[str, "Entry | None", "FileProblem | None", "Packed | None", "bytes | None"]

# Below this many files to read, starting worker processes costs more than it saves.
PARALLEL_FROM = 64
# Files per share of work sent to a worker (many shares: results come back in pieces).
SHARE = 500


@dataclass(frozen=True, slots=True)
class Known:
    """What the cache knows of the files to judge: their fresh index entries (a file
    whose entry is fresh is valid and unchanged) and the store of facts."""

    entries: dict[str, Entry]
    store: FactStore


def judge_all(journal: Journal, slugs: list[str], today: date,
              day: tuple[str, str, str], known: Known) -> list[Judged]:
    """Judge ``slugs``, each entry carrying its due judgement for ``day`` (today,
    relj.toml's stat, the code version): from the facts of an unchanged file, else
    read from the file. ``RELJ_JOBS`` caps the number of processes (1: never fork)."""
    if not slugs:
        return []  # all cached: not even the analysis code (nor relj.toml) is needed
    current = settings(journal)
    jobs = _jobs(len(slugs))
    if jobs > 1:
        try:
            return _judge_in_processes(journal, slugs, today, day, current, jobs, known)
        except (OSError, RuntimeError, ImportError):
            pass  # e.g. a process limit: the slow way still works
    return _judge(journal, slugs, today, day, current, known)


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
                        day: tuple[str, str, str], current: Settings, jobs: int,
                        known: Known) -> list[Judged]:
    import multiprocessing
    from concurrent.futures import ProcessPoolExecutor

    # Interleaved shares: big and small files spread evenly over the workers; small
    # ones, so that each worker's results travel back (and are freed) share by share
    # and peak memory stays flat in journal size.
    count = max(jobs, len(slugs) // SHARE)
    shares = [slugs[i::count] for i in range(count)]
    jobs_ = len(shares)
    context = multiprocessing.get_context("fork")
    _INHERITED.append(known)  # the workers see it as it is at the fork
    try:
        with ProcessPoolExecutor(max_workers=jobs, mp_context=context) as pool:
            parts = pool.map(_judge_forked, [journal] * jobs_, shares, [today] * jobs_,
                             [day] * jobs_, [current] * jobs_)
            return [judged for part in parts for judged in part]
    finally:
        _INHERITED.pop()


# The facts a forked worker inherits from its parent instead of receiving them pickled.
_INHERITED: list[Known] = []


def _judge_forked(journal: Journal, slugs: list[str], today: date, day: tuple[str, str, str],
                  current: Settings) -> list[Judged]:
    return _judge(journal, slugs, today, day, current, _INHERITED[-1])


def _judge(journal: Journal, slugs: list[str], today: date, day: tuple[str, str, str],
           current: Settings, known: Known) -> list[Judged]:
    from relj.analysis.due import judge
    from relj.analysis.results import head_of

    judged: list[Judged] = []
    for slug in slugs:
        read = _customer(journal, slug, known)
        if isinstance(read, FileProblem):
            judged.append((slug, None, read, None, None))
            continue
        if read is None:
            continue  # gone since it was listed
        entry, customer, facts = read
        rows = None
        if customer is not None:
            item, summary = judge(customer, today, current)
            entry = replace(entry, day=day, head=head_of(item),
                            due=pickle.dumps(item, protocol=pickle.HIGHEST_PROTOCOL))
            rows = _rows(summary, customer)
        judged.append((slug, entry, None, facts, rows))
    return judged


def listing_rows(customer: Customer, today: date, current: Settings,
                 phase: PhaseResult | None = None) -> bytes:
    """What `relj list` and `relj phase` show of a customer on ``today``, pickled: its
    Summary and the customer without interactions (name, tags, why, needs).
    ``phase``: the one its due judgement just computed (the same for the same day)."""
    from relj.analysis.due import summarize

    return _rows(summarize(customer, today, current, phase), customer)


def _rows(summary: Summary, customer: Customer) -> bytes:
    light = replace(customer, interactions=(), raw={})
    return pickle.dumps((summary, light), protocol=pickle.HIGHEST_PROTOCOL)


def _customer(journal: Journal, slug: str, known: Known
              ) -> tuple[Entry, Customer | None, Packed | None] | FileProblem | None:
    """A file's entry and Customer: from its facts when the cache has them for the file
    as it is, else read (then with its new facts). None: the file is gone."""
    from relj.storage.facts import pack, unpack

    entry = known.entries.get(slug)
    if entry is not None and entry.name is not None:
        facts = known.store.fresh(slug, entry.stat)
        if facts is not None:
            try:
                return entry, unpack(slug, facts), None
            except Exception:  # noqa: BLE001 - damaged facts: read the file instead
                pass
    try:
        entry, customer = read_summary(journal, slug)
    except FileProblem as problem:
        return problem
    except ReljError:
        return None
    return entry, customer, None if customer is None else pack(customer)

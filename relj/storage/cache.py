"""The cache of per-file summaries in ``.relj/index``: only a cache, safe to delete.

A sales journal grows for years while ``relj due`` runs every morning. Parsing
every customer file each time costs seconds at a thousand customers, so each
file's summary is kept here, keyed by the file's size, mtime, ctime and inode:

- its name (for resolving a customer by name without parsing every file),
- whether it read as a valid customer, or the problem it had (path:line),
- whether a ``[[interaction]]`` block can be appended without re-reading it,
- its ``due`` judgement for one day and one relj.toml (the analysis depends
  on both, so the key holds "today" and the stat of relj.toml).

A file changed behind relj's back (an editor, ``git pull``) has another size,
mtime or ctime and is read again. A cache that is damaged, from another
version of relj or not ours is thrown away and rebuilt; it never decides
anything the files would decide differently. It is read with a restricted
unpickler that only builds relj's own result types, so a planted file cannot
run code.
"""

from __future__ import annotations

import io
import os
import pickle
import re
import stat
from dataclasses import dataclass, replace
from datetime import date
from typing import Any

from relj import __version__
from relj.errors import FileProblem, ReljError
from relj.storage.journal import Journal, atomic_write, make_private_dir

INDEX_FILE = "index"
SETTINGS_CACHE = "settings"
# Bump when Entry or a cached result type changes shape.
FORMAT = 2
MAGIC = f"relj-index {FORMAT} {__version__}\n".encode()

# Classes a cached judgement may hold; anything else means the cache is not ours.
# The index around them holds only plain values (tuples, strings, numbers).
_ALLOWED = {
    ("relj.analysis", "Message"),
    ("relj.analysis.results", "DueItem"),
    ("relj.analysis.results", "Reason"),
    ("relj.analysis.results", "PhaseResult"),
    ("relj.analysis.results", "Evidence"),
    ("datetime", "date"),
    ("datetime", "datetime"),
    ("datetime", "timezone"),
    ("datetime", "timedelta"),
}

StatKey = tuple[int, int, int, int]


@dataclass(frozen=True, slots=True)
class Entry:
    stat: StatKey  # size, mtime_ns, ctime_ns, inode of the file this describes
    name: str | None  # None when the file does not read as a customer
    problem: tuple[int, str, tuple[tuple[str, Any], ...]] | None  # line, message key, fields
    append_safe: bool  # an [[interaction]] block appended to it keeps it valid
    day: tuple[str, str] | None = None  # (today, relj.toml's stat) that ``due`` is for
    # What ranking needs (score, separated, has reasons), and the pickled DueItem:
    # a warm `relj due` unpickles only the items it shows.
    head: tuple[float, bool, bool] | None = None
    due: bytes | None = None


_FIELDS = ("stat", "name", "problem", "append_safe", "day", "head", "due")


class _Unpickler(pickle.Unpickler):
    def __init__(self, file: Any, allowed: set[tuple[str, str]]) -> None:
        super().__init__(file)
        self.allowed = allowed

    def find_class(self, module: str, name: str) -> Any:
        if (module, name) not in self.allowed:
            raise pickle.UnpicklingError(f"{module}.{name} is not allowed in relj's cache")
        return super().find_class(module, name)


def judgement(entry: Entry) -> Any:
    """The DueItem kept in ``entry`` (checked to build only relj's own result types)."""
    return _Unpickler(io.BytesIO(entry.due or b""), _ALLOWED).load()


def _load_plain(data: bytes) -> Any:
    """What a cache file holds after its header: plain values only, no class at all."""
    stream = io.BytesIO(data)
    stream.seek(len(MAGIC))
    return _Unpickler(stream, set()).load()


def stat_key(result: os.stat_result) -> StatKey:
    return (result.st_size, result.st_mtime_ns, result.st_ctime_ns, result.st_ino)


def file_stat(journal: Journal, slug: str) -> StatKey | None:
    """The key of a plain customer file; None for anything relj would not read."""
    try:
        result = os.lstat(journal.path_for(slug))
    except OSError:
        return None
    return stat_key(result) if stat.S_ISREG(result.st_mode) else None


class Index:
    def __init__(self, journal: Journal, entries: dict[str, Entry]) -> None:
        self.journal = journal
        self.entries = entries
        self.changed = False

    @classmethod
    def load(cls, journal: Journal) -> Index:
        return cls(journal, _read(journal))

    def fresh(self, slug: str, key: StatKey | None) -> Entry | None:
        """The entry of ``slug`` if it still describes the file on disk."""
        entry = self.entries.get(slug)
        return entry if entry is not None and key is not None and entry.stat == key else None

    def put(self, slug: str, entry: Entry) -> None:
        if self.entries.get(slug) != entry:
            self.entries[slug] = entry
            self.changed = True

    def record(self, slug: str, name: str, safe: bool, inode: int, size: int) -> None:
        """A file relj just wrote (``inode``, ``size`` bytes) and checked: valid, with
        this name. If another program replaced it since, nothing is recorded."""
        key = file_stat(self.journal, slug)
        if key is not None and key[3] == inode and key[0] == size:
            self.put(slug, Entry(key, name, None, safe))
            self.save()

    def clear(self) -> None:
        """Forget every entry (the next read of each file is a cold one)."""
        self.entries = {}
        self.changed = True
        self.save()

    def save(self) -> None:
        """Write the cache if anything changed; a cache that cannot be written is skipped."""
        if not self.changed:
            return
        known = set(self.journal.slugs())
        kept = {slug: tuple(getattr(entry, name) for name in _FIELDS)
                for slug, entry in self.entries.items() if slug in known}
        data = MAGIC + pickle.dumps(kept, protocol=pickle.HIGHEST_PROTOCOL)
        try:
            make_private_dir(self.journal.private_dir)
            atomic_write(self.journal.private_dir / INDEX_FILE, data, durable=False)
        except Exception:  # noqa: BLE001 - a cache must never fail the command
            return
        self.changed = False


def _read_private(journal: Journal, name: str) -> bytes | None:
    """A cache file's bytes if it is ours: no links, this version's header."""
    path = journal.private_dir / name
    try:
        if path.is_symlink() or journal.private_dir.is_symlink():
            return None
        data = path.read_bytes()
    except OSError:
        return None
    # Another version of relj, or not a cache at all: rebuild.
    return data if data.startswith(MAGIC) else None


def _read(journal: Journal) -> dict[str, Entry]:
    data = _read_private(journal, INDEX_FILE)
    if data is None:
        return {}
    try:
        stored = _load_plain(data)
        return {slug: _entry(slug, values) for slug, values in stored.items()}
    except Exception:  # noqa: BLE001 - damaged in any way: rebuild
        return {}


def _entry(slug: Any, values: Any) -> Entry:
    if not isinstance(slug, str) or not isinstance(values, tuple) or len(values) != len(_FIELDS):
        raise ValueError("not an index entry")
    entry = Entry(*values)
    if not isinstance(entry.stat, tuple) or not isinstance(entry.due, bytes | None):
        raise ValueError("not an index entry")
    return entry


# -- summaries ------------------------------------------------------------------------


def append_safe(data: bytes) -> bool:
    """Whether appending an ``[[interaction]]`` block keeps this (valid) file valid.

    It does unless ``interaction`` is already something other than an array of
    tables (``interaction = [...]``, ``[interaction]``, dotted keys) or a key is
    spelled with escapes. The test is on the text and errs on the safe side: a
    false "no" only costs a full read at the next append.
    """
    return _UNSAFE_APPEND.search(data) is None and b"\\u" not in data and b"\\U" not in data


_UNSAFE_APPEND = re.compile(
    rb"^[ \t]*[\"']?interaction[\"']?[ \t]*[=.]"  # interaction = ..., interaction.x = ...
    rb"|^[ \t]*\[[ \t]*[\"']?interaction[\"']?[ \t]*[.\]]",  # [interaction], [interaction.x]
    re.M,
)


def summary_of(journal: Journal, slug: str, key: StatKey, data: bytes) -> tuple[Entry, Any]:
    """The entry for the bytes of one file, and its Customer (None when broken)."""
    from relj.storage.codec import parse_customer

    try:
        customer = parse_customer(slug, journal.display_path(slug), data)
    except FileProblem as problem:
        return Entry(key, None, (problem.line, problem.key, tuple(problem.fields.items())),
                     False), None
    return Entry(key, customer.name, None, append_safe(data)), customer


def problem_of(journal: Journal, slug: str, entry: Entry) -> FileProblem:
    line, message_key, fields = entry.problem  # type: ignore[misc]
    return FileProblem(journal.display_path(slug), line, message_key, **dict(fields))


def cached_settings(journal: Journal) -> Any:
    """relj.toml's Settings from the cache, if relj.toml is unchanged since."""
    from dataclasses import fields

    from relj.settings import Settings

    try:
        current = stat_key(os.stat(journal.root / "relj.toml"))
        data = _read_private(journal, SETTINGS_CACHE)
        if data is None:
            return None
        key, values = _load_plain(data)
        if tuple(key) != current or set(values) != {f.name for f in fields(Settings)}:
            return None
        return Settings(**values)
    except Exception:  # noqa: BLE001 - damaged or foreign: read relj.toml instead
        return None


def keep_settings(journal: Journal, key: StatKey, settings: Any) -> None:
    from dataclasses import fields

    values = {f.name: getattr(settings, f.name) for f in fields(settings)}
    data = MAGIC + pickle.dumps((key, values), protocol=pickle.HIGHEST_PROTOCOL)
    try:
        make_private_dir(journal.private_dir)
        atomic_write(journal.private_dir / SETTINGS_CACHE, data, durable=False)
    except Exception:  # noqa: BLE001 - a cache must never fail the command
        return


def settings_key(journal: Journal) -> str:
    """What identifies this relj.toml: its stat, like the customer files (cheaper
    than hashing its bytes, and any edit changes it)."""
    try:
        return ":".join(map(str, stat_key(os.stat(journal.root / "relj.toml"))))
    except OSError:
        return "-"


# -- what the commands ask -----------------------------------------------------------


def due_items(journal: Journal, today: date, include_ended: bool = False,
              limit: int | None = None) -> tuple[list[Any], int, list[FileProblem]]:
    """The ranked DueItems for ``today`` (at most ``limit``), how many there are in
    all, and the problems of broken files.

    Files unchanged since the last run on the same day (and the same relj.toml)
    are not read at all, and only the items shown are unpickled; the other files
    are read and judged, on every core when there are many (see ``_judge_all``).
    """
    from relj.analysis.results import keeps, rank_key

    day = (today.isoformat(), settings_key(journal))
    index = Index.load(journal)
    cached: dict[str, Entry] = {}
    stale: list[str] = []
    for slug in journal.slugs():
        entry = index.fresh(slug, file_stat(journal, slug))
        if entry is None or (entry.problem is None and entry.day != day):
            stale.append(slug)
        else:
            cached[slug] = entry
    unreadable: list[FileProblem] = []
    for slug, entry, problem in _judge_all(journal, stale, today, day):
        if entry is not None:
            index.put(slug, entry)
            cached[slug] = entry
        elif problem is not None:
            unreadable.append(problem)  # could not be read at all: nothing to cache
    index.save()
    ranked = sorted(
        (slug for slug, e in cached.items()
         if e.head is not None and keeps(e.head[2], e.head[1], include_ended)),
        key=lambda slug: rank_key(cached[slug].head[0], slug),  # type: ignore[index]
    )
    try:
        shown = [judgement(cached[slug]) for slug in ranked[:limit]]
    except Exception:  # noqa: BLE001 - a damaged or planted judgement: start afresh
        if not index.entries:
            raise
        Index(journal, {}).clear()
        return due_items(journal, today, include_ended, limit)
    problems = [problem_of(journal, s, e) for s, e in cached.items() if e.problem is not None]
    return shown, len(ranked), sorted(problems + unreadable, key=lambda p: p.path)


Judged = tuple[str, "Entry | None", "FileProblem | None"]

# Below this many files to read, starting worker processes costs more than it saves.
PARALLEL_FROM = 64


def _judge_all(journal: Journal, slugs: list[str], today: date,
               day: tuple[str, str]) -> list[Judged]:
    """Read and judge ``slugs``; with many of them, on all cores.

    Parsing TOML is pure Python and holds the GIL, so only processes help.
    Workers are forked (Linux), which shares the already-imported code; where
    forking is unavailable or fails, the files are read here, one by one.
    ``RELJ_JOBS`` caps the number of processes (1: never fork).
    """
    if not slugs:
        return []  # all cached: not even the analysis code is needed
    jobs = _jobs(len(slugs))
    if jobs > 1:
        try:
            return _judge_in_processes(journal, slugs, today, day, jobs)
        except (OSError, RuntimeError, ImportError):
            pass  # e.g. a process limit: the slow way still works
    return _judge(journal, slugs, today, day)


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
                        day: tuple[str, str], jobs: int) -> list[Judged]:
    import multiprocessing
    from concurrent.futures import ProcessPoolExecutor

    # Interleaved shares: big and small files spread evenly over the workers.
    shares = [slugs[i::jobs] for i in range(jobs)]
    context = multiprocessing.get_context("fork")
    with ProcessPoolExecutor(max_workers=jobs, mp_context=context) as pool:
        parts = pool.map(_judge, [journal] * jobs, shares, [today] * jobs, [day] * jobs)
        return [judged for part in parts for judged in part]


def _judge(journal: Journal, slugs: list[str], today: date,
           day: tuple[str, str]) -> list[Judged]:
    from relj.analysis.due import due_item

    settings = journal.settings
    judged: list[Judged] = []
    for slug in slugs:
        try:
            entry, customer = _read_summary(journal, slug)
        except FileProblem as problem:
            judged.append((slug, None, problem))
            continue
        except ReljError:
            continue  # gone since it was listed
        if customer is not None:
            item = due_item(customer, today, settings)
            entry = replace(entry, day=day, head=(item.score, item.phase.separated,
                                                  bool(item.reasons)),
                            due=pickle.dumps(item, protocol=pickle.HIGHEST_PROTOCOL))
        judged.append((slug, entry, None))
    return judged


def names(journal: Journal) -> list[tuple[str, str]]:
    """(slug, name) of every customer that reads, from the cache where it is fresh."""
    index = Index.load(journal)
    found: list[tuple[str, str]] = []
    for slug in journal.slugs():
        entry = index.fresh(slug, file_stat(journal, slug))
        if entry is None:
            try:
                entry, _ = _read_summary(journal, slug)
            except FileProblem:
                continue
            index.put(slug, entry)
        if entry.name is not None:
            found.append((slug, entry.name))
    index.save()
    return found


# A file modified this recently may change again within the same tick of a coarse
# file-system clock (2 s on FAT) without its size, mtime or ctime showing it: its
# summary is used for this run but not trusted next time (git's "racy clean").
RACY_NS = 2_000_000_000


def _read_summary(journal: Journal, slug: str) -> tuple[Entry, Any]:
    import time

    data, stat_result = journal.read_bytes_and_stat(slug)
    key = stat_key(stat_result)
    if time.time_ns() - stat_result.st_mtime_ns < RACY_NS:
        key = (-1, *key[1:])  # matches no file: read again next time
    return summary_of(journal, slug, key, data)

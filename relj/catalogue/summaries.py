"""Each customer file's summary, read and kept through the cache in ``.relj/``.

Every command needs relj.toml and many need every customer's name; parsing
TOML for them at each start-up costs a parser import and, at a thousand
customers, seconds. So both come from the cache while the files are
unchanged (same size, mtime, ctime, inode), and a write by relj updates the
cache at once, so the next command starts warm.
"""

from __future__ import annotations

import time
from typing import TYPE_CHECKING
from weakref import WeakKeyDictionary

from relj.errors import FileProblem
from relj.storage import cache
from relj.storage.files import append_text, atomic_write, stat_key

if TYPE_CHECKING:
    from collections.abc import Callable

    from relj.model import Customer
    from relj.settings import Settings
    from relj.storage.journal import Journal

# One read of relj.toml per command (and per Journal): many parts ask for it.
_SETTINGS: WeakKeyDictionary[Journal, Settings] = WeakKeyDictionary()

# A file modified this recently may change again within the same tick of a coarse
# file-system clock (2 s on FAT) without its size, mtime or ctime showing it: its
# summary is used for this run but not trusted next time (git's "racy clean").
RACY_NS = 2_000_000_000


def settings(journal: Journal) -> Settings:
    """relj.toml, read; kept in the cache while the file is unchanged, because
    every command needs it and reading it costs a TOML parser at start-up."""
    known = _SETTINGS.get(journal)
    if known is None:
        known = _SETTINGS[journal] = _read_settings(journal)
    return known


def _read_settings(journal: Journal) -> Settings:
    # cached_settings answers only for a plain file: a link is refused by the reader.
    cached = cache.cached_settings(journal.root)
    if cached is not None:
        return cached
    parsed, read = journal.read_settings()
    cache.keep_settings(journal.root, stat_key(read), parsed)  # the stat of what was read
    return parsed


def names(journal: Journal) -> list[tuple[str, str]]:
    """(slug, name) of every customer whose file loads, from the cache where it is fresh."""
    index = cache.Index.load(journal.root)
    found: list[tuple[str, str]] = []
    for slug in journal.slugs():
        entry = index.fresh(slug, cache.file_stat(journal.path_for(slug)))
        if entry is None:
            try:
                entry, _ = read_summary(journal, slug)
            except FileProblem:
                continue
            index.put(slug, entry)
        if entry.name is not None:
            found.append((slug, entry.name))
    index.save()
    return found


def read_summary(journal: Journal, slug: str) -> tuple[cache.Entry, Customer | None]:
    """Read one customer file: its cache entry, and its Customer (None when broken)."""
    data, read = journal.read_bytes_and_stat(slug)
    key = stat_key(read)
    if time.time_ns() - read.st_mtime_ns < RACY_NS:
        key = (-1, *key[1:])  # matches no file: read again next time
    return cache.summary_of(slug, journal.display_path(slug), key, data)


def read_customer(journal: Journal, slug: str,
                  problems: list[FileProblem]) -> tuple[cache.Entry, Customer] | None:
    """``read_summary`` for a caller that lists every customer: a broken file joins
    ``problems`` (its problem as ``path:line``), a file gone since it was listed is
    skipped; None in both cases."""
    from relj.errors import ReljError

    try:
        entry, customer = read_summary(journal, slug)
    except FileProblem as problem:
        problems.append(problem)
        return None
    except ReljError:
        return None  # gone since it was listed
    if customer is None:
        problems.append(cache.problem_of(journal.display_path(slug), entry))
        return None
    return entry, customer


def append_interaction(journal: Journal, slug: str, block: str,
                       edit: Callable[[bytes], bytes] | None = None) -> bytes:
    """Append an ``[[interaction]]`` block, re-reading only what is needed.

    A file the cache knows as valid (same size, mtime, ctime, inode) and safe
    to append to stays valid with one more valid block, so only the block is
    checked; this keeps a log onto a customer with years of history as fast
    as onto a new one. Otherwise the whole result is read back, as
    ``Journal.update`` does. ``edit`` (a closing answer's offer) changes the
    result further and checks its own change by reading back what it changed.
    """
    from relj.storage.codec import parse_customer
    from relj.storage.codec.read import check_appendable, load_toml

    path = journal.path_for(slug)
    shown = journal.display_path(slug)
    with journal.lock():
        old, before = journal.read_bytes_and_stat(slug)
        index = cache.Index.load(journal.root)
        known = index.fresh(slug, stat_key(before))
        new = append_text(old, block)
        if edit is not None:
            new = edit(new)
        added = block.encode("utf-8")
        if (known is not None and known.problem is None and known.name is not None
                and known.append_safe):
            parse_customer(slug, shown, b'name = "-"\n' + added)
            name, safe = known.name, cache.append_safe(added)
        else:  # a file that does not parse is never written to, even if the block mends it
            data, text = load_toml(shown, old)
            check_appendable(shown, text, data, ("interaction",))
            customer: Customer = parse_customer(slug, shown, new)
            name, safe = customer.name, cache.append_safe(new)
        index.record(slug, name, safe, atomic_write(path, new), len(new))
    return new

"""The cache of per-file summaries in ``.relj/index``: only a cache, safe to delete.

A sales journal grows for years while ``relj due`` runs every morning. Parsing
every customer file each time costs seconds at a thousand customers, so each
file's summary is kept here, keyed by the file's size, mtime, ctime and inode:

- its name (for resolving a customer by name without parsing every file),
- whether it read as a valid customer, or the problem it had (path:line),
- whether a ``[[interaction]]`` block can be appended without re-reading it,
- its ``due`` judgement for one day, one relj.toml and one version of the
  analysis code (the judgement depends on all three, so the key holds "today",
  the stat of relj.toml and ``code_version``).

The facts of each file (its Customer as plain values) are kept beside it in
``relj.storage.facts``, so a judgement for a new day needs no TOML.

A file changed behind relj's back (an editor, ``git pull``) has another size,
mtime or ctime and is read again. A cache that is damaged, from another
version of relj or not ours is thrown away and rebuilt; it never decides
anything the files would decide differently. It is read with a restricted
unpickler that only builds relj's own result types, so a planted file cannot
run code.

It sits on the file primitives (``relj.storage.files``) and is given the
journal's root folder, never a ``Journal``: the journal knows nothing of the
cache, and ``relj.catalogue`` puts the two together.
"""

from __future__ import annotations

import io
import os
import pickle
import re
import stat
from dataclasses import dataclass
from pathlib import Path
from typing import IO, TYPE_CHECKING

from relj import __version__
from relj.errors import FileProblem
from relj.storage.files import (
    StatKey,
    atomic_write,
    make_private_dir,
    read_regular,
    stat_key,
)
from relj.storage.location import CUSTOMERS_DIR, PRIVATE_DIR, SETTINGS_FILE

if TYPE_CHECKING:
    from relj.analysis.results import DueItem, Head
    from relj.model import Customer
    from relj.settings import Settings

INDEX_FILE = "index"
SETTINGS_CACHE = "settings"
# Bump when Entry or a cached result type changes shape.
# 4: crises and promises first (issue 12); 5: interactions by their real moment (16);
# 6: a follow-up quotes its concern or note on one line, at most 60 characters (14)
# 7: the judgement's key holds the code version, and .relj/facts (issue 15)
# 8: results and model classes pickle as tuples of their fields (issue 15, new day)
FORMAT = 8
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


@dataclass(frozen=True, slots=True)
class Entry:
    stat: StatKey  # size, mtime_ns, ctime_ns, inode of the file this describes
    name: str | None  # None when the file does not read as a customer
    problem: tuple[int, str, tuple[tuple[str, object], ...]] | None  # line, key, fields
    append_safe: bool  # an [[interaction]] block appended to it keeps it valid
    # (today, relj.toml's stat, the code version) that ``due`` is for
    day: tuple[str, str, str] | None = None
    # What ranking needs (score, acting, any reason), and the pickled DueItem:
    # a warm `relj due` unpickles only the items it shows.
    head: Head | None = None
    due: bytes | None = None
    owner: str | None = None  # team journals: whose account (`due` shows yours by default)


_FIELDS = ("stat", "name", "problem", "append_safe", "day", "head", "due", "owner")


class _Unpickler(pickle.Unpickler):
    def __init__(self, file: IO[bytes], allowed: set[tuple[str, str]]) -> None:
        super().__init__(file)
        self.allowed = allowed

    def find_class(self, module: str, name: str) -> type:
        if (module, name) not in self.allowed:
            raise pickle.UnpicklingError(f"{module}.{name} is not allowed in relj's cache")
        found: type = super().find_class(module, name)
        return found


def load_allowed(data: bytes, allowed: set[tuple[str, str]]) -> object:
    """Unpickle ``data``, building no class but the ``allowed`` (module, name) pairs."""
    return _Unpickler(io.BytesIO(data), allowed).load()


def judgement(entry: Entry) -> DueItem:
    """The DueItem kept in ``entry`` (checked to build only relj's own result types)."""
    item: DueItem = _Unpickler(io.BytesIO(entry.due or b""), _ALLOWED).load()
    return item


def load_plain(data: bytes, start: int = len(MAGIC)) -> object:
    """What a cache file holds after its header (from ``start``): plain values only,
    no class at all."""
    stream = io.BytesIO(data)
    stream.seek(start)
    return _Unpickler(stream, set()).load()


def file_stat(path: Path) -> StatKey | None:
    """The key of a plain customer file; None for anything relj would not read."""
    try:
        result = os.lstat(path)
    except OSError:
        return None
    return stat_key(result) if stat.S_ISREG(result.st_mode) else None


def customer_file(root: Path, slug: str) -> Path:
    """Where the file of ``slug`` (a slug the journal has checked) is."""
    return root / CUSTOMERS_DIR / f"{slug}.toml"


class Index:
    """The summaries of the customer files of the journal at ``root``."""

    def __init__(self, root: Path, entries: dict[str, Entry]) -> None:
        self.root = root
        self.entries = entries
        self.changed = False

    @classmethod
    def load(cls, root: Path) -> Index:
        return cls(root, _read(root))

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
        key = file_stat(customer_file(self.root, slug))
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
        known = set(_slugs(self.root))
        kept = {slug: tuple(getattr(entry, name) for name in _FIELDS)
                for slug, entry in self.entries.items() if slug in known}
        data = MAGIC + pickle.dumps(kept, protocol=pickle.HIGHEST_PROTOCOL)
        private = self.root / PRIVATE_DIR
        try:
            make_private_dir(private)
            atomic_write(private / INDEX_FILE, data, durable=False)
        except Exception:  # noqa: BLE001 - a cache must never fail the command
            return
        self.changed = False


def _slugs(root: Path) -> list[str]:
    from relj.storage.location import customer_slugs

    try:
        return customer_slugs(root / CUSTOMERS_DIR)
    except FileNotFoundError:
        return []


def read_private(root: Path, name: str) -> bytes | None:
    """A cache file's bytes if it is ours: a plain file (no link) in a folder that
    is no link either, with this version's header."""
    private = root / PRIVATE_DIR
    try:
        if private.is_symlink() or not trusted(root, os.lstat(private)):
            return None
        data, info = read_regular(private / name)
        if not trusted(root, info):
            return None  # planted by someone else: its settings would replace relj.toml's
    except (OSError, FileProblem):
        return None
    # Another version of relj, or not a cache at all: rebuild.
    return data if data.startswith(MAGIC) else None


def trusted(root: Path, info: os.stat_result) -> bool:
    """A file in .relj/ counts only when this user or the journal's owner owns it."""
    if not hasattr(os, "geteuid"):
        return True
    if info.st_uid == os.geteuid():
        return True
    try:
        return info.st_uid == os.stat(root).st_uid
    except OSError:
        return False


def foreign_files(root: Path) -> list[Path]:
    """Files in .relj/ that are ignored because someone else owns them (for check)."""
    private = root / PRIVATE_DIR
    try:
        paths = [private, *(private / name for name in sorted(os.listdir(private)))]
    except OSError:
        return []
    found = []
    for path in paths:
        try:
            if not trusted(root, os.lstat(path)):
                found.append(path)
        except OSError:
            continue
    return found


def _read(root: Path) -> dict[str, Entry]:
    data = read_private(root, INDEX_FILE)
    if data is None:
        return {}
    try:
        stored = load_plain(data)
        if not isinstance(stored, dict):
            raise ValueError("not an index")
        return {slug: _entry(slug, values) for slug, values in stored.items()}
    except Exception:  # noqa: BLE001 - damaged in any way: rebuild
        return {}


def _entry(slug: object, values: object) -> Entry:
    if not isinstance(slug, str) or not isinstance(values, tuple) or len(values) != len(_FIELDS):
        raise ValueError("not an index entry")
    entry = Entry(*values)
    if not isinstance(entry.stat, tuple) or not isinstance(entry.due, bytes | None):
        raise ValueError("not an index entry")
    if entry.head is not None and (not isinstance(entry.head, tuple) or len(entry.head) != 4):
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
    if b"\\u" in data or b"\\U" in data:
        return False
    # Where every "interaction" is the name in a plain "[[interaction]]" header (relj's
    # own files), the pattern cannot match: before the name it needs only blanks, a
    # quote and at most one "[" since the line's start, never "[[". Two counts cost
    # far less than the pattern over every line of a long history.
    if data.count(b"interaction") == data.count(b"[[interaction]]"):
        return True
    return _UNSAFE_APPEND.search(data) is None


_UNSAFE_APPEND = re.compile(
    rb"^[ \t]*[\"']?interaction[\"']?[ \t]*[=.]"  # interaction = ..., interaction.x = ...
    rb"|^[ \t]*\[[ \t]*[\"']?interaction[\"']?[ \t]*[.\]]",  # [interaction], [interaction.x]
    re.M,
)


def summary_of(slug: str, shown: str, key: StatKey,
               data: bytes) -> tuple[Entry, Customer | None]:
    """The entry for the bytes of one file (``shown`` as its path in problems), and
    its Customer (None when broken)."""
    from relj.storage.codec import parse_customer

    try:
        customer: Customer = parse_customer(slug, shown, data)
    except FileProblem as problem:
        return Entry(key, None, (problem.line, problem.key, tuple(problem.fields.items())),
                     False), None
    return Entry(key, customer.name, None, append_safe(data), owner=customer.owner), customer


def owners(root: Path) -> set[str]:
    """The owners named in the journal, from the index (empty: a journal without owners)."""
    return {e.owner for e in Index.load(root).entries.values() if e.owner}


def problem_of(shown: str, entry: Entry) -> FileProblem:
    """The problem kept in ``entry`` (one that has a problem), for the file shown as ``shown``."""
    assert entry.problem is not None
    line, message_key, fields = entry.problem
    return FileProblem(shown, line, message_key, **dict(fields))


# -- relj.toml ------------------------------------------------------------------------


def cached_settings(root: Path) -> Settings | None:
    """relj.toml's Settings from the cache, if relj.toml is unchanged since."""
    from dataclasses import fields

    from relj.settings import Settings

    try:
        current = stat_key(os.stat(root / SETTINGS_FILE))
        data = read_private(root, SETTINGS_CACHE)
        if data is None:
            return None
        stored = load_plain(data)
        if not isinstance(stored, tuple) or len(stored) != 2:
            return None
        key, values = stored
        if (not isinstance(key, tuple | list) or not isinstance(values, dict)
                or tuple(key) != current or set(values) != {f.name for f in fields(Settings)}):
            return None
        return Settings(**values)
    except Exception:  # noqa: BLE001 - damaged or foreign: read relj.toml instead
        return None


def keep_settings(root: Path, key: StatKey, settings: Settings) -> None:
    """Keep relj.toml's Settings, read from the file whose stat is ``key``."""
    from dataclasses import fields

    values = {f.name: getattr(settings, f.name) for f in fields(settings)}
    data = MAGIC + pickle.dumps((key, values), protocol=pickle.HIGHEST_PROTOCOL)
    private = root / PRIVATE_DIR
    try:
        make_private_dir(private)
        atomic_write(private / SETTINGS_CACHE, data, durable=False)
    except Exception:  # noqa: BLE001 - a cache must never fail the command
        return


def settings_key(root: Path) -> str:
    """What identifies this relj.toml: its stat, like the customer files (cheaper
    than hashing its bytes, and any edit changes it)."""
    try:
        return ":".join(map(str, stat_key(os.stat(root / SETTINGS_FILE))))
    except OSError:
        return "-"


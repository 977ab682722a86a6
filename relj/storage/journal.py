"""The only module that touches the journal's files.

Finds the journal, lists and reads customer files, and writes safely: every
write holds the journal lock (.relj/lock) and is atomic (temporary file in the
same folder, fsync, rename, fsync the folder), so a crash or a full disk leaves
the old file or the new one, never a mix.
"""

from __future__ import annotations

import contextlib
import errno
import os
import re
import stat
from collections.abc import Callable, Iterator
from functools import cached_property
from pathlib import Path

from relj.errors import FileProblem, ReljError
from relj.storage.location import SETTINGS_FILE, find_root  # noqa: F401  (part of this module's API)
from relj.model import Customer
from relj.settings import Settings

CUSTOMERS_DIR = "customers"
PRIVATE_DIR = ".relj"
LOCK_TIMEOUT_SECONDS = 10.0
FILE_MODE = 0o600
DIR_MODE = 0o700
TEMP_SUFFIX = ".tmp"
# What atomic_write names its temporary files: ".<name>.<8 hex digits>.tmp".
_TEMP_RE = re.compile(r"\A\.[^/]+\.[0-9a-f]{8}\.tmp\Z")


def make_private_dir(path: Path) -> None:
    try:
        path.mkdir(mode=DIR_MODE, parents=True, exist_ok=True)
    except OSError as error:  # a file in the way, a read-only parent
        raise ReljError(
            "safety.folder_failed", path=relative(path), reason=error.strerror or str(error)
        ) from error


def atomic_write(path: Path, data: bytes, durable: bool = True) -> int:
    """Replace ``path`` with ``data`` or leave it as it was; never half-written.

    An OS error (full disk, read-only folder, file size limit) becomes a
    ReljError naming the file; the temporary file is removed either way.
    ``durable=False`` skips the fsyncs: for the cache, which a crash may lose
    or damage at no cost (a damaged cache is rebuilt).
    """
    import secrets  # here, not at the top: reading commands never need it

    temp = path.parent / f".{path.name}.{secrets.token_hex(4)}{TEMP_SUFFIX}"
    try:
        fd = os.open(temp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, FILE_MODE)
        try:
            _keep_owner(fd, path)
            _write_all(fd, data)
            if durable:
                os.fsync(fd)
            inode = os.fstat(fd).st_ino
        finally:
            os.close(fd)
        os.replace(temp, path)
    except BaseException as error:
        with contextlib.suppress(OSError):
            temp.unlink()
        if isinstance(error, OSError):
            raise ReljError(
                "safety.write_failed", path=relative(path), reason=error.strerror or str(error)
            ) from error
        raise
    if durable:
        _fsync_dir(path.parent)
    return inode  # which file is ours, should another program replace it right after


def _keep_owner(fd: int, path: Path) -> None:
    """Run as root (sudo relj ...), the new file would belong to root and lock
    its owner out of their own journal: give it the old file's owner."""
    if not hasattr(os, "geteuid") or os.geteuid() != 0:
        return
    try:
        info = os.lstat(path)
    except FileNotFoundError:
        return
    if (info.st_uid, info.st_gid) != (0, 0):
        os.fchown(fd, info.st_uid, info.st_gid)


def _write_all(fd: int, data: bytes) -> None:
    # os.write may write less than asked (a filling disk): go on until all is out.
    view = memoryview(data)
    while view:
        written = os.write(fd, view)
        view = view[written:]


def remove_stale_temp_files(folder: Path) -> None:
    """Delete temporary files that a writer killed mid-write left behind.

    Only call this while holding the journal lock: every writer holds it, so
    any temporary file found then belongs to a writer that died.
    """
    try:
        names = os.listdir(folder)
    except OSError:
        return
    for name in names:
        if _TEMP_RE.match(name):
            with contextlib.suppress(OSError):
                (folder / name).unlink()


def _fsync_dir(folder: Path) -> None:
    # The rename is only durable once the folder entry is on disk.
    with contextlib.suppress(OSError):
        fd = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)


def relative(path: Path) -> str:
    """A path as the user would type it: relative to the working directory when inside it."""
    try:
        return str(path.relative_to(Path.cwd()))
    except ValueError:
        return str(path)


class Journal:
    def __init__(self, root: Path) -> None:
        self.root = root
        self.customers_dir = root / CUSTOMERS_DIR
        self.private_dir = root / PRIVATE_DIR

    # -- finding -----------------------------------------------------------

    def exists(self) -> bool:
        return (self.root / SETTINGS_FILE).is_file()

    def require(self) -> Journal:
        if not self.exists():
            raise ReljError("core.no_journal", path=str(self.root))
        # A cloned or unpacked journal may carry links: never follow one out of it.
        for folder in (self.customers_dir, self.private_dir):
            if folder.is_symlink():
                raise ReljError("safety.symlink_folder", path=relative(folder))
        return self

    @cached_property
    def settings(self) -> Settings:
        """relj.toml, read; kept in the cache while the file is unchanged, because
        every command needs it and reading it costs a TOML parser at start-up."""
        from relj.storage import cache as index

        path = self.root / SETTINGS_FILE
        if path.is_symlink():
            raise FileProblem(relative(path), 1, "core.symlink_refused")
        cached = index.cached_settings(self)
        if cached is not None:
            return cached
        from relj.storage.codec import parse_settings

        with path.open("rb") as handle:
            key = index.stat_key(os.fstat(handle.fileno()))  # the stat of what is read
            settings = parse_settings(relative(path), handle.read())
        index.keep_settings(self, key, settings)
        return settings

    # -- reading -----------------------------------------------------------

    def slugs(self) -> list[str]:
        """Slugs of the customer files, sorted (file names only: nothing is parsed)."""
        from relj.storage.location import customer_slugs

        try:
            return customer_slugs(self.customers_dir)
        except FileNotFoundError:
            return []

    def path_for(self, slug: str) -> Path:
        """The file of ``slug``; refuses anything that is not a plain slug (no path tricks)."""
        from relj.slugs import is_valid_slug

        if not is_valid_slug(slug):
            raise ReljError("core.bad_slug", slug=slug)
        return self.customers_dir / f"{slug}.toml"

    def display_path(self, slug: str) -> str:
        return relative(self.path_for(slug))

    def read_bytes(self, slug: str) -> bytes:
        return self.read_bytes_and_stat(slug)[0]

    def read_bytes_and_stat(self, slug: str) -> tuple[bytes, os.stat_result]:
        """The file's bytes and the stat of what was read; only a plain file inside
        customers/ is read.

        Opened without following a link and without blocking (a FIFO named
        x.toml would otherwise hang every command); anything but a regular
        file is a problem of that file, reported as path:1.
        """
        path = self.path_for(slug)
        shown = relative(path)
        flags = os.O_RDONLY | getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_NONBLOCK", 0)
        if path.is_symlink():
            raise FileProblem(shown, 1, "core.symlink_refused")
        try:
            fd = os.open(path, flags)
        except FileNotFoundError:
            raise ReljError("core.unknown_customer", query=slug) from None
        except OSError as error:
            if error.errno == errno.ELOOP:  # became a link after the check above
                raise FileProblem(shown, 1, "core.symlink_refused") from None
            raise FileProblem(shown, 1, "safety.read_failed", reason=error.strerror) from None
        try:
            # The stat of the open file describes exactly the bytes read (relj and
            # editors replace files, so a new version is a new inode).
            before = os.fstat(fd)
            if not stat.S_ISREG(before.st_mode):
                raise FileProblem(shown, 1, "safety.not_a_file")
            with os.fdopen(fd, "rb", closefd=False) as handle:
                return handle.read(), before
        except OSError as error:
            # Permissions, I/O errors: a problem of this file; the others keep working.
            raise FileProblem(shown, 1, "safety.read_failed", reason=error.strerror) from None
        finally:
            os.close(fd)

    def load(self, slug: str) -> Customer:
        from relj.storage.codec import parse_customer

        return parse_customer(slug, self.display_path(slug), self.read_bytes(slug))

    def load_all(self) -> tuple[list[Customer], list[FileProblem]]:
        """Every customer that loads, and the problems of those that do not."""
        customers: list[Customer] = []
        problems: list[FileProblem] = []
        for slug in self.slugs():
            try:
                customers.append(self.load(slug))
            except FileProblem as problem:
                problems.append(problem)
        return customers, problems

    def names(self) -> list[tuple[str, str]]:
        """(slug, name) of every customer whose file loads (names come from the
        cache in .relj/ where a file is unchanged, so this stays fast)."""
        from relj.storage import cache as index

        return index.names(self)

    def resolve(self, query: str) -> str:
        """A slug from a slug, a name (case and accents ignored) or a unique prefix of either."""
        from relj.slugs import is_valid_slug

        if is_valid_slug(query) and self.path_for(query).exists():
            return query
        return resolve_name(query, self.names())

    # -- writing -----------------------------------------------------------

    @contextlib.contextmanager
    def lock(self) -> Iterator[None]:
        """Hold the journal lock; stale temporary files are cleaned up once it is held."""
        from filelock import FileLock, Timeout

        path = self.private_dir / "lock"
        try:
            make_private_dir(self.private_dir)
            lock = FileLock(str(path), timeout=LOCK_TIMEOUT_SECONDS, mode=FILE_MODE)
            lock.acquire()
        except Timeout:
            raise ReljError(
                "core.lock_timeout", seconds=f"{LOCK_TIMEOUT_SECONDS:g}", path=relative(path)
            ) from None
        except OSError as error:
            raise ReljError(
                "safety.write_failed", path=relative(path), reason=error.strerror or str(error)
            ) from error
        try:
            remove_stale_temp_files(self.customers_dir)
            remove_stale_temp_files(self.private_dir)  # a cache write cut short
            yield
        finally:
            lock.release()

    def append_block(self, slug: str, block: str) -> bytes:
        """Append a rendered ``[[...]]`` block; every byte before it stays as it was."""
        return self.update(slug, lambda old: append_text(old, block))

    def append_interaction(self, slug: str, block: str) -> bytes:
        """Append an ``[[interaction]]`` block, re-reading only what is needed.

        A file the cache knows as valid (same size, mtime, ctime, inode) and safe
        to append to stays valid with one more valid block, so only the block is
        checked; this keeps a log onto a customer with years of history as fast
        as onto a new one. Otherwise the whole result is read back, as update() does.
        """
        from relj.storage import cache as index
        from relj.storage.codec import parse_customer

        path = self.path_for(slug)
        with self.lock():
            old, before = self.read_bytes_and_stat(slug)
            cache = index.Index.load(self)
            known = cache.fresh(slug, index.stat_key(before))
            new = append_text(old, block)
            added = block.encode("utf-8")
            if known is not None and known.problem is None and known.append_safe:
                parse_customer(slug, self.display_path(slug), b'name = "-"\n' + added)
                name, safe = known.name, index.append_safe(added)
            else:
                name = parse_customer(slug, self.display_path(slug), new).name
                safe = index.append_safe(new)
            cache.record(slug, name, safe, atomic_write(path, new), len(new))
        return new

    def update(self, slug: str, change: Callable[[bytes], bytes]) -> bytes:
        """Apply ``change`` to the file's bytes under the lock and write the result.

        The result must read back as a valid customer; a broken file is never
        rewritten (parsing the result reports it as path:line instead).
        """
        from relj.storage.codec import parse_customer

        path = self.path_for(slug)
        with self.lock():
            new = change(self.read_bytes(slug))
            parse_customer(slug, self.display_path(slug), new)
            atomic_write(path, new)
        return new

    def create(self, slug: str, text: str) -> Path:
        """A new customer file; refuses to overwrite one that exists."""
        from relj.storage.codec import parse_customer

        path = self.path_for(slug)
        data = text.encode("utf-8")
        parse_customer(slug, self.display_path(slug), data)
        with self.lock():
            make_private_dir(self.customers_dir)
            if path.exists() or path.is_symlink():
                raise ReljError("core.customer_exists", slug=slug)
            atomic_write(path, data)
        return path


def resolve_name(query: str, names: list[tuple[str, str]]) -> str:
    """Pure part of Journal.resolve: exact slug, exact name, then unique prefix."""
    keys = _folded(query.strip())
    if not any(keys):
        raise ReljError("core.unknown_customer", query=query)
    folded = [(s, n, _folded(n)) for s, n in names]
    for matches in (
        [s for s, n, f in folded if s == query or keys & f],
        [s for s, n, f in folded
         if any(s.startswith(k) or g.startswith(k) for k in keys for g in f)],
    ):
        unique = sorted(set(matches))
        if len(unique) == 1:
            return unique[0]
        if len(unique) > 1:
            by_slug = dict(names)
            listing = ", ".join(f"{s} ({by_slug[s]})" for s in unique)
            raise ReljError("core.ambiguous_customer", query=query, candidates=listing)
    raise ReljError("core.unknown_customer", query=query)


def _folded(text: str) -> set[str]:
    """Comparison keys: German transliteration (Müller = Mueller) and plain
    accent stripping (Müller = Muller), both case-insensitive."""
    import unicodedata

    from relj.slugs import fold

    plain = "".join(
        c for c in unicodedata.normalize("NFKD", text.casefold()) if not unicodedata.combining(c)
    )
    return {fold(text), plain} - {""}


def append_text(old: bytes, block: str) -> bytes:
    """Old bytes untouched, then the block (after a newline if the file lacked one)."""
    separator = b"" if not old or old.endswith(b"\n") else b"\n"
    return old + separator + block.encode("utf-8")

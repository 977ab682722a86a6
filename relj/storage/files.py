"""The file primitives every part of storage uses: one reader, one writer, one lock.

A journal is a folder the user also edits, syncs and clones, so whatever
relj reads may be a link out of it, a FIFO or a folder, and whatever it
writes must survive a crash. These rules live here once: the journal, the
cache and ``relj init`` read through ``read_regular`` (never follows a
link, never blocks, regular files only) and write through ``atomic_write``
(temporary file in the same folder, fsync, rename, fsync the folder), so a
crash or a full disk leaves the old file or the new one, never a mix.

Nothing here knows what a customer or a cache entry is: only paths and bytes.
"""

from __future__ import annotations

import contextlib
import errno
import os
import re
import stat
from collections.abc import Iterator
from pathlib import Path

from relj.errors import FileProblem, ReljError

LOCK_TIMEOUT_SECONDS = 10.0
FILE_MODE = 0o600
DIR_MODE = 0o700
TEMP_SUFFIX = ".tmp"
# What atomic_write names its temporary files: ".<name>.<8 hex digits>.tmp".
_TEMP_RE = re.compile(r"\A\.[^/]+\.[0-9a-f]{8}\.tmp\Z")

# Size, mtime_ns, ctime_ns and inode: relj and editors replace files, so a new
# version of a file has another key (what the cache keys its summaries by).
StatKey = tuple[int, int, int, int]


def stat_key(result: os.stat_result) -> StatKey:
    return (result.st_size, result.st_mtime_ns, result.st_ctime_ns, result.st_ino)


def relative(path: Path) -> str:
    """A path as the user would type it: relative to the working directory when inside it."""
    try:
        return str(path.relative_to(Path.cwd()))
    except ValueError:
        return str(path)


# -- reading ------------------------------------------------------------------------


def read_regular(path: Path, shown: str | None = None) -> tuple[bytes, os.stat_result]:
    """The bytes of the plain file at ``path`` and the stat of what was read.

    Opened without following a link and without blocking (a FIFO named
    x.toml would otherwise hang every command). A link, anything but a
    regular file, or a file that cannot be read is a problem of that file,
    reported as ``shown:1`` (``shown`` defaults to the relative path).
    Nothing there at all (FileNotFoundError, NotADirectoryError) is left to
    the caller, for whom absence means different things.
    """
    shown = relative(path) if shown is None else shown
    flags = os.O_RDONLY | getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_NONBLOCK", 0)
    if path.is_symlink():
        raise FileProblem(shown, 1, "core.symlink_refused")
    try:
        fd = os.open(path, flags)
    except (FileNotFoundError, NotADirectoryError):
        raise
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


# -- writing ------------------------------------------------------------------------


def make_private_dir(path: Path) -> None:
    try:
        path.mkdir(mode=DIR_MODE, parents=True, exist_ok=True)
        _give_back(path)
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
    its owner out of their own journal: give it the old file's owner, or for a
    new file its folder's."""
    owner = owner_for(path)
    if owner is not None:
        os.fchown(fd, *owner)


def owner_for(path: Path) -> tuple[int, int] | None:
    """One ownership rule for everything relj creates: under root, the owner of the
    file it replaces, else of the folder it goes into (unless that is root too);
    None when nothing needs changing (not root, or no one else to give it to)."""
    if not hasattr(os, "geteuid") or os.geteuid() != 0:
        return None
    for candidate in (path, path.parent):
        try:
            info = os.lstat(candidate)
        except OSError:
            continue
        return (info.st_uid, info.st_gid) if (info.st_uid, info.st_gid) != (0, 0) else None
    return None


def _give_back(path: Path) -> None:
    """Under root, hand a folder or lock relj just made to the journal's owner."""
    if not hasattr(os, "geteuid") or os.geteuid() != 0:
        return
    try:
        owner = owner_for(path.parent) if path.lstat().st_uid == 0 else None
    except OSError:
        return
    if owner is not None:
        with contextlib.suppress(OSError):
            os.lchown(path, *owner)


def _write_all(fd: int, data: bytes) -> None:
    # os.write may write less than asked (a filling disk): go on until all is out.
    view = memoryview(data)
    while view:
        written = os.write(fd, view)
        view = view[written:]


def _fsync_dir(folder: Path) -> None:
    # The rename is only durable once the folder entry is on disk.
    with contextlib.suppress(OSError):
        fd = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)


def append_text(old: bytes, block: str) -> bytes:
    """Old bytes untouched, then the block (after a newline if the file lacked one)."""
    separator = b"" if not old or old.endswith(b"\n") else b"\n"
    return old + separator + block.encode("utf-8")


# -- the lock -----------------------------------------------------------------------


@contextlib.contextmanager
def hold_lock(private_dir: Path, *written: Path) -> Iterator[None]:
    """Hold the lock file ``private_dir/lock``; once it is held, stale temporary
    files in the ``written`` folders and in ``private_dir`` are cleaned up."""
    from filelock import FileLock, Timeout

    path = private_dir / "lock"
    try:
        make_private_dir(private_dir)
        lock = FileLock(str(path), timeout=LOCK_TIMEOUT_SECONDS, mode=FILE_MODE)
        lock.acquire()
        _give_back(path)
    except Timeout:
        raise ReljError(
            "core.lock_timeout", seconds=f"{LOCK_TIMEOUT_SECONDS:g}", path=relative(path)
        ) from None
    except OSError as error:
        raise ReljError(
            "safety.write_failed", path=relative(path), reason=error.strerror or str(error)
        ) from error
    try:
        for folder in written:
            remove_stale_temp_files(folder)
        remove_stale_temp_files(private_dir)  # a cache write cut short
        yield
    finally:
        lock.release()


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

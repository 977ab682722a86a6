"""``inbox.md`` on disk: read it, add a note, and move one note into a customer file.

A quick note (`relj note`, or a line typed on a phone) waits in inbox.md until
`relj inbox` makes it an interaction. Moving it touches two files, the
customer's and inbox.md, and no file system replaces two files at once; so the
move is a small transaction under one hold of the journal lock:

1. a write-ahead record in ``.relj/inbox-pending.json`` says which line goes
   where (the interaction's id, the line's number, and fingerprints of inbox.md
   before and after the line leaves);
2. the customer file gets the interaction (atomic write);
3. inbox.md is written without the line (atomic write);
4. the record is removed.

A crash (kill -9, power cut) anywhere leaves the record behind, and the next
`relj inbox` finishes the move first (``recover``): if the interaction landed
and inbox.md still holds the line, the line goes; else nothing happened and
the line is processed again. So a line is never lost and never recorded twice,
even when identical lines stand in the inbox (a fingerprint of the whole file,
not the line's text, says whether step 3 happened).

Every read goes through the link-refusing reader and every write is atomic
(``relj.storage.files``); the file is private (0600) like the customer files.
"""

from __future__ import annotations

import contextlib
import os
from collections.abc import Callable
from typing import TYPE_CHECKING

from relj.errors import FileProblem, ReljError
from relj.storage.files import (
    append_text,
    atomic_write,
    read_regular,
    relative,
    remove_stale_temp_files,
)

if TYPE_CHECKING:
    from pathlib import Path

    from relj.storage.journal import Journal

INBOX_FILE = "inbox.md"
PENDING_FILE = "inbox-pending.json"


def inbox_path(journal: Journal) -> Path:
    return journal.root / INBOX_FILE


def read_inbox(journal: Journal) -> bytes | None:
    """inbox.md's bytes, or None when there is none (a link or a folder is a problem)."""
    path = inbox_path(journal)
    try:
        return read_regular(path, relative(path))[0]
    except (FileNotFoundError, NotADirectoryError):
        return None


def inbox_text(journal: Journal) -> str | None:
    """inbox.md as text; bytes that are not UTF-8 are a problem of the file (line 1)."""
    data = read_inbox(journal)
    if data is None:
        return None
    try:
        return data.decode("utf-8").removeprefix("\ufeff")
    except UnicodeDecodeError:
        raise FileProblem(relative(inbox_path(journal)), 1, "notes.not_utf8") from None


def inbox_lines(text: str) -> list[str]:
    """The lines of inbox.md as `move_line` counts them: split at LF only (a form feed
    or U+2028 in a note is part of its line), a CR before the LF dropped."""
    lines = text.split("\n")
    if lines and lines[-1] == "":
        lines.pop()
    return [line.removesuffix("\r") for line in lines]


def append_note(journal: Journal, line: str) -> None:
    """Add one line at the end of inbox.md (made if missing), under the journal lock."""
    with journal.lock():
        remove_stale_temp_files(journal.root)  # a note writer killed mid-write
        old = read_inbox(journal) or b""
        atomic_write(inbox_path(journal), append_text(old, line + "\n"))


def move_line(journal: Journal, slug: str, number: int, line: str, entry_id: str,
              change: Callable[[bytes], bytes]) -> bool:
    """Move line ``number`` (its text ``line``) of inbox.md into customer ``slug``:
    ``change`` turns the customer file's bytes into the bytes with the interaction
    ``entry_id``. False, and nothing written, when inbox.md no longer holds that line
    there (edited meanwhile): the caller reads the inbox again another time."""
    with journal.lock():
        remove_stale_temp_files(journal.root)
        before = read_inbox(journal) or b""
        lines = _raw_lines(before)
        if not 1 <= number <= len(lines) or _text_of(lines[number - 1]) != line:
            return False
        after = b"".join(lines[:number - 1] + lines[number:])
        _write_pending(journal, {"slug": slug, "id": entry_id, "line": number,
                                 "before": _print(before), "after": _print(after)})
        _change_customer(journal, slug, change)
        atomic_write(inbox_path(journal), after)
        _clear_pending(journal)
    return True


def recover(journal: Journal) -> bool:
    """Finish a move a crash cut short (see the module's docstring); True if a line
    left inbox.md now because its interaction had already been written."""
    import json

    path = journal.private_dir / PENDING_FILE
    try:
        record = json.loads(read_regular(path, relative(path))[0])
    except (FileNotFoundError, NotADirectoryError):
        return False
    except (FileProblem, ValueError):  # damaged: only a crash record, never the only copy
        record = None
    with journal.lock():
        removed = record is not None and _finish(journal, record)
        _clear_pending(journal)
    return removed


def _finish(journal: Journal, record: dict[str, object]) -> bool:
    slug, entry_id, number = record.get("slug"), record.get("id"), record.get("line")
    before = record.get("before")
    if not (isinstance(slug, str) and isinstance(entry_id, str) and isinstance(number, int)
            and isinstance(before, list)):
        return False
    try:
        written = f'"{entry_id}"'.encode() in journal.read_bytes(slug)
    except ReljError:  # the customer file is gone or unreadable: nothing to finish
        return False
    current = read_inbox(journal) or b""
    size = before[0] if before and isinstance(before[0], int) else -1
    # Unchanged up to its old length (a note may have been added since): the line is
    # still at its place, and leaves now that its interaction is known to be written.
    if not written or _print(current[:size]) != before:
        return False
    lines = _raw_lines(current)
    atomic_write(inbox_path(journal), b"".join(lines[:number - 1] + lines[number:]))
    return True


def _change_customer(journal: Journal, slug: str, change: Callable[[bytes], bytes]) -> None:
    """``Journal.update`` without taking the lock again (the move already holds it):
    a file that does not parse is never written, and the result must read back."""
    from relj.storage.codec import parse_customer
    from relj.storage.codec.read import check_appendable, load_toml

    shown = journal.display_path(slug)
    old = journal.read_bytes(slug)
    data, text = load_toml(shown, old)
    check_appendable(shown, text, data, ("interaction",))
    bom = b"\xef\xbb\xbf" if old.startswith(b"\xef\xbb\xbf") else b""
    new = bom + change(old[len(bom):])
    parse_customer(slug, shown, new)
    atomic_write(journal.path_for(slug), new)


def _raw_lines(data: bytes) -> list[bytes]:
    """The file's lines with their line ends, split as ``inbox_lines`` splits the text."""
    lines = [line + b"\n" for line in data.split(b"\n")]
    lines[-1] = lines[-1][:-1]
    return lines if lines[-1] else lines[:-1]


def _text_of(raw: bytes) -> str:
    text = raw.decode("utf-8", "replace").removeprefix("\ufeff")
    return text.removesuffix("\n").removesuffix("\r")


def _print(data: bytes) -> list[object]:
    """A fingerprint of a file's bytes: its length and its SHA-256."""
    import hashlib  # here: `relj note` never needs it
    return [len(data), hashlib.sha256(data).hexdigest()]


def _write_pending(journal: Journal, record: dict[str, object]) -> None:
    import json

    atomic_write(journal.private_dir / PENDING_FILE, json.dumps(record).encode("utf-8"))


def _clear_pending(journal: Journal) -> None:
    with contextlib.suppress(FileNotFoundError):
        os.unlink(journal.private_dir / PENDING_FILE)

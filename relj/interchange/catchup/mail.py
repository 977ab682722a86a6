"""Messages of an mbox file (Thunderbird, Gmail's Takeout) or a Maildir folder as Items.

Only the headers of each message are read: From, To and Cc (display names
in RFC 2047 encoded words decoded, ``=?utf-8?q?M=C3=BCller?=``), Subject,
Date and Message-ID. A body, however large, multipart or holding a
forwarded message, is never parsed: the people of a forwarded message did
not write to you. An mbox is walked one message at a time (``mailbox.mbox``
keeps only the messages' offsets), so memory stays flat on a 50 MB file.

A message without a readable Date is skipped with a warning (with the line
of its ``From `` line in an mbox); a file that is no mbox, or a folder that
is no Maildir, is refused with one line.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from datetime import UTC, date, tzinfo
from pathlib import Path
from typing import IO, TYPE_CHECKING

from relj.errors import FileProblem, ReljError
from relj.interchange.catchup.proposals import Item, Person, Source, local_moment

if TYPE_CHECKING:
    from email.message import Message

# Headers longer than this are not a mail client's: the rest is not read.
MAX_HEADER_BYTES = 1_000_000


def read_mbox(path: Path, shown: str, first_day: date, last_day: date, zone: tzinfo,
              warnings: list[ReljError]) -> Iterator[Item]:
    """The messages of an mbox file dated from ``first_day`` through ``last_day``."""
    import mailbox

    _check_mbox(path, shown)
    try:
        box = mailbox.mbox(str(path), create=False)
        keys = box.iterkeys()
        lines = _FromLines(path)
        for number, key in enumerate(keys):
            try:
                with box.get_file(key) as handle:
                    headers = _headers(handle)
            except (OSError, KeyError) as error:
                warnings.append(FileProblem(shown, lines.line_of(number), "catchup.bad_message",
                                            reason=_reason(error)))
                continue
            item = _item("mbox", headers, zone)
            if isinstance(item, str):
                warnings.append(FileProblem(shown, lines.line_of(number), "catchup.bad_message",
                                            reason=item))
            elif first_day <= item.day <= last_day:
                yield item
    except (OSError, mailbox.Error) as error:
        raise ReljError("catchup.unreadable", path=shown, reason=_reason(error)) from None


def read_maildir(path: Path, shown: str, first_day: date, last_day: date, zone: tzinfo,
                 warnings: list[ReljError]) -> Iterator[Item]:
    """The messages of a Maildir folder (cur/ and new/) dated within the days."""
    import mailbox

    if not path.is_dir():
        key = "catchup.no_such_file" if not path.exists() else "catchup.not_maildir"
        raise ReljError(key, path=shown)
    if not (path / "cur").is_dir() or not (path / "new").is_dir():
        raise ReljError("catchup.not_maildir", path=shown)
    try:
        box = mailbox.Maildir(str(path), factory=None, create=False)
        keys = sorted(box.iterkeys())
    except OSError as error:
        raise ReljError("catchup.unreadable", path=shown, reason=_reason(error)) from None
    for key in keys:
        where = f"{shown}/{key}"
        try:
            with box.get_file(key) as handle:
                headers = _headers(handle)
        except KeyError:  # moved by the mail program since the folder was listed
            continue
        except OSError as error:
            warnings.append(ReljError("catchup.bad_message_file", path=where,
                                      reason=_reason(error)))
            continue
        item = _item("maildir", headers, zone)
        if isinstance(item, str):
            warnings.append(ReljError("catchup.bad_message_file", path=where, reason=item))
        elif first_day <= item.day <= last_day:
            yield item


def _check_mbox(path: Path, shown: str) -> None:
    """A regular file whose first line is a ``From `` line (an empty file is an empty
    mailbox); else one clear line, before mailbox could make sense of anything."""
    import stat

    try:
        info = path.stat()
    except FileNotFoundError:
        raise ReljError("catchup.no_such_file", path=shown) from None
    except OSError as error:
        raise ReljError("catchup.unreadable", path=shown, reason=_reason(error)) from None
    if not stat.S_ISREG(info.st_mode):
        raise ReljError("catchup.not_a_file", path=shown)
    try:
        with path.open("rb") as handle:
            for number, line in enumerate(handle, start=1):
                if line.strip():
                    if not line.startswith(b"From "):
                        raise FileProblem(shown, number, "catchup.not_mbox")
                    return
    except OSError as error:
        raise ReljError("catchup.unreadable", path=shown, reason=_reason(error)) from None


class _FromLines:
    """The line number of the n-th message of an mbox, found only when a warning
    needs it, in one pass over the file at most (messages are asked for in order)."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.handle: IO[bytes] | None = None
        self.line = 0
        self.found: list[int] = []

    def line_of(self, index: int) -> int:
        try:
            if self.handle is None:
                self.handle = self.path.open("rb")
            while len(self.found) <= index:
                raw = self.handle.readline()
                if not raw:
                    return 1
                self.line += 1
                if raw.startswith(b"From "):
                    self.found.append(self.line)
        except OSError:
            return 1
        return self.found[index]


def _headers(handle: Iterable[bytes]) -> Message:
    """The header block alone, parsed as text (8-bit bytes read as UTF-8)."""
    from email.parser import HeaderParser
    from email.policy import compat32

    raw = bytearray()
    for line in handle:
        if not line.strip(b"\r\n") or len(raw) > MAX_HEADER_BYTES:
            break
        raw += line
    text = bytes(raw).decode("utf-8", "replace")
    return HeaderParser(policy=compat32).parsestr(text)


def _item(source: Source, headers: Message, zone: tzinfo) -> Item | str:
    """The message as an Item, or why it cannot be one."""
    from email.utils import getaddresses, parsedate_to_datetime

    date_text = headers.get("Date")
    if not date_text:
        return "Date?"
    try:
        sent = parsedate_to_datetime(str(date_text))
    except (TypeError, ValueError, IndexError, OverflowError):
        return f"Date: {str(date_text)[:40]}"
    if sent.tzinfo is None:  # "-0000": the time is in UTC, its zone unknown
        sent = sent.replace(tzinfo=UTC)
    fields = [str(v) for name in ("from", "to", "cc") for v in headers.get_all(name, [])]
    people = tuple(_person(name, address) for name, address in getaddresses(fields)
                   if "@" in address)
    key = str(headers.get("Message-ID", "")).strip() or _digest(headers)
    title = _decoded(str(headers.get("Subject", "")))
    try:
        moment = local_moment(sent, zone)
    except OverflowError:  # the year 9999 in another zone
        return f"Date: {str(date_text)[:40]}"
    return Item(source, key, moment, title, people)


def _person(name: str, address: str) -> Person:
    shown = _decoded(name)
    return Person(address.strip().casefold(), shown or None)


def _decoded(text: str) -> str:
    """An RFC 2047 header value as text; on an unknown charset, the raw value."""
    from email.errors import HeaderParseError
    from email.header import decode_header, make_header

    try:
        value = str(make_header(decode_header(text)))
    except (HeaderParseError, LookupError, UnicodeError, ValueError):
        value = text
    return " ".join(value.split())


def _digest(headers: Message) -> str:
    import hashlib

    raw = "\0".join(str(headers.get(n, "")) for n in ("Date", "From", "Subject"))
    return "no-id-" + hashlib.sha256(raw.encode("utf-8", "replace")).hexdigest()[:16]


def _reason(error: BaseException) -> str:
    if isinstance(error, OSError) and error.strerror:
        return error.strerror
    return str(error) or type(error).__name__


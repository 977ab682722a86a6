"""The journal: find it, list and read its customer files, and change them safely.

Every change holds the journal lock (.relj/lock) and is written atomically
(both from ``relj.storage.files``), and every change is read back as a valid
customer before it replaces the file, so a broken file is never written.
This module knows nothing of the cache in .relj/: reading and writing
through the cache is ``relj.catalogue``'s job, on top of this one.
"""

from __future__ import annotations

import contextlib
import os
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING

from relj.errors import FileProblem, ReljError
from relj.storage.files import (
    append_text,
    atomic_write,
    hold_lock,
    make_private_dir,
    read_regular,
    relative,
)
from relj.storage.location import CUSTOMERS_DIR, PRIVATE_DIR, SETTINGS_FILE

_BOM = b"\xef\xbb\xbf"

if TYPE_CHECKING:
    from relj.model import Customer
    from relj.settings import Settings


class Journal:
    def __init__(self, root: Path) -> None:
        self.root = root
        self.customers_dir = root / CUSTOMERS_DIR
        self.private_dir = root / PRIVATE_DIR
        self.settings_path = root / SETTINGS_FILE

    # -- finding -----------------------------------------------------------

    def exists(self) -> bool:
        return self.settings_path.is_file()

    def require(self) -> Journal:
        if not self.exists():
            raise ReljError("core.no_journal", path=str(self.root))
        # A cloned or unpacked journal may carry links: never follow one out of it.
        for folder in (self.customers_dir, self.private_dir):
            if folder.is_symlink():
                raise ReljError("safety.symlink_folder", path=relative(folder))
        return self

    # -- reading -----------------------------------------------------------

    def read_settings(self) -> tuple[Settings, os.stat_result]:
        """relj.toml, parsed, and the stat of what was read (commands ask
        ``relj.catalogue.settings``, which keeps it in the cache)."""
        from relj.storage.codec import parse_settings

        shown = relative(self.settings_path)
        data, read = read_regular(self.settings_path, shown)
        settings: Settings = parse_settings(shown, data)
        return settings, read

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
        customers/ is read (see ``relj.storage.files.read_regular``)."""
        path = self.path_for(slug)
        try:
            return read_regular(path, relative(path))
        except FileNotFoundError:
            raise ReljError("core.unknown_customer", query=slug) from None
        except NotADirectoryError as error:
            raise FileProblem(relative(path), 1, "safety.read_failed",
                              reason=error.strerror) from None

    def load(self, slug: str) -> Customer:
        from relj.storage.codec import parse_customer

        customer: Customer = parse_customer(slug, self.display_path(slug), self.read_bytes(slug))
        return customer

    def load_offers(self, slug: str) -> Customer:
        """The customer's top-level fields and offers, without its contacts, assessments
        and interactions: what a closing answer needs to find its offer. A long history
        is not parsed (``relj.storage.offer_text``); a file whose offers a text scan
        cannot find plainly, or whose parts do not read, is read whole (and a problem
        is reported at its real line)."""
        from relj.storage.codec import parse_customer
        from relj.storage.offer_text import offers_only

        data = self.read_bytes(slug)
        shown = self.display_path(slug)
        small = offers_only(data.removeprefix(_BOM))
        if small is not None:
            try:
                customer: Customer = parse_customer(slug, shown, small)
                return customer
            except FileProblem:
                pass  # its line in the small document is not its line in the file
        whole: Customer = parse_customer(slug, shown, data)
        return whole

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

    # -- writing -----------------------------------------------------------

    @contextlib.contextmanager
    def lock(self) -> Iterator[None]:
        """Hold the journal lock; stale temporary files are cleaned up once it is held."""
        with hold_lock(self.private_dir, self.customers_dir):
            yield

    def append_block(self, slug: str, block: str) -> bytes:
        """Append a rendered ``[[...]]`` block; every byte before it stays as it was."""
        kind = block.lstrip().removeprefix("[[").split("]]", 1)[0].strip()
        return self.update(slug, lambda old: append_text(old, block), appending=kind)

    def update(self, slug: str, change: Callable[[bytes], bytes],
               appending: str | None = None) -> bytes:
        """Apply ``change`` to the file's bytes under the lock and write the result.

        A file that does not parse is never written to, even when the change
        would happen to mend it (a file ending in a bare CR gains the LF it
        lacked): it is reported as path:line instead; with ``appending`` (a
        table name), so is a file whose ``appending`` tables cannot take a block.
        The result must read back as a valid customer. A BOM is kept, and
        ``change`` never sees it.
        """
        from relj.storage.codec import parse_customer
        from relj.storage.codec.read import check_appendable, load_toml

        path = self.path_for(slug)
        shown = self.display_path(slug)
        with self.lock():
            old = self.read_bytes(slug)
            data, text = load_toml(shown, old)
            if appending:
                check_appendable(shown, text, data, (appending,))
            bom = _BOM if old.startswith(_BOM) else b""
            new = bom + change(old[len(bom):])
            parse_customer(slug, shown, new)
            atomic_write(path, new)
        return new

    def create(self, slug: str, text: str, unique: bool = False) -> Path:
        """A new customer file; refuses to overwrite one that exists. With ``unique``
        a taken slug gets -2, -3, ..., chosen under the lock (two `add`s at once)."""
        from relj.storage.codec import parse_customer

        path = self.path_for(slug)
        data = text.encode("utf-8")
        parse_customer(slug, self.display_path(slug), data)
        with self.lock():
            make_private_dir(self.customers_dir)
            if unique:
                from relj.slugs import unique_slug

                path = self.path_for(unique_slug(slug, self.slugs()))
            if path.exists() or path.is_symlink():
                raise ReljError("core.customer_exists", slug=path.stem)
            atomic_write(path, data)
        return path

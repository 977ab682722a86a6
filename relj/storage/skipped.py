"""The catch-up proposals the user skipped, remembered in ``.relj/catchup-skipped``.

`relj catch-up` must not ask about the same newsletter-like meeting every
morning: a skip is kept here, private to this machine (like the cache, it is
never shared through git), as one opaque token a line (the caller's digest
of the item and the customer, so no subject or address is stored). The file
is written atomically under the journal lock; a damaged, foreign or
unreadable file counts as empty: forgetting a skip costs one more question,
never a crash.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from relj.errors import FileProblem
from relj.storage.files import atomic_write, hold_lock, make_private_dir, read_regular
from relj.storage.location import CUSTOMERS_DIR, PRIVATE_DIR

if TYPE_CHECKING:
    from pathlib import Path

SKIPPED_FILE = "catchup-skipped"
HEADER = b"relj-catchup-skipped 1\n"
_TOKEN = re.compile(r"\A[0-9a-f]{16,128}\Z")


def skipped_tokens(root: Path) -> frozenset[str]:
    """Every token remembered for the journal at ``root`` (empty when the file is
    missing, damaged or not ours)."""
    from relj.storage.cache import trusted

    path = root / PRIVATE_DIR / SKIPPED_FILE
    try:
        if (root / PRIVATE_DIR).is_symlink():
            return frozenset()
        data, info = read_regular(path)
        if not trusted(root, info):
            return frozenset()
    except (OSError, FileProblem):
        return frozenset()
    if not data.startswith(HEADER):
        return frozenset()
    lines = data[len(HEADER):].decode("ascii", "replace").splitlines()
    return frozenset(line for line in lines if _TOKEN.match(line))


def remember_skipped(root: Path, token: str) -> None:
    """Add ``token`` to the file, under the journal lock (two catch-ups at once keep both)."""
    if not _TOKEN.match(token):
        raise ValueError(token)
    private = root / PRIVATE_DIR
    make_private_dir(private)
    with hold_lock(private, root / CUSTOMERS_DIR):
        known = skipped_tokens(root)
        if token in known:
            return
        lines = sorted(known | {token})
        atomic_write(private / SKIPPED_FILE, HEADER + "".join(f"{t}\n" for t in lines).encode())

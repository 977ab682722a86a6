"""`relj check`: every problem in the journal as `path:line: message`.

It reads every file itself (relj.toml too, not its cached settings): finding
what is wrong in the files is the point, so nothing is taken from the cache.
"""

from __future__ import annotations

import os
import stat
from pathlib import Path
from typing import TYPE_CHECKING

from relj.errors import FileProblem, ReljError
from relj.i18n import t
from relj.storage.files import relative

if TYPE_CHECKING:
    from relj.storage.journal import Journal


def journal_problems(journal: Journal) -> tuple[list[str], int]:
    """All problems found, and how many customer files were checked."""
    problems: list[str] = []
    try:
        journal.read_settings()  # parsing is the check
    except FileProblem as problem:
        problems.append(problem.message())
    problems.extend(_stray_files(journal))
    slugs = journal.slugs()
    for slug in slugs:
        problems.extend(_customer_problems(journal, slug))
    return problems, len(slugs)


def _customer_problems(journal: Journal, slug: str) -> list[str]:
    path = journal.display_path(slug)
    try:
        customer = journal.load(slug)
    except (FileProblem, ReljError) as problem:
        return [problem.message()]
    found: list[str] = []
    found.extend(_append_problems(journal, slug, path))
    seen: set[str] = set()
    for item in customer.interactions:
        if item.id in seen:
            found.append(f"{path}:1: " + t("core.duplicate_id", id=item.id))
        seen.add(item.id)
    offers = {o.id for o in customer.offers}
    for item in customer.interactions:
        if item.offer and item.offer not in offers:
            found.append(f"{path}:1: " + t("core.dangling_offer", id=item.id, offer=item.offer))
    return found


def journal_warnings(journal: Journal) -> list[str]:
    """Loose modes: a warning, not an error (git writes files by the umask on every
    pull, and nothing is wrong with the data); relj's git hooks tighten them."""
    found = _folder_mode_problems(journal)
    for slug in journal.slugs():
        try:
            found.extend(_mode_problems(journal.path_for(slug), journal.display_path(slug)))
        except OSError:
            continue
    from relj.storage.cache import foreign_files

    found += [f"{relative(path)}:1: " + t("safety.foreign_private") for path in
              foreign_files(journal.root)]
    prefix = t("safety.warning") + ": "
    return [problem.replace(":1: ", ":1: " + prefix, 1) for problem in found]


def _mode_problems(real_path: Path, shown: str) -> list[str]:
    if os.name != "posix":
        return []
    mode = stat.S_IMODE(real_path.stat().st_mode)
    if mode & 0o077:
        return [f"{shown}:1: " + t("core.loose_mode", mode=oct(mode))]
    return []


def _folder_mode_problems(journal: Journal) -> list[str]:
    """The journal's folders must not let others in: file names are customer names."""
    if os.name != "posix":
        return []
    found = []
    for folder in (journal.root, journal.customers_dir, journal.private_dir):
        try:
            mode = stat.S_IMODE(folder.lstat().st_mode)
        except OSError:
            continue
        if mode & 0o077:
            found.append(f"{relative(folder)}:1: " + t("safety.loose_folder", mode=oct(mode)))
    return found


def _stray_files(journal: Journal) -> list[str]:
    """Files in customers/ that relj will not read (bad names), so nothing hides silently."""
    try:
        names = sorted(os.listdir(journal.customers_dir))
    except FileNotFoundError:
        return []
    known = {f"{slug}.toml" for slug in journal.slugs()}
    return [
        f"{relative(journal.customers_dir / name)}:1: " + t("core.stray_file")
        for name in names
        if name.endswith(".toml") and name not in known
    ]


def _append_problems(journal: Journal, slug: str, shown: str) -> list[str]:
    """A file relj reads but cannot append to (``interaction = [...]``): every log would fail."""
    from relj.storage.codec.read import check_appendable, load_toml

    try:
        data, text = load_toml(shown, journal.read_bytes(slug))
        check_appendable(shown, text, data)
    except FileProblem as problem:
        return [problem.message()]
    return []

"""Creating a journal on disk (relj init): its folders, relj.toml and the git files.

Making it a git repository is ``relj.team.git.setup_repository``'s job, which
the init command calls after this: storage does not know about git.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from relj.settings import DEFAULT_TOML
from relj.storage.files import atomic_write, make_private_dir, read_regular
from relj.storage.location import CUSTOMERS_DIR, PRIVATE_DIR, SETTINGS_FILE

if TYPE_CHECKING:
    from relj.storage.journal import Journal

GITIGNORE_LINE = ".relj/"
GITATTRIBUTES_LINE = "customers/*.toml merge=relj"


def init_journal(journal: Journal, lang: str | None) -> bool:
    """Make the journal's files; True if it was created, False if it existed.

    An existing journal (e.g. a fresh clone) is left byte for byte as it is
    (only its modes are tightened).
    """
    root = journal.root
    created = not journal.exists()
    if created:
        # Read both first: a link among them is refused before anything is written.
        ignore, attributes = _text_of(root / ".gitignore"), _text_of(root / ".gitattributes")
        make_private_dir(root)
        make_private_dir(root / CUSTOMERS_DIR)
        atomic_write(root / SETTINGS_FILE, _settings_text(lang).encode("utf-8"))
        _ensure_line(root / ".gitignore", ignore, GITIGNORE_LINE)
        _ensure_line(root / ".gitattributes", attributes, GITATTRIBUTES_LINE)
    else:
        tighten_modes(root)  # a fresh clone's files follow the umask: private again
    return created


def _settings_text(lang: str | None) -> str:
    if lang:
        return DEFAULT_TOML.replace('# lang = "de"', f'lang = "{lang}"')
    return DEFAULT_TOML


def _text_of(path: Path) -> str:
    """The file's text, "" if there is none; a link is refused (following it would
    copy a file from outside into the journal)."""
    try:
        data, _ = read_regular(path)
    except (FileNotFoundError, NotADirectoryError):
        return ""
    return data.decode("utf-8")


def _ensure_line(path: Path, existing: str, line: str) -> None:
    if line in existing.splitlines():
        return
    separator = "" if not existing or existing.endswith("\n") else "\n"
    atomic_write(path, (existing + separator + line + "\n").encode("utf-8"))


def tighten_modes(root: Path) -> None:
    """Take group and other permissions off the journal's folders and files.

    git creates files and folders by the umask (often 0644 and 0755), but the
    journal holds personal data (SPEC: 0600 and 0700). Only the mode changes:
    git tracks no permission but the executable bit, so nothing shows as changed.
    Links and other people's files are left alone.
    """
    import os
    import stat

    if os.name != "posix":
        return
    customers = root / CUSTOMERS_DIR
    paths = [root, customers, root / PRIVATE_DIR, root / SETTINGS_FILE]
    try:
        paths += [customers / name for name in os.listdir(customers) if name.endswith(".toml")]
    except OSError:
        pass
    for path in paths:
        try:
            info = os.lstat(path)
            if stat.S_ISLNK(info.st_mode) or info.st_uid != os.geteuid():
                continue
            mode = stat.S_IMODE(info.st_mode)
            if mode & 0o077:
                os.chmod(path, mode & 0o700)
        except OSError:
            continue

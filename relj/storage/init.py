"""Creating a journal on disk (relj init)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from relj.storage.journal import CUSTOMERS_DIR, SETTINGS_FILE, atomic_write, make_private_dir
from relj.settings import DEFAULT_TOML

GITIGNORE_LINE = ".relj/"
GITATTRIBUTES_LINE = "customers/*.toml merge=relj"


def init_journal(journal: Any, use_git: bool, lang: str | None) -> bool:
    """Make the journal's files; True if it was created, False if it existed.

    An existing journal (e.g. a fresh clone) is left byte for byte as it is:
    only the merge driver, which git does not clone, is registered.
    """
    root: Path = journal.root
    created = not journal.exists()
    if created:
        for name in (".gitignore", ".gitattributes"):  # refuse before writing anything
            _refuse_link(root / name)
        make_private_dir(root)
        make_private_dir(root / CUSTOMERS_DIR)
        atomic_write(root / SETTINGS_FILE, _settings_text(lang).encode("utf-8"))
        _ensure_line(root / ".gitignore", GITIGNORE_LINE)
        _ensure_line(root / ".gitattributes", GITATTRIBUTES_LINE)
    else:
        tighten_modes(root)  # a fresh clone's files follow the umask: private again
    if use_git:
        _setup_git(root)
    return created


def _settings_text(lang: str | None) -> str:
    if lang:
        return DEFAULT_TOML.replace('# lang = "de"', f'lang = "{lang}"')
    return DEFAULT_TOML


def _refuse_link(path: Path) -> None:
    if path.is_symlink():  # reading it would copy a file from outside into the journal
        from relj.errors import FileProblem
        from relj.storage.journal import relative

        raise FileProblem(relative(path), 1, "core.symlink_refused")


def _ensure_line(path: Path, line: str) -> None:
    _refuse_link(path)
    existing = path.read_text(encoding="utf-8") if path.exists() else ""
    if line in existing.splitlines():
        return
    separator = "" if not existing or existing.endswith("\n") else "\n"
    atomic_write(path, (existing + separator + line + "\n").encode("utf-8"))


def _setup_git(root: Path) -> None:
    from relj.team import git

    if not git.git_available():
        return
    if not (root / ".git").exists():
        git.init_repo(root)
    git.register_merge_driver(root)


def tighten_modes(root: Path) -> None:
    """Take group and other permissions off the journal's folders and files.

    git creates files and folders by the umask (often 0644 and 0755), but the
    journal holds personal data (SPEC: 0600 and 0700). Only the mode changes:
    git tracks no permission but the executable bit, so nothing shows as changed.
    Links and other people's files are left alone.
    """
    import os
    import stat

    from relj.storage.journal import PRIVATE_DIR

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

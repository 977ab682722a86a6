"""Creating a journal on disk (relj init)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from relj.journal import CUSTOMERS_DIR, SETTINGS_FILE, atomic_write, make_private_dir
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
        make_private_dir(root)
        make_private_dir(root / CUSTOMERS_DIR)
        atomic_write(root / SETTINGS_FILE, _settings_text(lang).encode("utf-8"))
        _ensure_line(root / ".gitignore", GITIGNORE_LINE)
        _ensure_line(root / ".gitattributes", GITATTRIBUTES_LINE)
    if use_git:
        _setup_git(root)
    return created


def _settings_text(lang: str | None) -> str:
    if lang:
        return DEFAULT_TOML.replace('# lang = "de"', f'lang = "{lang}"')
    return DEFAULT_TOML


def _ensure_line(path: Path, line: str) -> None:
    existing = path.read_text(encoding="utf-8") if path.exists() else ""
    if line in existing.splitlines():
        return
    separator = "" if not existing or existing.endswith("\n") else "\n"
    atomic_write(path, (existing + separator + line + "\n").encode("utf-8"))


def _setup_git(root: Path) -> None:
    from relj import git

    if not git.git_available():
        return
    if not (root / ".git").exists():
        git.init_repo(root)
    git.register_merge_driver(root)

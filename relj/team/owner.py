"""Whose account a customer is, in a team journal: the ``owner`` field.

Setting it edits only the top of the file (relj.storage.entries.checked_top_keys:
tomlkit keeps every comment and the layout); "me" is git's ``user.name``, the same
name ``by`` records on every entry.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from pathlib import Path


def me(root: Path) -> str | None:
    """Who runs relj, as the team knows them: git's user.name in a git journal."""
    from relj.team.runner import in_repository, user_name

    return user_name(root) if in_repository(root) else None
